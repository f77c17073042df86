// The countries a figure's report is about, as its read's headline (and, for measuring, the
// figure's own sentence) names them: by name or nationality («في فنلندا», «الفنلندية»). Two figures
// whose reports name countries, none in common — a bombing in one country and one in its
// neighbour, one country's football team in a camp abroad and another's, one country's coast
// guard and another's — are two events, however alike their nouns: one event is reported from
// where it happened, and a read that names the other's country in its headline or the figure's
// sentence is not told apart (README §1 "Same event", "Different countries").
// Towns are not read for their country: one name is a town in two countries, and a
// common word may spell a foreign town.

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';
import { findEntities, namesHomonym } from '../text/entities';
import { entityType } from '../text/gazetteer';
import { extractQuantities } from '../quantities';
import { memoized } from '../../lazy';

// Many claims share a sentence or a headline: remembered, up to this many.
const CACHE_LIMIT = 4000;

// «من» before a country names where people or a boat came from, not where the event happened
// («معظمهم من فنلندا»); «منهم»/«بينهم» before a nationality counts people («منهم فنلنديون»).
const NOT_WHERE = new Set(['من', 'ومن', 'منهم', 'بينهم', 'ومنهم', 'وبينهم']);
// Where a group or a company is based («جماعة … التي تتمركز في فنلندا», «ومقرها بلجيكا»), not
// where the event happened.
const BASED_IN = /^(?:و|ف)?(?:ال)?(?:تتمركز|يتمركز|متمركزه|متمركز|تنشط|ينشط|ناشطه|ناشط|مقرها|مقره|تتخذ|يتخذ)$/;
const basedIn = (tokens: readonly { norm: string }[], from: number): boolean =>
  BASED_IN.test(tokens[from - 1]?.norm ?? '') || (/^(?:في|ب)$/.test(tokens[from - 1]?.norm ?? '') && BASED_IN.test(tokens[from - 2]?.norm ?? ''));

/**
 * Countries a text names as where something happens, by name or nationality. Not a country of
 * origin (after «من», and the list that goes on from it: «من فنلندا وX وبلجيكا»), nor where a
 * group is based (BASED_IN), nor the
 * nationality of people counted («22 فنلنديا», «ثلاثة كنديين»): one shipwreck's survivors are
 * counted by nationality in one report and not in another.
 */
export const countriesOf = memoized((text: string): Set<string> => {
  const tokens = tokensOf(text);
  const counted = extractQuantities(text);
  const out = new Set<string>();
  let originEnd = -1;
  for (const h of findEntities(tokens)) {
    // («سنغافورة» may be a city as well as a country: it names none here.)
    if (h.type !== 'country' || namesHomonym(tokens, h)) continue;
    const before = tokens[h.from - 1];
    // A list goes on from an origin (a word the gazetteer misses may stand between).
    const listed = h.from === originEnd || (h.from === originEnd + 1 && /^و/.test(tokens[h.from].raw));
    const origin = (before !== undefined && NOT_WHERE.has(before.norm)) || listed;
    if (origin) originEnd = h.to;
    const at = tokens[h.from].start;
    const isCounted = counted.some((q) => q.start <= at && at <= q.end + 1);
    if (!origin && !isCounted && !basedIn(tokens, h.from)) out.add(h.key);
  }
  return out;
}, CACHE_LIMIT);

const union = (...texts: string[]): Set<string> => new Set(texts.flatMap((t) => (t ? [...countriesOf(t)] : [])));
const meets = (a: Set<string>, b: Set<string>): boolean => [...a].some((k) => b.has(k));

/**
 * Where a figure's countries are read: its read's 'headline'; its own sentence when the headline
 * names none ('fallback': a digest's headline «موجز …»); or both ('sentence').
 */
export type CountrySource = 'headline' | 'fallback' | 'sentence';

function countriesOfFigure(c: Claim, headline: string, from: CountrySource): Set<string> {
  if (from === 'sentence') return union(c.sentence, headline);
  const own = union(headline);
  return from === 'fallback' && own.size === 0 ? union(c.sentence) : own;
}

/**
 * Both figures' reports name countries (`from`: their reads' headlines `headlineA`, `headlineB`,
 * or also their own sentences), and neither names a country of the other's in its headline,
 * its figure's sentence or `contextA`/`contextB` (the read's whole text, for measuring; '' for none).
 */
export function differentCountries(a: Claim, b: Claim, headlineA = '', headlineB = '', from: CountrySource = 'headline', contextA = '', contextB = ''): boolean {
  const ca = countriesOfFigure(a, headlineA, from);
  const cb = countriesOfFigure(b, headlineB, from);
  if (ca.size === 0 || cb.size === 0 || meets(ca, cb)) return false;
  return !meets(ca, union(b.sentence, headlineB, contextB)) && !meets(cb, union(a.sentence, headlineA, contextA));
}

/** The countries a figure is of by its own words: owned by or placed in («وسجلت النمسا تضخما بنسبة 3.4%»). */
const ownCountries = (c: Claim): string[] => [...(c.owners ?? []), ...(c.places ?? [])].filter((k) => entityType(k) === 'country');
// (Only an economy's rates: a country's people, as its soldiers or its survivors, are often the news's own.)
const isRate = (c: Claim): boolean => c.concept?.startsWith('percent:') === true;
const namesNoScope = (c: Claim): boolean => (c.owners?.length ?? 0) + (c.places?.length ?? 0) === 0;

/**
 * One rate is a country's by its own words and the other names no one's and nowhere, in a read
 * whose headline names countries, none of them that one: a country's report recalls its
 * neighbour's rate for comparison («وسجلت النمسا تضخما بنسبة 3.4%» in a report on another
 * country's inflation), and that rate is never the other report's own figure.
 */
export function anotherCountrysFigure(a: Claim, b: Claim, headlineA: string, headlineB: string): boolean {
  const apart = (scoped: Claim, bare: Claim, bareHeadline: string): boolean => {
    const own = ownCountries(scoped);
    if (own.length === 0 || !namesNoScope(bare) || !isRate(scoped)) return false;
    const named = union(bareHeadline);
    return named.size > 0 && !own.some((k) => named.has(k));
  };
  return apart(a, b, headlineB) || apart(b, a, headlineA);
}
