// Why two figures of one concept never met on a card (the `no-card` stage of eval/score.ts): the
// comparison the panel ran for a view is run again with a trace of every gate that kept a claim
// out of a topic (lib/pipeline/compare/index.ts traceTopics), and a pair of claims — one of the
// current read, one of an earlier read — is told by the furthest gate it reached. No gate is
// judged here: each answer is what the lib's own comparison reported.
import { comparisonInputs, type ComparisonInputs } from '../lib/pipeline/report/build';
import { traceTopics, type ClaimGate, type PairGate } from '../lib/pipeline/compare/index';
import type { Topic } from '../lib/pipeline/compare/topic';
import type { StoredRead, TabayyunDB } from '../lib/store/db';
import { previousVersion } from '../lib/store/reads';
import { findRelatedReads } from '../lib/store/related';

/**
 * Where a pair was kept apart, from the earliest gate to the latest: the earlier read gives no
 * figures to cards (lib/pipeline/story/card-link.ts); the current claim seeds no topic; the
 * earlier claim joins none; it is of another bucket once each read's view is taken (concept,
 * kind, rate, projection); a gate between it and the current claim's topic (PairGate); or both
 * on one topic and still not on a card together ('placed': one figure per article and value).
 */
export const NO_CARD_GATES = [
  'card-link',
  'seed:unusable',
  'seed:round-up',
  'seed:period',
  'seed:superseded',
  'seed:earlier',
  'other:unusable',
  'other:round-up',
  'other:period',
  // (Never met: only the current read's claims are superseded or kept out as earlier.)
  'other:superseded',
  'other:earlier',
  'bucket',
  'too-far',
  'part-of-total',
  'scope',
  'same-event:unit-headline',
  'same-event:places',
  'same-event:countries',
  'same-event:days',
  'same-event:tallies',
  'same-event:means',
  'same-event:clocks',
  'same-event:sides',
  'same-event:anchor',
  'round-up-unmatched',
  'claim-used',
  'topic-taken',
  'others-place',
  'placed',
] as const;
export type NoCardGate = (typeof NO_CARD_GATES)[number];

const rank = (g: NoCardGate): number => NO_CARD_GATES.indexOf(g);

interface Traced {
  topics: Topic[];
  claims: Map<string, ClaimGate>;
  /** Per topic, the latest gate each related claim met on it (`article|claim`). */
  pairs: Map<Topic, Map<string, PairGate>>;
}

const key = (article: number, claim: number): string => `${article}|${claim}`;

export class NoCardExplainer {
  private traced: Traced | null = null;

  private constructor(private readonly inputs: ComparisonInputs) {}

  /** The comparison the panel ran for `current` (the same related reads and previous version). */
  static async of(db: TabayyunDB, current: StoredRead): Promise<NoCardExplainer> {
    const [related, previous] = await Promise.all([findRelatedReads(db, current), previousVersion(db, current.id)]);
    return new NoCardExplainer(comparisonInputs(current, related, previous));
  }

  private trace(): Traced {
    if (this.traced) return this.traced;
    const claims = new Map<string, ClaimGate>();
    const pairs = new Map<Topic, Map<string, PairGate>>();
    const { sources, currentIndex, relatedIndexes } = this.inputs;
    const topics = traceTopics(sources, currentIndex, relatedIndexes, {
      claim: (article, claim, gate) => claims.set(key(article, claim), gate),
      // The latest gate a pair met is the one that held (ranking comes after the fit tests).
      pair: (article, claim, topic, gate) => {
        const own = pairs.get(topic) ?? new Map<string, PairGate>();
        pairs.set(topic, own.set(key(article, claim), gate));
      },
    });
    this.traced = { topics, claims, pairs };
    return this.traced;
  }

  /**
   * The furthest gate any of the current read's claims `current` (indexes into its claims) and
   * the earlier read's (`earlierRead`, its store id) `earlier` reached together.
   */
  gate(current: number[], earlierRead: number, earlier: number[]): NoCardGate {
    const { sources, currentIndex, relatedIndexes } = this.inputs;
    // A stored read, not the previous version of the current page (which carries `readId`).
    const r = sources.findIndex((s, i) => i !== currentIndex && !('readId' in s) && s.id === earlierRead);
    if (r < 0 || !relatedIndexes.includes(r)) return 'card-link';
    const t = this.trace();
    let best: NoCardGate = 'card-link';
    const better = (g: NoCardGate) => {
      if (rank(g) > rank(best)) best = g;
    };
    for (const a of current) {
      const seedGate = t.claims.get(key(currentIndex, a));
      if (seedGate) {
        better(`seed:${seedGate}`);
        continue;
      }
      const topic = t.topics.find((tp) => tp.seeds.some((m) => m.claim === a));
      if (!topic) continue;
      for (const b of earlier) {
        const otherGate = t.claims.get(key(r, b));
        if (otherGate) {
          better(`other:${otherGate}`);
          continue;
        }
        const pairGate = t.pairs.get(topic)?.get(key(r, b));
        if (pairGate) better(pairGate);
        else better(topic.others.get(r)?.m.claim === b ? 'placed' : 'bucket');
      }
    }
    return best;
  }
}
