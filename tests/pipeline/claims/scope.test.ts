// Whom or where a figure is about (lib/pipeline/claims/scope.ts and the list rules of context.ts):
// invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text).find((c) => c.value === v);
const national = byValue('وارتفعت حصيلة الحرائق في البلاد إلى 44 قتيلا.', 44) as Claim;

describe('a local figure is never the whole toll', () => {
  it('takes a province named as the subject before the comma as the place', () => {
    const c = byValue('وأفادت الفرق أن ولاية النخيل وحدها سجلت، إلى غاية الصباح، 26 وفاة.', 26);
    expect(c?.places?.length).toBe(1);
    expect(c?.adminPlace).toBe(true);
    expect(matchScore(national, c as Claim)).toBeNull();
  });

  it('takes a place fronted at the start of the sentence', () => {
    const c = byValue('وبولاية النخيل، عثرت الفرق على جثث 4 ضحايا من عائلة واحدة.', 4);
    expect(c?.adminPlace).toBe(true);
  });

  it('reads «في منطقة X» and the next items of the list as local figures', () => {
    const text = 'وارتفعت الحصيلة إلى 21 قتيلا في منطقة الوادي وثلاثة في القلعة.';
    expect(byValue(text, 21)?.adminPlace).toBe(true);
    const next = byValue(text, 3);
    expect(next?.adminPlace).toBe(true);
    expect(matchScore(national, next as Claim)).toBeNull();
  });

  it('gives the next item of a list after a comma the same place', () => {
    const text = 'وقالت الحماية المدنية إن الحرائق في محافظة النخيل أسفرت عن 20 ضحية، و150 جريحا.';
    expect(byValue(text, 150)?.places).toEqual(byValue(text, 20)?.places);
  });

  it('finds the place after a من phrase saying what is counted', () => {
    const c = byValue('وأتت النيران على 12 ألف هكتار من مساحة الغابات في كندا.', 12000);
    expect(c?.places).toEqual(['ca']);
  });
});

describe('who a figure belongs to', () => {
  it('does not give a figure to a country named beside it', () => {
    const c = byValue('وتسببت الحرائق بوفاة 38 شخصا قرب الحدود مع البرازيل، بينما يعاني نحو 150 شخصا من حروق.', 150);
    expect(c?.concept).toBe('injured');
    expect(c?.owners ?? []).not.toContain('br');
  });

  it('does not give a figure to the countries of an aside about the previous one', () => {
    const c = byValue('ولقي 70 شخصا مصرعهم، معظمهم من كندا والبرازيل وتمكنت الفرق من إنقاذ 90 شخصا.', 90);
    expect(c?.concept).toBe('rescued');
    expect([...(c?.owners ?? []), ...(c?.places ?? [])]).toEqual([]);
  });

  it('reads «من إجمالي N» as the whole a part is taken from, not a sum over places', () => {
    const c = byValue('وبلغ عدد المقترعين 500 ألف مقترع من إجمالي نحو 6 ملايين ناخب مسجل.', 6000000);
    expect(c?.places ?? []).not.toContain('total');
  });

  it('leaves out a distance from no named place', () => {
    expect(byValue('ووقع الحادث على بعد 60 كيلومترا جنوب غرب شبه الجزيرة.', 60)?.concept).toBeNull();
    expect(byValue('ووقع الحادث على بعد 60 كيلومترا من كندا.', 60)?.concept).toMatch(/^distance/);
  });
});

describe('list items', () => {
  it('prefer the previous item’s place to a country guessed from earlier in the sentence', () => {
    const text = 'ونقلت صحيفة "الفجر" الكندية عن الحماية المدنية، إن الحرائق في محافظة النخيل أسفرت عن 18 ضحية، و120 جريحا.';
    const injured = byValue(text, 120);
    expect(injured?.places).toEqual(byValue(text, 18)?.places);
    expect(injured?.owners ?? []).toEqual([]);
  });
});
