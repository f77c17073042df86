// Small text-table helpers for the human-readable output of the command line. Figures and
// numbers read as in the panel (lib/view/format/figure.ts).

// Combining marks (harakat, Quranic marks) take no column in a terminal.
const ZERO_WIDTH = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Columns a string takes in a terminal (approximately: one per visible character). */
export function displayWidth(s: string): number {
  return Array.from(s.replace(ZERO_WIDTH, '')).length;
}

export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Rows aligned in columns separated by two spaces (no trailing spaces). */
export function table(rows: string[][], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]))).join('  ').trimEnd())
    .join('\n');
}

/** The part of a sentence around `needle`, at most `max` characters, with ellipses where cut. */
export function shortenAround(sentence: string, needle: string, max = 90): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const at = Math.max(0, s.indexOf(needle));
  const start = Math.max(0, Math.min(at - Math.floor((max - needle.length) / 2), s.length - max));
  let from = start;
  let to = Math.min(s.length, start + max);
  // Cut at word boundaries, not inside a word.
  if (from > 0) {
    const space = s.indexOf(' ', from);
    if (space >= 0 && space < at && space - from < 15) from = space + 1;
  }
  if (to < s.length) {
    const space = s.lastIndexOf(' ', to);
    if (space > at + needle.length && to - space < 15) to = space;
  }
  return `${from > 0 ? '…' : ''}${s.slice(from, to)}${to < s.length ? '…' : ''}`;
}

/** "2024-11-10T08:15:00.000Z" → "2024-11-10 08:15"; null → "—". */
export function shortDate(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4}-\d{2}(?:-\d{2})?)(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] && m[2] !== '00:00' ? `${m[1]} ${m[2]}` : m[1];
}
