// Topic quality as the side panel shows it: combined tolls in one card, regional figures apart,
// each read's latest figure, the body sentence with its speaker, labels a reader understands.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { combinedPlaces } from '../../../lib/pipeline/compare/align';
import { compareArticles, traceTopics } from '../../../lib/pipeline/compare/index';
import { findRelated } from '../../../lib/pipeline/story/index';
import { fold } from '../../../lib/pipeline/text/fold';
import type { AnalyzedArticle, Difference } from '../../../lib/types';
import { seeds, STORIES, story } from '../../fixtures/stories';
import { describeShared } from '../../fixtures/describe-shared';
import { CORPUS_DIR, textFiles } from '../../fixtures/shared';
import { compareFiles } from '../../../cli/compare';
import path from 'node:path';

const mk = (text: string, published: string, url: string): AnalyzedArticle =>
  analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: text.split('\n')[0], byline: null, published, lang: 'ar', dir: 'rtl', text });
const values = (d: Difference) => d.figures.map((f) => f.value);
const withValues = (ds: Difference[], ...v: number[]) => ds.find((d) => v.every((x) => values(d).includes(x)));

describe('invented articles', () => {
  it('a combined toll is one topic, never joined by a zone\'s figure', () => {
    const earlier = mk(
      'حصيلة الزلزال\n\nلقي أكثر من 2300 شخص حتفهم في جنوب بيرو وفي تشيلي المجاورة. وقالت فرق الإسعاف في مناطق الجنوب الواقعة تحت سيطرة المسلحين إن 410 أشخاص قتلوا.',
      '2023-02-06',
      'https://a/1',
    );
    const current = mk(
      'حصيلة الزلزال\n\nوصل عدد ضحايا الزلزال في تشيلي وبيرو إلى أكثر من 26 ألف قتيل. ومع احتساب آخر رقم في تشيلي وهو 3100 قتيل يصل العدد الإجمالي للقتلى في البلدين إلى 26480 قتيلا.',
      '2023-02-25',
      'https://b/1',
    );
    const d = compareArticles([earlier, current], 1, [0]);
    const combined = d.filter((x) => values(x).includes(26000) || values(x).includes(26480));
    expect(combined).toHaveLength(1);
    expect(values(combined[0])).toEqual(expect.arrayContaining([2300, 26000, 26480]));
    expect(values(combined[0])).not.toContain(410);
    expect(combined[0].topic).toContain('بيرو');
    expect(combined[0].topic).toContain('تشيلي');
  });

  it("seeds one topic with the current article's figures only when they agree, not merely when bounds allow both («أكثر من 50», «15 ألفا على الأقل»)", () => {
    const earlier = mk('التمرد\n\nوتسبب النزاع الدائر منذ سنوات في مقتل 17 ألف شخص على الأقل.', '2015-07-22', 'https://a/9');
    const current = mk(
      'التمرد\n\nقتل أكثر من 50 شخصا في تفجيرات استهدفت سوقين في الشمال. وتسبب النزاع الدائر منذ سنوات في مقتل 15 ألف شخص على الأقل. وبلغت الحصيلة 51 قتيلا.',
      '2015-07-23',
      'https://b/9',
    );
    const seedValues = traceTopics([earlier, current], 1, [0], { claim: () => {}, pair: () => {} }).map((t) => t.seeds.map((m) => m.c.value).sort((a, b) => a - b));
    expect(seedValues).toContainEqual([50, 51]);
    expect(seedValues).toContainEqual([15000]);
  });

  it('labels the two shocks of a quake as the first and the second', () => {
    const a = mk('الزلزال\n\nضرب زلزال بقوة 7.1 درجات تلاه زلزال آخر بقوة 6.3 درجات.', '2023-02-06', 'https://a/2');
    const b = mk('الزلزال\n\nهز زلزال بقوة 6.9 درجات المنطقة وأعقبه آخر بقوة 6.1 درجات.', '2023-02-20', 'https://b/2');
    const d = compareArticles([a, b], 1, [0]);
    expect(withValues(d, 7.1, 6.9)?.topic).toBe('قوة الزلزال الأول');
    expect(withValues(d, 6.3, 6.1)?.topic).toBe('قوة الزلزال الثاني');
  });

  it('takes a read\'s latest figure, not the one it recalls as earlier', () => {
    const earlier = mk(
      'الفيضانات\n\nقال الهلال الأحمر إن حصيلة القتلى في مدينة الساحل وصلت إلى 7400 قتيل. وكانت السلطات أعلنت في وقت سابق أن عدد الضحايا بلغ 3 آلاف.',
      '2023-09-14',
      'https://a/3',
    );
    const current = mk('الفيضانات\n\nأعلن الجيش ارتفاع حصيلة ضحايا مدينة الساحل إلى 2900.', '2023-09-28', 'https://b/3');
    const d = compareArticles([earlier, current], 1, [0]);
    expect(d.map(values)).toEqual([[7400, 2900]]);
  });

  it('shows the body sentence with its speaker rather than the headline', () => {
    const earlier = mk('الجنود\n\nوقالت مصادر إن كندا نشرت نحو 6 آلاف جندي في بولندا.', '2024-11-01', 'https://a/4');
    const current = mk(
      'واشنطن: كندا أرسلت 1500 جندي لمساندة بولندا\n\nوقال المتحدث باسم وزارة الدفاع مارك تيلور إن هناك 1500 جندي من كندا في شرق بولندا يتلقون التدريب.',
      '2024-10-24',
      'https://b/4',
    );
    const d = compareArticles([earlier, current], 1, [0]);
    const troops = withValues(d, 1500, 6000);
    const own = troops?.figures.filter((f) => f.article === 1) ?? [];
    expect(own.map((f) => f.sentence)).toEqual(['وقال المتحدث باسم وزارة الدفاع مارك تيلور إن هناك 1500 جندي من كندا في شرق بولندا يتلقون التدريب.']);
    expect(fold(own[0]?.attribution ?? '')).toBe(fold('مارك تيلور'));
    expect(troops?.topic).toBe('جنود كندا في بولندا');
  });
});

describeShared('the corpus as the panel shows it', () => {
  const load = (name: string) => story(name).map(analyzeArticle);
  /** Each prefix of a story, its last article current, as the held-out evaluation runs it. */
  const runs = (articles: AnalyzedArticle[]) =>
    articles.map((a, cur) => compareArticles(articles, cur, findRelated(a, articles.slice(0, cur)).map((r) => r.index)));

  it('Turkey–Syria, current 06: one combined topic with every outlet\'s combined toll, 733 apart', () => {
    const t = load('turkey-syria-earthquake-2023');
    const last = runs(t)[5];
    const combined = last.filter((d) => values(d).includes(50000) || values(d).includes(50132));
    expect(combined).toHaveLength(1);
    expect(values(combined[0])).toEqual(expect.arrayContaining([4365, 35225, 40000, 50000, 50132]));
    expect(values(combined[0])).not.toContain(733);
    expect(combined[0].topic).toContain('تركيا');
    expect(combined[0].topic).toContain('سوريا');
    // "31 ألفا و634" in 04 is Turkey's toll.
    expect(values(withValues(last, 44218)!)).toContain(31634);
    expect(withValues(last, 7.8, 7.7)?.topic).toBe('قوة الزلزال الأول');
    expect(withValues(last, 7.5, 7.6)?.topic).toBe('قوة الزلزال الثاني');
  });

  it('Turkey–Syria: no topic mixes a combined toll with a one-country toll, or two countries', () => {
    const t = load('turkey-syria-earthquake-2023');
    for (const ds of runs(t)) {
      for (const d of ds) {
        const claims = d.figures.map((f) => t[f.article].claims[f.claim]);
        // A magnitude is the quake's own, wherever the sentence places it.
        if (claims.some((c) => c.concept?.startsWith('magnitude'))) continue;
        const kinds = new Set(claims.map((c) => (combinedPlaces(c) ? 'combined' : 'single')));
        expect(kinds.size).toBe(1);
        const countries = new Set(claims.flatMap((c) => (combinedPlaces(c) ? [] : [...(c.owners ?? []), ...(c.places ?? [])])).filter((k) => k === 'turkey' || k === 'syria'));
        expect(countries.size).toBeLessThanOrEqual(1);
      }
    }
  });

  it('Derna, current 06: 03 gives its 11,300 (not the earlier 7,000), 05 its 3,845', () => {
    const d = load('derna-floods-2023');
    // Every earlier read as related: this is about alignment, whatever the linking decides.
    const last = compareArticles(d, 5, [0, 1, 2, 3, 4]);
    const deaths = withValues(last, 4148);
    expect(deaths).toBeDefined();
    const from = (article: number) => deaths!.figures.filter((f) => f.article === article).map((f) => f.value);
    expect(from(2)).toEqual([11300]);
    expect(from(4)).toEqual([3845]);
    // The city is no hand-listed place any more: the toll is named by the country its sentences give.
    expect(deaths!.topic).toBe('قتلى الفيضانات في ليبيا');
  });

  it('Derna through the command line (files as read): 05 gives its 3,845, not the UN\'s earlier 4,000', async () => {
    const report = await compareFiles(textFiles(path.join(CORPUS_DIR, 'derna-floods-2023')));
    const deaths = withValues(report.differences, 4148);
    expect(deaths?.figures.filter((f) => f.article === 4).map((f) => f.value)).toEqual([3845]);
    expect(deaths?.figures.filter((f) => f.article === 2).map((f) => f.value)).toEqual([11300]);
  });

  it('Ras El-Hekma, current 06: the 35 billion investment meets the 150 billion figure', () => {
    const r = load('ras-el-hekma-deal-2024');
    // Every earlier read as related: this is about alignment, whatever the linking decides.
    const last = compareArticles(r, 5, [0, 1, 2, 3, 4]);
    const deal = withValues(last, 35e9, 150e9);
    expect(deal).toBeDefined();
    expect(values(deal!)).not.toContain(11e9);
    expect(deal!.topic).toMatch(/^قيمة (ال)?صفقة/);
  });

  it('labels are noun phrases, never a raw unit word, and attributions are short', () => {
    const all = [...STORIES.map(load), seeds().map(analyzeArticle)];
    for (const articles of all) {
      for (const ds of runs(articles)) {
        for (const d of ds) {
          expect(d.topic).not.toMatch(/^(قتيلا|قتيل|درجات|درجة|جندي|مصابا|إصابة|ضحايا|وفاة)(\s|ً|$)/);
          for (const f of d.figures) expect((f.attribution ?? '').split(/\s+/).length).toBeLessThanOrEqual(6);
        }
      }
    }
  });

  it('the seeds, current 004: the troop card shows Kirby\'s sentence', () => {
    const s = seeds().map(analyzeArticle);
    const d = compareArticles(s, 4, findRelated(s[4], s.slice(0, 4)).map((r) => r.index));
    const troops = withValues(d, 3000, 8000);
    expect(troops?.topic).toBe('جنود كوريا الشمالية في روسيا');
    const own = troops!.figures.find((f) => f.article === 4);
    expect(fold(own?.attribution ?? '')).toContain(fold('كيربي'));
  });
});
