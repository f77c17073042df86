// What identifies a story: its most telling word stems and the entities it names.
// Keywords are ranked by term frequency times specificity (inverse document frequency learned
// from unrelated news, specificity.ts): words every story uses (toll, president) rank low.

import { keywordStems, normalizeArabic } from '../text/normalize';
import { tokensOf, type Token } from '../text/tokens';
import { ENTITY_KEYWORD_STEMS, findEntities, parentOf, type EntityHit } from '../text/entities';
import { ENTITY_COUNT, ENTITY_KEYWORDS, KEYWORD_COUNT, MAX_HEADLINE_LENGTH } from './limits';
import { specificity } from './specificity';
import { EVENT_KIND_OF_STEM } from '../text/events';

/**
 * The entities a story is told by: not the towns of towns.json (entities.ts `listed`), which
 * say where a figure is; story linking was calibrated on the gazetteer's names and words alone.
 */
const storyEntities = (tokens: Token[]): EntityHit[] => findEntities(tokens).filter((h) => !h.listed);

const TITLE_BOOST = 3;

// Kinds of event (lib/pipeline/text/events.ts): two reads about different kinds (an earthquake, an
// election) are different stories even when they share a country and a president.
const eventOf = EVENT_KIND_OF_STEM;

/**
 * `headlineProse`: a short headline's entities count as prose, not as a list line (for
 * eval/crossval.ts only). Off since leave-one-story-out cross-validation found it linked one
 * same-story pair more of 240 at most (lib/pipeline/compare/README.md §1): within one pair, the
 * simpler rule is kept.
 */
const featureKnobs = { headlineProse: false };
export function setStoryFeatureKnobs(k: Partial<typeof featureKnobs>): void {
  Object.assign(featureKnobs, k);
}

/**
 * Weighted mentions of each entity; mentions in list-like lines (tickers, link lists, a short
 * headline) count less; with the headlineProse knob the headline counts as prose.
 */
export function entityCounts(text: string, headline = ''): Map<string, number> {
  return entityCountsOf(readUnits(text), headline);
}

/** A text unit (textUnits) with its tokens and the entities they name, read once for every feature. */
interface ReadUnit {
  text: string;
  weight: number;
  tokens: Token[];
  hits: EntityHit[];
}

// A web or e-mail address names a site («www.example.gov»), not the story: every notice of that
// body carries it, whatever it announces.
const ADDRESS = /(?:https?:\/\/|www\.)[^\s()«»"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
const withoutAddresses = (text: string): string => text.replace(ADDRESS, (m) => ' '.repeat(m.length));

function readUnits(text: string): ReadUnit[] {
  return textUnits(text).map((u) => {
    const tokens = tokensOf(withoutAddresses(u.text));
    return { ...u, tokens, hits: storyEntities(tokens) };
  });
}

function entityCountsOf(units: ReadUnit[], headline: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (k: string, w: number) => counts.set(k, (counts.get(k) ?? 0) + w);
  const head = featureKnobs.headlineProse ? headline.trim() : '';
  for (const u of units) {
    const weight = head && u.text === head ? 1 : u.weight;
    for (const h of u.hits) {
      add(h.key, weight);
      const p = parentOf(h.key);
      if (p) add(p, weight / 2);
    }
  }
  // An entity met once in a link list is page furniture, not part of the story.
  for (const [k, n] of counts) if (n < 0.5) counts.delete(k);
  return counts;
}

/** Event kinds a text is about, most mentioned first (at least two mentions). */
export function eventKinds(stems: string[]): string[] {
  const n = new Map<string, number>();
  for (const s of stems) {
    const ev = eventOf.get(s);
    if (ev) n.set(ev, (n.get(ev) ?? 0) + 1);
  }
  return [...n.entries()].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1]).map(([e]) => e);
}

/** Stems of the words outside entity names (those are compared as entities). */
function contentStems(text: string): string[] {
  const tokens = tokensOf(text);
  return contentStemsOf(tokens, storyEntities(tokens));
}

/** contentStems of tokens whose entities are found already. */
function contentStemsOf(tokens: Token[], hits: EntityHit[]): string[] {
  const covered = new Uint8Array(tokens.length);
  for (const h of hits) for (let i = h.from; i < h.to; i++) covered[i] = 1;
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (covered[i] || t.type !== 'word') return;
    // (The word's normalised form: normalising it again changes nothing, and costs a pass.)
    for (const s of keywordStems(t.norm)) if (!ENTITY_KEYWORD_STEMS.has(s)) out.push(s);
  });
  return out;
}

// Lines (or ticker segments split by runs of spaces) that are short and end without sentence
// punctuation are headline lists, tickers, captions: they count for a fraction.
const LIST_WEIGHT = 0.25;
const PROSE_MIN_WORDS = 12;

/** Units of a page text with the weight their words get. */
export function textUnits(text: string): { text: string; weight: number }[] {
  const out: { text: string; weight: number }[] = [];
  for (const line of text.split(/\n+/)) {
    for (const seg of line.split(/\s{3,}/)) {
      const t = seg.trim();
      if (!t) continue;
      const wordCount = t.split(/\s+/).length;
      const ends = /[.؟?!:»"”]$/.test(t);
      out.push({ text: t, weight: wordCount >= PROSE_MIN_WORDS || (ends && wordCount >= 6) ? 1 : LIST_WEIGHT });
    }
  }
  return out;
}

/** Weighted stems of a text: sublinear term frequency times specificity; the title counts more. */
export function keywordWeights(text: string, title: string): Map<string, number> {
  return keywordWeightsOf(readUnits(text), title);
}

function keywordWeightsOf(units: ReadUnit[], title: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const u of units) for (const s of contentStemsOf(u.tokens, u.hits)) tf.set(s, (tf.get(s) ?? 0) + u.weight);
  const titleStems = new Set(title.length <= MAX_HEADLINE_LENGTH ? contentStems(title) : []);
  const weights = new Map<string, number>();
  for (const [s, n] of tf) {
    if (/^[0-9]/.test(s)) continue;
    const boost = titleStems.has(s) ? TITLE_BOOST : 1;
    if (n < 1 && boost === 1) continue;
    weights.set(s, Math.pow(n, 0.75) * specificity(s) * boost);
  }
  for (const s of titleStems) if (!weights.has(s)) weights.set(s, TITLE_BOOST * specificity(s));
  return weights;
}

const top = (m: Map<string, number>, n: number): string[] =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);

/** Top keyword stems (for the store's multi-entry index) and entity keys of an article. */
export function storyFeatures(text: string, title: string): { keywords: string[]; entities: string[] } {
  const body = text.startsWith(title) ? text : `${title}\n${text}`;
  // The body's units are tokenised and their entities found once, for all three features.
  const units = readUnits(body);
  const entities = top(entityCountsOf(units, title.length <= MAX_HEADLINE_LENGTH ? title : ''), ENTITY_COUNT);
  const keywords = top(keywordWeightsOf(units, normalizeArabic(title) ? title : ''), KEYWORD_COUNT);
  // The prose's tokens are its units' tokens (no token spans a line break); its entities are
  // found again, over the joined units, as in the joined text (a name may run on past a line end).
  const proseTokens: Token[] = [];
  for (const u of units) if (u.weight === 1) for (const t of u.tokens) proseTokens.push(t);
  const events = eventKinds(contentStemsOf(proseTokens, storyEntities(proseTokens)));
  return {
    keywords: [...keywords, ...entities.slice(0, ENTITY_KEYWORDS).map((e) => '@' + e), ...events.slice(0, 2).map((e) => '#' + e)],
    entities,
  };
}
