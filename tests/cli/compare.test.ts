// `tabayyun compare` on the reference case: the five seed texts in reading order 004, 003,
// 002, 000, 001 (as .txt dumps and as built .html pages), and corpus texts with metadata.json.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { CompareReport } from '../../cli/compare';
import { listCorpusStories, listSeedPages, outletName } from '../fixtures/pages';
import { SEED_READING_ORDER, seedInfo } from '../fixtures/seeds';
import { describeShared } from '../fixtures/describe-shared';
import { CORPUS_DIR, SEEDS_DIR } from '../fixtures/shared';
import { errorLines, runCli } from './helpers';

const seedFiles = SEED_READING_ORDER.map((p) => path.join(SEEDS_DIR, seedInfo(p).file));

function compareJson(files: string[]): CompareReport {
  const r = runCli(['compare', '--json', ...files]);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${errorLines(r).join(' ')}`);
  return JSON.parse(r.stdout) as CompareReport;
}

function expectContractShape(report: CompareReport, files: string[]): void {
  expect(report.articles.map((a) => a.file)).toEqual(files);
  for (const a of report.articles) {
    expect(typeof a.title).toBe('string');
    expect(typeof a.site).toBe('string');
    expect(a.published === null || typeof a.published === 'string').toBe(true);
    expect(Array.isArray(a.claims)).toBe(true);
    for (const c of a.claims) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['text', 'start', 'end', 'value', 'min', 'max', 'qualifier', 'kind', 'unit', 'sentence', 'comparable', 'attribution']),
      );
    }
  }
  expect(report.current).toBe(files.length - 1);
  for (const r of report.related) {
    expect(Number.isInteger(r.article)).toBe(true);
    expect(r.article).not.toBe(report.current);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  }
  for (const d of report.differences) {
    expect(typeof d.topic).toBe('string');
    expect(typeof d.conflict).toBe('boolean');
    expect(d.figures.length).toBeGreaterThanOrEqual(2);
    for (const f of d.figures) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['article', 'claim', 'value', 'min', 'max', 'qualifier', 'text', 'sentence', 'attribution']),
      );
      // A figure points at a real claim of a real article.
      const claim = report.articles[f.article].claims[f.claim];
      expect(claim.text).toBe(f.text);
      expect(claim.value).toBe(f.value);
    }
  }
}

/** Values (min for open "more than" figures) of the difference about troops. */
function troopValues(report: CompareReport): number[] {
  const troops = report.differences.find((d) => d.figures.some((f) => /جند/.test(f.text + (d.unit ?? ''))) && d.kind === 'count');
  return troops ? [...new Set(troops.figures.map((f) => f.value))].sort((a, b) => a - b) : [];
}

describeShared('compare: the seed texts (.txt)', () => {
  const report = compareJson(seedFiles);

  it('prints the contract JSON', () => {
    expectContractShape(report, seedFiles);
    // A .txt file's first line is its title (spaces collapsed).
    const firstLines = seedFiles.map((f) => fs.readFileSync(f, 'utf8').split('\n')[0].replace(/\s+/g, ' ').trim());
    expect(report.articles.map((a) => a.title)).toEqual(firstLines);
  });

  it('finds the earlier reads about the same story', () => {
    const related = report.related.map((r) => r.article);
    // 000 (index 3) tells the same news as the current 001.
    expect(related).toContain(3);
  });

  it('lists the troop difference 10000 / 8000 / 3000, and no date or year differences', () => {
    expect(troopValues(report)).toEqual([3000, 8000, 10000]);
    for (const d of report.differences) {
      expect(d.kind).not.toBe('date');
      expect(d.kind).not.toBe('year');
    }
  });
});

describeShared('compare: the seed pages (.html, extracted as the extension does)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-seeds-'));
  const pages = listSeedPages();
  const files = pages.map((p, i) => {
    const f = path.join(dir, `${i}_${p.meta.file.slice(0, 3)}.html`);
    fs.writeFileSync(f, p.html);
    return f;
  });
  const report = compareJson(files);

  it('takes outlet, headline and date from the pages', () => {
    expectContractShape(report, files);
    report.articles.forEach((a, i) => {
      expect(a.site).toBe(pages[i].meta.site);
      expect(a.title).toBe(pages[i].meta.headline);
      expect(a.published).toBe(new Date(pages[i].meta.published).toISOString());
    });
  });

  it('lists the troop difference 10000 / 8000 / 3000, and nothing from tickers or the plane crash', () => {
    expect(troopValues(report)).toEqual([3000, 8000, 10000]);
    const allFigures = report.differences.flatMap((d) => d.figures);
    expect(allFigures.some((f) => f.text.includes('190'))).toBe(false);
    for (const d of report.differences) expect(['date', 'year']).not.toContain(d.kind);
    // No claim at all comes from the 002 ticker or the plane-crash article.
    const claims002 = report.articles[2].claims.map((c) => c.sentence).join(' ');
    expect(claims002).not.toContain('مليار درهم');
    expect(report.articles[4].claims.some((c) => c.sentence.includes('إمبراير'))).toBe(false);
  });

  it('prints a readable table by default', () => {
    const r = runCli(['compare', ...files]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('نحو 10,000');
    expect(r.stdout).toContain('أكثر من 8,000');
    expect(r.stdout).toContain(pages[4].meta.site);
  }, 60_000);
});

describeShared('compare: corpus texts with metadata.json beside them', () => {
  const story = listCorpusStories().find((s) => s.story.startsWith('derna')) ?? listCorpusStories()[0];
  const files = story.files.map((f) => path.join(CORPUS_DIR, story.story, f));
  const meta = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, story.story, 'metadata.json'), 'utf8')).files as {
    file: string;
    outlet: string;
    publication_date: string;
    source_url: string;
  }[];
  const report = compareJson(files);

  it('takes outlet, date and address from metadata.json and the title from line 1', () => {
    expectContractShape(report, files);
    report.articles.forEach((a, i) => {
      const m = meta.find((x) => x.file === story.files[i])!;
      expect(a.site).toBe(m.outlet);
      expect(outletName(a.site).length).toBeGreaterThan(0);
      expect(a.published?.slice(0, 10)).toBe(m.publication_date.slice(0, 10));
      expect(a.url).toBe(m.source_url);
      expect(a.title).toBe(fs.readFileSync(files[i], 'utf8').split('\n')[0].trim());
    });
  });

  it('relates every earlier article of the same story to the last one, closest first', () => {
    expect(report.related.map((r) => r.article).sort()).toEqual(files.slice(0, -1).map((_, i) => i));
    const scores = report.related.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
