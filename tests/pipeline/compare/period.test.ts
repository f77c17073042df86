// Figures of a series compared only within one period (lib/pipeline/claims/period.ts,
// lib/pipeline/compare/period-gate.ts). Invented articles about an invented waterway.
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import { setPeriodKnobs, UNKNOWN_PERIOD } from '../../../lib/pipeline/compare/period-gate';
import type { AnalyzedArticle } from '../../../lib/types';

const mk = (text: string, published: string, url: string): AnalyzedArticle =>
  analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: text.split('\n')[0], byline: null, published, lang: 'ar', dir: 'rtl', text });

const values = (d: ReturnType<typeof compareArticles>): number[][] => d.map((x) => x.figures.map((f) => f.value).sort((a, b) => a - b));

describe('a series compared period by period', () => {
  afterEach(() => setPeriodKnobs({ unknownPeriod: UNKNOWN_PERIOD }));

  it('never puts a five-year total beside one year\'s figure, nor one year beside another', () => {
    const total = mk('إيرادات ممر قزحلان\n\nوقالت الهيئة إن إيرادات ممر قزحلان بلغت خلال السنوات الخمس الماضية 40 مليار دولار.', '2024-03-10', 'https://a/1');
    const year = mk('إيرادات ممر قزحلان\n\nوقالت الهيئة إن إيرادات ممر قزحلان بلغت خلال 2023 نحو 10 مليارات دولار.', '2024-03-11', 'https://b/1');
    const before = mk('إيرادات ممر قزحلان\n\nوقالت الهيئة إن إيرادات ممر قزحلان بلغت خلال 2022 نحو 8 مليارات دولار.', '2024-03-12', 'https://c/1');
    expect(values(compareArticles([total, year, before], 2, [0, 1]))).toEqual([]);
  });

  it('compares "last year" in one report with that year named in another', () => {
    const named = mk('إيرادات ممر قزحلان\n\nوقالت الهيئة إن إيرادات ممر قزحلان بلغت خلال 2023 نحو 10 مليارات دولار.', '2024-03-11', 'https://b/2');
    const relative = mk('إيرادات ممر قزحلان\n\nوقالت الهيئة إن إيرادات ممر قزحلان بلغت العام الماضي 8 مليارات دولار.', '2024-03-12', 'https://c/2');
    expect(values(compareArticles([named, relative], 1, [0]))).toEqual([[8e9, 10e9]]);
  });

  it('keeps a figure of unknown period off the cards of a measure whose period others name (or apart, on the other setting)', () => {
    const named = mk('إيرادات ممر قزحلان\n\nوقالت الهيئة إن إيرادات ممر قزحلان بلغت خلال 2023 نحو 10 مليارات دولار.', '2024-03-11', 'https://b/3');
    const unknown = mk('إيرادات ممر قزحلان\n\nوقالت الهيئة إن إيرادات ممر قزحلان بلغت 7 مليارات دولار.', '2024-03-12', 'https://c/3');
    const unknown2 = mk('إيرادات ممر قزحلان\n\nوقال رئيس الهيئة إن إيرادات ممر قزحلان بلغت 6 مليارات دولار.', '2024-03-13', 'https://d/3');
    setPeriodKnobs({ unknownPeriod: 'off' });
    expect(values(compareArticles([named, unknown, unknown2], 2, [0, 1]))).toEqual([]);
    expect(values(compareArticles([unknown, unknown2], 1, [0]))).toEqual([[6e9, 7e9]]);
    setPeriodKnobs({ unknownPeriod: 'apart' });
    expect(values(compareArticles([named, unknown, unknown2], 2, [0, 1]))).toEqual([[6e9, 7e9]]);
  });
});
