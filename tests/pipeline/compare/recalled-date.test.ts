// An incident a clause dates by the calendar a week or more before its report is recalled
// background, kept off the card of a report of other days (lib/pipeline/compare/recalled-date.ts,
// the 'days' gate of same-event.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { recalledApart, recalledDay, RECALLED_DAYS } from '../../../lib/pipeline/compare/recalled-date';

const published = '2024-07-23T10:00:00Z';

describe('the calendar day a figure’s clause recalls', () => {
  it('reads «في/يوم D MONTH» in the clause or the sentence’s opening, a week or more back', () => {
    expect(recalledDay(byValue('وفي 5 يوليو الحالي، غرقت عبارة في الخليج وعلى متنها 37 شخصا.', 37), published)).toBe(Date.UTC(2024, 6, 5));
    expect(recalledDay(byValue('وكانت عبارة غرقت يوم 3 تموز وعلى متنها 40 شخصا.', 40), published)).toBe(Date.UTC(2024, 6, 3));
    // A later month is last year's.
    expect(recalledDay(byValue('وفي 20 ديسمبر، غرقت عبارة وعلى متنها 12 شخصا.', 12), published)).toBe(Date.UTC(2023, 11, 20));
  });

  it('reads nothing in the news’s own days, a running total, a date after the figure, or an unknown publication', () => {
    expect(recalledDay(byValue('وفي 20 يوليو، غرق مركب وعلى متنه 25 شخصا.', 25), published)).toBeNull();
    expect(recalledDay(byValue('وارتفعت حصيلة الزلزال منذ 6 يوليو إلى 120 قتيلا.', 120), published)).toBeNull();
    expect(recalledDay(byValue('وغرق مركب وعلى متنه 25 شخصا في 5 يوليو.', 25), published)).toBeNull();
    expect(recalledDay(byValue('وفي 5 يوليو الحالي، غرقت عبارة وعلى متنها 37 شخصا.', 37), null)).toBeNull();
  });

  it('reads a month written with its other name after a slash, and the year after it', () => {
    expect(recalledDay(byValue('وفي أبريل/نيسان 2015، قتل 40 شخصا في هجوم على السوق.', 40), published)).toBe(Date.UTC(2015, 3, 30));
    expect(recalledDay(byValue('وفي 5 يوليو/تموز 2022، غرقت عبارة وعلى متنها 37 شخصا.', 37), published)).toBe(Date.UTC(2022, 6, 5));
  });

  it('dates a figure in the subject of a pluperfect clause by the rest of that clause', () => {
    // «وكان زلزال بقوة 6.9 درجات قد ضرب في مارس/آذار 2019»: another quake's magnitude, recalled.
    expect(recalledDay(byValue('وكان زلزال بقوة 6.9 درجات قد ضرب المنطقة في مارس/آذار 2019.', 6.9), published)).toBe(Date.UTC(2019, 2, 31));
    // Not without the pluperfect's «قد», nor for the news's own quake.
    expect(recalledDay(byValue('وضرب زلزال بقوة 6.9 درجات المنطقة فجر اليوم.', 6.9), published)).toBeNull();
    expect(recalledDay(byValue('وكان زلزال بقوة 6.9 درجات ضرب المنطقة في مارس 2019.', 6.9), published)).toBeNull();
  });

  it('keeps apart a recalled incident and one of other days, not two recalls of one date', () => {
    const recalled = byValue('وفي 5 يوليو الحالي، غرقت عبارة وعلى متنها 37 شخصا.', 37);
    const today = byValue('وقالت المصادر إن المركب كان يحمل أكثر من 25 شخصا.', 25);
    expect(RECALLED_DAYS).toBe(7);
    expect(recalledApart(recalled, published, today, '2024-07-22T08:00:00Z')).toBe(true);
    // The report of that day itself, and another recall of the same date.
    expect(recalledApart(recalled, published, today, '2024-07-06T08:00:00Z')).toBe(false);
    expect(recalledApart(recalled, published, byValue('ويوم 5 يوليو، غرقت عبارة وعلى متنها 40 شخصا.', 40), '2024-07-20T08:00:00Z')).toBe(false);
  });
});

describe('a toll dated by its month alone', () => {
  it('takes a past month («في مارس الماضي», «في يونيو») at its last day', () => {
    expect(recalledDay(byValue('وكان أبرز الهجمات الهجوم على المتحف في مارس الماضي الذي أدى إلى مقتل 22 شخصا.', 22), published)).toBe(Date.UTC(2024, 2, 31));
    expect(recalledDay(byValue('والهجوم على فندق في المدينة في يونيو ما أدى إلى مقتل 38 شخصا.', 38), published)).toBe(Date.UTC(2024, 5, 30));
    // «الماضي» on the news's own month is last year's.
    expect(recalledDay(byValue('وفي يوليو الماضي، قتل 14 شخصا في هجوم على السوق.', 14), published)).toBe(Date.UTC(2023, 6, 31));
  });

  it('reads nothing in the news’s own month, for a figure other than a toll, or when the clause counts since a start', () => {
    expect(recalledDay(byValue('وفي يوليو، قتل 14 شخصا في هجوم على السوق.', 14), published)).toBeNull();
    expect(recalledDay(byValue('وبلغت صادرات النفط في مايو 7 ملايين برميل.', 7000000), published)).toBeNull();
    expect(recalledDay(byValue('وارتفعت حصيلة القتلى منذ مارس الماضي إلى 120 قتيلا.', 120), published)).toBeNull();
  });

  it('reads the clause’s own month when the sentence opens with a count since a start', () => {
    // («منذ مطلع العام» opens the sentence: it dates the rise of attacks, not the clause after the comma.)
    expect(recalledDay(byValue('وتزايدت الهجمات منذ مطلع العام، وكان أبرزها الهجوم على المتحف في مارس الماضي الذي أدى إلى مقتل 22 شخصا.', 22), published)).toBe(Date.UTC(2024, 2, 31));
  });
});

describe('on the cards', () => {
  it('a read recalling an earlier sinking gives its aboard count to no card of today’s', () => {
    const today = mk('غرق مركب في النهر', 'وقالت المصادر إن المركب الذي كان يحمل أكثر من 25 شخصا غرق أمس في النهر.', 'https://a.example/1', '2024-07-22T08:00:00Z');
    const recap = mk('غرق مركب في النهر', 'وتواصل فرق الإنقاذ البحث عن المفقودين. وفي 5 يوليو الحالي، غرقت عبارة في البحر وعلى متنها 37 شخصا.', 'https://b.example/1', published);
    expect(cards([today, recap])).toEqual([]);
    const sameDays = mk('غرق مركب في النهر', 'وتواصل فرق الإنقاذ البحث عن المفقودين. وكان المركب يحمل 37 شخصا.', 'https://b.example/2', published);
    expect(cards([today, sameDays])).toEqual([[25, 37]]);
  });
});
