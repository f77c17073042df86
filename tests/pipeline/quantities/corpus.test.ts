// Properties over every real text in ../shared (read by path at run time, never copied).

import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import { benchQuantities } from '../../../bench/quantities';
import type { Quantity } from '../../../lib/types';
import { describeShared } from '../../fixtures/describe-shared';
import { CORPUS_DIR as corpusDir, SEEDS_DIR as seedDir, SHARED_DIR as shared, seedFile, textFiles } from '../../fixtures/shared';

const texts = (): string[] => [...textFiles(seedDir), ...textFiles(corpusDir)].sort();

const read = (p: string): string => fs.readFileSync(p, 'utf8');
const seed = (prefix: string): string => read(seedFile(prefix));
const story = (s: string, f: string): string => read(path.join(corpusDir, s, f));

/** The quantity whose text contains needle (first one), failing when there is none. */
function find(qs: Quantity[], needle: string): Quantity {
  const q = qs.find((x) => x.text.includes(needle));
  expect(q, `no quantity with "${needle}" in: ${qs.map((x) => x.text).join(' | ')}`).toBeDefined();
  return q!;
}

function checkShape(text: string, qs: Quantity[]): void {
  let last = 0;
  for (const q of qs) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(last);
    expect(q.end).toBeGreaterThan(q.start);
    expect(q.text.trim()).toBe(q.text);
    expect(Number.isFinite(q.value)).toBe(true);
    if (q.min !== null) expect(q.min).toBeLessThanOrEqual(q.max ?? Infinity);
    if (q.qualifier === 'exact') expect([q.min, q.max]).toEqual([q.value, q.value]);
    if (q.qualifier === 'more-than' || q.qualifier === 'at-least') expect(q.max).toBeNull();
    if (q.qualifier === 'less-than' || q.qualifier === 'at-most') expect(q.min).toBeNull();
    if (q.vague) expect(q.min === null || q.max === null || q.min < q.max).toBe(true);
    last = q.end;
  }
}

describeShared('every seed and corpus text', () => {
  const files = texts();
  it('reads the seeds and every corpus story', () => {
    const stories = fs.readdirSync(corpusDir).filter((d) => d !== 'html' && fs.statSync(path.join(corpusDir, d)).isDirectory());
    const folders = new Set(files.map((f) => path.dirname(path.relative(shared, f))));
    expect([...folders].sort()).toEqual(['seeds', ...stories.map((d) => `corpus/${d}`)].sort());
    expect(files.length).toBeGreaterThanOrEqual(35);
  });
  for (const f of files) {
    it(`offsets and intervals hold in ${path.relative(shared, f)}`, () => {
      const text = read(f);
      const qs = extractQuantities(text);
      expect(qs.length).toBeGreaterThan(0);
      checkShape(text, qs);
    });
  }
  it('gives the same result on the whole corpus joined as on each file (long-input splitting)', () => {
    const all = files.map(read);
    const joined = all.join('\n\n').repeat(8);
    const qs = extractQuantities(joined);
    checkShape(joined, qs);
    const perFile = all.reduce((n, t) => n + extractQuantities(t).length, 0);
    expect(qs.length).toBe(perFile * 8);
    expect(benchQuantities(joined).quantities).toBe(qs.length);
  });
  it('survives a saved HTML page as raw text', () => {
    const html = read(path.join(corpusDir, 'html', 'cnnarabic-2013-syria-clashes.html'));
    checkShape(html, extractQuantities(html));
  });
});

describeShared('seed figures', () => {
  it('000/001: about 10,000 soldiers, 8 November, the year 2022', () => {
    for (const name of ['000', '001']) {
      const qs = extractQuantities(seed(name));
      const troops = find(qs, '10 آلاف');
      expect(troops).toMatchObject({ text: 'نحو 10 آلاف', value: 10000, qualifier: 'about', kind: 'count', unit: 'جندي' });
      expect(troops.min).toBeCloseTo(9000);
      expect(troops.max).toBeCloseTo(11000);
      expect(find(qs, '8 نوفمبر').kind).toBe('date');
      expect(find(qs, 'عام 2022')).toMatchObject({ kind: 'year', value: 2022 });
    }
  });
  it('001: the Embraer 190 is a name', () => {
    expect(find(extractQuantities(seed('001')), 'إمبراير 190').kind).toBe('other');
  });
  it('002: F-16 is a name, the date is a date, the ticker figures are read right', () => {
    const qs = extractQuantities(seed('002'));
    expect(find(qs, 'إف-16').kind).toBe('other');
    expect(find(qs, '19 - 06 - 2024')).toMatchObject({ kind: 'date', value: 19 });
    expect(find(qs, '6.4 مليار')).toMatchObject({ value: 6.4e9, kind: 'money', unit: 'MAD' });
    expect(find(qs, '7.500')).toMatchObject({ value: 7500, unit: 'منصب شغل' });
    expect(find(qs, '18 مليون')).toMatchObject({ value: 18e6, unit: 'سائح' });
    expect(find(qs, 'ربع قرن')).toMatchObject({ value: 25, qualifier: 'about', kind: 'duration' });
    expect(find(qs, 'ساعتين')).toMatchObject({ value: 2, qualifier: 'about', kind: 'duration' });
    expect(find(qs, 'أكثر من 50')).toMatchObject({ value: 50, qualifier: 'more-than', kind: 'duration' });
  });
  it('003: more than 8,000 soldiers', () => {
    const t = find(extractQuantities(seed('003')), '8 آلاف');
    expect(t).toMatchObject({ text: 'أكثر من 8 آلاف', value: 8000, qualifier: 'more-than', min: 8000, max: null, unit: 'جندي' });
  });
  it('004: 3,000 soldiers, 397 votes, about 1,200 a day, three soldiers', () => {
    const qs = extractQuantities(seed('004'));
    expect(find(qs, '3 آلاف')).toMatchObject({ value: 3000, qualifier: 'exact', unit: 'جندي' });
    expect(find(qs, '397')).toMatchObject({ value: 397, unit: 'صوتا' });
    expect(find(qs, '1200')).toMatchObject({ value: 1200, qualifier: 'about', unit: 'قتيل' });
    expect(find(qs, 'أكثر من 280')).toMatchObject({ value: 280, qualifier: 'more-than' });
    expect(find(qs, 'ثلاثة')).toMatchObject({ value: 3, unit: 'جنود' });
    expect(find(qs, 'عام 2022').kind).toBe('year');
  });
});

describeShared('corpus figures', () => {
  it('derna: tolls in digits and words, more-than wording, vague thousands', () => {
    const a = extractQuantities(story('derna-floods-2023', '01_khaligyoun.txt'));
    expect(find(a, '2000')).toMatchObject({ value: 2000, qualifier: 'more-than', unit: 'وفاة' });
    expect(a.some((q) => q.vague && q.min === 2000)).toBe(true);
    const b = extractQuantities(story('derna-floods-2023', '05_alyaumtv.txt'));
    expect(find(b, 'ثلاثة آلاف')).toMatchObject({ value: 3845, unit: 'شخصاً' });
    expect(find(b, 'أربعة آلاف')).toMatchObject({ value: 4000, unit: 'حالة وفاة' });
    expect(find(b, 'ثمانية آلاف')).toMatchObject({ value: 8000, qualifier: 'more-than' });
    const c = extractQuantities(story('derna-floods-2023', '03_annasnews.txt'));
    expect(find(c, '11300')).toMatchObject({ value: 11300, unit: 'قتيل' });
    expect(find(c, '20 ألفا')).toMatchObject({ value: 20000, qualifier: 'more-than' });
    const d = extractQuantities(story('derna-floods-2023', '04_arabkhabar.txt'));
    expect(find(d, '11,300')).toMatchObject({ value: 11300 });
    expect(find(d, '398')).toMatchObject({ qualifier: 'about', value: 398 });
  });
  it('morocco: a count that looks like a year, magnitudes, at-least wording', () => {
    const a = extractQuantities(story('morocco-earthquake-2023', '03_alghad.txt'));
    expect(find(a, '2012')).toMatchObject({ kind: 'count', unit: 'قتيلا' });
    expect(find(a, 'ستة')).toMatchObject({ value: 6, qualifier: 'more-than', kind: 'duration' });
    const b = extractQuantities(story('morocco-earthquake-2023', '01_alimantv.txt'));
    expect(find(b, '6.8')).toMatchObject({ value: 6.8, kind: 'other', unit: 'درجة' });
    expect(find(b, 'أكثر من 600')).toMatchObject({ value: 600, qualifier: 'more-than', unit: 'قتيل' });
    const c = extractQuantities(story('morocco-earthquake-2023', '04_kiosqueinfo.txt'));
    expect(find(c, '08 شتنبر')).toMatchObject({ kind: 'date', value: 8 });
    expect(find(c, '2022')).toMatchObject({ kind: 'count', value: 2022 });
  });
  it('turkey-syria: comma decimals and thousands, thousands plus units in words', () => {
    const a = extractQuantities(story('turkey-syria-earthquake-2023', '04_alkalimanews.txt'));
    expect(find(a, '35 الفا')).toMatchObject({ value: 35225, unit: 'قتيلا' });
    expect(find(a, '7,8')).toMatchObject({ value: 7.8, unit: 'درجة' });
    expect(find(a, '31 ألفا')).toMatchObject({ value: 31634 });
    const b = extractQuantities(story('turkey-syria-earthquake-2023', '03_egyptwindow.txt'));
    expect(find(b, '49,133')).toMatchObject({ value: 49133 });
    expect(find(b, '12 ألف')).toMatchObject({ value: 12000, qualifier: 'about' });
    const c = extractQuantities(story('turkey-syria-earthquake-2023', '02_egypt-today.txt'));
    expect(find(c, '1444')).toMatchObject({ qualifier: 'at-least', value: 1444 });
    const d = extractQuantities(story('turkey-syria-earthquake-2023', '05_khbrpress.txt'));
    expect(find(d, '4574')).toMatchObject({ qualifier: 'at-least' });
    expect(find(d, '13 ألفًا')).toMatchObject({ value: 13208 });
  });
  it('election: percentages in every notation', () => {
    const a = extractQuantities(story('turkey-election-runoff-2023', '02_safiralchamal.txt'));
    expect(find(a, '55.80')).toMatchObject({ kind: 'percent', value: 55.8 });
    const b = extractQuantities(story('turkey-election-runoff-2023', '05_akhbarmsr.txt'));
    expect(find(b, '52.14')).toMatchObject({ kind: 'percent', value: 52.14 });
    const c = extractQuantities(story('turkey-election-runoff-2023', '03_watanalghad.txt'));
    expect(find(c, '53%')).toMatchObject({ kind: 'percent', qualifier: 'about' });
  });
  it('ras el-hekma: dollars, square metres, durations', () => {
    const a = extractQuantities(story('ras-el-hekma-deal-2024', '01_emiratiaffairs.txt'));
    expect(find(a, '150 مليار')).toMatchObject({ value: 1.5e11, kind: 'money', unit: 'USD' });
    expect(find(a, '170.8')).toMatchObject({ value: 170.8e6, unit: 'متر مربع' });
    expect(find(a, 'عام 1948').kind).toBe('year');
    const b = extractQuantities(story('ras-el-hekma-deal-2024', '05_goldpricenow.txt'));
    expect(find(b, '6 مليار')).toMatchObject({ value: 6e9, kind: 'money' });
    expect(find(b, 'دفعتين')).toMatchObject({ value: 2 });
  });
});
