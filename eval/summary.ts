// Sums of view scores per split, and the printed tables.
import type { Split } from './gold';
import { MISS_STAGES, type MissStage, type ViewScore } from './score';
import { NO_CARD_GATES, type NoCardGate } from './explain';
import type { StoryRun, UnrelatedView } from './views';

export interface Totals {
  stories: number;
  views: number;
  expected: number;
  shown: number;
  recall: number | null;
  /** The same, counting only the view of each story's last article. */
  lastExpected: number;
  lastShown: number;
  lastRecall: number | null;
  cards: number;
  mixedCards: number;
  mixedShare: number | null;
  figures: number;
  strayFigures: number;
  falseAlarmFigures: number;
  /** Views with a card holding a figure from an unrelated (stream) article. */
  viewsWithUnrelated: number;
  earlierRead: number;
  earlierLinked: number;
  earlierLinkedShare: number | null;
  /** Gold agreements in reach, shown as a difference by a card, and of those flagged as a conflict (eval/score.ts). */
  agreementsInReach: number;
  agreementsAsDifferences: number;
  agreementsAsConflicts: number;
  /** Missed differences by the step where they were lost (eval/score.ts MISS_STAGES). */
  missedBy: Record<MissStage, number>;
  /** Those lost at `no-card`, by the comparison's gate that kept them apart (eval/explain.ts). */
  noCardBy: Partial<Record<NoCardGate, number>>;
}

const share = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function totals(runs: StoryRun[]): Totals {
  const views: ViewScore[] = runs.flatMap((r) => r.views);
  const sum = (f: (v: ViewScore) => number, vs = views) => vs.reduce((a, v) => a + f(v), 0);
  const last = views.filter((v) => v.last);
  const t = {
    stories: runs.length,
    views: views.length,
    expected: sum((v) => v.expected),
    shown: sum((v) => v.shown),
    lastExpected: sum((v) => v.expected, last),
    lastShown: sum((v) => v.shown, last),
    cards: sum((v) => v.cards),
    mixedCards: sum((v) => v.mixed.length),
    figures: sum((v) => v.figures),
    strayFigures: sum((v) => v.stray.length),
    falseAlarmFigures: sum((v) => v.falseAlarms.length),
    viewsWithUnrelated: views.filter((v) => v.unrelated.length > 0).length,
    earlierRead: sum((v) => v.earlierRead),
    earlierLinked: sum((v) => v.earlierLinked),
    agreementsInReach: sum((v) => v.agreementsInReach),
    agreementsAsDifferences: sum((v) => v.agreementsAsDifferences.length),
    agreementsAsConflicts: sum((v) => v.agreementsAsConflicts),
  };
  return {
    ...t,
    recall: share(t.shown, t.expected),
    lastRecall: share(t.lastShown, t.lastExpected),
    mixedShare: share(t.mixedCards, t.cards),
    earlierLinkedShare: share(t.earlierLinked, t.earlierRead),
    missedBy: Object.fromEntries(MISS_STAGES.map((s) => [s, views.reduce((a, v) => a + v.why.filter((w) => w === s).length, 0)])) as Record<MissStage, number>,
    noCardBy: Object.fromEntries(
      NO_CARD_GATES.map((g) => [g, views.reduce((a, v) => a + v.whyGate.filter((w) => w === g).length, 0)]).filter(([, n]) => n !== 0),
    ) as Partial<Record<NoCardGate, number>>,
  };
}

export interface NoiseTotals {
  views: number;
  withAnyCard: number;
  withStoryCard: number;
  anyCardShare: number | null;
}

export function noiseTotals(u: UnrelatedView[]): NoiseTotals {
  const withAnyCard = u.filter((x) => x.cards > 0).length;
  return { views: u.length, withAnyCard, withStoryCard: u.filter((x) => x.storyCards > 0).length, anyCardShare: share(withAnyCard, u.length) };
}

const pct = (x: number | null): string => (x === null ? '   —  ' : `${(100 * x).toFixed(1).padStart(5)} %`);

export function storyRow(r: StoryRun): string {
  return totalsRow(r.story.name, totals([r]));
}

export const HEADER = `${'story'.padEnd(42)} ${'recall (shown/expected)'.padEnd(21)} ${'agr→diff'.padEnd(8)} ${'mixed cards'.padEnd(14)} stray alarm unrel linked`;

/** Gold agreements a card shows as a difference, of those in reach («!n»: n of them flagged as a conflict). */
export const agreementsShown = (t: Totals): string => `${t.agreementsAsDifferences}/${t.agreementsInReach}${t.agreementsAsConflicts ? ` !${t.agreementsAsConflicts}` : ''}`;

export function totalsRow(label: string, t: Totals): string {
  return [
    label.padEnd(42),
    `${pct(t.recall)} ${`${t.shown}/${t.expected}`.padEnd(6)}`,
    agreementsShown(t).padEnd(8),
    `${pct(t.mixedShare)} ${`${t.mixedCards}/${t.cards}`.padEnd(6)}`,
    String(t.strayFigures).padStart(5),
    String(t.falseAlarmFigures).padStart(5),
    String(t.viewsWithUnrelated).padStart(5),
    `${pct(t.earlierLinkedShare)}`,
  ].join(' ');
}

/** `no-card:GATE n` for every gate that kept a pair apart (eval/explain.ts NO_CARD_GATES order). */
export const noCardLine = (t: Totals): string =>
  NO_CARD_GATES.filter((g) => t.noCardBy[g])
    .map((g) => `no-card:${g} ${t.noCardBy[g]}`)
    .join(', ') || 'none';

export function splitTable(split: Split, runs: StoryRun[], details: boolean): string {
  const rows = [`== ${split} ==`, HEADER];
  for (const r of runs) {
    rows.push(storyRow(r));
    if (!details) continue;
    for (const v of r.views) {
      const at = `    ${v.current.slice(0, 14).padEnd(14)}`;
      for (const [i, m] of v.missed.entries()) rows.push(`${at} missed  ${m} — ${v.why[i]}: ${v.whyDetail[i]}`);
      for (const m of v.agreementsAsDifferences) rows.push(`${at} AGREE→DIFF ${m}`);
      for (const m of v.mixed) rows.push(`${at} mixed   ${m}`);
      for (const m of v.falseAlarms) rows.push(`${at} ALARM   ${m}`);
      for (const m of v.unrelated) rows.push(`${at} UNREL   ${m}`);
      for (const m of v.stray) rows.push(`${at} stray   ${m}`);
    }
  }
  const t = totals(runs);
  rows.push(totalsRow(`TOTAL ${split}`, t));
  rows.push(`  last article only: recall ${pct(t.lastRecall)} (${t.lastShown}/${t.lastExpected}); figures on cards ${t.figures}`);
  rows.push(`  gold agreements shown as differences: ${t.agreementsAsDifferences} of ${t.agreementsInReach} in reach, ${t.agreementsAsConflicts} of them flagged as a conflict`);
  rows.push(`  missed, by where they were lost: ${MISS_STAGES.map((s) => `${s} ${t.missedBy[s]}`).join(', ')}`);
  rows.push(`  no-card, by the gate that kept them apart: ${noCardLine(t)}`);
  return rows.join('\n');
}
