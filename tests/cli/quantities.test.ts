// `tabayyun quantities`: stdin lines → JSON Lines / a table. Sentences invented in the style of the seeds.

import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../lib/types';
import { runCli } from './helpers';

const LINES = [
  'وقال المتحدث إن أكثر من 8 آلاف جندي يستعدون للمشاركة في المناورات.',
  'لا توجد أرقام في هذا السطر',
  '',
  'وأعلنت الوزارة مقتل نحو 40 شخصا في 3 قرى يوم 12 مارس 2021.',
];

describe('tabayyun quantities --json', () => {
  const r = runCli(['quantities', '--json'], `${LINES.join('\n')}\n`);
  const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { text: string; quantities: Quantity[] });

  it('prints one JSON object per input line, in order, and exits 0', () => {
    expect(r.status).toBe(0);
    expect(out.map((o) => o.text)).toEqual(LINES);
  });

  it('gives each quantity with the contract fields and exact offsets', () => {
    for (const { text, quantities } of out) {
      for (const q of quantities) {
        expect(Object.keys(q)).toEqual(expect.arrayContaining(['text', 'start', 'end', 'value', 'min', 'max', 'qualifier', 'kind', 'unit']));
        expect(text.slice(q.start, q.end)).toBe(q.text);
      }
    }
    expect(out[1].quantities).toEqual([]);
    expect(out[2].quantities).toEqual([]);
  });

  it('reads the wording of the figures', () => {
    const troops = out[0].quantities.find((q) => q.value === 8000);
    expect(troops).toMatchObject({ qualifier: 'more-than', min: 8000, max: null, kind: 'count' });
    expect(troops?.text).toContain('أكثر من');
    const dead = out[3].quantities.find((q) => q.value === 40);
    expect(dead?.qualifier).toBe('about');
    expect(out[3].quantities.some((q) => q.kind === 'date' || q.kind === 'year')).toBe(true);
  });
});

describe('tabayyun quantities (table)', () => {
  it('prints each line and a table of its quantities', () => {
    const r = runCli(['quantities'], `${LINES[0]}\n${LINES[1]}`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`> ${LINES[0]}`);
    expect(r.stdout).toContain('8,000');
    expect(r.stdout).toContain('more-than');
    expect(r.stdout).toContain('(لا أرقام)');
  }, 60_000);

  it('handles empty input and CRLF line ends', () => {
    expect(runCli(['quantities', '--json'], '')).toMatchObject({ status: 0, stdout: '' });
    const r = runCli(['quantities', '--json'], 'سطر أول\r\nسطر ثان فيه 7 سيارات\r\n');
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).text)).toEqual(['سطر أول', 'سطر ثان فيه 7 سيارات']);
  }, 60_000);
});
