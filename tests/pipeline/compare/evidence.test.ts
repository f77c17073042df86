// How sure a figure's topic is (lib/claims/evidence.ts, lib/compare/evidence.ts): invented
// sentences, one rule each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import { daysApart, evidenceScore, FULL_EVIDENCE, MAX_VALUE_RATIO, RATIO_WINDOW_DAYS, setEvidenceKnobs, tooFarApart } from '../../../lib/pipeline/compare/evidence';
import type { AnalyzedArticle, Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim => {
  const c = extractClaims(text).find((x) => x.value === v);
  if (!c) throw new Error(`no claim ${v} in ${text}`);
  return c;
};

describe('what a claim records of its evidence', () => {
  it('a counted noun beside the figure is adjacent evidence', () => {
    expect(byValue('وأسفر الانهيار عن مقتل 12 قتيلا في المدينة.', 12).evidence?.noun).toBe('adjacent');
  });

  it('a generic noun whose event stands elsewhere in the clause is clause evidence', () => {
    const c = byValue('وقالت الشرطة إن حصيلة القتلى بلغت 40 شخصا.', 40);
    expect(c.concept).toBe('death');
    expect(c.evidence?.noun).toBe('clause');
  });

  it('a list item without its own noun inherits the concept', () => {
    const text = 'وقتل 30 شخصا بإقليم الوادي و12 بإقليم السهل.';
    const c = byValue(text, 12);
    expect(c.concept).toBe(byValue(text, 30).concept);
    expect(c.evidence?.noun).toBe('inherited');
  });

  it('a country named earlier in the sentence is a guessed scope, one beside the figure a stated one', () => {
    expect(byValue('خسائر القوات الكندية أكثر، وقد بلغت أكثر من 280 عسكريا.', 280).evidence?.scope).toBe('guessed');
    expect(byValue('وخلفت الفيضانات 25 قتيلا في كندا.', 25).evidence?.scope).toBe('stated');
    expect(byValue('وخلفت الفيضانات 25 قتيلا.', 25).evidence?.scope).toBe('none');
  });
});

describe('evidenceScore', () => {
  it('adds noun, scope and a named source', () => {
    const plain = byValue('وخلفت الفيضانات 25 قتيلا.', 25);
    const sourced = byValue('وقال المتحدث باسم الدفاع المدني سامر حداد إن الفيضانات خلفت 25 قتيلا.', 25);
    expect(evidenceScore(plain)).toBe(3);
    expect(sourced.attribution).not.toBeNull();
    expect(evidenceScore(sourced)).toBe(FULL_EVIDENCE);
    expect(evidenceScore(byValue('وقالت الشرطة إن حصيلة القتلى بلغت 40 شخصا.', 40))).toBeLessThan(FULL_EVIDENCE);
  });

  it('a claim stored before evidence existed keeps its old behaviour', () => {
    const { evidence: _, ...old } = byValue('وخلفت الفيضانات 25 قتيلا.', 25);
    expect(evidenceScore(old)).toBe(FULL_EVIDENCE);
  });
});

describe('with a largest ratio set, figures far apart share a card only when both are fully evidenced', () => {
  beforeAll(() => setEvidenceKnobs({ maxRatio: 6 }));
  afterAll(() => setEvidenceKnobs({ maxRatio: MAX_VALUE_RATIO }));
  const mk = (text: string, url: string): AnalyzedArticle =>
    analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: text.split('\n')[0], byline: null, published: null, lang: 'ar', dir: 'rtl', text });

  it('keeps two distances apart when one is over twice the other, however well evidenced or far apart in time', () => {
    const near = byValue('وقال المرصد إن مركز الزلزال كان على بعد 15 كيلومترا شمال شرقي المدينة.', 15);
    expect(tooFarApart(near, byValue('وقال المرصد إن مركز الزلزال كان على بعد 16 كيلومترا شمال شرقي المدينة.', 16))).toBe(false);
    expect(tooFarApart(near, byValue('وقال المرصد إن مركز الزلزال كان على بعد 60 كيلومترا شمال شرقي المدينة.', 60), 30)).toBe(true);
    expect(tooFarApart(near, byValue('وقال المرصد إن مركز الزلزال كان على بعد 30 كيلومترا شمال شرقي المدينة.', 30))).toBe(false);
  });

  it('takes a zero as one: none hurt meets two injured, never fifty', () => {
    const none = byValue('وانفجرت السيارة دون وقوع إصابات.', 0);
    expect(tooFarApart(none, byValue('وأصيب شخصان في الانفجار.', 2))).toBe(false);
    expect(tooFarApart(none, byValue('وأصيب 50 شخصا في الانفجار.', 50))).toBe(true);
  });

  it('keeps a weakly evidenced figure ten times another out of its card', () => {
    const a = byValue('وخلفت الفيضانات 25 قتيلا.', 25);
    const b = byValue('وخلفت الفيضانات 300 قتيل.', 300);
    expect(tooFarApart(a, b)).toBe(true);
    expect(tooFarApart(a, byValue('وخلفت الفيضانات 40 قتيلا.', 40))).toBe(false);
    const story = [mk('الفيضانات\n\nوخلفت الفيضانات 25 قتيلا.', 'https://a/1'), mk('الفيضانات\n\nوخلفت الفيضانات 300 قتيل.', 'https://b/1')];
    expect(compareArticles(story, 1, [0])).toHaveLength(0);
    const near = [mk('الفيضانات\n\nوخلفت الفيضانات 25 قتيلا.', 'https://a/1'), mk('الفيضانات\n\nوخلفت الفيضانات 40 قتيلا.', 'https://b/1')];
    expect(compareArticles(near, 1, [0]).map((d) => d.figures.map((f) => f.value).sort((x, y) => x - y))).toEqual([[25, 40]]);
  });

  it('lets a rising toll told plainly by named sources through', () => {
    const a = byValue('وقال المتحدث باسم الدفاع المدني سامر حداد إن الفيضانات خلفت 25 قتيلا.', 25);
    const b = byValue('وقال المتحدث باسم الدفاع المدني سامر حداد إن الفيضانات خلفت 300 قتيل.', 300);
    expect(tooFarApart(a, b)).toBe(false);
  });
});

describe('the ratio holds only for reports a few days apart', () => {
  const a = byValue('وخلفت الفيضانات 25 قتيلا.', 25);
  const b = byValue('وخلفت الفيضانات 300 قتيل.', 300);

  it('measures days between publication dates, unknown when either is missing', () => {
    expect(daysApart('2024-03-01T00:00:00Z', '2024-03-03T12:00:00Z')).toBe(2.5);
    expect(daysApart('2024-03-01', null)).toBeNull();
  });

  it('lets a toll rise tenfold over weeks, not overnight or between undated reads', () => {
    expect(300 / 25).toBeGreaterThan(MAX_VALUE_RATIO);
    expect(tooFarApart(a, b, RATIO_WINDOW_DAYS + 20)).toBe(false);
    expect(tooFarApart(a, b, 1)).toBe(true);
    expect(tooFarApart(a, b, null)).toBe(true);
  });

  it('never applies to percentages: a share counted from 10 % to 100 % is one measure moving', () => {
    const p = byValue('وبعد فرز 10 بالمئة من الأصوات حصل المرشح على 60 بالمئة.', 10);
    const q = byValue('وبعد فرز 100 بالمئة من الأصوات حصل المرشح على 52 بالمئة.', 100);
    expect(p.kind).toBe('percent');
    expect(tooFarApart(p, q, 0)).toBe(false);
  });
});
