// What one facility received is its intake, a part of the toll (lib/pipeline/claims/received.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text, { published: '2024-03-02' }).find((c) => c.value === v)?.concept;

describe('a hospital intake is no second toll', () => {
  it('reads a facility receiving the dead or injured as its intake, over a list', () => {
    const quote = 'وقال مدير المستشفى: استقبلنا 14 قتيلا و65 مصابا منذ الصباح.';
    expect(conceptOf(quote, 14)).toBe('death:received');
    expect(conceptOf(quote, 65)).toBe('injured:received');
    expect(conceptOf('وأكد مسؤول طبي وصول أكثر من 35 جريحا إلى قسم الطوارئ.', 35)).toBe('injured:received');
    expect(conceptOf('واستقبل مستشفى الأمير سلمان 22 مصابا في حالات متفاوتة.', 22)).toBe('injured:received');
  });

  it('leaves the toll and other verbs alone', () => {
    const toll = 'وقتل 40 شخصا وأصيب 120 آخرون في الانفجار.';
    expect(conceptOf(toll, 40)).toBe('death');
    expect(conceptOf(toll, 120)).toBe('injured');
    expect(conceptOf('ونقلت سيارات الإسعاف 18 مصابا إلى المستشفى.', 18)).toMatch(/^injured(?!:received)/);
    expect(conceptOf('واستقبلت المدينة 300 زائر خلال العطلة.', 300)).not.toMatch(/received/);
  });
});
