// A round-up's figure matched to another read's figure by what its own clause says about it, as
// a fact-checker lines up two reports: a read giving several figures that cannot be one for one
// topic and scope (same-event.ts roundUpClaims) gives none of them to cards — unless the words
// tied to one of them (its clause: the counted noun's modifiers and complements, the means, the
// place, the day; and its named source) describe the other read's figure clearly better than
// any other figure of the group does. Describe, then match: the figure that is singled out may
// meet that one figure; every other pairing stays out.

import type { Claim } from '../../types';
import { tokensOf, type Token } from '../text/tokens';
import { lightStems, stripClitics } from '../text/normalize';
import { spelledAlike } from '../text/spelling';
import { ENTITY_STEMS, entityType, findEntities } from '../text/entities';
import { entitySpecificity, specificity } from '../story/specificity';
import { sameSource } from './reason';

/** The margin and floor of ROUND_UP_MATCH (same-event.ts): how clearly a figure must be singled out. */
export interface MatchRule {
  /** How much better than every rival of its group the figure's description must agree. */
  margin: number;
  /** How well it must agree at least (0: anything better than the rivals by the margin). */
  floor: number;
}

/** What a figure's own clause says about it: its words (stem or entity key → specificity) and its source. */
export interface Description {
  words: Map<string, number>;
  source: string | null;
  /** A headline's figure: it sums the story up in the words of several of the body's figures. */
  headline: boolean;
  /** The words right around the figure, as written (sameWording), or null when too few. */
  wording: string | null;
  /** Whose and where the figure is, as its claim resolved them (a party, a province; no country): keys. */
  identity: Set<string>;
}

// Content words on each side of the figure, at most: a long clause's far end describes something else.
const REACH = 8;
/** How much one named source on both sides, or two different ones, weighs (a rare word weighs ~1). */
const SOURCE_WEIGHT = 1;
/**
 * How much one owner or place the two figures' claims share weighs: a party's seats or a province's
 * toll is named where the sentence names it, often beyond the figure's clause («مقابل 42 مقعدا
 * لتحالف …», «- ولاية X: 12 وفاة»), and singles it out as the floor's two rare words do. (The
 * development part, invented-tune: 0 and 1 show 793 of 1,150 differences, 2 and 3 show 796, with no
 * mixed card more and the other parts unchanged; the lowest of the best.)
 */
const IDENTITY_WEIGHT = 2;

/** The claim's owners and places but countries (every national figure shares its country). */
function identityOf(c: Claim, siblings: readonly Claim[]): Set<string> {
  const twoKinds = namedTwoWays(siblings);
  const out = new Set<string>();
  for (const k of [...(c.owners ?? []), ...(c.places ?? [])]) {
    if (entityType(k) === 'country') continue;
    // A place by its name, whether a word named it a town or a region («ولاية X», «- X:») — but
    // where the read itself names one name both ways («منطقة X» and «مدينة X»), by both.
    const name = placeName(k);
    out.add(name !== null && !twoKinds.has(name) ? `at:${name}` : k);
  }
  return out;
}

const placeName = (k: string): string | null => /^(?:place|town):(.+)$/.exec(k)?.[1] ?? null;

/** Names a read's figures give both as a town and as another place (found once per read). */
const twoWays = new WeakMap<readonly Claim[], Set<string>>();
function namedTwoWays(claims: readonly Claim[]): Set<string> {
  let out = twoWays.get(claims);
  if (out) return out;
  const kinds = new Map<string, Set<string>>();
  for (const c of claims)
    for (const k of [...(c.owners ?? []), ...(c.places ?? [])]) {
      const name = placeName(k);
      if (name !== null) kinds.set(name, (kinds.get(name) ?? new Set()).add(k));
    }
  out = new Set([...kinds].filter(([, ks]) => ks.size > 1).map(([name]) => name));
  twoWays.set(claims, out);
  return out;
}

/**
 * The words of the figure's clause: from the figure out to a colon, semicolon or bracket, another figure of the
 * read (`siblings`: the read's claims; "قتل 12 في قصف على X وقتل خمسة آخرون في هجوم على Y" gives
 * each figure its own half) or REACH words; its counted noun aside (shared by construction).
 */
export function describe(c: Claim, siblings: readonly Claim[] = []): Description {
  const from = c.start - c.sentenceStart;
  const to = c.end - c.sentenceStart;
  const tokens = tokensOf(c.sentence);
  const first = tokens.findIndex((t) => t.end > from);
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last].start >= to) last--;
  if (first < 0 || last < first) return { words: new Map(), source: c.attribution, headline: !!c.inTitle, wording: null, identity: identityOf(c, siblings) };
  // Tokens of the sentence's other figures: the words between two figures go to the later one
  // from the last conjunction between them on («… في قصف على السوق وقتل خمسة …»: the verb starts
  // the next figure's clause), or to the nearer one when no conjunction stands there.
  const other = new Uint8Array(tokens.length);
  for (const s of siblings) {
    // A date, ordinal or duration is part of a figure's clause («أمس الأول», «يوم 22 يوليو»), not another figure's.
    if (s === c || !s.comparable || s.sentenceStart !== c.sentenceStart || !!s.inTitle !== !!c.inTitle) continue;
    tokens.forEach((t, i) => {
      if (t.start < s.end - s.sentenceStart && t.end > s.start - s.sentenceStart && (i < first || i > last)) other[i] = 1;
    });
  }
  let prev = -1;
  for (let i = first - 1; i >= 0 && prev < 0; i--) if (other[i]) prev = i;
  let next = tokens.length;
  for (let i = last + 1; i < tokens.length && next === tokens.length; i++) if (other[i]) next = i;
  const lastConjunction = (from: number, to: number): number => {
    for (let i = to - 1; i > from; i--) if (startsClause(tokens[i])) return i;
    return -1;
  };
  const leftCut = prev < 0 ? -1 : lastConjunction(prev, first);
  const rightCut = next === tokens.length ? tokens.length : lastConjunction(last, next);
  const mine = (i: number): boolean => {
    if (i < first) return prev < 0 || (leftCut >= 0 ? i >= leftCut : first - i <= i - prev);
    return next === tokens.length || (rightCut >= 0 ? i < rightCut : i - last < next - i);
  };
  const stop = (i: number): boolean => endsDescription(tokens[i]) || !mine(i);
  // REACH counts content words: «منذ صباح أمس في غارات على …» spends none of it on its particles.
  // (Each word's stems found once, for the reach and for the description.)
  const stems: (string[] | undefined)[] = [];
  const stemsAt = (i: number): string[] => (stems[i] ??= tokens[i].type === 'word' ? lightStems(tokens[i].raw) : []);
  let lo = first;
  for (let n = 0; lo > 0 && !stop(lo - 1) && n < REACH; lo--) if (stemsAt(lo - 1).length > 0) n++;
  let hi = last;
  for (let n = 0; hi < tokens.length - 1 && !stop(hi + 1) && n < REACH; hi++) if (stemsAt(hi + 1).length > 0) n++;
  const span = tokens.slice(lo, hi + 1);
  const noun = new Set(lightStems(c.unit ?? ''));
  const words = new Map<string, number>();
  const hits = findEntities(span);
  const covered = new Set<number>();
  for (const h of hits) {
    for (let i = h.from; i < h.to; i++) covered.add(i);
    words.set(`@${h.key}`, entityType(h.key) === 'person' ? 1 : entitySpecificity(h.key));
  }
  span.forEach((t, i) => {
    // The figure's own words ("خمسة", "مليار") and its counted noun say nothing about which one it is.
    if (covered.has(i) || t.type !== 'word' || (i >= first - lo && i <= last - lo)) return;
    for (const s of stemsAt(lo + i)) if (!noun.has(s) && !ENTITY_STEMS.has(s)) words.set(s, specificity(s));
  });
  return { words, source: c.attribution, headline: !!c.inTitle, wording: wordingAround(tokens, first, last), identity: identityOf(c, siblings) };
}

/** Words before the figure that must be the same, and after it. */
const WORDING_BEFORE = 4;
const WORDING_AFTER = 2;

/**
 * The WORDING_BEFORE words before the figure and the WORDING_AFTER after it (fewer at the
 * sentence's end), in their normalised spelling: two outlets that copy one agency text give a
 * figure in the same words, whatever number each prints. Null when the sentence has too few
 * words before the figure to tell.
 */
function wordingAround(tokens: readonly Token[], first: number, last: number): string | null {
  const before: string[] = [];
  for (let i = first - 1; i >= 0 && before.length < WORDING_BEFORE; i--) if (tokens[i].type === 'word') before.unshift(tokens[i].norm);
  if (before.length < WORDING_BEFORE) return null;
  const after: string[] = [];
  for (let i = last + 1; i < tokens.length && after.length < WORDING_AFTER; i++) if (tokens[i].type === 'word') after.push(tokens[i].norm);
  return `${before.join(' ')}|${after.join(' ')}`;
}

/**
 * Punctuation that ends a figure's description: colons, semicolons, brackets. Not a comma, a quote
 * or a dash: «والتفجير الانتحاري في سوق البلدة القديمة، أسفر عن مقتل 14» names before its comma
 * the event the figure counts (the development part: two differences more, the stream audit
 * unchanged; README §1 "A round-up's figure matched").
 */
const endsDescription = (t: Token): boolean => t.type === 'punct' && /^[:؛;()[\]]$/.test(t.raw);

/** «و», or a word the conjunction و/ف is written on («وقتل», «فيما»): a new clause may start there. */
const startsClause = (t: Token): boolean => t.type === 'word' && (t.norm === 'و' || (/^[وف]/.test(t.norm) && stripClitics(t.norm)[0] !== t.norm[0]));

/** A place or a name the other outlet spelled another way («غرانفيل», «جرانفيل»): one word. (Entity keys match exactly.) */
function spelledAmong(w: string, words: ReadonlyMap<string, number>): boolean {
  if (w.startsWith('@')) return false;
  for (const x of words.keys()) if (spelledAlike(w, x)) return true;
  return false;
}

/** How well two descriptions agree: the specificity of the words they share, and their sources. */
export function describedAlike(a: Description, b: Description): number {
  let score = 0;
  for (const [w, s] of a.words) if (b.words.has(w) || spelledAmong(w, b.words)) score += s;
  if (a.source && b.source) score += sameSource(a.source, b.source) ? SOURCE_WEIGHT : -SOURCE_WEIGHT;
  for (const k of a.identity) if (b.identity.has(k)) score += IDENTITY_WEIGHT;
  return score;
}

/**
 * True when `member` (a figure of a round-up group, `rivals` the group's figures it cannot be one
 * with) is singled out as `other`'s: its description agrees at least `floor` and more than every
 * rival's by `margin` (no two members equally good). A headline's figure never is: «إصابة 12
 * بحالات اختناق وحروق» names the words of the body's «10 حالات اختناق» and «حالتين بحروق» at once.
 */
export function singledOut(member: Description, rivals: readonly Description[], other: Description, rule: MatchRule): boolean {
  // The same words around it as the other read's figure, and no rival's: one text, copied.
  if (member.wording !== null && member.wording === other.wording) return rivals.every((r) => r.wording !== other.wording);
  if (member.headline) return false;
  const own = describedAlike(member, other);
  if (own < rule.floor || own <= 0) return false;
  return rivals.every((r) => describedAlike(r, other) + rule.margin <= own);
}

/** A rule written as "MARGIN/FLOOR" ("0.5/1"), or "off" (null): for the evaluation's options. */
export function matchRuleOf(text: string): MatchRule | null {
  if (text === 'off') return null;
  const [margin, floor] = text.split('/').map(Number);
  if (!Number.isFinite(margin) || !Number.isFinite(floor)) throw new Error(`a round-up match rule is MARGIN/FLOOR or off, not ${text}`);
  return { margin, floor };
}
