// Differences that went missing although the reads were linked (one rule each, invented
// sentences): two sources' counts in one sentence, a toll counted by the group all its victims
// belonged to, the seriously injured named by their state, fires counted as a known thing, a
// spelled-out year, a shared village as the card link's rare word, a read's earlier count, and a
// source whose counts cover one side's zone.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import { compareArticles, EARLIER_TIMELINE, setTimelineKnobs } from '../../../lib/pipeline/compare/index';
import { evidenceScore, FULL_EVIDENCE, tooFarApart } from '../../../lib/pipeline/compare/evidence';
import { roundUpClaims, sourcedAlternatives } from '../../../lib/pipeline/compare/same-event';
import { wholeGroupConcepts } from '../../../lib/pipeline/compare/whole-group';
import { withSourceZone, zoneSources } from '../../../lib/pipeline/compare/zone-sources';
import { CARD_LINK_THRESHOLD, MIN_SHARED_SPECIFICITY, PATTERN_PLACES, rarestShared, setCardLinkKnobs } from '../../../lib/pipeline/story/card-link';
import { specificity } from '../../../lib/pipeline/story/index';
import type { Claim } from '../../../lib/types';


describe('two sources, each named after its own figure, in one sentence', () => {
  const twoSources = 'وأسفر الهجوم على البلدة عن مقتل 47 شخصا، حسب السلطات، و63 قتيلا، حسب منظمات إغاثة.';

  it('gives each figure the source written after it, not the one after the figure before', () => {
    expect(byValue(twoSources, 47).attribution).toBe('السلطات');
    expect(byValue(twoSources, 63).attribution).toBe('منظمات إغاثة');
    // A source before the figure still names it.
    expect(byValue('وبحسب السلطات، قتل 47 شخصا في الهجوم.', 47).attribution).toBe('السلطات');
  });

  it('reads them as two counts of one toll, not a round-up of two incidents', () => {
    const claims = extractClaims(twoSources).filter((c) => c.concept === 'death');
    expect(claims.map((c) => c.value)).toEqual([47, 63]);
    expect(sourcedAlternatives(claims[0], claims[1])).toBe(true);
    expect(roundUpClaims(claims, (c) => String(c.concept)).size).toBe(0);
    // Two tolls of one sentence with no source each are still a round-up.
    const unsourced = extractClaims('وقتل 47 شخصا في الهجوم على البلدة و63 في الهجوم على الحاجز.').filter((c) => c.concept === 'death');
    expect(unsourced.map((c) => c.value)).toEqual([47, 63]);
    expect(roundUpClaims(unsourced, (c) => String(c.concept)).size).toBe(2);
  });

  it('puts both on the card beside an earlier read\'s toll', () => {
    const earlier = mk('هجوم على البلدة', 'وقتل 52 شخصا في الهجوم على البلدة.', 'https://a.example/s');
    const current = mk('هجوم على البلدة', twoSources, 'https://b.example/s');
    const shown = cards([earlier, current]).flat();
    expect(shown).toContain(52);
    expect(shown.some((v) => v === 47 || v === 63)).toBe(true);
  });

  it('keeps a second source with an earlier one of the same value as one incident', () => {
    const text = 'وقتل 47 شخصا في الهجوم. وأسفر الهجوم عن مقتل 47 شخصا، حسب السلطات، و63 قتيلا، حسب منظمات إغاثة.';
    const claims = extractClaims(text).filter((c) => c.concept === 'death');
    expect(claims.map((c) => c.value)).toEqual([47, 47, 63]);
    expect(roundUpClaims(claims, (c) => String(c.concept)).size).toBe(0);
  });
});

describe('victims named by the phrase «راح ضحيته»', () => {
  it('counts the dead', () => {
    expect(byValue('وأدان المجلس الهجوم الذي راح ضحيته 30 شخصا في القرية.', 30).concept).toBe('death');
    expect(byValue('وقع انفجار راح ضحيتها 12 شخصا.', 12).concept).toBe('death');
  });
});

describe('a year spelled out after its cue word', () => {
  const kindOf = (text: string, v: number) => extractQuantities(text).find((q) => q.value === v)?.kind;

  it('is a year, never a count', () => {
    expect(kindOf('وتشهد البلاد أعمال عنف منذ عام ألفين وخمسة عشر.', 2015)).toBe('year');
    expect(kindOf('وولد في سنة ألف وتسعمئة وتسعين.', 1990)).toBe('year');
    expect(byValue('وتشهد البلاد أعمال عنف منذ عام ألفين وخمسة عشر.', 2015).comparable).toBe(false);
  });

  it('stays a count with a counted noun after it, or when it is not a year\'s size', () => {
    expect(kindOf('وبعد عام ألفين ومئة جندي عادوا.', 2100)).toBe('count');
    expect(kindOf('وخلال عام واحد قتل 5 أشخاص.', 1)).not.toBe('year');
  });
});

describe('a toll counted by the group all its victims belonged to', () => {
  const usable = (c: Claim) => c.comparable && c.concept !== null;

  it('is the event\'s toll where the read gives no other count of it', () => {
    const alone = extractClaims('ولقي 64 مهاجرا حتفهم بعد غرق القارب.');
    expect(alone.find((c) => c.value === 64)?.concept).toBe('death:migrant');
    expect([...wholeGroupConcepts(alone, usable).values()]).toEqual(['death']);
    const passengers = extractClaims('ولقي 20 راكبا مصرعهم في انقلاب الحافلة.');
    expect([...wholeGroupConcepts(passengers, usable).values()]).toEqual(['death']);
    // (A kind of the event's figure between it and the group: those still in hospital.)
    const treated = extractClaims('وقالت إن 6 من العمال المصابين يرقدون حاليا في المستشفى.');
    expect(treated.find((c) => c.value === 6)?.concept).toBe('injured:treated:worker');
    expect([...wholeGroupConcepts(treated, usable).values()]).toEqual(['injured:treated']);
  });

  it('stays a part beside a plain toll, and a group within a population is never the toll', () => {
    const withTotal = extractClaims('وغرق 90 شخصا، بينهم 64 مهاجرا.');
    expect(withTotal.find((c) => c.value === 64)?.concept).toBe('death:migrant');
    expect(wholeGroupConcepts(withTotal, usable).size).toBe(0);
    const soldiers = extractClaims('وقتل 25 جنديا في الهجوم.');
    expect(soldiers.find((c) => c.value === 25)?.concept).toBe('death:soldier');
    expect(wholeGroupConcepts(soldiers, usable).size).toBe(0);
  });

  it('stays the whole beside more of the same group, those «إضافيين»', () => {
    const more = extractClaims('ارتفاع عدد الناجين وإنقاذ 4 عمال إضافيين أحياء. وبلغ عدد العمال الذين أخرجوا أحياء 13 عاملا.');
    expect(more.find((c) => c.value === 4)?.concept).toBe('rescued:new:worker');
    expect(more.find((c) => c.value === 13)?.concept).toBe('rescued:worker');
    const whole = wholeGroupConcepts(more, usable);
    expect(whole.get(more.find((c) => c.value === 13)!)).toBe('rescued');
  });

  it('meets another read\'s toll of people on one card, and a part does not', () => {
    const people = mk('غرق قارب قبالة الساحل', 'ولقي 51 شخصا حتفهم بعد غرق القارب قبالة الساحل.', 'https://a.example/g');
    const migrants = mk('غرق قارب قبالة الساحل', 'ولقي 64 مهاجرا حتفهم بعد غرق القارب قبالة الساحل.', 'https://b.example/g');
    expect(cards([people, migrants])).toEqual([[51, 64]]);
    const soldiers = mk('هجوم على الثكنة', 'وقتل 25 جنديا في الهجوم على الثكنة.', 'https://c.example/g');
    const all = mk('هجوم على الثكنة', 'وقتل 40 شخصا في الهجوم على الثكنة.', 'https://d.example/g');
    expect(cards([all, soldiers])).toEqual([]);
  });
});

describe('the seriously injured named by their state', () => {
  it('is adjacent evidence: the state says what the people counted are', () => {
    const c = byValue('وارتفع عدد المصابين إلى 900 بينهم 640 شخصا في حالة حرجة.', 640);
    expect(c.concept).toBe('injured:critical');
    expect(c.evidence?.noun).toBe('adjacent');
    expect(byValue('وأصيب 30 شخصا بجروح خطيرة.', 30).evidence?.noun).toBe('adjacent');
    expect(byValue('وأصيب 30 شخصا في الحادث.', 30).evidence?.noun).toBe('clause');
  });

  it('lets a severe count that rose sevenfold in a day share a card when sourced', () => {
    const early = byValue('وقالت وزارة الداخلية إن الحصيلة بلغت 90 إصابة خطيرة.', 90);
    const late = byValue('وقال التلفزيون الرسمي إن الحصيلة ارتفعت إلى 640 إصابة خطيرة.', 640);
    expect([early.concept, late.concept]).toEqual(['injured:severe', 'injured:severe']);
    expect(Math.min(evidenceScore(early), evidenceScore(late))).toBe(FULL_EVIDENCE);
    expect(tooFarApart(early, late, 1)).toBe(false);
  });
});

describe('fires as a counted thing', () => {
  const text = 'وسجلت المصالح أكثر من 55 حريقا في 9 ولايات، منها 26 حريقا لم يتم إخماده بعد.';

  it('is a known concept, and the fires still burning another measure than all fires', () => {
    expect(byValue(text, 55).concept).toBe('fire');
    expect(byValue(text, 26).concept).toBe('fire:active');
    expect(byValue('وما زالت 33 حريقا مشتعلة في الغابات.', 33).concept).toBe('fire:active');
  });

  it('meets another read\'s count of fires still burning whatever the headlines say', () => {
    const a = mk('موجة حر شديدة', text, 'https://a.example/f');
    const b = mk('ارتفاع حصيلة الضحايا', 'وما زالت 33 حريقا مشتعلة في الغابات.', 'https://b.example/f');
    expect(cards([a, b])).toEqual([[26, 33]]);
  });
});

describe('a town or village named by pattern is a rare word for the card link', () => {
  afterEach(() => setCardLinkKnobs({ threshold: CARD_LINK_THRESHOLD, minShared: MIN_SHARED_SPECIFICITY, places: PATTERN_PLACES }));

  it('counts a shared town or village, never a province, an event kind or a country of another kind of event', () => {
    expect(PATTERN_PLACES).toBe(true);
    expect(rarestShared(['@town:زهرون', '@ly'], ['@town:زهرون', '@ly'])).toBe(specificity('@town:زهرون'));
    expect(rarestShared(['@town:زهرون'], ['@town:زهرون'])).toBeGreaterThanOrEqual(MIN_SHARED_SPECIFICITY);
    expect(rarestShared(['@town:زهرون'], ['@town:برمونة'])).toBe(0);
    expect(rarestShared(['@place:برمونة'], ['@place:برمونة'])).toBe(0);
    // An event kind never; a country only when both tell that kind of event (tests/pipeline/story/card-link.test.ts).
    expect(rarestShared(['#attack'], ['#attack'])).toBe(0);
    expect(rarestShared(['@ly', '#attack'], ['@ly', '#flood'])).toBe(0);
    setCardLinkKnobs({ places: false });
    expect(rarestShared(['@town:زهرون'], ['@town:زهرون'])).toBe(0);
  });
});

describe('a related read\'s earlier count of the same thing', () => {
  afterEach(() => setTimelineKnobs({ earlierTimeline: EARLIER_TIMELINE }));
  const read = mk('انهيار المنجم', 'وقالت فرق الإنقاذ إن عدد قتلى انهيار المنجم بلغ 44 قتيلا. وتحدثت الشرطة في وقت سابق عن 31 قتيلا.', 'https://a.example/t');
  const current = mk('انهيار المنجم', 'وقالت فرق الإنقاذ إن عدد قتلى انهيار المنجم بلغ 44 قتيلا.', 'https://b.example/t');

  it('stays off the card under the documented rule (a read gives its latest figure only)', () => {
    expect(EARLIER_TIMELINE).toBe(false);
    expect(compareArticles([read, current], 1, [0])).toEqual([]);
  });

  it('joins the card its latest figure is on when the knob is on, as that read\'s timeline: an update, no contradiction', () => {
    setTimelineKnobs({ earlierTimeline: true });
    const [d] = compareArticles([read, current], 1, [0]);
    expect(d.figures.map((f) => [f.article, f.value])).toEqual([[0, 31], [0, 44], [1, 44]]);
    expect([d.reason, d.conflict]).toEqual(['updated', false]);
    setTimelineKnobs({ earlierTimeline: false });
    expect(compareArticles([read, current], 1, [0])).toEqual([]);
  });

  it('leaves out a past figure the read does not call an earlier count (another round, another event)', () => {
    setTimelineKnobs({ earlierTimeline: true });
    const past = mk('انهيار المنجم', 'وقالت فرق الإنقاذ إن عدد قتلى انهيار المنجم بلغ 44 قتيلا. وكان انهيار المنجم قد خلف 31 قتيلا.', 'https://c.example/t');
    expect(compareArticles([past, current], 1, [0])).toEqual([]);
  });
});

describe('a source another read ties to one side\'s zone counts that zone', () => {
  const zoned = mk('حصيلة الزلزال', 'وقالت وزارة الصحة إن 700 شخص قتلوا في مناطق سيطرة الحكومة جراء الزلزال.', 'https://a.example/z');
  const bare = mk('حصيلة الزلزال', 'وأعلنت وزارة الصحة مقتل 240 شخصا جراء الزلزال.', 'https://b.example/z');
  const national = mk('حصيلة الزلزال', 'وارتفعت حصيلة قتلى الزلزال في البلاد إلى 1200 شخص.', 'https://c.example/z');

  it('reads the body\'s figure as that zone\'s when another read of the comparison says so', () => {
    const sources = zoneSources([zoned.claims]);
    expect(sources.map((s) => [s.zone, s.concept])).toEqual([['zone:government', 'death']]);
    const c = bare.claims.find((x) => x.value === 240)!;
    expect(withSourceZone(c, sources).places).toEqual(['zone:government']);
    // Another body, or another concept, keeps its own scope.
    const other = byValue('وأعلن الدفاع المدني مقتل 240 شخصا جراء الزلزال.', 240);
    expect(withSourceZone(other, sources)).toBe(other);
  });

  it('puts the two counts of one body on one card, and keeps it off the whole country\'s', () => {
    expect(cards([bare, zoned])).toEqual([[240, 700]]);
    expect(cards([bare, zoned, national]).flat()).not.toContain(240);
    // Without the read that names the zone, the body's figure is a national toll like any other.
    expect(cards([bare, national])).toEqual([[240, 1200]]);
  });
});

describe('a ratio named after who is counted', () => {
  it('is a rate per one of the other thing, never a count', () => {
    const rate = (text: string, v: number) => byValue(text, v).rate;
    expect(rate('وينص الاتفاق على إطلاق 4 معتقلين من كبار السن مقابل كل رهينة.', 4)).toBe(rate('وأفرج عن 3 أسرى مقابل كل رهينة.', 3));
    expect(rate('وأفرج عن 3 أسرى مقابل كل رهينة.', 3)).toMatch(/^per:/);
    expect(rate('وأفرج عن 30 أسيرا مقابل 10 رهائن.', 30)).toBeNull();
    // Another figure or a comma between ends the search.
    expect(rate('وأفرج عن 30 أسيرا من النساء، مقابل كل رهينة.', 30)).toBeNull();
  });
});
