// A read's own figure against the figures that only made it look like a round-up of several
// incidents (lib/pipeline/compare/same-event.ts roundUpClaims): a background incident dated to
// another part of the month, a year-to-date total, the toll's own «at least» written with its
// negation joined to the verb, and some of the injured counted «من أصل» their whole.
// Invented sentences, one rule each.
import { afterEach, describe, expect, it } from 'vitest';
import { mk } from '../../fixtures/invented-compare';
import { ROUND_UP_SOURCES, roundUpClaims, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import { refersBackToEvent } from '../../../lib/pipeline/compare/back-reference';
import { isOtherTimeMention } from '../../../lib/pipeline/claims/modality';
import type { Claim } from '../../../lib/types';

const topic = (c: Claim) => String(c.concept);
const deathsOf = (title: string, body: string): Claim[] => mk(title, body, 'https://t.example/bg').claims.filter((c) => c.concept === 'death');
const outOf = (title: string, body: string): number[] => [...roundUpClaims(deathsOf(title, body), topic)].map((c) => c.value).sort((a, b) => a - b);

describe('a figure of another part of the month or year is background (isOtherTimeMention)', () => {
  const at = (s: string, fig: string): boolean => isOtherTimeMention(s, s.indexOf(fig), s.indexOf(fig) + fig.length);

  it('reads «في مطلع/أوائل الشهر الحالي» and the first months of the year', () => {
    expect(at('وقتل 14 شخصا في هجوم مماثل في أوائل الشهر الجاري.', '14')).toBe(true);
    expect(at('وتقول منظمة حقوقية إن نحو 900 مدني قتلوا في الأشهر الخمسة الأولى من العام.', '900')).toBe(true);
  });

  it('reads an adverbial of time that opens the sentence before a comma', () => {
    expect(at('وفي مطلع الشهر الحالي، قتل 14 شخصا في هجوم على محطة للحافلات.', '14')).toBe(true);
    expect(at('وقبل أسبوعين، قتل 14 شخصا في هجوم على محطة للحافلات.', '14')).toBe(true);
  });

  it('leaves the end of last month (a monthly report\'s own figure) and a second clause alone', () => {
    expect(at('وفي نهاية الشهر الماضي بلغت الاحتياطيات 31 مليار دولار.', '31')).toBe(false);
    expect(at('وفي مطلع الشهر الحالي، زار الوزير المدينة، وقتل 14 شخصا في هجوم.', '14')).toBe(false);
  });

  it('reads a relative clause in the pluperfect as an earlier deed, not what the news\'s vehicle was doing or where people were', () => {
    expect(at('وأعاد الهجوم إلى الأذهان المسلح الذي كان قتل 9 أشخاص في مطعم بالعاصمة.', '9')).toBe(true);
    expect(at('وأعاد الهجوم إلى الأذهان المسلح الذي كان قد قتل 9 أشخاص في مطعم.', '9')).toBe(true);
    expect(at('وسقطت الحافلة التي كانت تقل 40 راكبا في الوادي.', '40')).toBe(false);
    expect(at('وتجاوزت طلبات المستثمرين الـ400 مليون التي كان المصرف يأمل في جمعها.', '400 مليون')).toBe(false);
    expect(at('وقال الدفاع المدني إن عدد العمال الذين كانوا في المصنع بلغ 35 عاملا.', '35')).toBe(false);
  });

  it('carries the time frame of a clause to the next one joined by «و» and a verb, unless that one has its own time', () => {
    expect(at('وأعاد الهجوم إلى الأذهان المسلح الذي كان قتل 9 أشخاص، وجرح 31 آخرين في مطعم بالعاصمة.', '31')).toBe(true);
    expect(at('وأعاد الحادث إلى الأذهان هجوما وقع قبل عامين، وأصيب 31 شخصا اليوم في الانفجار.', '31')).toBe(false);
    expect(at('قتل 9 أشخاص في الانفجار، وجرح 31 آخرون.', '31')).toBe(false);
  });

  it('keeps the news toll in and the background toll out of a read that gives both', () => {
    const body = 'قتل 22 شخصا في انفجار سيارة مفخخة قرب سوق الخضار صباح اليوم. وفي مطلع الشهر الحالي، قتل 14 شخصا في هجوم على محطة للحافلات.';
    expect(outOf('انفجار يقتل 22 في سوق', body)).toEqual([14]);
  });

  it('keeps the background toll out even beside an «at least» toll it could equal', () => {
    const body = 'قتل ما لا يقل عن 22 شخصا في انفجار سيارة مفخخة قرب سوق الخضار صباح اليوم. وفي مطلع الشهر الحالي، قتل 31 شخصا بهجوم استهدف حافلة ركاب.';
    expect(outOf('انفجار يقتل 22 في سوق', body)).toEqual([31]);
  });
});

describe('«ما لايقل عن» (the negation joined to its verb) is «at least»', () => {
  it('reads the qualifier, so an exact toll of another incident is no second figure of this one', () => {
    const claims = deathsOf('انفجار يقتل 22 في سوق', 'أعلن مسؤول محلي أن ما لايقل عن 22 شخصا قتلوا في انفجار بسوق المدينة.');
    expect(claims.find((c) => c.sentence.includes('لايقل'))?.qualifier).toBe('at-least');
    // (The headline's «22» and the body's «at least 22» are one incident's toll, no round-up.)
    expect(outOf('انفجار يقتل 22 في سوق', 'أعلن مسؤول محلي أن ما لايقل عن 22 شخصا قتلوا في انفجار بسوق المدينة.')).toEqual([]);
  });
});

describe('some of a whole counted right after the figure («من أصل») are part of that whole', () => {
  it('reads «N شخصا من أصل M جريح» as some of the injured, not a second death toll', () => {
    const claims = mk('ارتفاع حصيلة الهجوم إلى 32 قتيلا', 'وقال الوزير إن حصيلة الهجوم ارتفعت إلى 32 قتيلا، وإن 27 شخصا من أصل 90 جريحا لا يزالون في المستشفيات.', 'https://t.example/of').claims;
    expect(claims.find((c) => c.value === 27)?.concept).toBe('injured:part');
    expect(outOf('ارتفاع حصيلة الهجوم إلى 32 قتيلا', 'وقال الوزير إن حصيلة الهجوم ارتفعت إلى 32 قتيلا، وإن 27 شخصا من أصل 90 جريحا لا يزالون في المستشفيات.')).toEqual([]);
  });
});

describe('another source\'s count of «this» event is that event\'s, not a second incident (ROUND_UP_SOURCES back-reference)', () => {
  afterEach(() => setSameEventKnobs({ roundUpSources: ROUND_UP_SOURCES }));
  const soldiersOut = (body: string): number[] =>
    [...roundUpClaims(mk('مقتل 25 جنديا في هجوم على قاعدة', body, 'https://t.example/br').claims.filter((c) => c.concept === 'death:soldier'), topic)].map((c) => c.value).sort((a, b) => a - b);
  const lead = 'قتل 25 جنديا في هجوم على قاعدة عسكرية في الشمال، بحسب مصادر أمنية. ';

  it('reads «في هذا الهجوم» and «الهجوم ذاته», not «this year» nor «another attack»', () => {
    expect(refersBackToEvent('وقالت وزارة الدفاع إن 19 جنديا قتلوا في هذا الهجوم.')).toBe(true);
    expect(refersBackToEvent('وأكد الجيش أن 19 جنديا قتلوا في الهجوم ذاته.')).toBe(true);
    expect(refersBackToEvent('وقالت وزارة الدفاع إن 19 جنديا قتلوا هذا العام.')).toBe(false);
    expect(refersBackToEvent('وقالت وزارة الدفاع إن 19 جنديا قتلوا في هذا الهجوم وفي هجوم آخر.')).toBe(false);
  });

  it('gives both counts back with the knob, and keeps them out without it', () => {
    const body = lead + 'وقالت وزارة الدفاع في بيان إن 19 جنديا قتلوا في هذا الهجوم.';
    setSameEventKnobs({ roundUpSources: 'sentence' });
    expect(soldiersOut(body)).toEqual([19, 25, 25]);
    setSameEventKnobs({ roundUpSources: 'back-reference' });
    expect(soldiersOut(body)).toEqual([]);
    // Two sources of two attacks: no reference back, still a round-up.
    expect(soldiersOut(lead + 'وقالت وزارة الدفاع في بيان إن 19 جنديا قتلوا في كمين على طريق الساحل.')).toEqual([19, 25, 25]);
  });
});

describe('a toll whose clause names a year', () => {
  it('is another event recalled: no second incident beside the news\'s toll (a read of unknown date, its year not read as a period)', () => {
    const body = 'قتل 4 أشخاص في هزة أرضية ضربت الإقليم أمس. كما دمر زلزال قوي المنطقة في آذار - مارس 2011 وأدى إلى مقتل 260 شخصا.';
    const read = mk('4 قتلى في هزة أرضية', body, 'https://g.example/1', null);
    const deaths = read.claims.filter((c) => c.concept === 'death');
    const out = roundUpClaims(deaths, (c) => String(c.concept));
    expect(deaths.filter((c) => c.value === 4).some((c) => out.has(c))).toBe(false);
    expect(out.has(deaths.find((c) => c.value === 260) as Claim)).toBe(true);
  });

  it('reads the year, or «العام الماضي», its clause gives right after the figure too', () => {
    for (const recalled of ['وأودت حوادث الطرق في البلاد بحياة 1215 شخصا خلال عام 2024.', 'وسجلت البلاد أكثر من 1200 وفاة في حوادث الطرق العام الماضي.']) {
      const read = mk('17 قتيلا في حادث حافلة', `لقي 17 شخصا حتفهم فجر اليوم عندما انقلبت حافلة ركاب على الطريق السريع. ${recalled}`, 'https://g.example/2', null);
      const deaths = read.claims.filter((c) => c.concept === 'death');
      const out = roundUpClaims(deaths, (c) => String(c.concept));
      expect(deaths.filter((c) => c.value === 17).some((c) => out.has(c))).toBe(false);
    }
  });
});
