// How a toll's incident happened, as its own sentence names it: an air strike, shelling, a bombing,
// clashes, gunfire, a road accident, a fire, a collapse, a drowning. Two reports of one incident
// name compatible means («التفجير» and «الانفجار»; «قصف مدفعي» and «سقوط قذائف»); two tolls of
// one war or one region whose sentences name only means that have nothing in common («بانفجار
// عبوة ناسفة» against «في اشتباكات مع مسلحين», «جراء قذائف» against «في مواجهات») are two incidents. A sentence naming no means, or a
// generic one («هجوم», «كمين», «مجزرة»), is never told apart. (README §1 "Same event", means.)

import type { Claim } from '../../types';
import { tokensOf } from '../text/tokens';
import { isTollConcept } from '../claims/measure';
import { memoized } from '../../lazy';

// Folded words (normalizeArabic) of each means. «قصف» is said of aircraft and artillery alike, and
// a rocket is fired from both: they belong to both. Aircraft alone name no means (the wounded are
// flown out «بمروحية»).
const MEANS: Readonly<Record<string, string>> = {
  air: 'غاره غارات ضربه ضربات جويه قصف صاروخ صواريخ',
  shelling: 'قصف قذيفه قذايف صاروخ صواريخ هاون كاتيوشا مدفعي مدفعيه مدفعيا برميل براميل برميلين راجمات',
  bombing: 'انفجار انفجارات تفجير تفجيرات تفجيرين انفجارين مفخخه مفخخات ناسفه عبوه عبوات انتحاري انتحاريه انتحاريين انتحاريان حزام',
  clashes: 'اشتباكات اشتباك اشتبك اشتبكت اشتبكوا تشتبك يشتبك يشتبكون مواجهات مواجهه معارك معركه قتال اقتتال',
  gunfire: 'رصاص رصاصه اطلاق',
  road: 'حادث حوادث اصطدام تصادم انقلاب دهس مركبه سياره حافله',
  fire: 'حريق حرائق احتراق النيران',
  collapse: 'انهيار انهار',
  drowning: 'غرق غرقي',
};

// A bomb is carried in a car («سيارة مفخخة»): a car names a road accident only without a bomb word.
const CAR = new Set(['مركبه', 'سياره', 'حافله']);
// A boat overturns as a car does («انقلاب قارب»): with a vessel in the text, the overturning is a drowning.
const OVERTURN = new Set(['انقلاب', 'انقلب', 'انقلبت']);
const VESSEL = new Set(['قارب', 'قوارب', 'مركب', 'زورق', 'سفينه', 'عباره']);

const FAMILIES = new Map<string, string[]>();
for (const [family, words] of Object.entries(MEANS)) {
  for (const w of words.split(' ')) FAMILIES.set(w, [...(FAMILIES.get(w) ?? []), family]);
}

// Clitics glued before a word: conjunction, preposition, article («وبانفجار», «للقصف»).
const CLITICS = /^(و|ف)?(ب|ل|ك)?(ال|لل)?/;

function familiesOfWord(norm: string): { families: string[]; car: boolean } | null {
  for (const w of [norm, norm.replace(CLITICS, '')]) {
    const f = FAMILIES.get(w);
    if (f) return { families: f, car: CAR.has(w) };
  }
  return null;
}

// The figure's own stretch of its sentence, in characters before and after it: a long sentence
// tells other incidents and the aftermath («ونقلوا إلى المستشفى») in other clauses.
const BEFORE = 90;
const AFTER = 110;

// Many claims share a sentence: remembered, up to this many.
const CACHE_LIMIT = 4000;

/** The means a text names (empty when none). */
export const meansOf: (sentence: string) => ReadonlySet<string> = memoized((sentence) => {
  const out = new Set<string>();
  let car = false;
  let overturn = false;
  let vessel = false;
  for (const t of tokensOf(sentence)) {
    if (t.type !== 'word') continue;
    const bare = t.norm.replace(CLITICS, '');
    if (OVERTURN.has(t.norm) || OVERTURN.has(bare)) overturn = true;
    if (VESSEL.has(t.norm) || VESSEL.has(bare)) vessel = true;
    const hit = familiesOfWord(t.norm);
    if (!hit) continue;
    if (hit.car) car = true;
    else for (const f of hit.families) out.add(f);
  }
  if (car && !out.has('bombing')) out.add('road');
  if (overturn && vessel) out.add('drowning');
  return out;
}, CACHE_LIMIT);

/** The figure's stretch of its sentence (BEFORE / AFTER). */
function around(c: Claim): string {
  const from = c.start - c.sentenceStart;
  const to = c.end - c.sentenceStart;
  return c.sentence.slice(Math.max(0, from - BEFORE), Math.max(0, to + AFTER));
}

/**
 * Two tolls whose sentences both name means of their incident, none in common. Where a figure's
 * stretch names none, its `contextA`/`contextB` (its read's headline and lead, lead-context.ts;
 * '' for none) stands for it, and is then told against the other read's context too: a capsized
 * boat's lead says «غرق» where a later sentence says «انقلاب».
 */
export function differentMeans(a: Claim, b: Claim, contextA = '', contextB = ''): boolean {
  if (!a.concept || !b.concept || !isTollConcept(a.concept) || !isTollConcept(b.concept)) return false;
  const ma = meansOf(around(a));
  const mb = meansOf(around(b));
  const la = ma.size === 0 ? meansOf(contextA) : null;
  const lb = mb.size === 0 ? meansOf(contextB) : null;
  const ea = la ?? ma;
  const eb = lb ?? mb;
  if (ea.size === 0 || eb.size === 0 || meet(ea, eb)) return false;
  return !(la && meet(la, meansOf(contextB))) && !(lb && meet(lb, meansOf(contextA)));
}

const meet = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => [...x].some((f) => y.has(f));

const ANY_INCIDENT = /(?<=^|\s)[وفب]?(?:ال|لل)?(?:حادث|حادثة|حادثه|حوادث)(?=[\s،,.]|$)/g;
// Read once per claim: the comparison asks of each claim for every pair it is scored in.
const specificCache = new WeakMap<Claim, ReadonlySet<string>>();
/** The means the figure's stretch names, «في حادث مماثل» aside ("an incident" of any kind names none). */
function specificMeans(c: Claim): ReadonlySet<string> {
  let m = specificCache.get(c);
  if (!m) specificCache.set(c, (m = meansOf(around(c).replace(ANY_INCIDENT, ' '))));
  return m;
}

// An accident's means: a headline naming only these tells of one incident.
const ACCIDENTS: ReadonlySet<string> = new Set(['road', 'fire', 'collapse', 'drowning']);

/**
 * A body toll whose stretch names means, none of which its read's `headline` — an accident's —
 * names: «… وأودى بحياة 14 راكبا» in a sentence about a train collision, under a headline about
 * a building's collapse, counts another incident than the read's own.
 */
export function otherMeansThan(c: Claim, headline: string): boolean {
  if (c.inTitle || !c.concept || !isTollConcept(c.concept)) return false;
  const own = specificMeans(c);
  if (own.size === 0) return false;
  const told = meansOf(headline);
  // Only under an accident's headline: a war's round-up tells many incidents by many means, and
  // the means its headline names single none of them out (stream audit: militants' tolls of
  // other operations let out onto cards).
  return told.size > 0 && [...told].every((f) => ACCIDENTS.has(f)) && !meet(own, told);
}

// Means that strike one site: a bombing, gunfire, a fire, a collapse, a crash, a drowning — not
// an air campaign, shelling or clashes, which a region's toll may add up over many sites.
const ONE_SITE: ReadonlySet<string> = new Set([...ACCIDENTS, 'bombing', 'gunfire']);

/**
 * A toll whose stretch names only means that strike one site («… في انفجار هز سوق قرية X بمحافظة
 * Y إلى 40 قتيلا»): the places its sentence names are where that incident happened, not a
 * breakdown of a wider toll by place (align.ts).
 */
export function oneSiteToll(c: Claim): boolean {
  if (!c.concept || !isTollConcept(c.concept)) return false;
  return oneSite(specificMeans(c));
}
const oneSite = (means: ReadonlySet<string>): boolean => means.size > 0 && [...means].every((f) => ONE_SITE.has(f));

/** The same, of the toll's whole sentence («ارتفعت حصيلة ضحايا حريق صهريج … في مقاطعة X إلى 26 قتيلا»: the fire named far before the figure). */
export function oneSiteSentence(c: Claim): boolean {
  return !!c.concept && isTollConcept(c.concept) && oneSite(meansOf(c.sentence.replace(ANY_INCIDENT, ' ')));
}
