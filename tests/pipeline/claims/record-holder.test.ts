// The record one member of a set holds (lib/pipeline/claims/record-holder.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { cards, mk } from '../../fixtures/invented-compare';

const concept = (text: string, v: number): string | null | undefined => extractClaims(text).find((c) => c.value === v)?.concept;

describe('a record held by one member of a set', () => {
  it('is a part when the holder is no place the scope knows', () => {
    const text = 'وبلغت نسبة المشاركة 64.5 في المئة، وسجلت الدائرة الثالثة أدنى نسبة مشاركة بـ41.2 في المئة.';
    expect(concept(text, 64.5)).toBe('percent:turnout');
    expect(concept(text, 41.2)).toBe('percent:turnout:part');
    expect(concept('وسجل القطاع الصناعي أعلى معدل نمو بلغ 7.5 في المئة.', 7.5)).toMatch(/:part$/);
  });

  it('needs the verb of recording and the superlative before the figure', () => {
    expect(concept('وبلغت أعلى نسبة مشاركة 64.5 في المئة.', 64.5)).toBe('percent:turnout');
    expect(concept('وسجلت نسبة المشاركة 64.5 في المئة، وهي أعلى نسبة منذ عقدين.', 64.5)).toBe('percent:turnout');
  });

  it('is no record over time of the measure itself', () => {
    expect(concept('وسجل معدل التضخم أعلى معدل له منذ عامين عند 6.2 في المئة.', 6.2)).not.toMatch(/:part$/);
    expect(concept('وسجل معدل البطالة أدنى نسبة له في عشر سنوات بلغت 4.1 في المئة.', 4.1)).not.toMatch(/:part$/);
  });

  it('is a part too when one unnamed member counts it «alone»', () => {
    expect(concept('وكانت المديرية الأكثر تضررا، إذ سجلت وحدها 41 قتيلا.', 41)).toBe('death:part');
    expect(concept('مشيرا إلى أن عدد القتلى في المديرية وحدها ارتفع إلى 46.', 46)).toBe('death:part');
    expect(concept('ولقي 68 شخصا حتفهم في السيول.', 68)).toBe('death');
    // (Not «وحدة», a unit, folded like «وحده».)
    expect(concept('وأعلنت الوزارة بناء 500 ألف وحدة سكنية للمواطنين.', 500000)).not.toMatch(/:part$/);
  });

  it('so a read\'s national figure beside its lowest district is no round-up', () => {
    const first = mk('نسبة المشاركة 64.5 في المئة', 'أعلنت اللجنة أن نسبة المشاركة بلغت 64.5 في المئة، وسجلت الدائرة الثالثة أدنى نسبة مشاركة بـ41.2 في المئة.', 'https://a.example/1');
    const later = mk('النتائج النهائية', 'أعلنت اللجنة في النتائج النهائية أن نسبة المشاركة استقرت عند 66.1 في المئة.', 'https://b.example/1');
    expect(cards([first, later])).toEqual([[64.5, 66.1]]);
  });
});
