// traceTopics (lib/pipeline/compare/index.ts): every gate that keeps a claim out of a topic is
// told, so eval/explain.ts can say why two figures never met on a card. Invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { mk } from '../../fixtures/invented-compare';
import { traceTopics, type ClaimGate, type PairGate } from '../../../lib/pipeline/compare/index';
import { ROUND_UP_MATCH, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import type { AnalyzedArticle } from '../../../lib/types';

/** The gates told while the last article is compared with the others, by value, and the pairs placed on topics (seed, other). */
function traced(articles: AnalyzedArticle[]) {
  const current = articles.length - 1;
  const claims: { article: number; value: number; gate: ClaimGate }[] = [];
  const pairs: { article: number; value: number; gate: PairGate }[] = [];
  const topics = traceTopics(articles, current, articles.slice(0, -1).map((_, i) => i), {
    claim: (article, claim, gate) => claims.push({ article, value: articles[article].claims[claim].value, gate }),
    pair: (article, claim, _topic, gate) => pairs.push({ article, value: articles[article].claims[claim].value, gate }),
  });
  const placed = topics.flatMap((t) => [...t.others.values()].map((o) => [t.seeds[0].c.value, o.m.c.value]));
  return { claims, pairs, placed };
}

const current = mk('انفجار في السوق', 'وقتل 14 شخصا في انفجار سيارة مفخخة في السوق.', 'https://a.example/1');
const roundUp = mk('هجمات متفرقة', 'وقتل 9 أشخاص في انفجار سيارة مفخخة في السوق. وقتل خمسة أشخاص في هجوم آخر على حاجز.', 'https://c.example/1');
afterEach(() => setSameEventKnobs({ roundUpMatch: ROUND_UP_MATCH }));

describe('traceTopics', () => {
  it('places a single report of the same incident on the current figure\'s topic, with no gate told', () => {
    const single = mk('انفجار في السوق', 'وقتل 9 أشخاص في انفجار سيارة مفخخة في السوق.', 'https://b.example/1');
    const t = traced([single, current]);
    expect(t.placed).toEqual([[14, 9]]);
    expect(t.pairs).toEqual([]);
  });

  it('tells a round-up of two incidents as the related read\'s claims kept out', () => {
    setSameEventKnobs({ roundUpMatch: null });
    const t = traced([roundUp, current]);
    expect(t.placed).toEqual([]);
    expect(t.claims.filter((c) => c.article === 0 && c.gate === 'round-up').map((c) => c.value)).toEqual([9, 5]);
  });

  it('tells a round-up\'s figures not singled out by their clause as pairs kept out (ROUND_UP_MATCH)', () => {
    setSameEventKnobs({ roundUpMatch: { margin: 1, floor: 2 } });
    const t = traced([roundUp, current]);
    expect(t.placed).toEqual([]);
    expect(t.claims).toEqual([]);
    expect(t.pairs.filter((p) => p.gate === 'round-up-unmatched').map((p) => p.value)).toEqual([9, 5]);
    // With a lower floor the market bombing's 9 is singled out as the current 14's (same clause words).
    setSameEventKnobs({ roundUpMatch: { margin: 1, floor: 1 } });
    expect(traced([roundUp, current]).placed).toEqual([[14, 9]]);
  });

  it('tells a figure of a noun the other read\'s headline does not name as another event', () => {
    const before = mk('البطولة تنطلق اليوم', 'وشارك في البطولة 20 منتخبا من القارة.', 'https://d.example/2');
    const now = mk('منتخبات القارة في البطولة', 'وشارك في البطولة 24 منتخبا من القارة.', 'https://e.example/2');
    const t = traced([before, now]);
    expect(t.placed).toEqual([]);
    expect(t.pairs).toEqual([{ article: 0, value: 20, gate: 'same-event:unit-headline' }]);
  });
});
