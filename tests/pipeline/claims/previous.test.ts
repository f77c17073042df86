// A figure of an earlier election or period named by comparison in the same sentence
// (lib/pipeline/claims/previous.ts, context.ts isBaseline): invented sentences, one phrasing each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2025-05-20' }).find((c) => c.value === v);
const concept = (text: string, v: number): string | null => byValue(text, v)?.concept ?? null;

describe('an earlier election named by comparison', () => {
  it('keeps the earlier figure off every card when no year is named, the current one as it is', () => {
    const cases = [
      'وبلغت نسبة المشاركة في الانتخابات 52% مقابل 37% في الانتخابات السابقة.',
      'وبلغت نسبة المشاركة في الاقتراع 52% مقارنة بـ 37% في الدورة الماضية.',
      'وارتفعت نسبة المشاركة في الانتخابات إلى 52% بعد أن كانت 37%.',
      'وبلغت نسبة المشاركة في الانتخابات 52%، وهي تتجاوز نسبة 37% المسجلة في الاستحقاق السابق.',
      'وبلغت نسبة المشاركة في الانتخابات 52%، في حين بلغت 37% في الانتخابات البلدية السابقة.',
      'وبلغت نسبة المشاركة في الانتخابات 52%، وكانت في الانتخابات الماضية 37%.',
    ];
    for (const text of cases) {
      expect(concept(text, 37)).toBeNull();
      expect(concept(text, 52)).toBe('percent:turnout');
    }
  });

  it("gives a named earlier year's figure that year's topic", () => {
    expect(concept('وبلغت نسبة المشاركة في الانتخابات 52% متخطية نسبة 37% في انتخابات 2019.', 37)).toBe('percent:turnout:in:2019');
    expect(concept('وقالت الهيئة إن نسبة المشاركة في الانتخابات بلغت 52%، وكانت نسبة المشاركة في الانتخابات الأخيرة عام 2019 قد بلغت 37%.', 37)).toBe('percent:turnout:in:2019');
  });

  it("keeps a candidate's share against the previous vote's apart", () => {
    const text = 'وحصل المرشح على 71% من الأصوات في الانتخابات، مقابل 83% في الانتخابات السابقة.';
    expect(concept(text, 71)).toBe('percent:vote');
    expect(concept(text, 83)).toBeNull();
  });

  it('leaves the vote just held, another candidate and the present alone', () => {
    expect(concept('وبلغت نسبة المشاركة في الانتخابات الأخيرة 52%.', 52)).toBe('percent:turnout');
    expect(concept('وحصل المرشح على 52% من الأصوات مقابل 48% لمنافسه.', 48)).toBe('percent:vote');
    expect(concept('وبلغت نسبة المشاركة في الانتخابات 52% في انتخابات هذا العام.', 52)).toBe('percent:turnout');
  });

  it('reads a past vote fronted at the start of the sentence, not the latest one', () => {
    expect(concept('وفي الانتخابات الرئاسية السابقة، حصل المرشح على 83% من الأصوات.', 83)).toBeNull();
    expect(concept('وفي الانتخابات الأخيرة، حصل المرشح على 71% من الأصوات.', 71)).toBe('percent:vote');
    const seats = 'وفي الانتخابات السابقة حصل الحزب على 30 مقعدا، بينما حصل اليوم على 45 مقعدا.';
    expect(concept(seats, 30)).toBeNull();
    expect(concept(seats, 45)).not.toBeNull();
  });

  it('reads an earlier period of any figure only after a comparison', () => {
    expect(concept('وبلغ عدد القتلى 40 شخصا مقابل 25 في اليوم السابق.', 25)).toBeNull();
    expect(concept('وبلغ عدد القتلى 40 شخصا مقابل 25 في اليوم السابق.', 40)).toBe('death');
  });

  it('keeps off cards the value a relative clause gives the thing compared with', () => {
    const text = 'وبلغت المبيعات 160 ألف شقة، مقارنة بمبيعات الفترة نفسها من عام 2023 التي بلغت 190 ألف شقة.';
    expect(concept(text, 190000)).toBeNull();
    expect(concept(text, 160000)).not.toBeNull();
    expect(concept('وانخفضت المساحة إلى 3 ملايين متر مربع مقارنة بالفترة ذاتها التي ناهزت 5 ملايين متر مربع.', 5000000)).toBeNull();
    // A relative clause with no comparison before it is the figure's own.
    expect(concept('قتل 30 شخصا في الهجوم الذي استهدف 5 قرى.', 5)).toBe('village');
  });
});
