import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata, stripSiteFromTitle } from '../../../lib/pipeline/extract/metadata';

const URL_ = 'https://www.example-news.com/a/b/story-12?x=1#comments';
const doc = (head: string, body = '', htmlAttrs = ''): Document =>
  new JSDOM(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, { url: URL_ }).window.document;

describe('readMetadata: addresses', () => {
  it('resolves a relative canonical link', () => {
    const m = readMetadata(doc('<link rel="canonical" href="/a/story-12">'), URL_);
    expect(m.canonicalUrl).toBe('https://www.example-news.com/a/story-12');
    expect(m.url).toBe(URL_);
    expect(m.host).toBe('example-news.com');
  });
  it('falls back to og:url, then to the address without its hash', () => {
    expect(readMetadata(doc('<meta property="og:url" content="https://m.example-news.com/s/12">'), URL_).canonicalUrl).toBe(
      'https://m.example-news.com/s/12',
    );
    expect(readMetadata(doc(''), URL_).canonicalUrl).toBe('https://www.example-news.com/a/b/story-12?x=1');
  });
});

describe('readMetadata: outlet', () => {
  it('prefers og:site_name, then JSON-LD publisher, then application-name, then the host', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"ناشر الرسم"}}</script>';
    expect(readMetadata(doc(`<meta property="og:site_name" content="الموقع الأول">${ld}`), URL_).site).toBe('الموقع الأول');
    expect(readMetadata(doc(`${ld}<meta name="application-name" content="تطبيق">`), URL_).site).toBe('ناشر الرسم');
    expect(readMetadata(doc('<meta name="application-name" content="تطبيق">'), URL_).site).toBe('تطبيق');
    expect(readMetadata(doc(''), URL_).site).toBe('example-news.com');
  });
});

describe('readMetadata: headline', () => {
  it('prefers og:title, without a trailing outlet name', () => {
    const m = readMetadata(doc('<meta property="og:site_name" content="أخبار اليوم"><meta property="og:title" content="هطول أمطار غزيرة على العاصمة - أخبار اليوم">'), URL_);
    expect(m.title).toBe('هطول أمطار غزيرة على العاصمة');
  });
  it('uses JSON-LD headline, then h1, then <title> with the site suffix stripped', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان البيانات المنظمة"}</script>';
    expect(readMetadata(doc(ld, '<h1>عنوان الصفحة</h1>'), URL_).title).toBe('عنوان البيانات المنظمة');
    expect(readMetadata(doc('<title>لا يستعمل</title>', '<h1> عنوان   الصفحة </h1>'), URL_).title).toBe('عنوان الصفحة');
    expect(readMetadata(doc('<title>ارتفاع أسعار القمح في الأسواق | الجريدة</title>'), URL_).title).toBe('ارتفاع أسعار القمح في الأسواق');
  });
  it('stripSiteFromTitle keeps titles that have no outlet part', () => {
    expect(stripSiteFromTitle('حصيلة جديدة - بعد يومين من العاصفة التي ضربت الساحل الشمالي للبلاد', null)).toBe(
      'حصيلة جديدة - بعد يومين من العاصفة التي ضربت الساحل الشمالي للبلاد',
    );
    expect(stripSiteFromTitle('الجريدة :: افتتاح المعرض الدولي للكتاب', 'الجريدة')).toBe('افتتاح المعرض الدولي للكتاب');
  });
});

describe('readMetadata: byline', () => {
  it('reads meta author or JSON-LD author, strips "بقلم", ignores profile URLs', () => {
    expect(readMetadata(doc('<meta name="author" content="بقلم: ليلى حسن">'), URL_).byline).toBe('ليلى حسن');
    expect(
      readMetadata(doc('<meta property="article:author" content="https://facebook.com/x"><script type="application/ld+json">{"@type":"Article","author":{"name":"عمر سالم"}}</script>'), URL_).byline,
    ).toBe('عمر سالم');
    expect(readMetadata(doc(''), URL_).byline).toBeNull();
  });
});

describe('readMetadata: publication time', () => {
  it('trusts JSON-LD before article:published_time', () => {
    const m = readMetadata(
      doc('<meta property="article:published_time" content="2024-03-01T12:00:00+03:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>'),
      URL_,
    );
    expect(m.published).toBe('2020-01-01');
    const metaOnly = readMetadata(doc('<meta property="article:published_time" content="2024-03-01T12:00:00+03:00">'), URL_);
    expect(metaOnly.published).toBe('2024-03-01T09:00:00.000Z');
  });
  it('reads datePublished from a JSON-LD @graph', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-07-04T06:30:00Z"}]}</script>';
    expect(readMetadata(doc(ld), URL_).published).toBe('2023-07-04T06:30:00.000Z');
  });
  it('skips malformed JSON-LD and reads <time datetime> in the article', () => {
    const m = readMetadata(
      doc('<script type="application/ld+json">{"@type":"NewsArticle",</script>', '<time datetime="2019-01-01">قديم</time><article><time datetime="2022-02-02T08:00:00+01:00">٢ فبراير</time></article>'),
      URL_,
    );
    expect(m.published).toBe('2022-02-02T07:00:00.000Z');
  });
  it('reads pubdate/date metas, then a human dateline', () => {
    expect(readMetadata(doc('<meta name="pubdate" content="2021-05-06">'), URL_).published).toBe('2021-05-06');
    expect(readMetadata(doc('', '<h1>عنوان</h1><div class="post-date">الخميس 6 أيار 2021</div>'), URL_).published).toBe('2021-05-06');
    expect(readMetadata(doc('', '<p>بلا تاريخ</p>'), URL_).published).toBeNull();
  });
});

describe('readMetadata: language and direction', () => {
  const arabicBody = '<p>هذا نص عربي طويل بما يكفي لنعرف اتجاه الصفحة من حروفه.</p>';
  it('reads html[lang] and html[dir]', () => {
    const m = readMetadata(doc('', arabicBody, 'lang="AR" dir="rtl"'), URL_);
    expect(m.lang).toBe('ar');
    expect(m.dir).toBe('rtl');
  });
  it('falls back to og:locale, and reports only what the markup declares (the article text decides later)', () => {
    const m = readMetadata(doc('<meta property="og:locale" content="ar_AR">', arabicBody), URL_);
    expect(m.lang).toBe('ar');
    expect(m.dir).toBeNull();
    const en = readMetadata(doc('', '<p>An English page about something else entirely.</p>'), URL_);
    expect(en.dir).toBeNull();
    expect(en.lang).toBeNull();
  });
  it('reads body[dir] when html has none', () => {
    const d = new JSDOM(`<html><body dir="ltr">${arabicBody}</body></html>`, { url: URL_ }).window.document;
    expect(readMetadata(d, URL_).dir).toBe('ltr');
  });
});
