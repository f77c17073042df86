// Claims: each quantity of an article in its sentence, with what it counts (concept), whom or
// where it is about (owners, places), who gave it (attribution), whether it is a rate, a
// projection or a denial, and whether it may be compared at all.

import type { Claim, Quantity } from '../types';
import { extractQuantities } from '../quantities/index';
import { splitSentences } from '../text/sentences';
import { tokensOf, type Token } from '../text/tokens';
import { findEntities, entityType, learnPeople, type EntityHit } from '../text/entities';
import { normalizeArabic, stem } from '../text/normalize';
import { attributionOf, speakerOfSentence, type AttributionContext } from './attribution';
import { isComparable } from './comparable';
import {
  conceptOfUnit,
  conceptOfWord,
  isCountedCue,
  isGenericUnit,
  isGenericUnitText,
  isSevere,
  isTreated,
  PEOPLE_CONCEPTS,
  isVoteCue,
  EVENT_CONCEPTS,
  populationOfUnit,
  isCombinedCasualties,
  isTurnoutCue,
  isGroupShareCue,
} from './concepts';
import { modalityOf, rateOf } from './modality';
import { clauseAround, scopeOf, TOTAL, zoneOf } from './scope';

export { isComparable } from './comparable';
export { isEarlierMention } from './modality';

const COUNTABLE_KINDS = new Set(['count', 'percent', 'money', 'other', 'age']);
const CONCEPT_AFTER = 4;
const CONCEPT_BEFORE = 8;

// Cue words before or after a sum of money that say which sum it is.
const MONEY_CUES: [string[], string][] = [
  // "تسلمت كندا 5 مليارات": a sum received is a tranche of the deal.
  [['دفعه', 'شريحه', 'قسط', 'تسلمت', 'تسلم', 'استلمت', 'تستلم', 'ستتسلم', 'تتسلم', 'تستقبل', 'استقبلت'], 'money:tranche'],
  // With and without the article: "ودائع" loses its و to the conjunction rule, "الودائع" keeps it.
  [['وديعه', 'ودايع', 'ودائع', 'الودائع', 'الوديعه'], 'money:deposit'],
  [['حقوق'], 'money:rights'],
  [['قرض', 'قروض', 'القرض', 'تمويل', 'تمويلات'], 'money:loan'],
  [['استثمار', 'استثمارات', 'صفقه', 'قيمه', 'تكلفه', 'اجمالي', 'بقيمه', 'تستثمر', 'يستثمر', 'ستستثمر', 'سيستثمر'], 'money:deal'],
];
// Cue verbs ("تسلمت 5 مليارات"): they say what happened to a sum, not which sum it is.
const MONEY_VERBS = /^(و|ف)?(س)?(تسلمت|تسلم|تتسلم|استلمت|تستلم|تستقبل|استقبلت|تستثمر|يستثمر)$/;
// One sum a part is taken from ("من الوديعة", "من الدفعة الأولى", "من صفقة").
const SINGULAR_SUMS = /^(ال)?(وديعه|دفعه|شريحه|قسط|صفقه)$/;
const moneyCue = new Map<string, string>();
for (const [forms, key] of MONEY_CUES) for (const f of forms) moneyCue.set(stem(f), key);
const AFTERSHOCK = new Set(['اخر', 'اعقبه', 'تلاه', 'وتلاه', 'واعقبه', 'ارتداديه'].map(stem));
// Words that head what a figure counts ("عدد القتلى", "حصيلة الوفيات"), or refer back to it ("العدد").
const HEAD_WORDS = /^(و|ب|ل)?(ال)?(عدد|اعداد|حصيله|اجمالي)$/;
const SHARE_WORDS = new Set(['ارباح', 'حصه', 'ملكيه', 'اسهم'].map(stem));
const SHARE_VERBS = /^(و|ف)?(س)?(تمتلك|يمتلك|تملك|يملك|تحتفظ|يحتفظ|تستحوذ|يستحوذ)$/;

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

// Which sum a cue names, most specific first: a tranche or a deposit is part of a deal.
const MONEY_PRIORITY = ['money:tranche', 'money:deposit', 'money:rights', 'money:loan', 'money:deal'];
const MONEY_WINDOW = 8;

/**
 * Which sum of money: the most specific cue within a few words either side ("دفعة ثانية بقيمة
 * 14 مليار دولار من صفقة …" is a tranche, not the deal); a tranche keeps its rank (first, second).
 */
function moneyConcept(tokens: Token[], qFrom: number, qTo: number, afterEnd: number, stops: Uint8Array): string | null {
  // "5 مليارات دولار من الوديعة", "11 مليار دولار من الودائع": a part of a larger sum is
  // another topic than the sum itself.
  // A plural names the kind, not a larger sum: "9 مليارات دولار من الودائع" are deposits.
  // Unless the sum is named before it: "دفعة ثانية بقيمة 14 مليار دولار من صفقة …" is the tranche.
  const whole = tokens[qTo + 1];
  const part = tokens[qTo]?.norm === 'من' && whole && SINGULAR_SUMS.test(whole.norm) ? moneyCue.get(whole.stem) : undefined;
  let namedBefore = false;
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - MONEY_WINDOW) && !stops[i]; i--) {
    if (tokens[i].type === 'punct' && !/[«»"“”]/.test(tokens[i].raw)) break;
    if (moneyCue.has(tokens[i].stem) && !MONEY_VERBS.test(tokens[i].norm)) namedBefore = true;
  }
  if (part && !namedBefore) return `${part}:part`;
  // "سعر الدولار 50 جنيها", "سعر غرام الذهب": a price is of one thing, never a sum.
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - MONEY_WINDOW) && !stops[i]; i--) {
    if (/^(و|ب|ل)?(ال)?(سعر|اسعار)$/.test(tokens[i].norm) && tokens[i + 1]?.type === 'word') return `money:price:${tokens[i + 1].stem}`;
  }
  const found: { key: string; at: number }[] = [];
  for (let i = qTo; i < afterEnd && !stops[i]; i++) {
    const key = moneyCue.get(tokens[i].stem);
    if (key) found.push({ key, at: i });
  }
  // Quotes do not end the clause here: "تستثمر بموجبها «الشركة» 35 مليار دولار".
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - MONEY_WINDOW) && !stops[i]; i--) {
    const t = tokens[i];
    if (t.type === 'punct' && !/[«»"“”]/.test(t.raw)) break;
    const key = moneyCue.get(t.stem);
    if (key) found.push({ key, at: i });
  }
  // A sum with no word saying which sum (a price, a loan, a deal) is no clear topic: out of every card.
  if (found.length === 0) return null;
  found.sort((a, b) => MONEY_PRIORITY.indexOf(a.key) - MONEY_PRIORITY.indexOf(b.key));
  const best = found[0];
  if (best.key !== 'money:tranche') return best.key;
  const rank = tokens[best.at + 1]?.bare ?? '';
  if (/^(اولي|اول)$/.test(rank)) return 'money:tranche:1';
  if (/^(ثانيه|ثاني)$/.test(rank)) return 'money:tranche:2';
  return best.key;
}

/** ":at:11" where the sentence gives the figure at a time of day ("حتى الساعة 11"), an interim count. */
function partOfDay(tokens: Token[]): string {
  const i = tokens.findIndex((t) => /^(و|ب|ل|في)?(ال)?ساعه$/.test(t.norm) && tokens[tokens.indexOf(t) + 1]?.type === 'num');
  if (i >= 0) return `:at:${tokens[i + 1].norm.split(/[.:,]/)[0]}`;
  // "قبل ثلاث ساعات من غلق مراكز الاقتراع": an interim figure too.
  if (tokens.some((t, k) => /^(غلق|اغلاق|الغلق|الاغلاق)$/.test(t.norm) && tokens.slice(Math.max(0, k - 4), k).some((w) => /ساعات|ساعتين/.test(w.norm)))) return ':at:before-close';
  return tokens.some((t) => /^(منتصف|ظهرا|الظهر|صباحا)$/.test(t.norm)) ? ':at:day' : '';
}

/** What the figure counts, from its unit, the words after it, then the words before it. */
function conceptOf(tokens: Token[], loc: Located, clause: [number, number], stops: Uint8Array): string | null {
  const { q, qFrom, qTo, unitEnd } = loc;
  const afterEnd = Math.min(clause[1], unitEnd + CONCEPT_AFTER);
  const beforeStart = Math.max(clause[0], qFrom - CONCEPT_BEFORE);
  const after = (): Token[] => {
    const out: Token[] = [];
    for (let i = unitEnd; i < afterEnd && !stops[i]; i++) {
      // "8574 وإصابة 49,133": a noun after "و" belongs to the next figure.
      if (i > unitEnd && /^و/.test(tokens[i].norm) && tokens[i].bare !== tokens[i].norm && conceptOfWord(tokens[i])) break;
      if (i === unitEnd && /^و/.test(tokens[i].norm) && tokens[i].bare !== tokens[i].norm) break;
      out.push(tokens[i]);
    }
    return out;
  };
  const beforeNearest = (): Token[] => {
    const out: Token[] = [];
    for (let i = qFrom - 1; i >= beforeStart && !stops[i]; i--) out.push(tokens[i]);
    return out;
  };

  if (q.kind === 'percent') {
    if (beforeNearest().slice(0, 4).some(isCountedCue)) return 'percent:counted';
    if (after().some((t) => SHARE_WORDS.has(t.stem)) || beforeNearest().slice(0, 5).some((t) => SHARE_VERBS.test(t.norm))) return 'percent:share';
    const clauseTokens = tokens.slice(clause[0], clause[1]);
    // "34 بالمئة من الناخبين نساء": a share of one group, with no other outlet's total to meet.
    if (clauseTokens.some(isGroupShareCue)) return null;
    if (!tokens.some(isVoteCue) && !clauseTokens.some(isTurnoutCue) && !beforeNearest().some(isTurnoutCue)) return null;
    // A first-round result is another topic than the run-off's.
    const round1 = tokens.some((t, i) => /^(جول|دور)/.test(t.bare) && /^(ال)?(اولي|اول)$/.test(tokens[i + 1]?.norm ?? ''));
    // "نسبة المشاركة 11.3 بالمئة": turnout, another figure than a candidate's share.
    const turnout = beforeNearest().slice(0, 6).some(isTurnoutCue) || (clauseTokens.some(isTurnoutCue) && !clauseTokens.some((t) => /^(و|ب|ل)?(ال)?اصوات$/.test(t.norm)));
    const base = turnout ? 'percent:turnout' : 'percent:vote';
    return base + (round1 ? ':round1' : '') + partOfDay(tokens);
  }
  if (q.kind === 'money') return moneyConcept(tokens, qFrom, qTo, afterEnd, stops);
  const unitTokens = tokens.slice(qFrom, unitEnd);
  let concept = conceptOfUnit(q.unit) ?? unitTokens.map(conceptOfWord).find((c) => c !== null) ?? null;
  if (concept === 'magnitude') {
    return beforeNearest().some((t) => AFTERSHOCK.has(t.stem)) ? 'magnitude:aftershock' : 'magnitude';
  }
  // Who is counted ("25 عسكريا", "37 مدنيا", "6 آلاف كندي"): the event comes from the words around.
  const population = populationOfUnit(q.unit) ?? unitTokens.map((t) => populationOfUnit(t.raw)).find((p) => p !== null) ?? null;
  const nationality = !population && !concept && !!q.unit && findEntities(tokensOf(q.unit)).some((h) => entityType(h.key) === 'country');
  if (population) concept = null;
  const generic = !concept && (isGenericUnitText(q.unit) || unitTokens.some(isGenericUnit) || q.unit === null || !!population || nationality);
  if (!concept && generic) {
    // A word for people ("شخص") takes a concept that counts people, never "كيلومتر" nearby; a
    // named group ("عسكريا") only an event ("مقتل", "في حالة حرجة").
    const wanted = population || nationality ? EVENT_CONCEPTS : PEOPLE_CONCEPTS;
    const people = (t: Token) => {
      const c = conceptOfWord(t);
      return c && ((q.unit === null && !population && !nationality) || wanted.has(c)) ? c : null;
    };
    concept = after().map(people).find((c) => c !== null) ?? null;
    // "عدد القتلى في المدينة المنكوبة قد يزيد على 20 ألفا": the noun after عدد/حصيلة is what is
    // counted, whatever word stands nearer the figure.
    const near = beforeNearest();
    for (let i = 0; concept === null && i < near.length - 1; i++) if (HEAD_WORDS.test(near[i + 1].norm)) concept = people(near[i]);
    concept ??= near.map(people).find((c) => c !== null) ?? null;
    // "إن حصيلة ضحايا الهزة، …، وصلت إلى 2022 شخص": the noun may stand clauses earlier.
    if (!population && !nationality) for (let i = clause[0] - 1; concept === null && i >= Math.max(0, clause[0] - 25) && !stops[i]; i--) concept = people(tokens[i]);
  }
  if (isCombinedCasualties(tokens.slice(unitEnd, Math.min(clause[1], unitEnd + 6)))) concept = 'casualties';
  else if (concept === 'injured' && after().some(isTreated)) concept = 'injured:treated';
  else if ((concept === 'injured' || concept === null || population) && [...unitTokens, ...after()].some(isSevere)) concept = 'injured:severe';
  // Registered voters are the electorate, not those who voted.
  // ("354 ألف ناخب من المسجلين" are those who voted, a part of the registered.)
  const registered = tokens.slice(clause[0], clause[1]).findIndex((t) => /^(ال)?(مسجلين|مسجلون|مرسمين|المرسمين|مسجل)$/.test(t.norm));
  if (concept === 'voter' && registered >= 0 && tokens[clause[0] + registered - 1]?.norm !== 'من') return 'voter:registered';
  if (concept === 'voter') return concept + partOfDay(tokens);
  // "4 وفيات جديدة": the day's new cases, not the toll.
  if (concept && after().slice(0, 3).some((t) => /^(جديد|جديده|جدد|جديدين|اضافي|اضافيه|اضافيين|اضافيا)$/.test(t.norm))) concept += ':new';
  if (population) return concept ? `${concept}:${population}` : population;
  // A nationality with nothing said of them ("6 آلاف كندي") counts no clear thing: out of every card.
  if (nationality) return concept;
  // An unknown counted noun still groups with itself, unless it is a name ("كندا").
  if (!concept && q.unit && !generic && findEntities(tokensOf(q.unit)).length === 0) return 'unit:' + stem(q.unit);
  return concept;
}

/** Label from the claim's own words: the counted noun (or the word naming it nearby), whose, where. */
// Labels for figures whose counted noun is not a word next to them.
const FIXED_NOUNS: Record<string, string> = {
  'percent:counted': 'نسبة الفرز',
  'percent:vote': 'نسبة الأصوات',
  'percent:vote:round1': 'نسبة الأصوات في الجولة الأولى',
  'percent:share': 'الحصة',
  'money:deal': 'قيمة الصفقة',
  'money:tranche': 'الدفعة',
  'money:deposit': 'الوديعة',
  'money:rights': 'حقوق التطوير',
  'money:deal:part': 'المبلغ من الصفقة',
  'money:tranche:part': 'المبلغ من الدفعة',
  'money:deposit:part': 'المبلغ من الودائع',
  'money:rights:part': 'المبلغ من حقوق التطوير',
  money: 'المبلغ',
};

function labelOf(tokens: Token[], loc: Located, concept: string | null, ownerText: string | null, placeText: string | null): string | null {
  const fixed = concept ? FIXED_NOUNS[concept] : undefined;
  if (fixed) {
    const place = placeText ? (/^(في|ب)/.test(placeText) ? placeText : `في ${placeText}`) : null;
    return [fixed, ownerText, place].filter((p): p is string => !!p).join(' ');
  }
  let noun = tokens.slice(loc.qTo, loc.unitEnd).map((t) => t.raw).join(' ') || loc.q.unit || '';
  const unitIsName = /^[A-Z]{3}$/.test(noun);
  if (concept && (!noun || unitIsName || isGenericUnitText(noun) || conceptOfUnit(noun) !== concept.split(':')[0])) {
    // The word that gave the concept: nearest before the figure, else after it.
    const near = [...tokens.slice(0, loc.qFrom).reverse(), ...tokens.slice(loc.unitEnd)].find(
      (t) => conceptOfWord(t) === concept.split(':')[0] || (concept.startsWith('money') && /^(و|ب|ل)?(ال)?(صفقه|استثمار|استثمارات|دفعه|وديعه|ودايع)$/.test(t.norm)),
    );
    if (near) noun = near.norm.startsWith('و') && !near.bare.startsWith('و') ? near.raw.slice(1) : near.raw;
  }
  if (unitIsName && noun === loc.q.unit) noun = '';
  const place = placeText ? (/^(في|ب)/.test(placeText) ? placeText : `في ${placeText}`) : null;
  const label = [noun, ownerText, place].filter((p): p is string => !!p && p.trim().length > 0).join(' ').trim();
  return label || null;
}

/**
 * A sentence giving one concept for several places ("394 وفاة بإقليم أونتاريو، و271 … كيبيك")
 * is a breakdown: its places are administrative parts, never the whole.
 */
function markBreakdowns(sentenceClaims: Claim[]): void {
  // Countries named one by one ("2921 in one country … 1444 in another") are national figures, and a
  // total stays a total: only provinces, cities and zones make a breakdown.
  const local = (c: Claim) => {
    const p = c.places ?? [];
    return p.length === 1 && p[0] !== TOTAL && entityType(p[0]) !== 'country';
  };
  const inSentence = sentenceClaims.filter((c) => c.concept && local(c));
  const byConcept = new Map<string, Set<string>>();
  for (const c of inSentence) {
    const set = byConcept.get(c.concept as string) ?? new Set<string>();
    (c.places ?? []).forEach((p) => set.add(p));
    byConcept.set(c.concept as string, set);
  }
  for (const c of inSentence) if ((byConcept.get(c.concept as string)?.size ?? 0) >= 2) c.adminPlace = true;
}

/** Figures of a sentence that names a control zone ("في مناطق سيطرة الحكومة") are that zone's. */
function markZones(sentenceClaims: Claim[], tokens: Token[]): void {
  const inSentence = sentenceClaims.filter((c) => c.comparable && c.concept);
  if (inSentence.length === 0) return;
  const zone = zoneOf(tokens);
  if (!zone) return;
  for (const c of inSentence) {
    if ((c.places ?? []).some((p) => entityType(p) !== 'country')) continue;
    c.places = [zone];
    c.adminPlace = true;
    c.entities = [...new Set([...(c.owners ?? []), zone])];
  }
}

/**
 * "35418 قتيلاً و105505 مصابين في كندا": the next item of a list ("و" right before the figure,
 * no comma between) shares the previous item's owners and places when it names none itself.
 */
function inheritsScope(tokens: Token[], prev: Located | null, loc: Located): boolean {
  if (!prev || prev.qTo > loc.qFrom) return false;
  const between = tokens.slice(prev.unitEnd, loc.qFrom);
  if (between.length === 0 || between.length > 3 || between.some((t) => t.type !== 'word')) return false;
  return /^و/.test(between[0].norm);
}

/** "بارتفاع العدد إلى 10 آلاف": a bare "العدد"/"الرقم"/"الحصيلة" a few words before the figure. */
function refersBack(tokens: Token[], loc: Located): boolean {
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - 3); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    if (/^(و|ب|ل)?ال(عدد|رقم|حصيله)$/.test(t.norm)) return !conceptOfWord(tokens[i + 1]);
  }
  return false;
}

const PAST_EVENT = /(العام الماضي|السنه الماضيه|العام السابق|مماثل|مماثله|مشابه|مشابهه)/;
const BASELINE_BEFORE = /^(بزياده|زياده|مقارنه|بالمقارنه|مقابل|بدلا|عوضا|بعدما|كان|كانت)$/;

/** The figure a change starts from: "من 30 إلى 50", "بزيادة عن 3 مليارات", "بدلا من 7 آلاف". */
function isBaseline(tokens: Token[], loc: Located): boolean {
  const prev = tokens[loc.qFrom - 1];
  const prev2 = tokens[loc.qFrom - 2];
  if (prev && /^(عن|من|ب|مع)$/.test(prev.norm) && prev2 && BASELINE_BEFORE.test(prev2.norm)) return true;
  // "من 30 قتيلا إلى 50": the first figure of a from-to pair.
  if (prev?.norm === 'من') {
    for (let i = loc.unitEnd; i < Math.min(tokens.length, loc.unitEnd + 3); i++) {
      if (/^(الى|الي|حتى)$/.test(tokens[i].norm)) return tokens[i + 1]?.type === 'num' || /^(ال)?[0-9]/.test(tokens[i + 1]?.norm ?? '');
      if (tokens[i].type === 'punct') break;
    }
  }
  return /^(سابقا|السابق)$/.test(tokens[loc.unitEnd]?.norm ?? '') || tokens.slice(loc.unitEnd, loc.unitEnd + 8).some((t, k, a) => t.norm === 'في' && a[k + 1]?.norm === 'السابق');
}

/** Claims of an article text, in reading order. */
export function extractClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  const quantities = extractQuantities(text);
  if (quantities.length === 0) return claims;
  let qi = 0;
  // People named with a title or a reporting verb anywhere in the article, then by surname.
  const people = learnPeople(tokensOf(text));
  let previousSpeaker: string | null = null;
  for (const s of splitSentences(text)) {
    const inSentence: Quantity[] = [];
    // This sentence's claims start here: later passes look at them only (linear in the text).
    const firstClaim = claims.length;
    while (qi < quantities.length && quantities[qi].start < s.end) {
      if (quantities[qi].start >= s.start) inSentence.push(quantities[qi]);
      qi++;
    }
    const tokens = tokensOf(s.text, s.start);
    const hits: EntityHit[] = findEntities(tokens, people);
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
        // "و201 بإقليم كيبيك" continues a list whose first item named the noun.
        if (comparable && concept === null && q.kind === 'count' && q.unit === null) concept = previousConcept;
        // "ارتفاع الحصيلة إلى 3 آلاف شخص، وسط توقعات بارتفاع العدد إلى 10 آلاف شخص": "العدد" is the
        // number just given, so the figure counts the same thing.
        if (comparable && concept === null && q.kind === 'count' && refersBack(tokens, loc)) concept = previousConcept;
        // "وفي العام الماضي، لقي 90 شخصا حتفهم", "بحريق مماثل": another event's figure; "بزيادة
        // عن 3 مليارات", "من 30 إلى 50": the earlier value a change is measured from.
        if (concept && (PAST_EVENT.test(normalizeArabic(s.text.slice(0, q.start - s.start))) || isBaseline(tokens, loc))) concept = null;
        if (comparable && concept) previousConcept = concept;
        const scope = scopeOf(tokens, hits, loc.qFrom, loc.unitEnd, own, s.text, s.start, /^(votes|percent:vote)/.test(concept ?? ''));
        // "بتكلفة إجمالية", "الصفقة الإجمالية": a total sum of money, not a sum over places.
        if (q.kind !== 'count' && scope.places.includes(TOTAL)) scope.places = scope.places.filter((p) => p !== TOTAL);
        const prevClaim = claims[claims.length - 1];
        if (
          scope.owners.length === 0 &&
          scope.places.length === 0 &&
          comparable &&
          k > 0 &&
          prevClaim?.sentenceStart === s.start &&
          prevClaim.comparable &&
          inheritsScope(tokens, located[k - 1], loc)
        ) {
          scope.owners.push(...(prevClaim.owners ?? []));
          scope.places.push(...(prevClaim.places ?? []));
          scope.admin = !!prevClaim.adminPlace;
        }
        const attribution = attributionOf(ctx, loc.qFrom, previousSpeaker);
        // A source named by nationality gives its own country's figure ("وزارة الصحة الكندية").
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
          adminPlace: scope.admin || undefined,
          label: labelOf(tokens, loc, concept, scope.ownerText, scope.placeText),
        });
      });
    }
    const sentenceClaims = claims.slice(firstClaim);
    markZones(sentenceClaims, tokens);
    markBreakdowns(sentenceClaims);
    previousSpeaker = speakerOfSentence(ctx) ?? previousSpeaker;
  }
  return claims;
}
