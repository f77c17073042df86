// A headline's figure cut or rounded from the body's is one figure in that read, not two
// incidents (lib/pipeline/compare/headline-cut.ts): invented figures and articles.
import { describe, expect, it } from 'vitest';
import { byValue } from '../../fixtures/invented-compare';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import { headlineCut } from '../../../lib/pipeline/compare/headline-cut';
import type { Claim } from '../../../lib/types';

const title = (c: Claim): Claim => ({ ...c, inTitle: true });

describe('a headline figure cut from the body\'s', () => {
  it('is the body\'s figure cut down or rounded to its last place', () => {
    const body = byValue('ركبت البلدية 601 عمود إنارة في الحي الجنوبي.', 601);
    expect(headlineCut(title(byValue('البلدية تركب 600 عمود إنارة', 600)), body)).toBe(true);
    const millions = byValue('ونفذ النظام 12.3 مليون عملية.', 12_300_000);
    expect(headlineCut(title(byValue('تنفيذ 12 مليون عملية', 12_000_000)), millions)).toBe(true);
    expect(headlineCut(millions, title(byValue('تنفيذ 12 مليون عملية', 12_000_000)))).toBe(true);
    const share = byValue('وارتفعت المبيعات بنسبة 11.4% خلال العام.', 11.4);
    expect(headlineCut(title(byValue('المبيعات ترتفع 11%', 11)), share)).toBe(true);
  });

  it('is not another figure, nor one that is no cut of it', () => {
    // Further than an «about» figure may be.
    expect(headlineCut(title(byValue('مقتل 10 في هجوم', 10)), byValue('قتل 13 شخصا في الهجوم.', 13))).toBe(false);
    // Not the body's figure cut or rounded: 12.3 million is never «11 مليون».
    expect(headlineCut(title(byValue('تنفيذ 11 مليون عملية', 11_000_000)), byValue('ونفذ النظام 12.3 مليون عملية.', 12_300_000))).toBe(false);
    // Two body figures, or a headline figure said roughly.
    expect(headlineCut(byValue('ركبت البلدية 600 عمود.', 600), byValue('ركبت البلدية 601 عمود.', 601))).toBe(false);
    expect(headlineCut(title(byValue('نحو 600 عمود إنارة', 600)), byValue('ركبت البلدية 601 عمود.', 601))).toBe(false);
  });

  it('shows the read\'s cut headline beside its body and the other read\'s exact figure', () => {
    // (Headlines apart from the bodies, as the extension reads them.)
    const read = (headline: string, url: string) =>
      analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: headline, byline: null, published: null, lang: 'ar', dir: 'rtl', text: 'أضاءت البلدية 601 عمود إنارة في شوارع الحي الجنوبي ضمن مشروع تحسين الطرق.' });
    const exact = read('تركيب عمود إنارة في كل شارع بالحي الجنوبي', 'https://b.example/2');
    const cut = read('البلدية تضيء 600 عمود إنارة في الحي الجنوبي', 'https://a.example/1');
    const cards = compareArticles([exact, cut], 1, [0]);
    expect(cards.map((d) => d.figures.map((f) => f.value).sort((a, b) => a - b))).toEqual([[600, 601, 601]]);
    // Shown as a difference, never a contradiction: the read's own body says what the cut stands for.
    expect(cards[0].conflict).toBe(false);
  });
});
