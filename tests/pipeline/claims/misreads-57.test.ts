// Readings fixed in the fifty-seventh round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: the number a noun is said to come to in its own relative
// clause, «البالغ عددهم N», is stated even where an estimate opens the sentence (modality.ts); a
// party's seats by its own agents' tally sheets are its claim, not the result (modality.ts); and an
// election's seats are no series: a previous election's seats named by their year keep no current
// seats off cards as figures of unknown period (period.ts).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import type { AnalyzedArticle, Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('a count stated in a relative clause after an estimate', () => {
  it('reads «الناخبين البالغ عددهم نحو N» as a count where an estimate opens the sentence', () => {
    const text = 'وقالت اللجنة إن نسبة المشاركة تقدر بنحو 58% من الناخبين المسجلين البالغ عددهم نحو 7.4 مليون.';
    expect(claimOf(text, 7400000)?.modality).toBe('count');
    expect(claimOf(text, 7400000)?.concept).toBe('voter:registered');
  });

  it('keeps a forecast a forecast: «يتوقع أن يبلغ عدد الزوار N»', () => {
    expect(claimOf('ويتوقع أن يبلغ عدد الزوار 3 ملايين زائر هذا العام.', 3000000)?.modality).toBe('projection');
  });
});

describe('a party’s seats by its own agents’ tally sheets', () => {
  it('reads them as the party’s claim, not a result', () => {
    expect(claimOf('وقال حزب الأمل إن محاضر الفرز التي جمعها مندوبوه تمنحه 45 مقعدا على الأقل.', 45)?.modality).toBe('projection');
    expect(claimOf('وأكد الحزب أنه فاز بـ45 مقعدا وفق محاضر ممثليه في مكاتب التصويت.', 45)?.modality).toBe('projection');
  });

  it('keeps the commission’s count of all tally sheets a result', () => {
    expect(claimOf('وحصل حزب الأمل على 40 مقعدا بعد فرز محاضر جميع مراكز الاقتراع.', 40)?.modality).toBe('count');
  });
});

describe('an election’s seats beside a previous election’s', () => {
  const read = (body: string, url: string, published: string): AnalyzedArticle =>
    analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: 'نتائج الانتخابات التشريعية في بلاد الواحات', byline: null, published, lang: 'ar', dir: 'rtl', text: body });

  it('compares this election’s seats though one read recalls the last election’s by its year', () => {
    const first = read('أعلنت اللجنة الانتخابية النتائج المؤقتة، وحصل حزب الأمل على 40 مقعدا من أصل 90، مقابل 31 مقعدا في الانتخابات السابقة عام 2022.', 'https://a.example/vote/1', '2026-05-02');
    const final = read('أعلنت المحكمة الدستورية النتائج النهائية، وحصل حزب الأمل على 38 مقعدا من أصل 90.', 'https://b.example/vote/2', '2026-05-09');
    const cards = compareArticles([first, final], 1, [0]).map((d) => d.figures.map((f) => f.value).sort((a, b) => a - b));
    expect(cards).toContainEqual([38, 40]);
    expect(cards.flat()).not.toContain(31);
  });
});
