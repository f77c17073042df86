// The results as a terminal table and as a markdown table for the project README.
import { GOALS, type Metric } from './section';

const show = (v: Metric, unit: string): string => (v === null || v === undefined ? 'n/a' : `${v}${unit && unit !== '×' ? ' ' + unit : unit}`);

function verdict(key: string, v: Metric): string {
  const g = GOALS.find((x) => x.key === key);
  if (!g?.check) return '';
  if (v === null || v === undefined) return '?';
  return g.check(v) ? 'met' : 'MISSED';
}

export function formatTable(metrics: Record<string, Metric>, sections: Record<string, { ok: boolean; error?: string }>): string {
  const rows = GOALS.filter((g) => g.key in metrics).map((g) => [g.key, show(metrics[g.key], g.unit), g.goal ?? '', verdict(g.key, metrics[g.key])]);
  const head = ['key', 'value', 'goal', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
  const failed = Object.entries(sections).filter(([, s]) => !s.ok).map(([n, s]) => `  ${n}: ${s.error}`);
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...(failed.length ? ['', 'Sections that failed (their figures are null):', ...failed] : [])].join('\n');
}

export function formatMarkdown(metrics: Record<string, Metric>, machine: { cores: number; memory_gb: number; browser: string | null; node: string }, date: string, quick: boolean): string {
  const rows = GOALS.filter((g) => g.key in metrics).map((g) => `| ${g.label} | \`${g.key}\` | ${show(metrics[g.key], g.unit)} | ${g.goal ?? '—'} | ${verdict(g.key, metrics[g.key]) || '—'} |`);
  return [
    `Measured ${date.slice(0, 10)} on ${machine.cores} cores, ${machine.memory_gb} GB, ${machine.browser ?? 'no browser'}, Node ${machine.node}${quick ? ' (quick run: fewer repetitions, smaller stores)' : ''}. Reproduce with \`npm run bench\` (methods in bench/README.md).`,
    '',
    '| What | Key | Measured | Goal | |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
