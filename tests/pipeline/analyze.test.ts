import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/pipeline/analyze';
import type { ArticleSnapshot } from '../../lib/types';

const snap: ArticleSnapshot = {
  url: 'https://example.test/a',
  canonicalUrl: 'https://example.test/a',
  site: 'مثال',
  host: 'example.test',
  title: 'ارتفاع حصيلة ضحايا الزلزال في تشيلي',
  byline: null,
  published: '2023-09-10',
  lang: 'ar',
  dir: 'rtl',
  text: 'ارتفاع حصيلة ضحايا الزلزال في كندا\n\nأعلنت وزارة الداخلية ارتفاع عدد القتلى إلى 2000 قتيل، و1400 وفاة بإقليم النخيل.',
};

describe('analyzeArticle', () => {
  it('adds claims and story features and keeps the snapshot', () => {
    const a = analyzeArticle(snap);
    expect(a.url).toBe(snap.url);
    expect(a.text).toBe(snap.text);
    expect(a.claims.map((c) => c.value)).toEqual(expect.arrayContaining([2000, 1400]));
    expect(a.claims.find((c) => c.value === 1400)?.places).toEqual(['place:نخيل']);
    expect(a.entities).toContain('place:نخيل');
    expect(a.keywords.length).toBeGreaterThan(3);
  });

  it('reads the title and text only: another address and outlet give the same claims and keywords, and the snapshot is left as it was', () => {
    const before = structuredClone(snap);
    const here = analyzeArticle(snap);
    const elsewhere = analyzeArticle({ ...snap, url: 'https://other.test/b', canonicalUrl: 'https://other.test/b', site: 'موقع آخر', host: 'other.test' });
    expect(snap).toEqual(before);
    expect(elsewhere.host).toBe('other.test');
    expect(elsewhere.claims).toEqual(here.claims);
    expect(elsewhere.keywords).toEqual(here.keywords);
    // A changed figure in the text changes the claims.
    expect(analyzeArticle({ ...snap, text: snap.text.replace('2000', '2500') }).claims.map((c) => c.value)).toContain(2500);
  });
});

describe('headline figures', () => {
  const base = { url: 'https://a.test/x', canonicalUrl: 'https://a.test/x', site: 'أ', host: 'a.test', byline: null, published: null, lang: 'ar', dir: 'rtl' as const };

  it('are claims too, after the body’s, marked and offset into the title', () => {
    const title = 'ارتفاع حصيلة ضحايا السيول إلى 61 قتيلا';
    const text = 'قالت وزارة الصحة إن عدد المصابين بلغ 94 مصابا في المدينة.';
    const a = analyzeArticle({ ...base, title, text });
    const body = a.claims.filter((c) => !c.inTitle);
    const head = a.claims.filter((c) => c.inTitle);
    expect(body.map((c) => c.value)).toEqual([94]);
    expect(head.map((c) => c.value)).toEqual([61]);
    expect(title.slice(head[0].start, head[0].end)).toBe(head[0].text);
    expect(a.claims.indexOf(head[0])).toBeGreaterThan(a.claims.indexOf(body[0]));
  });

  it('are not taken from a "title" that is really a ticker or a dump’s first line', () => {
    const ticker = Array.from({ length: 30 }, (_, i) => `خبر عاجل رقم ${i} عن ${i + 3} مليون درهم`).join('    ');
    const a = analyzeArticle({ ...base, title: ticker, text: 'نص قصير بلا أرقام.' });
    expect(a.claims.filter((c) => c.inTitle)).toEqual([]);
  });
});

describe('a headline figure the body repeats', () => {
  it('is left to the body, so one figure never makes two cards', () => {
    const base = { url: 'https://a.test/y', canonicalUrl: 'https://a.test/y', site: 'أ', host: 'a.test', byline: null, published: null, lang: 'ar', dir: 'rtl' as const };
    const a = analyzeArticle({ ...base, title: 'الدفاع المدني: 61 قتيلا في السيول', text: 'أعلن الدفاع المدني ارتفاع حصيلة قتلى السيول في محافظة وادي الندى إلى 61 قتيلا.' });
    expect(a.claims.map((c) => [c.value, !!c.inTitle])).toEqual([[61, false]]);
  });

  it('is left to the body when the headline counts it by a noun of no known concept', () => {
    const base = { url: 'https://a.test/z', canonicalUrl: 'https://a.test/z', site: 'أ', host: 'a.test', byline: null, published: null, lang: 'ar', dir: 'rtl' as const };
    const text = 'قالت مصادر أمنية إن الاشتباكات قرب الحدود أسفرت عن مقتل 22 مسلحا.';
    const a = analyzeArticle({ ...base, title: 'القوات تقتل 22 داعشيا في معارك ليلية', text });
    expect(a.claims.map((c) => [c.value, c.concept, !!c.inTitle])).toEqual([[22, 'death:militant', false]]);
    // Another value in the headline is still the headline's own figure.
    const b = analyzeArticle({ ...base, title: 'القوات تقتل 30 داعشيا في معارك ليلية', text });
    expect(b.claims.map((c) => [c.value, !!c.inTitle])).toEqual([[22, false], [30, true]]);
  });

  it('is the projection the body gives, told in the headline\'s present tense', () => {
    const base = { url: 'https://a.test/r', canonicalUrl: 'https://a.test/r', site: 'أ', host: 'a.test', byline: null, published: null, lang: 'ar', dir: 'rtl' as const };
    const text = 'قالت مصادر مصرفية إن إجمالي الاحتياطيات من النقد الأجنبي، بما فيها ودائع البنوك التجارية، سيرتفع إلى أكثر من 16 مليار دولار بعد وصول القرض.';
    const a = analyzeArticle({ ...base, title: 'القرض يعزز الاحتياطيات إلى أكثر من 16 مليار دولار', text });
    const headline = a.claims.find((c) => c.inTitle);
    expect(headline?.value).toBe(16e9);
    expect(headline?.modality).toBe('projection');
    // (A headline figure the body gives as a count stays a count.)
    const b = analyzeArticle({ ...base, title: 'الاحتياطيات ترتفع إلى 16 مليار دولار', text: 'أظهرت بيانات البنك المركزي أن الاحتياطيات بلغت 12 مليار دولار.' });
    expect(b.claims.find((c) => c.inTitle)?.modality).toBe('count');
  });
});
