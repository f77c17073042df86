// Two tolls dated on different days are two incidents (lib/pipeline/compare/incident-day.ts and
// SEPARATE_DAYS of same-event.ts): invented sentences and dates.
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import { asOfEarlierDay, differentDays, incidentDays } from '../../../lib/pipeline/compare/incident-day';
import { normalizeArabic } from '../../../lib/pipeline/text/normalize';
import { isOtherTimeMention } from '../../../lib/pipeline/claims/modality';
import { SEPARATE_DAYS, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import type { AnalyzedArticle, Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim => {
  const c = extractClaims(text).find((x) => x.value === v);
  if (!c) throw new Error(`no claim ${v} in ${text}`);
  return c;
};

afterEach(() => setSameEventKnobs({ days: SEPARATE_DAYS }));

// 2030-03-11 is a Monday; 09:00 UTC is the same day in the region.
const MONDAY = '2030-03-11T09:00:00Z';
const TUESDAY = '2030-03-12T09:00:00Z';
const iso = (days: Set<number>): string[] => [...days].sort().map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

describe('the day a sentence dates its incident on', () => {
  it('reads «أمس» (or the day before, for a report dated the day after it was written), «أول من أمس» and weekdays against the publication date', () => {
    expect(iso(incidentDays('وقتل خمسة أشخاص أمس في انفجار.', MONDAY))).toEqual(['2030-03-09', '2030-03-10']);
    expect(iso(incidentDays('وقتل خمسة أشخاص مساء أول من أمس.', MONDAY))).toEqual(['2030-03-08', '2030-03-09']);
    expect(iso(incidentDays('وقتل خمسة أشخاص أمس الأحد.', MONDAY))).toEqual(['2030-03-10']);
    expect(iso(incidentDays('وقتل خمسة أشخاص يوم الجمعة.', MONDAY))).toEqual(['2030-03-08']);
    expect(iso(incidentDays('وقع الانفجار الاثنين.', MONDAY))).toEqual(['2030-03-11']);
    expect(iso(incidentDays('وقع الانفجار الاثنين الماضي.', MONDAY))).toEqual(['2030-03-04']);
  });

  it('reads no day from the number two, a sentence without a day, or an undated read', () => {
    expect(incidentDays('وقتل اثنين من المارة.', MONDAY).size).toBe(0);
    expect(incidentDays('وقتل خمسة أشخاص في انفجار.', MONDAY).size).toBe(0);
    expect(incidentDays('وقتل خمسة أشخاص أمس.', null).size).toBe(0);
  });

  it('reads no day of a statement, of a running total or after «منذ»; a day before the figure otherwise', () => {
    const s = 'وأعلن الوزير الجمعة أن 40 شخصا قتلوا في الهجوم.';
    expect(incidentDays(s, MONDAY, s.indexOf('40')).size).toBe(0);
    const t = 'وقتل 40 شخصا في الهجوم، وفق ما أعلنت الشرطة الجمعة.';
    expect(incidentDays(t, MONDAY, t.indexOf('40')).size).toBe(0);
    expect(incidentDays('وارتفعت حصيلة قتلى الحرائق إلى 40 شخصا أمس.', MONDAY).size).toBe(0);
    expect(incidentDays('وقتل 40 شخصا في الحرائق المندلعة منذ الجمعة.', MONDAY).size).toBe(0);
    const u = 'وشهدت المدينة الجمعة هجوما قتل فيه 40 شخصا.';
    expect(iso(incidentDays(u, MONDAY, u.indexOf('40') + 2))).toEqual(['2030-03-08']);
  });

  it('reads the day of a count whose sentence names a running total only in a later clause', () => {
    const s = 'وانتشلت الفرق 4 جثث يوم الجمعة من القرى، فيما بقيت حصيلة الحي عند 40 قتيلا.';
    expect(iso(incidentDays(s, MONDAY, s.indexOf('4 جثث') + 5))).toEqual(['2030-03-08']);
  });

  it('tells two days from one: «أمس» of Tuesday’s read is the Monday another read names', () => {
    const a = byValue('وقتل 4 مدنيين أمس الأحد في قصف.', 4);
    expect(differentDays(a, MONDAY, byValue('وقتل 3 مدنيين أمس في قصف.', 3), '2030-03-13T09:00:00Z')).toBe(true);
    expect(differentDays(a, MONDAY, byValue('وقتل 3 مدنيين الاثنين في قصف.', 3), TUESDAY)).toBe(true);
    expect(differentDays(a, MONDAY, byValue('وقتل 3 مدنيين أمس في قصف.', 3), TUESDAY)).toBe(false);
    expect(differentDays(byValue('وقتل 4 مدنيين في قصف الاثنين.', 4), MONDAY, byValue('وقتل 6 مدنيين في قصف الاثنين.', 6), TUESDAY)).toBe(false);
    expect(differentDays(a, MONDAY, byValue('وقتل 3 مدنيين في قصف.', 3), TUESDAY)).toBe(false);
  });
});

const mk = (body: string, url: string, published: string): AnalyzedArticle =>
  analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: 'قصف', byline: null, published, lang: 'ar', dir: 'rtl', text: `قصف\n\n${body}` });
const cards = (articles: AnalyzedArticle[]): number[][] =>
  compareArticles(articles, articles.length - 1, articles.slice(0, -1).map((_, i) => i)).map((d) => d.figures.map((f) => f.value).sort((a, b) => a - b));

describe('tolls of two days stay off one card', () => {
  const monday = mk('وقتل 4 مدنيين أمس الأحد في قصف على حي سكني.', 'https://a.example/d1', MONDAY);
  const tuesday = mk('وقتل 3 مدنيين أمس الاثنين في قصف على حي سكني.', 'https://b.example/d2', TUESDAY);
  const update = mk('وارتفع عدد المدنيين الذين قتلوا في قصف الأحد إلى 6 مدنيين.', 'https://b.example/d3', TUESDAY);

  it('keeps two days apart when on, and leaves them to the other rules when off', () => {
    expect(SEPARATE_DAYS).toBe(true);
    expect(cards([monday, tuesday])).toEqual([]);
    setSameEventKnobs({ days: false });
    expect(cards([monday, tuesday])).toEqual([[3, 4]]);
  });

  it('keeps a toll revised for the same day on the card', () => {
    expect(cards([monday, update])).toEqual([[4, 6]]);
  });
});

describe('a day\'s new cases in reads of two days', () => {
  const outbreak = (body: string, url: string, published: string): AnalyzedArticle =>
    analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: 'الكوليرا في كندا', byline: null, published, lang: 'ar', dir: 'rtl', text: `الكوليرا في كندا\n\nتفشي وباء الكوليرا في كندا. ${body}` });
  const monday = outbreak('وسجلت وزارة الصحة 312 إصابة جديدة بالكوليرا خلال 24 ساعة.', 'https://a.example/c1', MONDAY);
  const mondayToo = outbreak('وسجلت وزارة الصحة 320 إصابة جديدة بالكوليرا خلال 24 ساعة.', 'https://c.example/c3', MONDAY);
  const tuesday = outbreak('وسجلت وزارة الصحة 287 إصابة جديدة بالكوليرا خلال 24 ساعة.', 'https://b.example/c2', TUESDAY);

  it('are two days\' bulletins when neither sentence dates its count', () => {
    expect(cards([monday, tuesday])).toEqual([]);
  });

  it('meet on one day', () => {
    expect(cards([monday, mondayToo])).toEqual([[312, 320]]);
  });

  it('are two days\' bulletins when one sentence dates its count to a day the other read\'s cannot be of', () => {
    // (Friday, four days after Monday's undated count: «أمس» is Thursday.)
    const friday = outbreak('وسجلت وزارة الصحة 301 إصابة جديدة بالكوليرا أمس.', 'https://d.example/c4', '2030-03-15T09:00:00Z');
    expect(cards([monday, friday])).toEqual([]);
    // (Tuesday's «أمس» is Monday: the same bulletin's day, told again.)
    const retold = outbreak('وسجلت وزارة الصحة 315 إصابة جديدة بالكوليرا أمس.', 'https://e.example/c5', TUESDAY);
    expect(cards([monday, retold])).toEqual([[312, 315]]);
  });

  it('reads the previous bulletin\'s count as another time frame, registered by the bulletin', () => {
    const c = byValue('وتراجع عدد الإصابات اليومية، بعد أن سجلت النشرة السابقة 312 إصابة.', 312);
    expect(isOtherTimeMention(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart)).toBe(true);
  });
});

describe('a count as of an earlier day', () => {
  // 2023-10-29 was a Sunday.
  const SUNDAY = '2023-10-29T09:00:00Z';
  const asOf = (text: string, published: string | null = SUNDAY) => asOfEarlierDay(normalizeArabic(text), published);

  it('is a sentence that opens «وحتى يوم السبت» in a Sunday report, or «وحتى أمس»', () => {
    expect(asOf('وحتى يوم السبت، سجلت السلطات 52 حالة وفاة.')).toBe(true);
    expect(asOf('وحتى مساء أمس، سجلت السلطات 52 حالة وفاة.')).toBe(true);
    // The publication's own weekday, no date, or «حتى» inside the sentence: no earlier day.
    expect(asOf('وحتى يوم الأحد، سجلت السلطات 52 حالة وفاة.')).toBe(false);
    expect(asOf('وحتى يوم السبت، سجلت السلطات 52 حالة وفاة.', null)).toBe(false);
    expect(asOf('وسجلت السلطات حتى السبت 52 حالة وفاة.')).toBe(false);
  });

  it("gives way to the read's latest count instead of making a round-up of it", () => {
    const mk = (text: string, url: string): AnalyzedArticle =>
      analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: text.split('\n')[0], byline: null, published: SUNDAY, lang: 'ar', dir: 'rtl', text });
    const earlierRead = mk('صعود حصيلة العاصفة إلى 52\n\nصعدت حصيلة قتلى العاصفة التي اجتاحت الجزر الفلبينية إلى 52 قتيلا، بحسب السلطات الفلبينية.', 'https://a.example/1');
    const current = mk(
      'حصيلة العاصفة تبلغ 61\n\nأكد محافظ الإقليم الفلبيني أن حصيلة ضحايا العاصفة صعدت إلى 61 قتيلا. وحتى يوم السبت، سجلت السلطات الفلبينية 52 حالة وفاة.',
      'https://b.example/2',
    );
    const cards = compareArticles([earlierRead, current], 1, [0]).map((d) => d.figures.map((f) => f.value).sort((a, b) => a - b));
    expect(cards).toContainEqual([52, 61]);
  });
});

