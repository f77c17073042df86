// Claims: each quantity of an article in its sentence, with what it counts (concept), whom or
// where it is about (owners, places), who gave it (attribution), whether it is a rate, a
// projection or a denial, and whether it may be compared at all.

import type { Claim, Quantity } from '../types';
import { extractQuantities } from '../quantities/index';
import { splitSentences } from '../text/sentences';
import { tokensOf, type Token } from '../text/tokens';
import { findEntities, entityType, type EntityHit } from '../text/entities';
import { stem } from '../text/normalize';
import { attributionOf, speakerOfSentence, type AttributionContext } from './attribution';
import { isComparable } from './comparable';
import {
  conceptOfUnit,
  conceptOfWord,
  isCountedCue,
  isGenericUnit,
  isGenericUnitText,
  isSevere,
  isVoteCue,
} from './concepts';
import { modalityOf, rateOf } from './modality';
import { clauseAround, scopeOf } from './scope';

export { isComparable } from './comparable';

const COUNTABLE_KINDS = new Set(['count', 'percent', 'money', 'other', 'age']);
const CONCEPT_AFTER = 4;
const CONCEPT_BEFORE = 8;

// Cue words before or after a sum of money that say which sum it is.
const MONEY_CUES: [string[], string][] = [
  [['دفعه', 'شريحه', 'قسط'], 'money:tranche'],
  [['وديعه', 'ودايع', 'ودائع'], 'money:deposit'],
  [['حقوق'], 'money:rights'],
  [['استثمار', 'استثمارات', 'صفقه', 'قيمه', 'تكلفه', 'اجمالي', 'بقيمه'], 'money:deal'],
];
const moneyCue = new Map<string, string>();
for (const [forms, key] of MONEY_CUES) for (const f of forms) moneyCue.set(stem(f), key);
const AFTERSHOCK = new Set(['اخر', 'اعقبه', 'تلاه', 'وتلاه', 'واعقبه', 'ارتداديه'].map(stem));
const SHARE_WORDS = new Set(['ارباح', 'حصه', 'ملكيه', 'اسهم'].map(stem));

interface Located {
  q: Quantity;
  qFrom: number;
  qTo: number;
  unitEnd: number;
}

function locate(tokens: Token[], q: Quantity): Located | null {
  const qFrom = tokens.findIndex((t) => t.end > q.start);
  if (qFrom < 0) return null;
  let qTo = qFrom;
  while (qTo < tokens.length && tokens[qTo].start < q.end) qTo++;
  let unitEnd = qTo;
  if (q.unit && q.kind !== 'money') {
    const unitStem = stem(q.unit.split(/\s+/)[0]);
    const inside = tokens.slice(qFrom, qTo).some((t) => t.stem === unitStem);
    if (!inside && tokens[qTo]?.stem === unitStem) unitEnd = qTo + 1;
  }
  return { q, qFrom, qTo, unitEnd };
}

/** What the figure counts, from its unit, the words after it, then the words before it. */
function conceptOf(tokens: Token[], loc: Located, clause: [number, number], stops: Uint8Array): string | null {
  const { q, qFrom, qTo, unitEnd } = loc;
  const afterEnd = Math.min(clause[1], unitEnd + CONCEPT_AFTER);
  const beforeStart = Math.max(clause[0], qFrom - CONCEPT_BEFORE);
  const after = (): Token[] => {
    const out: Token[] = [];
    for (let i = unitEnd; i < afterEnd && !stops[i]; i++) out.push(tokens[i]);
    return out;
  };
  const beforeNearest = (): Token[] => {
    const out: Token[] = [];
    for (let i = qFrom - 1; i >= beforeStart && !stops[i]; i--) out.push(tokens[i]);
    return out;
  };

  if (q.kind === 'percent') {
    if (beforeNearest().slice(0, 4).some(isCountedCue)) return 'percent:counted';
    if (after().some((t) => SHARE_WORDS.has(t.stem))) return 'percent:share';
    const sentenceHasVotes = tokens.some(isVoteCue);
    return sentenceHasVotes ? 'percent:vote' : 'percent';
  }
  if (q.kind === 'money') {
    for (const t of [...tokens.slice(qTo, afterEnd), ...beforeNearest()]) {
      const key = moneyCue.get(t.stem);
      if (key) return key;
    }
    return 'money';
  }
  const unitTokens = tokens.slice(qFrom, unitEnd);
  let concept = conceptOfUnit(q.unit) ?? unitTokens.map(conceptOfWord).find((c) => c !== null) ?? null;
  if (concept === 'magnitude') {
    return beforeNearest().some((t) => AFTERSHOCK.has(t.stem)) ? 'magnitude:aftershock' : 'magnitude';
  }
  const generic = !concept && (isGenericUnitText(q.unit) || unitTokens.some(isGenericUnit) || q.unit === null);
  if (!concept && generic) {
    concept = after().map(conceptOfWord).find((c) => c !== null) ?? null;
    concept ??= beforeNearest().map(conceptOfWord).find((c) => c !== null) ?? null;
  }
  if ((concept === 'injured' || concept === null) && [...unitTokens, ...after()].some(isSevere)) return 'injured:severe';
  // An unknown counted noun still groups with itself, unless it is a name ("إسرائيل").
  if (!concept && q.unit && !generic && findEntities(tokensOf(q.unit)).length === 0) return 'unit:' + stem(q.unit);
  return concept;
}

/** Label from the claim's own words: the counted noun, whose, where. */
function labelOf(tokens: Token[], loc: Located, sentence: string, base: number, ownerText: string | null, placeText: string | null): string | null {
  const noun = tokens.slice(loc.qTo, loc.unitEnd).map((t) => t.raw).join(' ') || loc.q.unit || '';
  const parts = [noun, ownerText, placeText ? (/^(في|ب)/.test(placeText) ? placeText : `في ${placeText}`) : null];
  const label = parts.filter((p): p is string => !!p && p.trim().length > 0).join(' ').trim();
  void sentence;
  void base;
  return label || null;
}

/** Claims of an article text, in reading order. */
export function extractClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  const quantities = extractQuantities(text);
  if (quantities.length === 0) return claims;
  let qi = 0;
  let previousSpeaker: string | null = null;
  for (const s of splitSentences(text)) {
    const inSentence: Quantity[] = [];
    while (qi < quantities.length && quantities[qi].start < s.end) {
      if (quantities[qi].start >= s.start) inSentence.push(quantities[qi]);
      qi++;
    }
    const tokens = tokensOf(s.text, s.start);
    const hits: EntityHit[] = findEntities(tokens);
    const ctx: AttributionContext = { tokens, hits, sentence: s.text, base: s.start };
    if (inSentence.length > 0) {
      const located = inSentence.map((q) => locate(tokens, q));
      // Other countable figures end the search for context words on either side.
      const stops = new Uint8Array(tokens.length);
      located.forEach((l) => {
        if (l && COUNTABLE_KINDS.has(l.q.kind)) for (let i = l.qFrom; i < l.qTo; i++) stops[i] = 1;
      });
      let previousConcept: string | null = null;
      located.forEach((loc, k) => {
        const q = inSentence[k];
        if (!loc) return;
        const own = new Uint8Array(stops);
        for (let i = loc.qFrom; i < loc.qTo; i++) own[i] = 0;
        const clause = clauseAround(tokens, loc.qFrom, loc.unitEnd);
        const comparable = isComparable(q, text);
        let concept = comparable ? conceptOf(tokens, loc, clause, own) : null;
        // "و201 بإقليم شيشاوة" continues a list whose first item named the noun.
        if (comparable && concept === null && q.kind === 'count' && q.unit === null) concept = previousConcept;
        if (comparable && concept) previousConcept = concept;
        const scope = scopeOf(tokens, hits, loc.qFrom, loc.unitEnd, own, s.text, s.start);
        const attribution = attributionOf(ctx, loc.qFrom, previousSpeaker);
        // A source named by nationality gives its own country's figure ("وزارة الصحة السورية").
        if (scope.owners.length === 0 && scope.places.length === 0 && attribution) {
          const a = findEntities(tokensOf(attribution)).find((h) => entityType(h.key) === 'country');
          if (a) scope.owners.push(a.key);
        }
        claims.push({
          ...q,
          sentence: s.text,
          sentenceStart: s.start,
          comparable,
          attribution,
          concept,
          entities: [...new Set([...scope.owners, ...scope.places])],
          rate: rateOf(tokens, loc.unitEnd),
          modality: modalityOf(tokens, loc.qFrom),
          owners: scope.owners,
          places: scope.places,
          label: labelOf(tokens, loc, s.text, s.start, scope.ownerText, scope.placeText),
        });
      });
    }
    previousSpeaker = speakerOfSentence(ctx) ?? previousSpeaker;
  }
  return claims;
}
