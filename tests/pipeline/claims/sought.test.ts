// People still searched for are the missing (lib/pipeline/claims/sought.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text, { published: '2024-03-02' }).find((c) => c.value === v)?.concept;

describe('a search names the missing', () => {
  it('reads those searched for as missing, not as the rescued counted before them', () => {
    expect(conceptOf('وتمكنت فرق الدفاع المدني من إنقاذ أربعة أشخاص والبحث جار عن سبعة آخرين.', 4)).toBe('rescued');
    expect(conceptOf('وتمكنت فرق الدفاع المدني من إنقاذ أربعة أشخاص والبحث جار عن سبعة آخرين.', 7)).toBe('missing');
    expect(conceptOf('ولا تزال فرق الغوص تبحث عن نحو 12 شخصا في مياه البحيرة.', 12)).toBe('missing');
  });

  it('leaves other figures after «عن» alone', () => {
    expect(conceptOf('وتحدث الطبيب عن 30 مصابا في المستشفى.', 30)).toMatch(/^injured/);
    expect(conceptOf('وأسفر الحادث عن مقتل 9 أشخاص.', 9)).toBe('death');
  });
});
