// The evaluation's scorer on invented articles: offsets (code points in the file vs UTF-16 in
// the loader's text), shown differences, mixed cards, stray figures and false alarms.
import { describe, expect, it } from 'vitest';
import { fileSpan, mapFile } from '../../eval/offsets';
import { StoryScorer, type FigureSource } from '../../eval/score';
import type { GoldStory } from '../../eval/gold';
import type { Claim, Difference, Figure } from '../../lib/types';

// An emoji (two UTF-16 units, one code point) and runs of spaces before the figures.
const FILE_A = 'عنوان 😀 الخبر\n\nقتل   40 شخصا في السيل يوم 12 مايو.\n';
const FILE_B = 'عنوان آخر\nارتفعت الحصيلة إلى 55 قتيلا و300 جريح.\n';

const cp = (s: string, sub: string) => [...s.slice(0, s.indexOf(sub))].length;
const claimAt = (text: string, sub: string, value: number): Claim =>
  ({ start: text.indexOf(sub), end: text.indexOf(sub) + sub.length, value, text: sub, inTitle: false }) as unknown as Claim;
const fig = (article: number, claim: number, value: number): Figure => ({ article, claim, value }) as unknown as Figure;
const card = (...figures: Figure[]): Difference => ({ topic: 't', kind: 'count', unit: null, conflict: true, reason: 'contradiction', figures });

describe('eval offsets', () => {
  it('maps a claim of the loaded text back to its code-point span in the file', () => {
    const map = mapFile(FILE_A);
    const at = map.text.indexOf('40 شخصا');
    expect(at).toBeGreaterThan(0);
    const span = fileSpan(map, false, at, at + '40 شخصا'.length);
    expect(span).toEqual({ start: cp(FILE_A, '40 شخصا'), end: cp(FILE_A, '40 شخصا') + '40 شخصا'.length });
  });
});

describe('eval scorer', () => {
  const gold: GoldStory = {
    name: 'invented',
    split: 'tune',
    dir: '/nowhere',
    files: ['a.txt', 'b.txt'],
    published: {},
    claims: [
      { id: 'a-dead', file: 'a.txt', start: cp(FILE_A, '40 شخصا'), end: cp(FILE_A, '40 شخصا') + 7, valueKey: '40', topic: 'dead' },
      { id: 'b-dead', file: 'b.txt', start: cp(FILE_B, '55 قتيلا'), end: cp(FILE_B, '55 قتيلا') + 8, valueKey: '55', topic: 'dead' },
      { id: 'b-inj', file: 'b.txt', start: cp(FILE_B, '300 جريح'), end: cp(FILE_B, '300 جريح') + 8, valueKey: '300', topic: 'injured' },
    ],
    differences: [{ topic: 'dead', claimIds: ['a-dead', 'b-dead'] }],
    agreements: [],
    nonComparable: [{ file: 'a.txt', start: cp(FILE_A, '12 مايو'), end: cp(FILE_A, '12 مايو') + 7, kind: 'date' }],
  };
  const maps = new Map([
    ['a.txt', mapFile(FILE_A)],
    ['b.txt', mapFile(FILE_B)],
  ]);
  const textA = maps.get('a.txt')!.text;
  const textB = maps.get('b.txt')!.text;
  const claims: Record<number, Claim[]> = {
    0: [claimAt(textA, '40 شخصا', 40), claimAt(textA, '12 مايو', 12), claimAt(textA, 'السيل', 1)],
    1: [claimAt(textB, '55 قتيلا', 55), claimAt(textB, '300 جريح', 300)],
    2: [claimAt(textA, '40 شخصا', 7)],
  };
  const source = (article: number, claim: number): FigureSource => ({ file: article === 2 ? null : article === 0 ? 'a.txt' : 'b.txt', claim: claims[article][claim] });
  const scorer = new StoryScorer(gold, maps);

  it('counts a gold difference shown when one card holds two of its claims with different values', () => {
    const v = scorer.score('b.txt', ['a.txt'], 1, [card(fig(0, 0, 40), fig(1, 0, 55))], source);
    expect([v.expected, v.shown, v.mixed.length, v.stray.length, v.falseAlarms.length]).toEqual([1, 1, 0, 0, 0]);
  });

  it('reports a miss, a mixed card, a false alarm, a stray and an unrelated figure', () => {
    const cards = [card(fig(0, 0, 40), fig(1, 1, 300)), card(fig(0, 1, 12), fig(1, 0, 55)), card(fig(0, 2, 1), fig(2, 0, 7))];
    const v = scorer.score('b.txt', ['a.txt'], 1, cards, source);
    expect(v.shown).toBe(0);
    expect(v.missed).toEqual(['dead']);
    expect(v.mixed).toHaveLength(1);
    expect(v.falseAlarms).toHaveLength(1);
    expect(v.stray).toHaveLength(1);
    expect(v.unrelated).toHaveLength(1);
  });

  describe('where a missed difference was lost', () => {
    const withConcept = (c: Claim, concept: string | null, comparable = true): Claim => ({ ...c, concept, comparable });
    const ours = (deadA: Claim, deadB: Claim): Record<string, Claim[]> => ({ 'a.txt': [deadA, claims[0][1]], 'b.txt': [deadB, claims[1][1]] });
    const stage = (files: Record<string, Claim[]>, linked: string[], cards: Difference[] = [], agreements: Figure[][] = []) => {
      const src = (article: number, claim: number): FigureSource => ({ file: article === 0 ? 'a.txt' : 'b.txt', claim: files[article === 0 ? 'a.txt' : 'b.txt'][claim] });
      const v = scorer.score('b.txt', ['a.txt'], linked.length, cards, src, { claimsOf: (f) => files[f], linkedFiles: new Set(linked), agreements });
      return v.why;
    };
    const deadA = withConcept(claims[0][0], 'death');
    const deadB = withConcept(claims[1][0], 'death');

    it('no claim at a gold figure: not read', () => {
      expect(stage({ 'a.txt': [], 'b.txt': [deadB] }, ['a.txt'])).toEqual(['not-read']);
    });
    it('a claim with no concept: not comparable', () => {
      expect(stage(ours(withConcept(claims[0][0], null), deadB), ['a.txt'])).toEqual(['not-comparable']);
    });
    it('the earlier read not among the related: not linked', () => {
      expect(stage(ours(deadA, deadB), [])).toEqual(['not-linked']);
    });
    it('two concepts: concept', () => {
      expect(stage(ours(deadA, withConcept(claims[1][0], 'injured')), ['a.txt'])).toEqual(['concept']);
    });
    it('the same concept and no card: no card; a card of one of them: one side', () => {
      expect(stage(ours(deadA, deadB), ['a.txt'])).toEqual(['no-card']);
      expect(stage(ours(deadA, deadB), ['a.txt'], [card(fig(1, 0, 55), fig(1, 1, 300))])).toEqual(['one-side']);
    });
    it('each on its own card: apart; both on one agreement: agreement', () => {
      expect(stage(ours(deadA, deadB), ['a.txt'], [card(fig(0, 0, 40), fig(1, 1, 300)), card(fig(1, 0, 55), fig(0, 1, 12))])).toEqual(['apart']);
      expect(stage(ours(deadA, deadB), ['a.txt'], [], [[fig(0, 0, 40), fig(1, 0, 55)]])).toEqual(['agreement']);
    });
  });

  it('tells a miss where no card holds either figure by the gate the comparison names for that pair', () => {
    const counted = (c: Claim): Claim => ({ ...c, comparable: true, concept: 'death' });
    const ours: Record<string, Claim[]> = { 'a.txt': claims[0].map(counted), 'b.txt': claims[1].map(counted) };
    const asked: [number[], string, number[]][] = [];
    const context = {
      claimsOf: (f: string) => ours[f],
      linkedFiles: new Set(['a.txt']),
      agreements: [],
      noCardGate: (cur: number[], file: string, earlier: number[]) => {
        asked.push([cur, file, earlier]);
        return 'same-event:days' as const;
      },
    };
    const v = scorer.score('b.txt', ['a.txt'], 1, [], source, context);
    expect(v.why).toEqual(['no-card']);
    expect(v.whyGate).toEqual(['same-event:days']);
    // The current file's claim at the gold figure (55, index 0) against the earlier file's (40, index 0).
    expect(asked).toEqual([[[0], 'a.txt', [0]]]);
    // Not linked: lost before any card could be built, and no gate is asked.
    const unlinked = scorer.score('b.txt', ['a.txt'], 0, [], source, { ...context, linkedFiles: new Set<string>() });
    expect([unlinked.why, unlinked.whyGate]).toEqual([['not-linked'], [null]]);
    expect(asked).toHaveLength(1);
  });

  it('expects nothing when the current article holds no claim of the difference', () => {
    const v = scorer.score('a.txt', [], 0, [], source);
    expect(v.expected).toBe(0);
  });
});

describe('eval scorer: gold agreements shown as differences', () => {
  const A = 'عنوان\nأنقذ نحو 60 شخصا وقتل 9 أشخاص.\n';
  const B = 'عنوان\nأنقذ 58 شخصا وقتل 12 شخصا.\n';
  const span = (file: string, text: string, sub: string, id: string, valueKey: string, topic: string) => ({ id, file, start: cp(text, sub), end: cp(text, sub) + [...sub].length, valueKey, topic });
  const gold: GoldStory = {
    name: 'agreements',
    split: 'tune',
    dir: '/nowhere',
    files: ['a.txt', 'b.txt'],
    published: {},
    claims: [
      span('a.txt', A, 'نحو 60 شخصا', 'a-saved', '60', 'saved'),
      span('b.txt', B, '58 شخصا', 'b-saved', '58', 'saved'),
      span('a.txt', A, '9 أشخاص', 'a-dead', '9', 'dead'),
      span('b.txt', B, '12 شخصا', 'b-dead', '12', 'dead'),
    ],
    differences: [{ topic: 'dead', claimIds: ['a-dead', 'b-dead'] }],
    agreements: [{ topic: 'saved', claimIds: ['a-saved', 'b-saved'] }],
    nonComparable: [],
  };
  const maps = new Map([
    ['a.txt', mapFile(A)],
    ['b.txt', mapFile(B)],
  ]);
  const at = (file: 'a.txt' | 'b.txt', sub: string, value: number) => claimAt(maps.get(file)!.text, sub, value);
  const claims: Record<number, Claim[]> = { 0: [at('a.txt', 'نحو 60 شخصا', 60), at('a.txt', '9 أشخاص', 9)], 1: [at('b.txt', '58 شخصا', 58), at('b.txt', '12 شخصا', 12)] };
  const source = (article: number, claim: number): FigureSource => ({ file: article === 0 ? 'a.txt' : 'b.txt', claim: claims[article][claim] });
  const scorer = new StoryScorer(gold, maps);

  it('counts a card whose only difference is a gold agreement, and says when it claims a conflict', () => {
    const quiet = { ...card(fig(0, 0, 60), fig(1, 0, 58)), conflict: false };
    const v = scorer.score('b.txt', ['a.txt'], 1, [quiet], source);
    expect([v.agreementsInReach, v.agreementsAsDifferences.length, v.agreementsAsConflicts]).toEqual([1, 1, 0]);
    const loud = scorer.score('b.txt', ['a.txt'], 1, [card(fig(0, 0, 60), fig(1, 0, 58))], source);
    expect([loud.agreementsAsDifferences.length, loud.agreementsAsConflicts]).toEqual([1, 1]);
  });

  it('does not count an agreement left off the cards, nor one on a card a gold difference explains', () => {
    expect(scorer.score('b.txt', ['a.txt'], 1, [card(fig(0, 1, 9), fig(1, 1, 12))], source).agreementsAsDifferences).toEqual([]);
    const together = card(fig(0, 0, 60), fig(1, 0, 58), fig(0, 1, 9), fig(1, 1, 12));
    expect(scorer.score('b.txt', ['a.txt'], 1, [together], source).agreementsAsDifferences).toEqual([]);
  });

  it('has nothing in reach before the second article', () => {
    expect(scorer.score('a.txt', [], 0, [], source).agreementsInReach).toBe(0);
  });
});
