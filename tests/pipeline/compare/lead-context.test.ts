// A figure whose own sentence names no place, day or means read with its read's headline and lead
// standing for it (LEAD_CONTEXT, lib/pipeline/compare/same-event.ts and lead-context.ts):
// invented reads, one rule each, with the knob moved by each test.
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import { leadContext, leadSentence } from '../../../lib/pipeline/compare/lead-context';
import { leadProvince } from '../../../lib/pipeline/compare/lead-province';
import { differentMeans } from '../../../lib/pipeline/compare/means';
import { byValue } from '../../fixtures/invented-compare';
import { LEAD_CONTEXT, leadGates, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import type { AnalyzedArticle } from '../../../lib/types';

afterEach(() => setSameEventKnobs({ leadContext: LEAD_CONTEXT }));

const read = (title: string, body: string, url: string, published: string | null = null, withTitle = false): AnalyzedArticle =>
  analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title, byline: null, published, lang: 'ar', dir: 'rtl', text: withTitle ? `${title}\n\n${body}` : body });

/** Values on each card of the current article (the last one) against the others. */
const cards = (articles: AnalyzedArticle[]): number[][] =>
  compareArticles(articles, articles.length - 1, articles.slice(0, -1).map((_, i) => i)).map((d) => d.figures.map((f) => f.value).sort((a, b) => a - b));

describe('the lead sentence', () => {
  it('is the body\'s first sentence, or its second when the first is the headline', () => {
    expect(leadSentence('عنوان الخبر', 'الجملة الأولى هنا. والثانية بعدها.')).toBe('الجملة الأولى هنا.');
    expect(leadSentence('عنوان الخبر', 'عنوان الخبر\n\nالجملة الأولى هنا. والثانية بعدها.')).toBe('الجملة الأولى هنا.');
    expect(leadSentence('عنوان الخبر', '')).toBe('');
  });

  it('reads a dateline on a line of its own with the sentence after it', () => {
    const text = 'مدينة سين - «صحيفة الوادي»\n\nأعلنت السلطات في محافظة صاد أن الحرائق أتت على 300 هكتار. والثانية بعدها.';
    expect(leadSentence('عنوان الخبر', text)).toBe('مدينة سين - «صحيفة الوادي» أعلنت السلطات في محافظة صاد أن الحرائق أتت على 300 هكتار.');
    expect(leadSentence('عنوان الخبر', 'عنوان الخبر\n\nمدينة سين (وكالة الوادي)\n\nالجملة الأولى هنا. والثانية بعدها.')).toBe('مدينة سين (وكالة الوادي) الجملة الأولى هنا.');
  });
});

describe('a toll whose sentence names no place takes its read\'s lead place (LEAD_CONTEXT places)', () => {
  // Each lead names its town once; the toll's own sentence names none.
  const inLyon = read('قصف مدفعي على مدينة ليون', 'استهدف قصف مدفعي عنيف مدينة ليون صباح اليوم. وأسفر القصف عن مقتل 12 شخصا.', 'https://a.example/lead/1', null, true);
  const inMarseille = read('قصف مدفعي على مدينة مرسيليا', 'استهدف قصف مدفعي عنيف مدينة مرسيليا صباح اليوم. وأسفر القصف عن مقتل 20 شخصا.', 'https://b.example/lead/1', null, true);
  const alsoLyon = read('قصف مدفعي على مدينة ليون', 'استهدف قصف مدفعي عنيف مدينة ليون صباح اليوم. وأسفر القصف عن مقتل 20 شخصا.', 'https://c.example/lead/1', null, true);

  it('keeps another town\'s toll off the card, and leaves it on without the rule', () => {
    setSameEventKnobs({ leadContext: ['places'] });
    expect(cards([inMarseille, inLyon])).toEqual([]);
    setSameEventKnobs({ leadContext: [] });
    expect(cards([inMarseille, inLyon])).toEqual([[12, 20]]);
  });

  it('shares the card when both leads name the same town', () => {
    setSameEventKnobs({ leadContext: ['places'] });
    expect(cards([alsoLyon, inLyon])).toEqual([[12, 20]]);
  });

  it('takes nothing from a lead naming several towns (a digest)', () => {
    const digest = read('قصف على مدن عدة', 'استهدف قصف مدفعي عنيف مدينة مرسيليا ومدينة تولوز صباح اليوم. وأسفر القصف عن مقتل 20 شخصا.', 'https://d.example/lead/1');
    setSameEventKnobs({ leadContext: ['places'] });
    expect(cards([digest, inLyon])).toEqual([[12, 20]]);
  });
});

describe('a toll whose sentence dates nothing takes its read\'s lead day (LEAD_CONTEXT days)', () => {
  // Both published on Sunday 2030-03-10 (local time): one lead dates its shelling Friday, the other Saturday.
  const friday = read('قصف على البلدة', 'قصفت المدفعية البلدة يوم الجمعة الماضي بعشرات القذائف. وأسفر القصف عن مقتل 7 أشخاص.', 'https://a.example/lead/2', '2030-03-10T09:00:00Z');
  const saturday = read('قصف على البلدة', 'قصفت المدفعية البلدة يوم السبت بعشرات القذائف. وأسفر القصف عن مقتل 9 أشخاص.', 'https://b.example/lead/2', '2030-03-10T09:00:00Z');
  const saturdayToo = read('قصف على البلدة', 'قصفت المدفعية البلدة أمس بعشرات القذائف. وأسفر القصف عن مقتل 11 شخصا.', 'https://c.example/lead/2', '2030-03-10T09:00:00Z');

  it('keeps two days\' tolls apart, and one day\'s together', () => {
    setSameEventKnobs({ leadContext: [] });
    expect(cards([friday, saturday])).toEqual([[7, 9]]);
    setSameEventKnobs({ leadContext: ['days'] });
    expect(cards([friday, saturday])).toEqual([]);
    expect(cards([saturdayToo, saturday])).toEqual([[9, 11]]);
  });
});

describe('a toll whose stretch names no means takes its read\'s lead means (LEAD_CONTEXT means)', () => {
  const bombing = read('انفجار في السوق', 'انفجرت عبوة ناسفة في سوق البلدة المزدحم صباح اليوم. وقالت الشرطة إن الحصيلة بلغت 14 جريحا نقلوا جميعهم إلى المستشفى الحكومي في ساعة متأخرة.', 'https://a.example/lead/3');
  const clashes = read('اشتباكات في البلدة', 'اندلعت اشتباكات عنيفة بين قوات الأمن ومسلحين في البلدة صباح اليوم. وقالت الشرطة إن الحصيلة بلغت 30 جريحا نقلوا جميعهم إلى المستشفى الحكومي في ساعة متأخرة.', 'https://b.example/lead/3');
  const blast = read('تفجير في البلدة', 'هز انفجار عنيف البلدة صباح اليوم. وقالت الشرطة إن الحصيلة بلغت 30 جريحا نقلوا جميعهم إلى المستشفى الحكومي في ساعة متأخرة.', 'https://c.example/lead/3');

  it('keeps a bombing\'s toll off a clash\'s card, and another report of the blast on it', () => {
    setSameEventKnobs({ leadContext: [] });
    expect(cards([clashes, bombing])).toEqual([[14, 30]]);
    setSameEventKnobs({ leadContext: ['means'] });
    expect(cards([clashes, bombing])).toEqual([]);
    expect(cards([blast, bombing])).toEqual([[14, 30]]);
  });
});

describe('a means taken from the lead is told against the other read\'s lead too', () => {
  // The toll's own sentence names no means; its lead says the boat sank. The other read's toll
  // says the boat capsized («انقلاب», a road word too), and its headline that it sank.
  const sank = byValue('وقالت السلطات إن 9 أشخاص لقوا حتفهم.', 9);
  const capsized = byValue('وقال مسؤول محلي إن 12 شخصا لقوا حتفهم بعد انقلاب قاربهم.', 12);
  const sankLead = 'غرق قارب صيد قبالة الساحل\nغرق قارب صيد يقل عشرات الركاب قبالة الساحل فجر اليوم.';

  it('keeps them apart when the other read never says it sank, together when it does', () => {
    expect(differentMeans(sank, capsized)).toBe(false);
    expect(differentMeans(sank, capsized, sankLead, 'حصيلة حادث القارب\nأعلنت السلطات حصيلة جديدة للحادث.')).toBe(true);
    expect(differentMeans(sank, capsized, sankLead, 'مخاوف من غرق 12 صيادا\nأعلنت السلطات حصيلة جديدة للحادث.')).toBe(false);
  });
});

describe('the operating point (LEAD_CONTEXT places and means, not days)', () => {
  it('keeps another town\'s and another means\' toll off the card, and another day\'s on it', () => {
    const lyon = read('قصف مدفعي على مدينة ليون', 'استهدف قصف مدفعي عنيف مدينة ليون صباح اليوم. وأسفر القصف عن مقتل 12 شخصا.', 'https://a.example/lead/4');
    const marseille = read('قصف مدفعي على مدينة مرسيليا', 'استهدف قصف مدفعي عنيف مدينة مرسيليا صباح اليوم. وأسفر القصف عن مقتل 20 شخصا.', 'https://b.example/lead/4');
    expect(cards([marseille, lyon])).toEqual([]);
    const bombing = read('انفجار في السوق', 'انفجرت عبوة ناسفة في سوق البلدة المزدحم صباح اليوم. وقالت الشرطة إن الحصيلة بلغت 14 جريحا نقلوا جميعهم إلى المستشفى الحكومي في ساعة متأخرة.', 'https://c.example/lead/4');
    const clashes = read('اشتباكات في البلدة', 'اندلعت اشتباكات عنيفة بين قوات الأمن ومسلحين في البلدة صباح اليوم. وقالت الشرطة إن الحصيلة بلغت 30 جريحا نقلوا جميعهم إلى المستشفى الحكومي في ساعة متأخرة.', 'https://d.example/lead/4');
    expect(cards([clashes, bombing])).toEqual([]);
    const friday = read('قصف على البلدة', 'قصفت المدفعية البلدة يوم الجمعة الماضي بعشرات القذائف. وأسفر القصف عن مقتل 7 أشخاص.', 'https://e.example/lead/4', '2030-03-10T09:00:00Z');
    const saturday = read('قصف على البلدة', 'قصفت المدفعية البلدة يوم السبت بعشرات القذائف. وأسفر القصف عن مقتل 9 أشخاص.', 'https://f.example/lead/4', '2030-03-10T09:00:00Z');
    expect(cards([friday, saturday])).toEqual([[7, 9]]);
  });
});

describe('the knob from a measuring tool\'s option', () => {
  it('reads none or a comma list, and refuses anything else', () => {
    expect(leadGates('none')).toEqual([]);
    expect(leadGates('places,means')).toEqual(['places', 'means']);
    expect(() => leadGates('towns')).toThrow(/--lead-context/);
    expect(() => leadGates(undefined)).toThrow(/--lead-context/);
  });
});

describe('a headline that ends with a province and a dateline that opens with its town', () => {
  // «… بمحافظة صاد» then «صاد (وكالة …) -»: the headline ends before the dateline, and the name is
  // not «صاد صاد».
  const headline = 'مقتل 6 أشخاص في انهيار جسر بمحافظة الوردانية';
  const body = 'الوردانية (وكالة السهل) - لقي 6 أشخاص حتفهم وأصيب 20 آخرون في انهيار جسر قرب مركز الطواحين شمالي محافظة الوردانية صباح اليوم.';

  it('names the one province in the read’s lead', () => {
    expect(leadProvince(leadContext(headline, `${headline}\n\n${body}`))).toBe('place:وردانيه');
  });
});
