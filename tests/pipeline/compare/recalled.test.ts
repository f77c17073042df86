// A figure the current article recalls as earlier beside its latest one on the same thing
// (lib/pipeline/compare/index.ts, lib/pipeline/claims/index.ts `earlier`). Invented articles.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import type { AnalyzedArticle } from '../../../lib/types';

const mk = (text: string, published: string, url: string): AnalyzedArticle =>
  analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: text.split('\n')[0], byline: null, published, lang: 'ar', dir: 'rtl', text });

describe('an earlier figure the current article recalls', () => {
  it('marks a sentence going on with the speaker of a recalled figure as recalled too', () => {
    const claims = extractClaims('وكان رئيس اللجنة قد أعلن مساء الأحد أن نسبة المشاركة بلغت 7 بالمئة. وأوضح أن 500 ألف ناخب أدلوا بأصواتهم. وأعلنت اللجنة اليوم أن 700 ألف ناخب أدلوا بأصواتهم.');
    expect(claims.find((c) => c.value === 500000)?.earlier).toBe(true);
    expect(claims.find((c) => c.value === 700000)?.earlier).toBeFalsy();
  });

  it('compares the latest figure with an earlier read’s, not the recalled one', () => {
    const first = mk('اللجنة تعلن عدد الناخبين\n\nوقالت اللجنة إن 500 ألف ناخب أدلوا بأصواتهم في الانتخابات البلدية.', '2024-03-10', 'https://a/1');
    const later = mk(
      'النتائج النهائية للانتخابات البلدية\n\nأعلنت اللجنة اليوم أن 700 ألف ناخب أدلوا بأصواتهم في الانتخابات البلدية. وكان رئيس اللجنة قد أعلن مساء الأحد أن المشاركة ضعيفة. وأوضح أن 500 ألف ناخب أدلوا بأصواتهم حتى ذلك الحين.',
      '2024-03-12',
      'https://b/1',
    );
    const d = compareArticles([first, later], 1, [0]);
    const voters = d.find((x) => x.figures.some((f) => f.value === 700000));
    expect(voters?.figures.map((f) => f.value).sort()).toEqual([500000, 700000]);
  });

  it('keeps a recalled figure that nothing later replaces', () => {
    const first = mk('حصيلة الحريق\n\nوقال الدفاع المدني إن 12 شخصا أصيبوا في الحريق.', '2024-03-10', 'https://a/2');
    const later = mk('حصيلة الحريق\n\nوكان الدفاع المدني قد أعلن أن 15 شخصا أصيبوا في الحريق.', '2024-03-11', 'https://b/2');
    const d = compareArticles([first, later], 1, [0]);
    expect(d.some((x) => x.figures.some((f) => f.value === 15) && x.figures.some((f) => f.value === 12))).toBe(true);
  });
});

describe("a related read's earlier figure", () => {
  it('never stands in for its latest figures when those find no card', () => {
    // The related read's latest counts conflict (a round-up no figure of the current read singles
    // out); its earlier 30, recalled in the pluperfect, must not take their place on the card.
    const related = mk(
      'العاصفة تجتاح الجزر\n\nأكد محافظ الإقليم الفلبيني أن حصيلة ضحايا العاصفة صعدت إلى 61 قتيلا. وبحلول مساء الجمعة، سجلت السلطات الفلبينية 52 حالة وفاة. وكانت السلطات قد ذكرت سابقا أن 30 شخصا لقوا حتفهم.',
      '2023-10-29',
      'https://e.example/3',
    );
    const current = mk('صعود حصيلة العاصفة إلى 70\n\nصعدت حصيلة قتلى العاصفة التي اجتاحت الجزر إلى 70 قتيلا الأحد، بحسب السلطات.', '2023-10-29', 'https://f.example/4');
    expect(related.claims.filter((c) => c.concept === 'death').map((c) => c.value)).toEqual([61, 52, 30]);
    const values = compareArticles([related, current], 1, [0]).flatMap((d) => d.figures.map((f) => f.value));
    expect(values).not.toContain(30);
  });
});
