// `tabayyun compare`: files → snapshots → analyzed articles → related reads → differences.
// The same pipeline the extension runs; the demo and tests reuse `compareFiles` directly.

import { analyzeArticle } from '../analyze';
import { compareArticles } from '../compare/index';
import { findRelated } from '../story/index';
import type { AnalyzedArticle, ArticleSnapshot, Claim, Difference, Related } from '../types';
import { CliError } from './errors';
import { figureInArabic, shortDate, shortenAround, table } from './format';
import { checkArticleFiles, loadArticle } from './load';

export interface CompareArticle {
  /** The file as given on the command line. */
  file: string;
  title: string;
  site: string;
  published: string | null;
  /** Address of the article (the page's canonical URL, metadata.json source_url, or the file URL). */
  url: string;
  claims: Claim[];
}

/** The JSON printed by `tabayyun compare --json` (../shared/contract/cli.md). */
export interface CompareReport {
  articles: CompareArticle[];
  /** Index of the current article: the last file. */
  current: number;
  /** Earlier reads judged to tell the same story as the current one, best first. */
  related: Related[];
  differences: Difference[];
}

/** Runs the comparison on snapshots already in memory (reading order, the last is current). */
export function compareSnapshots(snapshots: ArticleSnapshot[], files: string[] = snapshots.map((s) => s.url)): CompareReport {
  if (snapshots.length === 0) throw new CliError('compare: no files given');
  return compareAnalyzed(snapshots.map((s) => analyzeArticle(s)), files);
}

/** The comparison of articles already analyzed (reading order, the last is current). */
function compareAnalyzed(analyzed: AnalyzedArticle[], files: string[]): CompareReport {
  const current = analyzed.length - 1;
  const related = findRelated(analyzed[current], analyzed)
    .filter((r) => r.index !== current)
    .map((r) => ({ article: r.index, score: Math.round(r.score * 1000) / 1000 }));
  const differences = compareArticles(
    analyzed,
    current,
    related.map((r) => r.article),
  );
  return {
    articles: analyzed.map((a, i) => ({
      file: files[i],
      title: a.title,
      site: a.site,
      published: a.published,
      url: a.canonicalUrl || a.url,
      claims: a.claims,
    })),
    current,
    related,
    differences,
  };
}

/**
 * Loads the files (reading order; the last is the current article) and compares them.
 * `onRead(n)` is told after each file is read and analyzed (a progress line for long batches).
 */
export function compareFiles(paths: string[], onRead?: (done: number) => void): CompareReport {
  if (paths.length === 0) throw new CliError('compare: no files given');
  checkArticleFiles(paths);
  const analyzed = paths.map((p, i) => {
    const a = analyzeArticle(loadArticle(p));
    onRead?.(i + 1);
    return a;
  });
  return compareAnalyzed(analyzed, paths);
}

const KIND_AR: Record<string, string> = {
  count: 'عدد',
  percent: 'نسبة',
  money: 'مبلغ',
  duration: 'مدة',
  age: 'عمر',
  date: 'تاريخ',
  year: 'سنة',
  ordinal: 'ترتيب',
  other: 'أخرى',
};

/** The report as a reader-friendly text: articles, related reads, then each difference. */
export function formatCompareTable(report: CompareReport): string {
  const out: string[] = [];
  const art = (i: number): CompareArticle => report.articles[i];
  out.push('المقالات بترتيب القراءة:');
  out.push(
    table(
      report.articles.map((a, i) => [
        `[${i}]${i === report.current ? '*' : ''}`,
        a.site,
        shortDate(a.published),
        a.title.length > 70 ? `${a.title.slice(0, 69)}…` : a.title,
      ]),
      '  ',
    ),
  );
  out.push('  (* المقال الحالي)');
  out.push('');
  if (report.related.length === 0) {
    out.push('لا توجد قراءات سابقة عن القصة نفسها.');
    return out.join('\n');
  }
  out.push(
    `قراءات سابقة عن القصة نفسها: ${report.related.map((r) => `[${r.article}] ${art(r.article).site} (${r.score.toFixed(2)})`).join('، ')}`,
  );
  out.push('');
  if (report.differences.length === 0) {
    out.push('لا فروق في الأرقام بين هذا المقال والقراءات المرتبطة.');
    return out.join('\n');
  }
  out.push(`الفروق في الأرقام (${report.differences.length}):`);
  report.differences.forEach((d, n) => {
    out.push('');
    const kind = KIND_AR[d.kind] ?? d.kind;
    out.push(`${n + 1}. ${d.topic} — ${kind}${d.unit ? ` (${d.unit})` : ''}${d.conflict ? ' — أرقام متعارضة' : ''}${d.update ? ' — تغيّر منذ قراءتك' : ''}`);
    out.push(
      table(
        d.figures.map((f) => [
          `${figureInArabic(f)}${f.article === report.current ? ' ←' : ''}`,
          art(f.article).site,
          shortDate(art(f.article).published),
          f.attribution ? `حسب ${f.attribution}` : '—',
          `«${shortenAround(f.sentence, f.text)}»`,
        ]),
        '   ',
      ),
    );
  });
  return out.join('\n');
}
