// `--files-from FILE|-`: batches too long for a command line (npm passes a script's arguments
// as one `sh -c` string of at most 128 KB, about 4,000 paths) read their file list instead.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompareReport } from '../../cli/compare';
import { errorLines, runCli } from './helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-list-'));
// Invented short articles: one story told with three different tolls, then unrelated filler.
const article = (name: string, title: string, body: string): string => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, `${title}\n${body}\n`);
  return p;
};
const story = [12, 19, 27].map((n, i) =>
  article(`story-${i}.txt`, `ارتفاع حصيلة انهيار مبنى سكني في مدينة ساحلية إلى ${n} قتيلا`, `أعلن الدفاع المدني ارتفاع حصيلة انهيار المبنى السكني إلى ${n} قتيلا، فيما تتواصل عمليات البحث عن مفقودين تحت الأنقاض.`),
);
const filler = Array.from({ length: 30 }, (_, i) =>
  article(`filler-${String(i).padStart(2, '0')}.txt`, `افتتاح معرض للكتاب رقم ${i}`, `افتتح المعرض أبوابه بمشاركة ${100 + i} دار نشر من عدة دول عربية.`),
);

const files = (r: ReturnType<typeof runCli>): string[] => {
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${errorLines(r).join(' ')}`);
  return (JSON.parse(r.stdout) as CompareReport).articles.map((a) => a.file);
};

describe('compare --files-from', () => {
  it('reads the list from a file, after the files named on the command line', () => {
    const list = path.join(dir, 'list.txt');
    fs.writeFileSync(list, `${story[1]}\r\n\n  ${story[2]}  \n`);
    expect(files(runCli(['compare', '--json', story[0], '--files-from', list]))).toEqual(story);
  }, 60_000);

  it('reads the list from stdin with -, and compares as with the same files as arguments', () => {
    const viaStdin = runCli(['compare', '--json', '--files-from=-'], [...filler, ...story].join('\n'));
    expect(files(viaStdin)).toEqual([...filler, ...story]);
    const report = JSON.parse(viaStdin.stdout) as CompareReport;
    expect(report.related.map((r) => r.article).sort((a, b) => a - b)).toEqual([30, 31]);
    expect(report.differences.flatMap((d) => d.figures.map((f) => f.value)).sort((a, b) => a - b)).toEqual([12, 19, 27]);
    expect(viaStdin.stdout).toBe(runCli(['compare', '--json', ...filler, ...story]).stdout);
  }, 60_000);

  it('--progress reports the batch on stderr and leaves stdout alone', () => {
    const r = runCli(['compare', '--json', '--progress', '--files-from', '-'], [...filler, ...story].join('\n'));
    expect(r.status).toBe(0);
    expect(errorLines(r)).toEqual(['tabayyun: read 33/33 files']);
    expect(files(r)).toHaveLength(33);
  }, 60_000);
});
