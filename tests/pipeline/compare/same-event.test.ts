// When a figure of another read may join the current figure's card (lib/pipeline/compare/same-event.ts):
// invented sentences, one rule each, at the documented operating point unless a test moves a knob.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import {
  differentPlaces,
  MAX_INCIDENTS,
  MIN_SENTENCE_ANCHOR,
  nounInHeadline,
  ROUND_UP_SCOPES,
  ROUND_UP_LEAD,
  ROUND_UP_VALUES,
  EARLIER_SEEDS,
  ROUND_UP_SOURCES,
  roundUpClaims,
  twoDistancesOrAreas,
  sentenceAnchor,
  SEPARATE_PLACES,
  setSameEventKnobs,
  UNIT_CONCEPTS,
} from '../../../lib/pipeline/compare/same-event';
import type { Claim } from '../../../lib/types';
import { isOtherTimeMention } from '../../../lib/pipeline/claims/modality';

afterEach(() =>
  setSameEventKnobs({ units: UNIT_CONCEPTS, minAnchor: MIN_SENTENCE_ANCHOR, places: SEPARATE_PLACES, maxIncidents: MAX_INCIDENTS, roundUpScopes: ROUND_UP_SCOPES, roundUpValues: ROUND_UP_VALUES, earlierSeeds: EARLIER_SEEDS, roundUpLead: ROUND_UP_LEAD, roundUpSources: ROUND_UP_SOURCES }),
);

describe('a read that leads with the largest figure of its round-up still gives that one (ROUND_UP_LEAD)', () => {
  const topic = (c: Claim) => String(c.concept);
  const kept = (title: string, body: string): number[] => {
    const a = mk(title, body, 'https://lead.example/1');
    const claims = a.claims.filter((c) => c.concept === 'percent:vote' || c.concept === 'death');
    const out = roundUpClaims(claims, topic, () => false, title);
    return [...new Set(claims.filter((c) => !out.has(c)).map((c) => c.value))];
  };
  const winnerFirst = 'فاز المرشح المستقل بنسبة 61% من الأصوات في اقتراع البلدية. وحصل منافسه على 33% من الأصوات.';

  it('gives the first sentence\'s figure when it is the largest and the headline gives none', () => {
    setSameEventKnobs({ roundUpLead: 'none' });
    expect(kept('رئيس البلدية الجديد يعد بتنظيف الشوارع', winnerFirst)).toEqual([]);
    setSameEventKnobs({ roundUpLead: 'first' });
    expect(kept('رئيس البلدية الجديد يعد بتنظيف الشوارع', winnerFirst)).toEqual([61]);
  });

  it('gives nothing when the first sentence\'s figure is not the largest', () => {
    setSameEventKnobs({ roundUpLead: 'lead' });
    expect(kept('رئيس البلدية الجديد يعد بتنظيف الشوارع', 'وحصل رئيس البلدية السابق على 33% من الأصوات. وفاز المرشح المستقل بنسبة 61% من الأصوات.')).toEqual([]);
  });

  it('gives nothing from a round-up whose sentences count some more ("آخرون")', () => {
    setSameEventKnobs({ roundUpLead: 'lead' });
    expect(kept('هجمات متفرقة', 'وقتل 9 أشخاص في انفجار سيارة مفخخة في السوق. وقتل خمسة أشخاص آخرون في هجوم على حاجز.')).toEqual([]);
  });

  it('gives a headline figure only when headlines count (not with "first")', () => {
    const title = 'المرشح المستقل يفوز بـ61% من الأصوات';
    const body = 'وحصل منافسه على 33% من الأصوات. وقالت هيئة الاقتراع إن المرشح المستقل فاز بنسبة 61% من الأصوات.';
    setSameEventKnobs({ roundUpLead: 'first' });
    expect(kept(title, body)).toEqual([]);
    setSameEventKnobs({ roundUpLead: 'headline' });
    expect(kept(title, body)).toEqual([61]);
  });
});


describe('a round-up of several incidents gives no figure to a card', () => {
  const current = mk('انفجار في السوق', 'وقتل 14 شخصا في انفجار سيارة مفخخة في السوق.', 'https://a.example/1');
  const single = mk('انفجار في السوق', 'وقتل 9 أشخاص في انفجار سيارة مفخخة في السوق.', 'https://b.example/1');
  const roundUp = mk('هجمات متفرقة', 'وقتل 9 أشخاص في انفجار سيارة مفخخة في السوق. وقتل خمسة أشخاص في هجوم آخر على حاجز.', 'https://c.example/1');
  const timeline = mk('انفجار في السوق', 'وقتل 9 أشخاص في انفجار سيارة مفخخة في السوق. وكانت وزارة الصحة قد أعلنت في وقت سابق مقتل 6 أشخاص.', 'https://d.example/1');

  it('marks every figure of a topic that takes two values which cannot be one', () => {
    const topic = (c: Claim) => String(c.concept);
    const claims = roundUp.claims.filter((c) => c.concept === 'death');
    expect(claims.map((c) => c.value)).toEqual([9, 5]);
    expect([...roundUpClaims(claims, topic)].map((c) => c.value)).toEqual([9, 5]);
    expect(roundUpClaims(single.claims.filter((c) => c.concept === 'death'), topic).size).toBe(0);
  });

  it('keeps the report of one incident on the card and the round-up off it', () => {
    expect(cards([single, current])).toEqual([[9, 14]]);
    expect(cards([roundUp, current])).toEqual([]);
    setSameEventKnobs({ maxIncidents: Infinity });
    expect(cards([roundUp, current])).toEqual([[9, 14]]);
  });

  it('does not count a figure the read presents as an earlier one as another incident', () => {
    expect(cards([timeline, current])).toEqual([[9, 14]]);
  });

  it('never applies to the previous version of the same page', () => {
    const before = mk('هجمات متفرقة', 'وقتل 9 أشخاص في انفجار سيارة مفخخة في السوق. وقتل خمسة أشخاص في هجوم آخر على حاجز.', 'https://a.example/1');
    expect(cards([before, current]).length).toBeGreaterThan(0);
  });
});

describe('a figure of another time frame is background, not a second incident', () => {
  const topic = (c: Claim) => String(c.concept);
  const outOf = (body: string): number[] => {
    const claims = mk('غارة على الحاجز', body, 'https://t.example/1').claims.filter((c) => c.concept === 'death' || c.concept === 'death:soldier');
    return [...roundUpClaims(claims, topic)].map((c) => c.value).sort((a, b) => a - b);
  };

  it('keeps a toll recalled with «آنذاك» out, and the news toll in', () => {
    expect(outOf('قتل 11 جنديا في غارة جوية على حاجز للجيش صباح اليوم. وقد قتل آنذاك ستة جنود في قصف مدفعي على الحاجز نفسه.')).toEqual([6]);
  });

  it('keeps an attack «قبل ثلاثة أيام» and a count «منذ اندلاع» the fighting out', () => {
    expect(outOf('قتل 11 شخصا في انفجار سيارة مفخخة في السوق. وقتل سبعة أشخاص في هجوم قبل ثلاثة أيام.')).toEqual([7]);
    expect(outOf('قتل 11 شخصا في انفجار سيارة مفخخة في السوق. وقال مسؤول في الصحة إن 800 شخص قتلوا منذ اندلاع المواجهات.')).toEqual([800]);
  });

  it('reads «قبل يومين» as ago, not «قبل يومين من» another event', () => {
    const at = (s: string, fig: string): boolean => isOtherTimeMention(s, s.indexOf(fig), s.indexOf(fig) + fig.length);
    expect(at('وقتل 7 أشخاص في هجوم قبل يومين.', '7')).toBe(true);
    expect(at('وقتل 7 أشخاص في هجوم قبل يومين من موعد الاقتراع.', '7')).toBe(false);
    expect(at('وقتل 7 أشخاص في هجوم على السوق، وكان 3 قد قتلوا قبل يومين.', '7')).toBe(false);
  });

  it('still keeps a round-up of two incidents of the news out', () => {
    expect(outOf('قتل 11 شخصا في انفجار سيارة مفخخة في السوق. وقتل سبعة أشخاص في هجوم آخر على حاجز، بعد أن قتل ثلاثة قبل يومين.')).toEqual([3, 7, 11]);
  });
});

describe('a figure counted by a noun of no known concept needs that noun in the headline', () => {
  const body = 'وشارك في البطولة 24 منتخبا من القارة.';
  const earlier = mk('البطولة تنطلق اليوم', 'وشارك في البطولة 20 منتخبا من القارة.', 'https://a.example/2');

  it('reads the noun in the headline as the same stem (a sound plural too), or also as a broken plural when asked', () => {
    const c = byValue(body, 24);
    expect(c.concept).toBe('unit:منتخب');
    expect(nounInHeadline(c, 'البطولة تنطلق بمشاركة 24 منتخبا')).toBe(true);
    expect(nounInHeadline(c, 'البطولة تنطلق اليوم')).toBe(false);
    expect(nounInHeadline(c, 'المنتخبات تتنافس على اللقب')).toBe(true);
    const fires = byValue('واندلع 30 حريقا في الغابات.', 30);
    expect(nounInHeadline(fires, 'الحرائق تلتهم الغابات')).toBe(false);
    expect(nounInHeadline(fires, 'الحرائق تلتهم الغابات', true)).toBe(true);
  });

  it('shows the card only when both headlines name what is counted', () => {
    expect(UNIT_CONCEPTS).toBe('both');
    const named = mk('20 منتخبا في البطولة', 'وشارك في البطولة 20 منتخبا من القارة.', 'https://c.example/2');
    expect(cards([named, mk('البطولة تنطلق بمشاركة 24 منتخبا', body, 'https://b.example/2')])).toEqual([[20, 24]]);
    expect(cards([earlier, mk('البطولة تنطلق بمشاركة 24 منتخبا', body, 'https://b.example/2')])).toEqual([]);
    expect(cards([named, mk('البطولة تنطلق اليوم', body, 'https://b.example/2')])).toEqual([]);
  });

  it('asks only the current headline under the earlier rule, nothing under "any"', () => {
    setSameEventKnobs({ units: 'headline' });
    expect(cards([earlier, mk('البطولة تنطلق بمشاركة 24 منتخبا', body, 'https://b.example/2')])).toEqual([[20, 24]]);
    expect(cards([earlier, mk('البطولة تنطلق اليوم', body, 'https://b.example/2')])).toEqual([]);
    setSameEventKnobs({ units: 'any' });
    expect(cards([earlier, mk('البطولة تنطلق اليوم', body, 'https://b.example/2')])).toEqual([[20, 24]]);
  });
});

describe('an unscoped toll beside a compatible scoped one is a round-up too', () => {
  const current = mk('قصف على البلدات', 'وقتل 14 شخصا في قصف على البلدات.', 'https://a.example/5');
  // Two tolls of one topic: one naming no place, one the country's — which is "the" toll is not said.
  const roundUp = mk('قصف على البلدات', 'وقتل 3 أشخاص في القصف على مدينة زهرون. وأفادت شبكة حقوقية بمقتل 63 شخصا في كندا أمس.', 'https://b.example/5');
  const oneToll = mk('قصف على البلدات', 'وأفادت شبكة حقوقية بمقتل 63 شخصا في كندا أمس.', 'https://c.example/5');

  it('reads the scopes as expected', () => {
    const [three, sixtyThree] = [3, 63].map((v) => roundUp.claims.find((c) => c.value === v && c.concept === 'death')!);
    expect([three.owners ?? [], three.places ?? []]).toEqual([[], []]);
    expect([...(sixtyThree.owners ?? []), ...(sixtyThree.places ?? [])]).toEqual(['ca']);
  });

  it('keeps both off the card, and a read with one of them on it', () => {
    expect(ROUND_UP_SCOPES).toBe('unscoped-parts');
    expect(cards([roundUp, current])).toEqual([]);
    expect(cards([oneToll, current])).toEqual([[14, 63]]);
    setSameEventKnobs({ roundUpScopes: 'same' });
    expect(cards([roundUp, current])).toEqual([[3, 14]]);
  });

  it('never joins tolls of two different countries', () => {
    const two = mk('قصف', 'وقتل 3 أشخاص في كندا. وقتل 63 شخصا في البرازيل.', 'https://d.example/5');
    const topic = (c: Claim) => String(c.concept);
    expect(roundUpClaims(two.claims.filter((c) => c.concept === 'death'), topic).size).toBe(0);
  });
});

describe('two different lower bounds in one read are two incidents (ROUND_UP_VALUES "bounds")', () => {
  const read = mk('هجمات', 'وقتل 13 شخصا على الأقل في تفجير. وقتل تسعة أشخاص على الأقل في هجوم آخر.', 'https://e.example/5');
  const topic = (c: Claim) => String(c.concept);
  const deaths = read.claims.filter((c) => c.concept === 'death');

  it('are two under "bounds" (chosen) and one figure under "conflict"', () => {
    expect(ROUND_UP_VALUES).toBe('bounds');
    expect(deaths.map((c) => c.qualifier)).toEqual(['at-least', 'at-least']);
    expect(roundUpClaims(deaths, topic).size).toBe(2);
    setSameEventKnobs({ roundUpValues: 'conflict' });
    expect(roundUpClaims(deaths, topic).size).toBe(0);
  });

  it('are one count revised when the read tells one of them on an earlier day', () => {
    const revised = mk('حرائق', 'وأفادت الإذاعة اليوم الخميس بأن النيران قتلت 60 شخصا على الأقل. وكانت السلطات قد قالت أمس الأربعاء إن 40 على الأقل لقوا حتفهم.', 'https://e.example/6');
    const tolls = revised.claims.filter((c) => c.concept === 'death');
    expect(tolls.map((c) => c.value)).toEqual([60, 40]);
    expect(roundUpClaims(tolls, topic).size).toBe(0);
  });
});

describe('a current figure presented as an earlier one (measured, not chosen)', () => {
  const other = mk('قصف', 'وقتل 7 أشخاص في القصف.', 'https://a.example/7');
  const current = mk('قصف', 'وقصف الطيران، في وقت سابق، مواقع مما أدى إلى مقتل 29 شخصا.', 'https://b.example/7');

  it('seeds a card by default and none when the knob is off', () => {
    expect(EARLIER_SEEDS).toBe(true);
    expect(cards([other, current])).toEqual([[7, 29]]);
    setSameEventKnobs({ earlierSeeds: false });
    expect(cards([other, current])).toEqual([]);
  });
});

describe('a count said to be the first one ("في البداية") is a timeline, not another incident', () => {
  const current = mk('حريق المستشفى', 'وقتل 40 شخصا في حريق المستشفى.', 'https://a.example/6');
  const read = mk('حريق المستشفى', 'وأعلن عن 15 حالة وفاة في البداية، لكن العدد يرتفع. وقتل 30 شخصا في حريق المستشفى.', 'https://b.example/6');

  it('gives the card the latest figure of the read', () => {
    expect(cards([read, current])).toEqual([[30, 40]]);
  });
});

describe('different towns (SEPARATE_PLACES)', () => {
  const here = 'وقتل 12 شخصا في قصف على مدينة ليون.';
  const there = 'وقتل 20 شخصا في قصف على مدينة مرسيليا.';
  const same = 'وقتل 20 شخصا في قصف على مدينة ليون.';

  it('tells two towns from one, and a sentence naming none from both', () => {
    expect(differentPlaces(byValue(here, 12), byValue(there, 20))).toBe(true);
    expect(differentPlaces(byValue(here, 12), byValue(same, 20))).toBe(false);
    expect(differentPlaces(byValue(here, 12), byValue('وقتل 20 شخصا في القصف.', 20))).toBe(false);
  });

  it('shares no place that both name only as a bearing’s reference, but one named as its own place', () => {
    const north = byValue('وقتل 12 شخصا في قصف على بلدة فالنس 40 كم شمال باريس.', 12);
    const west = byValue('وقتل 20 شخصا في اشتباكات في قرية بيلاك غرب باريس.', 20);
    expect(differentPlaces(north, west)).toBe(true);
    // «في باريس» places the other figure in the city: one event, as before.
    expect(differentPlaces(north, byValue('وقتل 20 شخصا في قصف على مدينة بيلاك في باريس.', 20))).toBe(false);
    // «في شمال باريس» places it in the city's north, not by a bearing from it.
    expect(differentPlaces(north, byValue('وقتل 20 شخصا في قرية بيلاك في شمال باريس.', 20))).toBe(false);
  });

  it('reads one place however it is named: settlement or unit word, spelling, or its bare name', () => {
    // «مدينة X» and «محافظة X» give two keys for one place.
    expect(differentPlaces(byValue(here, 12), byValue('وقتل 20 شخصا في قصف على محافظة ليون.', 20))).toBe(false);
    // Two transliterations of one foreign name («تش» for «ج», a long vowel written or not).
    expect(differentPlaces(byValue('وقتل 12 شخصا في بلدة سروجان.', 12), byValue('وقتل 20 شخصا في بلدة سوروتشان.', 20))).toBe(false);
    // The other sentence names the place without a settlement word, beside another town.
    expect(differentPlaces(byValue(here, 12), byValue('وقتل 20 شخصا في ليون وفي مدينة مرسيليا.', 20))).toBe(false);
    expect(differentPlaces(byValue(here, 12), byValue('وقتل 20 شخصا في قصف على مدينة تولوز.', 20))).toBe(true);
  });

  it('keeps the two towns apart (on by default), and leaves them to topic alignment when off', () => {
    expect(SEPARATE_PLACES).toBe(true);
    expect(cards([mk('قصف', there, 'https://a.example/3'), mk('قصف', here, 'https://b.example/3')])).toEqual([]);
    expect(cards([mk('قصف', same, 'https://a.example/3'), mk('قصف', here, 'https://b.example/3')])).toEqual([[12, 20]]);
    setSameEventKnobs({ places: false });
    expect(cards([mk('قصف', there, 'https://a.example/3'), mk('قصف', here, 'https://b.example/3')])).toEqual([[12, 20]]);
  });

  it('keeps a district beside its city on one card when a headline names the city', () => {
    const district = 'وقتل 20 شخصا في قصف في حي الزهور.';
    expect(differentPlaces(byValue(here, 12), byValue(district, 20))).toBe(true);
    expect(differentPlaces(byValue(here, 12), byValue(district, 20), 'قصف على ليون', 'قصف على ليون')).toBe(false);
    expect(cards([mk('قصف على ليون', district, 'https://a.example/4'), mk('قصف على ليون', here, 'https://b.example/4')])).toEqual([[12, 20]]);
  });

  it('reads no place in a division word standing for a name («قرى المنطقة»)', () => {
    expect(differentPlaces(byValue('ونزح 800 شخص من قرى المنطقة.', 800), byValue('ونزح 1200 شخص إلى مدينة مرسيليا.', 1200))).toBe(false);
  });
});

describe('sentence anchor (swept, not chosen)', () => {
  it('is the rarest word both sentences share apart from the counted noun', () => {
    const a = byValue('وقتل 12 شخصا في انهيار جسر قزحلان.', 12);
    const b = byValue('وأودى انهيار جسر قزحلان بحياة 15 شخصا.', 15);
    const c = byValue('وقتل 15 شخصا في حادث سير.', 15);
    expect(sentenceAnchor(a, b)).toBeGreaterThan(sentenceAnchor(a, c));
    setSameEventKnobs({ minAnchor: sentenceAnchor(a, b) });
    const t = 'انهيار';
    expect(cards([mk(t, 'وأودى انهيار جسر قزحلان بحياة 15 شخصا.', 'https://a.example/4'), mk(t, 'وقتل 12 شخصا في انهيار جسر قزحلان.', 'https://b.example/4')])).toEqual([[12, 15]]);
    expect(cards([mk(t, 'وقتل 15 شخصا في حادث سير.', 'https://a.example/4'), mk(t, 'وقتل 12 شخصا في انهيار جسر قزحلان.', 'https://b.example/4')])).toEqual([]);
  });
});

describe('a region’s toll beside the country’s is no round-up', () => {
  const current = mk('زلزال مدمر', 'وأسفر الزلزال عن مقتل 900 شخص.', 'https://a.example/8');
  const regional = [
    'وأسفر الزلزال عن مقتل 820 شخصا. وفي جهة المرجان قتل 300 شخص.',
    'وأسفر الزلزال عن مقتل 820 شخصا. وقالت السلطات إن إقليم النخيل سجل 300 وفاة.',
    'وأسفر الزلزال عن مقتل 820 شخصا، بينهم 300 في ولاية النخيل.',
    'وأسفر الزلزال عن مقتل 820 شخصا، منهم 300 بالصفصاف.',
    'وأسفر الزلزال عن مقتل 820 شخصا، أغلبهم في إقليم النخيل (300 وفاة).',
  ];

  it('keeps the national toll of a read that also gives a region’s on the card', () => {
    for (const [i, body] of regional.entries()) {
      const read = mk('زلزال مدمر', body, `https://b.example/8${i}`);
      expect(roundUpClaims(read.claims.filter((c) => c.concept?.startsWith('death')), (c) => String(c.concept)).size).toBe(0);
      expect(cards([read, current])).toEqual([[820, 900]]);
    }
  });

  it('reads a village’s smaller toll as a part of the whole under "unscoped-parts" (chosen), two incidents under "unscoped"', () => {
    const read = mk('زلزال مدمر', 'وأسفر الزلزال عن مقتل 820 شخصا. وقتل 30 شخصا في قرية الصفصاف.', 'https://c.example/8');
    const deaths = read.claims.filter((c) => c.concept === 'death');
    expect(roundUpClaims(deaths, (c) => String(c.concept)).size).toBe(0);
    expect(cards([read, current])).toEqual([[820, 900]]);
    setSameEventKnobs({ roundUpScopes: 'unscoped' });
    expect(roundUpClaims(deaths, (c) => String(c.concept)).size).toBe(2);
  });
});

describe('two sources\' counts in different sentences of one read (ROUND_UP_SOURCES)', () => {
  const topic = (c: Claim) => String(c.concept);
  const deaths = (body: string): Claim[] => mk('انفجار حافلة', body, `https://src.example/${body.length}`).claims.filter((c) => c.concept === 'death');
  const twoSources = deaths('وقالت الشرطة إن 18 شخصا قتلوا في انفجار الحافلة. في حين قال مسؤول في المستشفى إن 20 شخصا قتلوا في الانفجار.');
  const oneSource = deaths('وقالت الشرطة إن 18 شخصا قتلوا في انفجار الحافلة. وقالت الشرطة لاحقا إن 20 شخصا قتلوا في الانفجار.');
  const twoMeans = deaths('وقالت الشرطة إن 18 شخصا قتلوا في انفجار سيارة مفخخة. وقال مسؤول في المستشفى إن 20 شخصا قتلوا في غارة جوية.');

  it('are a round-up under "sentence" and alternatives under "read"', () => {
    expect(twoSources.map((c) => [c.value, c.attribution])).toEqual([[18, 'الشرطة'], [20, 'مسؤول في المستشفى']]);
    setSameEventKnobs({ roundUpSources: 'sentence' });
    expect(roundUpClaims(twoSources, topic).size).toBe(2);
    setSameEventKnobs({ roundUpSources: 'read' });
    expect(roundUpClaims(twoSources, topic).size).toBe(0);
    setSameEventKnobs({ roundUpSources: 'read-same-context' });
    expect(roundUpClaims(twoSources, topic).size).toBe(0);
  });

  it('stay a round-up when one source gives both, whatever the knob', () => {
    for (const m of ['sentence', 'read', 'read-same-context'] as const) {
      setSameEventKnobs({ roundUpSources: m });
      expect(roundUpClaims(oneSource, topic).size).toBe(2);
    }
  });

  it('stay a round-up under "read-same-context" when the sentences name different means', () => {
    setSameEventKnobs({ roundUpSources: 'read' });
    expect(roundUpClaims(twoMeans, topic).size).toBe(0);
    setSameEventKnobs({ roundUpSources: 'read-same-context' });
    expect(roundUpClaims(twoMeans, topic).size).toBe(2);
  });
});

describe('two distances from one place (twoDistancesOrAreas)', () => {
  const distance = (text: string, v: number): Claim => {
    const c = byValue(text, v);
    expect(c.concept).toBe('distance:km');
    return c;
  };
  const epicentre = distance('وقع مركز الزلزال على بعد 40 كيلومترا من مدينة حماة.', 40);

  it('are one distance when the figures\' clauses name the same thing far away', () => {
    expect(twoDistancesOrAreas(epicentre, distance('وكان مركز الزلزال على عمق 10 كيلومترات وعلى بعد 35 كلم من مدينة حماة.', 35))).toBe(false);
  });

  it('are two when only the place measured from and the words of measuring are shared', () => {
    const lake = distance('وتقع البحيرة الصغيرة في واد أخضر وتبعد عن مدينة حماة 20 كلم.', 20);
    const fort = distance('أما القلعة الأثرية الواقعة شمال مدينة حماة بمسافة 55 كلم فتستقبل الزوار طوال العام.', 55);
    expect(twoDistancesOrAreas(lake, fort)).toBe(true);
    expect(twoDistancesOrAreas(lake, epicentre)).toBe(true);
  });

  it('keeps the two off one card of linked reads, and the one distance on it', () => {
    const story = 'زلزال بقوة 5 درجات يضرب ريف حماة';
    const a = mk(story, 'وقع مركز الزلزال على بعد 40 كيلومترا من مدينة حماة، وشعر به السكان.', 'https://dist.example/1');
    const b = mk(story, 'وكان مركز الزلزال على بعد 35 كلم من مدينة حماة، بحسب المرصد.', 'https://dist.example/2');
    expect(cards([a, b]).filter((c) => c.includes(35))).toEqual([[35, 40]]);
    const guide = 'دليل الزائر إلى ريف حماة';
    const c = mk(guide, 'وتقع البحيرة الصغيرة في واد أخضر وتبعد عن مدينة حماة 20 كلم، وتحيط بها البساتين.', 'https://dist.example/3');
    const d = mk(guide, 'أما القلعة الأثرية الواقعة شمال مدينة حماة بمسافة 55 كلم فتستقبل الزوار طوال العام.', 'https://dist.example/4');
    expect(cards([c, d]).filter((x) => x.includes(55))).toEqual([]);
  });
});

describe('two areas (twoDistancesOrAreas)', () => {
  const area = (text: string, v: number): Claim => {
    const c = byValue(text, v);
    expect(c.concept).toBe('area');
    return c;
  };
  const burnt = area('وأتت النيران على مساحة 8 آلاف هكتار من الغابات المحترقة.', 8000);

  it('are one area when the clauses name the same thing', () => {
    expect(twoDistancesOrAreas(burnt, area('وبلغت مساحة الغابات المحترقة 8500 هكتار.', 8500))).toBe(false);
  });

  it('are two when only the word «مساحة» is shared', () => {
    expect(twoDistancesOrAreas(burnt, area('وافتتح المتجر قسما جديدا على مساحة 45 ألف متر مربع يضم الأزياء.', 45000))).toBe(true);
  });
});

describe('two towns far apart when a lead names several (FAR_APART_KM)', () => {
  const figure = (text: string, v: number): Claim => byValue(text, v);
  const teams = figure('وشاركت تسع فرق إطفاء في إخماد الحريق.', 9);
  const others = figure('وقال المتحدث إنه يشارك في الموقع 10 فرق إطفاء.', 10);
  const mecca = 'حريق في مستودع بمكة\nأخمدت فرق الدفاع المدني حريقا شب في مستودع بمكة.';

  it('are two incidents when every place of both is known and far from the other\'s', () => {
    const east = 'حريق في مصنع للحديد\nشب حريق في مصنع بالدمام استدعى فرقا من القطيف ومراكز أخرى.';
    expect(differentPlaces(teams, others, '', '', mecca, east)).toBe(true);
  });

  it('are one place when a town of one lead lies beside the other\'s (a capital and its twin city)', () => {
    const cairo = 'حريق في مستودع بالقاهرة\nأخمدت فرق الدفاع المدني حريقا شب في مستودع بالقاهرة.';
    const giza = 'حريق في مصنع\nشب حريق في مصنع بالجيزة استدعى فرقا من الإسماعيلية.';
    expect(differentPlaces(teams, others, '', '', cairo, giza)).toBe(false);
  });

  it('says nothing when a place of a lead is not located', () => {
    const patterned = 'حريق في مصنع\nشب حريق في مصنع بمنطقة وادي الندى استدعى فرقا من القطيف.';
    expect(differentPlaces(teams, others, '', '', mecca, patterned)).toBe(false);
  });
});
