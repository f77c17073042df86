// Scores one story view (the report shown for one current article) against the gold.
//
// - A gold difference is EXPECTED in a view when the current file holds one of its claims and an
//   earlier file of the story, already read, holds one with another value; it is SHOWN when one
//   card holds at least two of its claims with different values.
// - A card figure is matched to the gold claim its span overlaps most (same file; code points);
//   the seed fixture, which has no offsets, matches by file and value.
// - MIXED: a card whose matched figures belong to two or more gold topics.
// - STRAY: a card figure from a story file that matches no gold claim and no non-comparable span.
// - FALSE ALARM: a card figure overlapping a gold non-comparable span (date, year, time, age,
//   ordinal, name …).
// - UNRELATED: a card figure from an article that is not part of the story (the stream).
// - AGREEMENT SHOWN AS A DIFFERENCE (the opposite error of a miss): a gold agreement is in reach
//   when the current file holds one of its claims and an earlier file one with another value; it is
//   shown as a difference when one card holds two of its claims with different values and no gold
//   difference explains that card (none holds two of its claims with different values) — a card the
//   reader should not have seen. Counted apart when that card also says conflict.
import type { Claim, Difference } from '../lib/types';
import type { GoldClaim, GoldDifference, GoldStory } from './gold';
import { fileSpan, type FileMap } from './offsets';
import { NO_CARD_GATES, type NoCardGate } from './explain';

/** What the evaluation knows about a figure's article: its story file (null for unrelated ones) and claim. */
export interface FigureSource {
  file: string | null;
  claim: Claim;
}

export interface ViewScore {
  story: string;
  current: string;
  /** Position of the current article in the story (1-based) and whether it is the story's last. */
  position: number;
  last: boolean;
  /** Story files read before the current one that the report lists as related. */
  earlierRead: number;
  earlierLinked: number;
  expected: number;
  shown: number;
  missed: string[];
  cards: number;
  mixed: string[];
  figures: number;
  stray: string[];
  falseAlarms: string[];
  unrelated: string[];
  /** Gold agreements in reach (see the header), those a card shows as a difference, and of those the ones flagged as a conflict. */
  agreementsInReach: number;
  agreementsAsDifferences: string[];
  agreementsAsConflicts: number;
  /** Where each missed difference was lost (same order as `missed`): see `MISS_STAGES`. */
  why: MissStage[];
  /** The same with the concepts of the figures involved, for `--details`. */
  whyDetail: string[];
  /** For a miss at `no-card`, the gate of the comparison that kept the two apart (eval/explain.ts); null otherwise. */
  whyGate: (NoCardGate | null)[];
}

/**
 * Where a missed difference was lost, from the earliest step of the pipeline to the latest:
 * no claim read at a gold figure; read but not comparable or with no concept; the earlier read
 * not linked; the two read as different concepts; neither figure on a card; only one of them on a card; both on different cards;
 * both among the agreements (judged the same figure).
 */
export const MISS_STAGES = ['not-read', 'not-comparable', 'not-linked', 'concept', 'no-card', 'one-side', 'apart', 'agreement'] as const;
export type MissStage = (typeof MISS_STAGES)[number];

/** What a view knows beyond its cards, for telling where a missed difference was lost. */
export interface ViewContext {
  /** The story files' claims, for the current file and those read before it. */
  claimsOf: (file: string) => Claim[] | undefined;
  /** Story files among the report's related reads. */
  linkedFiles: Set<string>;
  /** The report's agreements, as figure lists. */
  agreements: Difference['figures'][];
  /**
   * The furthest gate of the comparison any of the current file's claims (indexes into
   * claimsOf(current)) reached with any of an earlier file's (eval/explain.ts); absent: not told.
   */
  noCardGate?: (current: number[], earlierFile: string, earlier: number[]) => NoCardGate;
}

const gateRank = (g: NoCardGate): number => NO_CARD_GATES.indexOf(g);

type Match = { kind: 'claim'; claim: GoldClaim } | { kind: 'non-comparable'; what: string } | { kind: 'stray' } | { kind: 'unrelated' };

export class StoryScorer {
  private readonly byFile = new Map<string, GoldClaim[]>();
  private readonly byId = new Map<string, GoldClaim>();

  constructor(
    readonly gold: GoldStory,
    private readonly maps: Map<string, FileMap>,
  ) {
    for (const c of gold.claims) {
      this.byId.set(c.id, c);
      const list = this.byFile.get(c.file) ?? [];
      list.push(c);
      this.byFile.set(c.file, list);
    }
  }

  match(src: FigureSource): Match {
    if (src.file === null) return { kind: 'unrelated' };
    const claims = this.byFile.get(src.file) ?? [];
    const map = this.maps.get(src.file);
    const span = map ? fileSpan(map, src.claim.inTitle === true, src.claim.start, src.claim.end) : null;
    if (span) {
      let best: GoldClaim | null = null;
      let bestOverlap = 0;
      for (const c of claims) {
        if (c.start === null || c.end === null) continue;
        const overlap = Math.min(c.end, span.end) - Math.max(c.start, span.start);
        if (overlap > bestOverlap) {
          best = c;
          bestOverlap = overlap;
        }
      }
      if (best) return { kind: 'claim', claim: best };
      const nc = this.gold.nonComparable.find((n) => n.file === src.file && Math.min(n.end, span.end) > Math.max(n.start, span.start));
      if (nc) return { kind: 'non-comparable', what: nc.kind };
    }
    // Fixtures without offsets: the figure's value in that file.
    const byValue = claims.find((c) => c.start === null && c.valueKey === String(src.claim.value));
    if (byValue) return { kind: 'claim', claim: byValue };
    return { kind: 'stray' };
  }

  /** Whether a gold difference holds two of these claims with different values. */
  private explained(ids: GoldClaim[]): boolean {
    return this.gold.differences.some((d) => new Set(ids.filter((c) => d.claimIds.includes(c.id)).map((c) => c.valueKey)).size >= 2);
  }

  private expectedIn(d: GoldDifference, current: string, earlier: Set<string>): boolean {
    const claims = d.claimIds.map((id) => this.byId.get(id)).filter((c): c is GoldClaim => c !== undefined);
    const cur = claims.filter((c) => c.file === current);
    const before = claims.filter((c) => earlier.has(c.file));
    return cur.some((a) => before.some((b) => a.valueKey !== b.valueKey));
  }

  /**
   * Scores the cards shown for `current`, the story files read before it being `earlier`.
   * `linked` counts how many of those the report holds as related reads.
   */
  score(current: string, earlier: string[], linked: number, cards: Difference[], source: (article: number, claim: number) => FigureSource, context?: ViewContext): ViewScore {
    const position = this.gold.files.indexOf(current) + 1;
    const v: ViewScore = {
      story: this.gold.name,
      current,
      position,
      last: position === this.gold.files.length,
      earlierRead: earlier.length,
      earlierLinked: linked,
      expected: 0,
      shown: 0,
      missed: [],
      cards: cards.length,
      mixed: [],
      figures: 0,
      stray: [],
      falseAlarms: [],
      unrelated: [],
      agreementsInReach: 0,
      agreementsAsDifferences: [],
      agreementsAsConflicts: 0,
      why: [],
      whyDetail: [],
      whyGate: [],
    };
    const matched = cards.map((d) =>
      d.figures.map((f) => {
        const src = source(f.article, f.claim);
        return { f, src, m: this.match(src) };
      }),
    );
    const tag = (x: { f: { value: number; text: string }; src: FigureSource }) => `${x.src.file?.slice(0, 2) ?? 'stream'}:${x.f.value}«${x.f.text}»`;
    matched.forEach((figs, i) => {
      const label = `${cards[i].topic} [${figs.map(tag).join(' ')}]`;
      const topics = new Set<string>();
      for (const x of figs) {
        v.figures++;
        if (x.m.kind === 'claim') topics.add(x.m.claim.topic);
        else if (x.m.kind === 'stray') v.stray.push(`${tag(x)} in ${label}`);
        else if (x.m.kind === 'non-comparable') v.falseAlarms.push(`${x.m.what}: ${tag(x)} in ${label}`);
        else v.unrelated.push(`${tag(x)} in ${label}`);
      }
      if (topics.size >= 2) v.mixed.push(`${label} → ${[...topics].join(' | ')}`);
    });
    const earlierSet = new Set(earlier);
    for (const d of this.gold.differences) {
      if (!this.expectedIn(d, current, earlierSet)) continue;
      v.expected++;
      const ids = new Set(d.claimIds);
      const shown = matched.some((figs) => {
        const values = new Set(figs.flatMap((x) => (x.m.kind === 'claim' && ids.has(x.m.claim.id) ? [x.m.claim.valueKey] : [])));
        return values.size >= 2;
      });
      if (shown) v.shown++;
      else {
        v.missed.push(d.topic);
        const why = context ? this.whyMissed(d, current, earlierSet, context, matched.map((figs) => figs.map((x) => x.m)), source) : { stage: 'not-read' as const, detail: '', gate: null };
        v.why.push(why.stage);
        v.whyDetail.push(why.gate ? `${why.gate}; ${why.detail}` : why.detail);
        v.whyGate.push(why.gate);
      }
    }
    for (const a of this.gold.agreements) {
      if (!this.expectedIn(a, current, earlierSet)) continue;
      v.agreementsInReach++;
      const ids = new Set(a.claimIds);
      const at = matched.findIndex((figs) => {
        const own = figs.flatMap((x) => (x.m.kind === 'claim' ? [x.m.claim] : []));
        const values = new Set(own.filter((c) => ids.has(c.id)).map((c) => c.valueKey));
        return values.size >= 2 && !this.explained(own);
      });
      if (at < 0) continue;
      v.agreementsAsDifferences.push(`${a.topic} [${matched[at].map(tag).join(' ')}]${cards[at].conflict ? ' CONFLICT' : ''}`);
      if (cards[at].conflict) v.agreementsAsConflicts++;
    }
    return v;
  }

  /** The latest pipeline step any pair of the difference's figures reached (MISS_STAGES). */
  private whyMissed(
    d: GoldDifference,
    current: string,
    earlier: Set<string>,
    context: ViewContext,
    cards: Match[][],
    source: (article: number, claim: number) => FigureSource,
  ): { stage: MissStage; detail: string; gate: NoCardGate | null } {
    const agreements = context.agreements.map((figs) => figs.map((f) => this.match(source(f.article, f.claim))));
    const ours = (g: GoldClaim): Claim[] => (context.claimsOf(g.file) ?? []).filter((c) => {
      const m = this.match({ file: g.file, claim: c });
      return m.kind === 'claim' && m.claim.id === g.id;
    });
    const on = (groups: Match[][], g: GoldClaim) => groups.flatMap((figs, i) => (figs.some((m) => m.kind === 'claim' && m.claim.id === g.id) ? [i] : []));
    const describe = (cs: Claim[]) => cs.map((c) => `${c.value}:${c.comparable ? (c.concept ?? 'no-concept') : 'not-comparable'}`).join(',') || 'none';
    const claims = d.claimIds.map((id) => this.byId.get(id)).filter((c): c is GoldClaim => c !== undefined);
    let best: { stage: MissStage; detail: string; gate: NoCardGate | null } = { stage: 'not-read', detail: '', gate: null };
    const indexes = (file: string, cs: Claim[]) => cs.map((c) => (context.claimsOf(file) ?? []).indexOf(c));
    for (const a of claims.filter((c) => c.file === current)) {
      for (const b of claims.filter((c) => earlier.has(c.file) && c.valueKey !== a.valueKey)) {
        const oa = ours(a);
        const ob = ours(b);
        const detail = `now ${a.valueKey} [${describe(oa)}] vs ${b.file.slice(0, 12)} ${b.valueKey} [${describe(ob)}]`;
        const usable = (cs: Claim[]) => cs.some((c) => c.comparable && c.concept !== null);
        let stage: MissStage;
        if (!oa.length || !ob.length) stage = 'not-read';
        else if (!usable(oa) || !usable(ob)) stage = 'not-comparable';
        else if (!context.linkedFiles.has(b.file)) stage = 'not-linked';
        else if (!oa.some((x) => ob.some((y) => x.concept !== null && x.concept === y.concept))) stage = 'concept';
        else {
          const ca = on(cards, a);
          const cb = on(cards, b);
          const agreed = on(agreements, a).some((i) => on(agreements, b).includes(i));
          if (agreed) stage = 'agreement';
          else if (ca.length && cb.length) stage = 'apart';
          else if (ca.length || cb.length) stage = 'one-side';
          else stage = 'no-card';
        }
        const gate = stage === 'no-card' && context.noCardGate ? context.noCardGate(indexes(a.file, oa), b.file, indexes(b.file, ob)) : null;
        const order = MISS_STAGES.indexOf(stage) - MISS_STAGES.indexOf(best.stage);
        // Of two pairs lost at no-card, the one that went further through the comparison's gates.
        if (order > 0 || (order === 0 && (gate === null || best.gate === null || gateRank(gate) >= gateRank(best.gate)))) best = { stage, detail, gate };
      }
    }
    return best;
  }
}
