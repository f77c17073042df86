// What identifies a story: its most telling word stems and the entities it names.
// Keywords are ranked by term frequency times specificity (inverse document frequency learned
// from unrelated news, specificity.ts): words every story uses (toll, president) rank low.

import { keywordStems, normalizeArabic } from '../text/normalize';
import { tokensOf } from '../text/tokens';
import { ENTITY_KEYWORD_STEMS, findEntities, parentOf } from '../text/entities';
import { ENTITY_COUNT, ENTITY_KEYWORDS, KEYWORD_COUNT, MAX_HEADLINE_LENGTH } from './limits';
import { specificity } from './specificity';
import { EVENT_KIND_OF_STEM } from '../text/events';

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
  const counts = new Map<string, number>();
  const add = (k: string, w: number) => counts.set(k, (counts.get(k) ?? 0) + w);
  const head = featureKnobs.headlineProse ? headline.trim() : '';
  for (const u of textUnits(text)) {
    const weight = head && u.text === head ? 1 : u.weight;
    for (const h of findEntities(tokensOf(u.text))) {
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
  const covered = new Uint8Array(tokens.length);
  for (const h of findEntities(tokens)) for (let i = h.from; i < h.to; i++) covered[i] = 1;
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (covered[i] || t.type !== 'word') return;
    for (const s of keywordStems(t.raw)) if (!ENTITY_KEYWORD_STEMS.has(s)) out.push(s);
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

/** The prose of a page text, without list-like units. */
export function prose(text: string): string {
  return textUnits(text).filter((u) => u.weight === 1).map((u) => u.text).join('\n');
}

/** Weighted stems of a text: sublinear term frequency times specificity; the title counts more. */
export function keywordWeights(text: string, title: string): Map<string, number> {
  const tf = new Map<string, number>();
  for (const u of textUnits(text)) for (const s of contentStems(u.text)) tf.set(s, (tf.get(s) ?? 0) + u.weight);
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
  const entities = top(entityCounts(body, title.length <= MAX_HEADLINE_LENGTH ? title : ''), ENTITY_COUNT);
  const keywords = top(keywordWeights(body, normalizeArabic(title) ? title : ''), KEYWORD_COUNT);
  const events = eventKinds(contentStems(prose(body)));
  return {
    keywords: [...keywords, ...entities.slice(0, ENTITY_KEYWORDS).map((e) => '@' + e), ...events.slice(0, 2).map((e) => '#' + e)],
    entities,
  };
}
