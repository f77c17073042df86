// Readings fixed in the fifty-ninth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences, places and figures: a half written with its scale again («مليون ونصف مليون»,
// quantities/joins.ts); the metric tonne as the tonne (concepts.ts, concept-of.ts); those who left
// their homes named by a relative clause before the figure, residents a relative clause says were
// evacuated (concept-of.ts); a pronoun's speed as the one its sentence named (speed.ts); an adjective
// after a plural settlement word no town's name (text/entities.ts); shelters a part of those counted
// stay in no place's name (scope.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-06-10' }).find((c) => c.value === v);

describe('a half written with its scale again', () => {
  it('is one figure with its noun', () => {
    const qs = extractQuantities('وأنتج المصنع مليون ونصف مليون طن من الإسمنت.');
    expect(qs.map((q) => [q.value, q.unit])).toEqual([[1500000, 'طن']]);
  });

  it('is one figure with the article on the scale', () => {
    expect(extractQuantities('بلغت الكمية مليونا ونصف المليون طن.').map((q) => q.value)).toEqual([1500000]);
  });
});

describe('the metric tonne', () => {
  it('counts what the tonne counts, in either number', () => {
    const tonne = claimOf('وبلغ إنتاج المصنع 840 ألف طن في العام.', 840000)?.concept;
    expect(tonne).toBe('unit:طن');
    expect(claimOf('وبلغ إنتاج المصنع 850 ألف طن متري في العام.', 850000)?.concept).toBe(tonne);
    expect(claimOf('وبلغ إنتاج المصنع 853,210 أطنان مترية في العام.', 853210)?.concept).toBe(tonne);
  });
});

describe('people counted by what befell them in a relative clause', () => {
  it('reads those who left their homes as displaced', () => {
    expect(claimOf('وبحسب الحصيلة الرسمية، بلغ إجمالي من اضطروا إلى مغادرة منازلهم منذ بدء السيول 18400 شخص.', 18400)?.concept).toBe('displaced');
    expect(claimOf('وارتفع عدد الذين تركوا منازلهم إلى 9200 شخص.', 9200)?.concept).toBe('displaced');
  });

  it('reads residents the clause says were evacuated as evacuated', () => {
    expect(claimOf('وارتفع عدد السكان الذين أُجلوا من الأحياء القريبة إلى 4300 شخص.', 4300)?.concept).toBe('evacuated');
  });

  it('still reads residents with no such clause as the population', () => {
    expect(claimOf('ويبلغ عدد السكان الذين يقيمون في البلدة 4300 نسمة.', 4300)?.concept).toBe('population');
  });
});

describe('a speed given by a pronoun', () => {
  it('is the speed its sentence named before', () => {
    const text = 'وقدرت الهيئة السرعة القصوى للرياح بـ150 كيلومترا في الساعة، فيما قال مركز رصد آخر إنها بلغت 170 كيلومترا في الساعة.';
    expect(claimOf(text, 170)?.concept).toBe('speed:wind');
  });

  it('stays a plain speed with no pronoun', () => {
    expect(claimOf('وقدرت الهيئة السرعة القصوى للرياح بـ150 كيلومترا في الساعة، فيما قال شاهد إن الحافلة سارت بـ90 كيلومترا في الساعة.', 90)?.concept).toBe('speed');
  });
});

describe('an adjective after a plural settlement word', () => {
  it('names no town', () => {
    const c = claimOf('وأجلت السلطات أكثر من 7 آلاف شخص من القرى الساحلية قبل وصول العاصفة.', 7000);
    expect([...(c?.owners ?? []), ...(c?.places ?? [])]).toEqual([]);
  });
});

describe('a part of those counted staying in shelters', () => {
  it('names no place', () => {
    const c = claimOf('وارتفع عدد النازحين إلى نحو 31 ألف شخص، يقيم منهم أكثر من 6 آلاف في مراكز الإيواء المؤقتة.', 6000);
    expect(c?.places).toEqual([]);
  });

  it('still names the place a part of a toll is in', () => {
    expect(claimOf('وارتفعت حصيلة القتلى إلى 31، بينهم 6 في بلدة كارون.', 6)?.places?.length).toBe(1);
  });
});
