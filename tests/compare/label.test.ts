// Topic labels: the concept's plural or definite noun with whose and where, never a raw unit word.
import { describe, expect, it } from 'vitest';
import { topicLabel } from '../../lib/compare/label';
import type { Claim } from '../../lib/types';

function claim(over: Partial<Claim>): Claim {
  return {
    text: '1',
    start: 0,
    end: 1,
    value: 1,
    min: 1,
    max: 1,
    qualifier: 'exact',
    kind: 'count',
    unit: null,
    sentence: 'جملة',
    sentenceStart: 0,
    comparable: true,
    attribution: null,
    concept: 'death',
    entities: [],
    rate: null,
    modality: 'count',
    owners: [],
    places: [],
    label: 'قتيلاً',
    ...over,
  };
}

describe('topicLabel', () => {
  it('deaths of an event in a country', () => {
    const c = claim({ places: ['turkey'], sentence: 'ارتفع عدد قتلى الزلزال في تركيا' });
    expect(topicLabel([c], [])).toBe('قتلى الزلزال في تركيا');
  });

  it('deaths without an event word use the construct with the owner', () => {
    expect(topicLabel([claim({ owners: ['syria'] })], [])).toBe('قتلى سوريا');
    expect(topicLabel([claim({})], [])).toBe('القتلى');
  });

  it('a combined toll names both countries, whichever claim spells them out', () => {
    const total = claim({ places: ['total'], sentence: 'يرتفع عدد القتلى الإجمالي في البلدين' });
    const both = claim({ owners: ['turkey', 'syria'], sentence: 'ضحايا الزلزال في تركيا وسوريا' });
    const label = topicLabel([total], [both]);
    expect(label).toContain('تركيا');
    expect(label).toContain('سوريا');
    expect(label).not.toMatch(/قتيل/);
  });

  it('soldiers of one country in another', () => {
    const c = claim({ concept: 'soldier', owners: ['north-korea'], places: ['russia'], label: 'جندي كوريا الشمالية في روسيا' });
    expect(topicLabel([c], [])).toBe('جنود كوريا الشمالية في روسيا');
  });

  it('the richer scope of a related read completes the current one', () => {
    const current = claim({ concept: 'soldier', owners: ['north-korea'] });
    const other = claim({ concept: 'soldier', owners: ['north-korea'], places: ['russia'] });
    expect(topicLabel([current], [other])).toBe('جنود كوريا الشمالية في روسيا');
  });

  it('missing people in a city, a candidate\'s vote share, a deal at its site', () => {
    expect(topicLabel([claim({ concept: 'missing', places: ['derna'] })], [])).toBe('المفقودون في درنة');
    expect(topicLabel([claim({ concept: 'percent:vote', kind: 'percent', owners: ['erdogan'] })], [])).toBe('نسبة أصوات أردوغان');
    expect(topicLabel([claim({ concept: 'money:deal', kind: 'money', places: ['ras-el-hekma'] })], [])).toBe('قيمة صفقة رأس الحكمة');
  });

  it('a person is never the owner of something other than votes', () => {
    expect(topicLabel([claim({ concept: 'area', owners: ['madbouly'] })], [])).toBe('المساحة');
  });

  it('a magnitude is the quake\'s, wherever it was felt', () => {
    expect(topicLabel([claim({ concept: 'magnitude', kind: 'other', owners: ['syria'] })], [])).toBe('قوة الزلزال');
    expect(topicLabel([claim({ concept: 'magnitude:aftershock', kind: 'other' })], [])).toBe('قوة الزلزال الثاني');
  });

  it('a control zone says whose zone and which country', () => {
    const c = claim({ owners: ['syria'], places: ['zone:government'], adminPlace: true });
    expect(topicLabel([c], [])).toBe('القتلى في مناطق سيطرة الحكومة في سوريا');
  });

  it('an unknown counted noun falls back to the claim\'s own words', () => {
    expect(topicLabel([claim({ concept: 'unit:زورق', label: 'زوارق أوكرانية' })], [])).toBe('زوارق أوكرانية');
  });
});
