// The severity of the injured read in the figure's clause, not only beside the figure, and the dead
// and injured counted together (lib/pipeline/claims/concepts.ts severityOf, concept-of.ts,
// context.ts victimsOfBoth): invented sentences, one phrasing each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2025-03-02' }).find((c) => c.value === v);
const concept = (text: string, v: number): string | null => byValue(text, v)?.concept ?? null;

describe('the seriously injured named away from the figure', () => {
  it('reads a condition with a possessive ending, or "صحي" between, after the part', () => {
    const cases: [string, number, string][] = [
      ['وأصيب 140 شخصا في الانهيار، بينهم 35 جروحهم بالغة.', 35, 'severe'],
      ['وأصيب 140 شخصا، 35 منهم في وضع صحي حرج.', 35, 'critical'],
      ['وأصيب 140 شخصا، وصفت حالة 35 منهم بالخطيرة.', 35, 'severe'],
      ['وأصيب 140 شخصا، 35 منهم حالتهم خطرة.', 35, 'severe'],
    ];
    for (const [text, v, grade] of cases) {
      expect(concept(text, v)).toBe(`injured:${grade}`);
      expect(concept(text, 140)).toBe('injured');
    }
  });

  it('reads the severity a head word names before the figure', () => {
    expect(concept('وبلغ عدد المصابين بجروح خطيرة 35 شخصا.', 35)).toBe('injured:severe');
    expect(concept('وارتفع عدد الحالات الحرجة إلى 35 حالة.', 35)).toBe('injured:critical');
    // ("عدد المصابين ارتفع إلى 140، بينهم …": the severity after is the part's, not the total's.)
    expect(concept('وارتفع عدد المصابين إلى 140 بينهم 35 في حالة حرجة.', 140)).toBe('injured');
  });

  it('reads a condition the injured are still in, after when, and one highlighted in quotation marks', () => {
    expect(concept('وأضاف أن نحو 35 جريحا ما زالوا مساء الاثنين في حالة «حرجة».', 35)).toBe('injured:critical');
    expect(concept('وأضاف أن 35 جريحا لا يزالون في حالة حرجة.', 35)).toBe('injured:critical');
    expect(concept('وأصيب 140 شخصا بجروح «خطيرة».', 140)).toBe('injured:severe');
    // (A range of degrees stays the whole count, «ما بين» included.)
    expect(concept('وأصيب 140 شخصا بجروح ما بين طفيفة وخطيرة.', 140)).toBe('injured');
  });

  it('keeps every degree of injury and an aside about some of them on the whole count', () => {
    expect(concept('وأصيب 140 شخصا بجروح خطيرة ومتوسطة.', 140)).toBe('injured');
    expect(concept('وأصيب 140 شخصا بإصابات طفيفة وأخرى خطيرة.', 140)).toBe('injured');
    expect(concept('وأصيب 140 شخصا بإصابات بعضها خطيرة.', 140)).toBe('injured');
    expect(concept('وأصيب 140 شخصا بإصابات متفاوتة.', 140)).toBe('injured');
  });

  it('keeps the critical apart from the seriously injured, a grade each (as hospitals report them)', () => {
    const report = 'وأفاد الإسعاف بإصابة 14 شخصا، بينهم 4 في حالة حرجة و6 بجروح خطيرة.';
    expect(concept(report, 4)).toBe('injured:critical');
    expect(concept(report, 6)).toBe('injured:severe');
    expect(matchScore(byValue(report, 4) as Claim, byValue('وقال المستشفى إن 6 مصابين بجروح خطيرة.', 6) as Claim)).toBeNull();
    // («6 من المصابين» after «9 من الجرحى»: another source's count of the same grade, not a part of it.)
    expect(concept('وأفاد الإسعاف بأن 9 من الجرحى حالتهم حرجة. ونقلت صحيفة أن 6 من المصابين حالتهم حرجة.', 6)).toBe('injured:critical');
  });

  it('never puts a severe part on the card of all the injured', () => {
    const part = byValue('وأصيب أكثر من 100 شخص، بينهم 60 إصاباتهم بالغة.', 60) as Claim;
    expect(part.concept).toBe('injured:severe');
    expect(matchScore(part, byValue('وأصيب أكثر من 60 شخصا في الانهيار.', 60) as Claim)).toBeNull();
  });
});

describe('victims split into dead and injured are counted together', () => {
  it('makes the victims a combined count and the dead among them the toll', () => {
    for (const text of ['وسقط 75 ضحية في الانهيار، بينهم 12 قتيلا و63 جريحا.', 'وخلف الانهيار 75 ضحية: 12 قتيلا و63 مصابا.']) {
      expect(concept(text, 75)).toBe('casualties');
      expect(concept(text, 12)).toBe('death');
      expect(concept(text, 63)).toBe('injured');
    }
    expect(concept('وسقط 75 ضحية بين قتيل ومصاب.', 75)).toBe('casualties');
    expect(concept('وارتفعت الحصيلة إلى 75 مصابين وقتلى.', 75)).toBe('casualties');
  });

  it('keeps victims the dead when the sentence goes on with other clauses', () => {
    expect(concept('وسقط 75 ضحية، فيما قتل 12 آخرون وأصيب 63 في حادث ثان.', 75)).toBe('death');
    expect(concept('وسقط 75 ضحية، منهم 12 طفلا.', 75)).toBe('death');
  });
});
