// `tabayyun quantities`: one case per stdin line → its quantities (JSON Lines or a small table).

import { extractQuantities } from '../lib/pipeline/quantities/index';
import type { Quantity } from '../lib/types';
import { formatNumber } from '../lib/view/format/figure';
import { table } from './format';

/** Every decimal the scanner read (to six), for checking it: the JSON has the exact value. */
const full = (n: number) => formatNumber(n, 6);

export interface QuantitiesLine {
  text: string;
  quantities: Quantity[];
}

/** Input lines: a trailing newline does not make an extra empty case; CRLF is accepted. */
export function inputLines(input: string): string[] {
  const lines = input.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function quantitiesOfLines(input: string): QuantitiesLine[] {
  return inputLines(input).map((text) => ({ text, quantities: extractQuantities(text) }));
}

/** JSON Lines: one object per input line, in order. */
export function formatQuantitiesJson(results: QuantitiesLine[]): string {
  return results.map((r) => JSON.stringify({ text: r.text, quantities: r.quantities })).join('\n') + (results.length ? '\n' : '');
}

/** Each line, then an aligned table of its quantities. */
export function formatQuantitiesTable(results: QuantitiesLine[]): string {
  const blocks = results.map((r) => {
    const head = `> ${r.text}`;
    if (r.quantities.length === 0) return `${head}\n  (لا أرقام)`;
    const rows = [
      ['النص', 'القيمة', 'المجال', 'الصيغة', 'النوع', 'الوحدة'],
      ...r.quantities.map((q) => [
        q.text,
        full(q.value),
        q.min === q.max && q.min !== null ? full(q.min) : `${q.min === null ? '−∞' : full(q.min)}…${q.max === null ? '∞' : full(q.max)}`,
        q.qualifier,
        q.kind,
        q.unit ?? '—',
      ]),
    ];
    return `${head}\n${table(rows, '  ')}`;
  });
  return blocks.join('\n\n') + (blocks.length ? '\n' : '');
}
