import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/pipeline/extract';
import { articleDirection, articleLanguage } from '../../../lib/pipeline/extract/script';

const URL_ = 'https://news.example.org/2024/05/story';
// Invented paragraphs in the style of a short news report.
const PARAS = [
  'أعلنت السلطات المحلية في مدينة ساحلية صغيرة أن الأمطار الغزيرة التي هطلت طوال الليل تسببت في فيضانات واسعة غمرت الأحياء المنخفضة وقطعت الطرق المؤدية إلى القرى المجاورة.',
  'وقال مسؤول في الدفاع المدني إن فرق الإنقاذ أجلت أكثر من 300 عائلة من منازلها، وإن العمل ما زال جاريا لفتح الطرق المغلقة وإعادة التيار الكهربائي إلى المناطق المتضررة.',
  'وأضاف أن الأرصاد الجوية تتوقع استمرار الأمطار يومين آخرين، داعيا السكان إلى تجنب الاقتراب من مجاري الأودية والالتزام بتعليمات السلامة الصادرة عن السلطات.',
];

function page(opts: { dir?: string; paras?: string[]; extraElements?: number; head?: string } = {}): Document {
  const paras = (opts.paras ?? PARAS).map((p) => `<p>${p}</p>`).join('');
  const filler = '<span></span>'.repeat(opts.extraElements ?? 0);
  const html = `<!DOCTYPE html><html lang="ar"${opts.dir ? ` dir="${opts.dir}"` : ''}><head><title>فيضانات في مدينة ساحلية - موقع</title>
<meta property="og:type" content="article">${opts.head ?? ''}</head>
<body><article><h1>فيضانات في مدينة ساحلية</h1>${paras}</article>${filler}</body></html>`;
  return new JSDOM(html, { url: URL_ }).window.document;
}

describe('extractArticle', () => {
  it('extracts a short article with paragraphs separated by blank lines', () => {
    const r = extractArticle(page(), URL_);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text.split('\n\n')).toEqual(PARAS);
    expect(r.article.title).toBe('فيضانات في مدينة ساحلية');
  });

  it('judges the direction from the article letters when the page declares none or the wrong one', () => {
    const r = extractArticle(page(), URL_);
    expect(r.ok && r.article.dir).toBe('rtl');
    const declared = extractArticle(page({ dir: 'ltr' }), URL_);
    expect(declared.ok && declared.article.dir).toBe('rtl');
  });

  it('gives up on huge pages with reason too-large', () => {
    const r = extractArticle(page({ extraElements: 200 }), URL_, { maxNodes: 150 });
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('rejects pages with too little text', () => {
    const r = extractArticle(page({ paras: [PARAS[0]] }), URL_);
    expect(r).toMatchObject({ ok: false, reason: 'too-short' });
    expect(extractArticle(page({ paras: [PARAS[0]] }), URL_, { minLength: 100 }).ok).toBe(true);
  });

  it('rejects non-Arabic articles unless asked not to', () => {
    const english = Array.from({ length: 3 }, (_, i) => `Paragraph ${i} of an English report about local weather, with enough words to be read as an article by the extractor in any case.`);
    const r = extractArticle(page({ paras: english }), URL_);
    expect(r).toMatchObject({ ok: false, reason: 'not-arabic' });
    expect(extractArticle(page({ paras: english }), URL_, { minArabicShare: 0 }).ok).toBe(true);
  });

  it('rejects pages without long paragraphs or article markup', () => {
    const doc = new JSDOM('<html><body><ul><li><a href="/1">رابط</a></li></ul><p>نص قصير</p></body></html>', { url: URL_ }).window.document;
    expect(extractArticle(doc, URL_)).toMatchObject({ ok: false, reason: 'not-readerable' });
  });
});

describe('language and direction from the article letters', () => {
  it('overrules a template lang of another script, keeps one of the same script', () => {
    expect(articleLanguage(0.95, true, 'en')).toBe('ar');
    expect(articleLanguage(0.95, true, null)).toBe('ar');
    expect(articleLanguage(0.95, true, 'fa')).toBe('fa');
    expect(articleLanguage(0.05, true, 'ar')).toBeNull();
    expect(articleLanguage(0.05, true, 'fr')).toBe('fr');
    expect(articleLanguage(0, false, 'ar')).toBe('ar');
  });
  it('gives rtl to Arabic letters, ltr to Latin ones, the declared direction to neither', () => {
    expect(articleDirection(0.9, true, 'ltr')).toBe('rtl');
    expect(articleDirection(0.1, true, 'rtl')).toBe('ltr');
    expect(articleDirection(0, false, 'rtl')).toBe('rtl');
  });
});
