// `tabayyun compare`: files → snapshots → analyzed articles → reads saved in an in-memory store
// → the story report the panel shows. One pipeline: the demo, the tests and `npm run eval` reuse it.

import { analyzeArticle } from '../lib/pipeline/analyze';
import { buildStoryReport } from '../lib/pipeline/report/build';
import { previousVersion, saveRead } from '../lib/store/reads';
import type { AnalyzedArticle, ArticleSnapshot, Claim, Difference, Related } from '../lib/types';
import { CliError } from './errors';
import { formatFigure } from '../lib/view/format/figure';
import { shortDate, shortenAround, table } from './format';
import { checkArticleFiles, loadArticle } from './load';
import { openMemoryDatabase } from './memory-store';
import { translator } from '../lib/view/i18n/messages';
import { REASON_WORDS } from '../lib/view/i18n/reasons';

const AR = translator('ar');
const MINUTE = 60_000;
// Reading times for the files: one minute apart, in the order given.
const READ_START = Date.UTC(2000, 0, 1);

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

/**
 * Runs the comparison on snapshots already in memory (reading order, the last is current): each
 * is saved, in order, into a fresh in-memory store and the current one's report is built by
 * `buildStoryReport` — the function the panel runs on the reader's store, with the same candidate
 * prefilter, story links and earlier versions (a file whose address an earlier file already had
 * is a new version of that read, as when a page changes between two visits).
 */
export async function compareSnapshots(snapshots: ArticleSnapshot[], files: string[] = snapshots.map((s) => s.url)): Promise<CompareReport> {
  if (snapshots.length === 0) throw new CliError('compare: no files given');
  return compareAnalyzed(snapshots.map((s) => analyzeArticle(s)), files);
}

/** The comparison of articles already analyzed (reading order, the last is current). */
async function compareAnalyzed(analyzed: AnalyzedArticle[], files: string[]): Promise<CompareReport> {
  const db = openMemoryDatabase();
  try {
    // Which file each stored read, and each earlier version of it, came from.
    const fileOfRead = new Map<number, number>();
    const fileOfVersion = new Map<string, number>();
    let readId = -1;
    for (const [i, a] of analyzed.entries()) {
      const { read, status } = await saveRead(db, a, READ_START + i * MINUTE);
      if (status === 'changed') fileOfVersion.set(`${read.id}:${read.version - 1}`, fileOfRead.get(read.id) ?? i);
      if (status !== 'same' || !fileOfRead.has(read.id)) fileOfRead.set(read.id, i);
      readId = read.id;
    }
    const report = await buildStoryReport(db, readId);
    if (!report) throw new Error('the current article was not stored');
    const current = analyzed.length - 1;
    const previous = await previousVersion(db, readId);
    const fileOf = report.articles.map((a) => (a.previousVersion && previous ? fileOfVersion.get(`${readId}:${previous.version}`) : a.current ? current : fileOfRead.get(a.readId)) ?? current);
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
      related: report.related.map((r) => ({ article: fileOf[r.article], score: Math.round(r.score * 1000) / 1000 })).sort((x, y) => y.score - x.score || x.article - y.article),
      differences: report.differences.map((d) => ({ ...d, figures: d.figures.map((f) => ({ ...f, article: fileOf[f.article] })) })),
    };
  } finally {
    db.close();
  }
}

/**
 * Loads the files (reading order; the last is the current article) and compares them.
 * `onRead(n)` is told after each file is read and analyzed (a progress line for long batches).
 */
export async function compareFiles(paths: string[], onRead?: (done: number) => void): Promise<CompareReport> {
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
    out.push(`${n + 1}. ${d.topic} — ${kind}${d.unit ? ` (${d.unit})` : ''} — ${AR(REASON_WORDS[d.reason].badge)}${d.update ? ' — تغيّر منذ قراءتك' : ''}`);
    out.push(
      table(
        d.figures.map((f) => [
          `${formatFigure(f, AR, 'ar')}${f.article === report.current ? ' ←' : ''}`,
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
