// Topic labels: the concept's plural or definite noun with whose and where, never a raw unit word.
import { describe, expect, it } from 'vitest';
import { topicLabel } from '../../../lib/pipeline/compare/label';
import type { Claim } from '../../../lib/types';

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
    const c = claim({ places: ['ca'], sentence: 'بلغ عدد قتلى الزلزال في كندا' });
    expect(topicLabel([c], [])).toBe('قتلى الزلزال في كندا');
  });

  it('deaths without an event word use the construct with the owner', () => {
    expect(topicLabel([claim({ owners: ['br'] })], [])).toBe('قتلى البرازيل');
    expect(topicLabel([claim({})], [])).toBe('القتلى');
  });

  it('a combined toll names both countries, whichever claim spells them out', () => {
    const total = claim({ places: ['total'], sentence: 'وبلغ إجمالي القتلى في البلدين' });
    const both = claim({ owners: ['ca', 'br'], sentence: 'ضحايا الزلزال في كندا والبرازيل' });
    const label = topicLabel([total], [both]);
    expect(label).toContain('كندا');
    expect(label).toContain('البرازيل');
    expect(label).not.toMatch(/قتيل/);
  });

  it('soldiers of one country in another', () => {
    const c = claim({ concept: 'soldier', owners: ['ca'], places: ['br'], label: 'جندي كندا في البرازيل' });
    expect(topicLabel([c], [])).toBe('جنود كندا في البرازيل');
  });

  it('the richer scope of a related read completes the current one', () => {
    const current = claim({ concept: 'soldier', owners: ['ca'] });
    const other = claim({ concept: 'soldier', owners: ['ca'], places: ['br'] });
    expect(topicLabel([current], [other])).toBe('جنود كندا في البرازيل');
  });

  it('missing people in a city, a candidate\'s vote share, a deal at its site', () => {
    expect(topicLabel([claim({ concept: 'missing', places: ['city:cator'] })], [])).toBe('المفقودون في تورونتو');
    expect(topicLabel([claim({ concept: 'percent:vote', kind: 'percent', owners: ['person:جون سميث'] })], [])).toBe('نسبة أصوات جون سميث');
    expect(topicLabel([claim({ concept: 'money:deal', kind: 'money', places: ['city:cator'] })], [])).toBe('قيمة صفقة تورونتو');
  });

  it('a person is never the owner of something other than votes', () => {
    expect(topicLabel([claim({ concept: 'area', owners: ['person:جون سميث'] })], [])).toBe('المساحة');
  });

  it('a magnitude is the quake\'s, wherever it was felt', () => {
    expect(topicLabel([claim({ concept: 'magnitude', kind: 'other', owners: ['br'] })], [])).toBe('قوة الزلزال');
    expect(topicLabel([claim({ concept: 'magnitude:aftershock', kind: 'other' })], [])).toBe('قوة الزلزال الثاني');
  });

  it('a control zone says whose zone and which country', () => {
    const c = claim({ owners: ['br'], places: ['zone:government'], adminPlace: true });
    expect(topicLabel([c], [])).toBe('القتلى في مناطق سيطرة الحكومة في البرازيل');
  });

  it('an event among one group names the group; a figure at a time of day says when', () => {
    expect(topicLabel([claim({ concept: 'death:soldier', owners: ['ca'] })], [])).toBe('القتلى من العسكريين في كندا');
    expect(topicLabel([claim({ concept: 'injured:severe:civilian' })], [])).toBe('الإصابات الخطيرة من المدنيين');
    expect(topicLabel([claim({ concept: 'percent:turnout:at:11', kind: 'percent' })], [])).toBe('نسبة المشاركة حتى الساعة 11');
    expect(topicLabel([claim({ concept: 'voter:registered' })], [])).toBe('الناخبون المسجلون');
  });

  it('an unknown counted noun falls back to the claim\'s own words', () => {
    expect(topicLabel([claim({ concept: 'unit:زورق', label: 'زوارق كندية' })], [])).toBe('زوارق كندية');
  });
});
