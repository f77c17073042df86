// lib/pipeline/claims/won-or-lost: seats or votes lost or gained are another measure than those
// held. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { topicLabel } from '../../../lib/pipeline/compare/label';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text, {}).find((c) => c.value === v)?.concept;

describe('seats and votes lost or gained', () => {
  it('keeps the seats a party lost or gained apart from the seats it holds', () => {
    expect(conceptOf('وخسر حزب الوسط 14 مقعدا في البرلمان الجديد.', 14)).toBe('seat:lost');
    expect(conceptOf('وكسب تحالف الخضر تسعة مقاعد في الدورة الجديدة.', 9)).toBe('seat:gained');
    expect(conceptOf('وحصل حزب الوسط على 88 مقعدا في البرلمان الجديد.', 88)).toBe('seat');
  });

  it('reads the verb a few words before the figure', () => {
    expect(conceptOf('وكان الزعيم قد فقد الأسبوع الماضي 17 صوتا داخل كتلته.', 17)).toBe('votes:lost');
    expect(conceptOf('وتراجع عدد الأصوات المؤيدة له إلى 112 صوتا.', 112)).toBe('votes');
  });

  it('names what is counted in a card\'s label', () => {
    const lost = (text: string, v: number) => extractClaims(text, {}).find((c) => c.value === v)!;
    expect(topicLabel([lost('وخسر حزب الوسط 14 مقعدا في البرلمان الجديد.', 14)], [lost('وخسر الحزب 12 مقعدا.', 12)])).toBe('المقاعد المفقودة');
  });
});
