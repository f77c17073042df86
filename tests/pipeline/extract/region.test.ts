import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleRegion, documentOf } from '../../../lib/pipeline/extract/region';

const sentence = 'وقالت البلدية في بيان إن أعمال الصيانة ستستمر ثلاثة أيام وإن المياه ستعود تدريجيا إلى الأحياء الشرقية.';
const doc = (body: string): Document => new JSDOM(`<html lang="ar"><head><title>عنوان</title></head><body>${body}</body></html>`).window.document;

describe('articleRegion', () => {
  it('is the smallest ancestor of the headline with most of the running text', () => {
    const d = doc(`<div id="page"><nav><p>${sentence}</p></nav><div id="main"><div id="story"><h1>عنوان الخبر</h1><p>${sentence}</p><p>${sentence}</p><p>${sentence}</p></div><aside><p>${sentence}</p></aside></div></div>`);
    expect(articleRegion(d, d.querySelector('h1'))?.id).toBe('story');
  });
  it('climbs past a headline wrapper to the text, and ignores script text', () => {
    const d = doc(`<div id="story"><header><h1>عنوان الخبر</h1></header><div><p>${sentence}</p><p>${sentence}</p></div><script>var x = "${'x'.repeat(500)}";</script></div>`);
    expect(articleRegion(d, d.querySelector('h1'))?.id).toBe('story');
  });
  it('is null without a headline, or when no ancestor below <body> holds most of the text', () => {
    const d = doc(`<div><h1>عنوان الخبر</h1><p>${sentence}</p></div><div><p>${sentence}</p><p>${sentence}</p></div>`);
    expect(articleRegion(d, d.querySelector('h1'))).toBeNull();
    expect(articleRegion(d, null)).toBeNull();
  });
  it('documentOf copies the region with the page title and language, leaving the page as it was', () => {
    const d = doc(`<div id="story"><h1>عنوان الخبر</h1><p>${sentence}</p></div>`);
    const before = d.documentElement.outerHTML;
    const copy = documentOf(d, d.getElementById('story')!);
    expect(copy.title).toBe('عنوان');
    expect(copy.documentElement.getAttribute('lang')).toBe('ar');
    expect(copy.body.firstElementChild?.id).toBe('story');
    copy.querySelector('p')!.remove();
    expect(d.documentElement.outerHTML).toBe(before);
  });
});
