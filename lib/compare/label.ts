// Topic labels a reader understands at a glance: the concept's noun in the plural or definite
// form ("قتلى", "المفقودون", "قوة الزلزال"), with whose and where from the claims' scope
// ("قتلى الزلزال في كندا", "جنود كندا في البرازيل", "نسبة أصوات سميث").
// Only concepts without an entry (an unknown counted noun) fall back to the claim's own words.

import type { Claim } from '../types';
import { displayName, entityType, isGeographic } from '../text/entities';
import { normalizeArabic } from '../text/normalize';
import { combinedPlaces } from './align';

interface Noun {
  /** Head of a construct phrase ("قتلى" + "كندا"), or absent where Arabic would not build one. */
  construct?: string;
  /** Standing alone or before "في …" ("القتلى"). */
  definite: string;
  /** Takes the event noun ("قتلى الزلزال"). */
  event?: boolean;
  /** What is measured is the event itself: no owner or place. */
  scopeless?: boolean;
  /** Words that close the label ("في الجولة الأولى"). */
  suffix?: string;
}

const NOUNS: Record<string, Noun> = {
  death: { construct: 'قتلى', definite: 'القتلى', event: true },
  injured: { construct: 'جرحى', definite: 'الجرحى', event: true },
  'injured:severe': { definite: 'الإصابات الخطيرة' },
  'injured:treated': { definite: 'الجرحى في المستشفيات' },
  missing: { definite: 'المفقودون' },
  displaced: { definite: 'النازحون' },
  buried: { definite: 'المدفونون' },
  bodies: { construct: 'جثث', definite: 'الجثث' },
  rescued: { definite: 'الناجون' },
  affected: { definite: 'المتضررون' },
  building: { construct: 'مباني', definite: 'المباني' },
  magnitude: { definite: 'قوة الزلزال', scopeless: true },
  'magnitude:aftershock': { definite: 'قوة الزلزال الثاني', scopeless: true },
  soldier: { construct: 'جنود', definite: 'الجنود' },
  votes: { construct: 'أصوات', definite: 'الأصوات' },
  voter: { definite: 'الناخبون' },
  missile: { construct: 'صواريخ', definite: 'الصواريخ' },
  drone: { construct: 'مسيّرات', definite: 'المسيّرات' },
  vehicle: { construct: 'آليات', definite: 'الآليات' },
  area: { construct: 'مساحة', definite: 'المساحة' },
  jobs: { definite: 'فرص العمل' },
  tourist: { definite: 'السياح' },
  distance: { definite: 'المسافة' },
  population: { construct: 'سكان', definite: 'السكان' },
  'percent:counted': { definite: 'نسبة الأصوات المفروزة', scopeless: true },
  'percent:vote': { construct: 'نسبة أصوات', definite: 'نسبة الأصوات' },
  'percent:vote:round1': { construct: 'نسبة أصوات', definite: 'نسبة الأصوات', suffix: 'في الجولة الأولى' },
  'percent:share': { construct: 'حصة', definite: 'الحصة' },
  'money:deal': { construct: 'قيمة صفقة', definite: 'قيمة الصفقة' },
  'money:tranche': { construct: 'دفعة', definite: 'الدفعة' },
  'money:tranche:1': { definite: 'الدفعة الأولى' },
  'money:tranche:2': { definite: 'الدفعة الثانية' },
  'money:deposit': { construct: 'ودائع', definite: 'الودائع' },
  'money:rights': { definite: 'قيمة حقوق التطوير' },
  'money:deal:part': { definite: 'المبلغ من الصفقة' },
  'money:tranche:part': { definite: 'المبلغ من الدفعة' },
  'money:deposit:part': { definite: 'المبلغ من الودائع' },
  'money:rights:part': { definite: 'المبلغ من حقوق التطوير' },
  money: { definite: 'المبلغ' },
  'money:loan': { construct: 'قيمة قرض', definite: 'قيمة القرض' },
  'percent:turnout': { definite: 'نسبة المشاركة' },
  'percent:turnout:round1': { definite: 'نسبة المشاركة', suffix: 'في الجولة الأولى' },
  'voter:registered': { definite: 'الناخبون المسجلون' },
  casualties: { definite: 'القتلى والجرحى معا', event: false },
  arrested: { definite: 'المعتقلون' },
  people: { definite: 'الأشخاص' },
  civilian: { definite: 'المدنيون' },
  migrant: { definite: 'المهاجرون' },
  child: { definite: 'الأطفال' },
  woman: { definite: 'النساء' },
  patient: { definite: 'المرضى' },
  passenger: { definite: 'الركاب' },
  worker: { definite: 'العمال' },
  hostage: { definite: 'المحتجزون' },
  prisoner: { definite: 'الأسرى' },
};

// Who an event is counted among ("death:soldier" → "القتلى من العسكريين").
const AMONG: Record<string, string> = {
  soldier: 'العسكريين',
  civilian: 'المدنيين',
  migrant: 'المهاجرين',
  child: 'الأطفال',
  woman: 'النساء',
  patient: 'المرضى',
  passenger: 'الركاب',
  worker: 'العمال',
  hostage: 'المحتجزين',
  prisoner: 'الأسرى',
};

/**
 * The noun of a concept key: as listed, or built from its parts — an event among a group
 * ("death:soldier"), a figure at a time of day ("percent:vote:at:11" → "… حتى الساعة 11").
 */
function nounOf(concept: string): Noun | undefined {
  if (NOUNS[concept]) return NOUNS[concept];
  const added = /^(.*):new$/.exec(concept);
  if (added) {
    const base = nounOf(added[1]);
    return base && { definite: `${base.definite} الجدد` };
  }
  const at = /^(.*):at:(.+)$/.exec(concept);
  if (at) {
    const base = nounOf(at[1]);
    const when = at[2] === 'day' ? 'خلال النهار' : at[2] === 'before-close' ? 'قبل إغلاق مراكز الاقتراع' : `حتى الساعة ${at[2]}`;
    return base && { ...base, construct: undefined, suffix: [base.suffix, when].filter(Boolean).join(' ') };
  }
  const parts = concept.split(':');
  const group = AMONG[parts[parts.length - 1]];
  const base = NOUNS[parts.slice(0, -1).join(':')];
  if (group && base) return { definite: `${base.definite} من ${group}` };
  return undefined;
}

// The event a toll is of, from the words of the topic's sentences.
const EVENTS: [RegExp, string][] = [
  [/زلزال|الزلزال|هزه ارضيه|الهزه الارضيه/, 'الزلزال'],
  [/فيضان|فيضانات|السيول|العاصفه/, 'الفيضانات'],
  [/اعصار/, 'الإعصار'],
];

function eventOf(claims: Claim[]): string | null {
  for (const c of claims) {
    const s = normalizeArabic(c.sentence);
    for (const [re, word] of EVENTS) if (re.test(s)) return word;
  }
  return null;
}

const names = (keys: string[]): string[] => keys.map(displayName).filter((n): n is string => !!n);
const joined = (parts: string[]): string => parts.reduce((acc, p, i) => (i === 0 ? p : `${acc} و${p}`), '');

const specificity = (c: Claim) => (c.owners?.length ?? 0) + (c.places?.length ?? 0);

/** The claim whose scope names the most, the current article's claims first. */
function mostSpecific(current: Claim[], others: Claim[]): Claim {
  const all = [...current, ...others];
  return all.reduce((best, c) => (specificity(c) > specificity(best) ? c : best), all[0]);
}

/** Where the topic's figures are: the places, or the countries they add up. */
function whereOf(all: Claim[], best: Claim): { where: string | null; owner: string | null } {
  // A combined toll names every place it adds up, whichever claim spells them out.
  const combined = combinedPlaces(best);
  if (combined) {
    const spelled = all.map(combinedPlaces).find((p) => p && p[0] !== 'total');
    const list = spelled ?? combined;
    return { where: list[0] === 'total' ? 'البلدين' : joined(names(list)), owner: null };
  }
  const places = (best.places ?? []).filter((p) => p !== 'total');
  const geoOwners = (best.owners ?? []).filter(isGeographic);
  // A person owns votes ("نسبة أصوات سميث"); for anything else a person is who spoke.
  const votes = /^(votes|voter|percent:vote)/.test(best.concept ?? '');
  const people = votes ? (best.owners ?? []).filter((o) => !isGeographic(o) && entityType(o) === 'person') : [];
  let where = places.length > 0 ? joined(names(places)) : null;
  // "مناطق سيطرة الحكومة" says whose zone; the country follows ("… في كندا").
  if (where && places.some((p) => p.startsWith('zone:')) && geoOwners.length > 0) where = `${where} في ${joined(names(geoOwners))}`;
  else if (!where && geoOwners.length > 0) return { where: null, owner: joined(names(geoOwners)) || null };
  const owner = people.length > 0 ? joined(names(people)) : geoOwners.length > 0 && !places.some((p) => p.startsWith('zone:')) ? joined(names(geoOwners)) : null;
  return { where: where || null, owner: owner || null };
}

/**
 * Label of a topic from its claims (the current article's first): "قتلى الزلزال في كندا",
 * "قتلى كندا والبرازيل", "جنود كندا في البرازيل", "نسبة أصوات سميث", "قوة الزلزال".
 */
export function topicLabel(current: Claim[], others: Claim[]): string {
  const all = [...current, ...others];
  const first = all[0];
  const noun = first.concept ? nounOf(first.concept) : undefined;
  if (!noun) return (mostSpecific(current, others).label ?? first.unit ?? first.text).trim();
  if (noun.scopeless) return [noun.definite, noun.suffix].filter(Boolean).join(' ');
  const best = mostSpecific(current, others);
  const { where, owner } = whereOf(all, best);
  const event = noun.event ? eventOf(all) : null;
  const parts: string[] = [];
  if (event && noun.construct) {
    // "قتلى الزلزال في كندا": the event names whose dead; the country becomes the place.
    parts.push(noun.construct, event);
    const place = [where, owner].filter((p): p is string => !!p);
    if (place.length > 0) parts.push('في', place.join(' في '));
  } else if (owner && noun.construct) {
    parts.push(noun.construct, owner);
    if (where) parts.push('في', where);
  } else if (!owner && where && noun.construct && namedSite(best)) {
    // "قيمة صفقة المشروع": a project site or city names the thing itself.
    parts.push(noun.construct, where);
  } else {
    parts.push(noun.definite);
    if (owner) parts.push(isGeographicName(best) ? 'في' : 'لـ', owner);
    if (where) parts.push('في', where);
  }
  if (noun.suffix) parts.push(noun.suffix);
  return parts.join(' ').replace('لـ ', 'لـ');
}

const isGeographicName = (c: Claim): boolean => (c.owners ?? []).some(isGeographic);
const namedSite = (c: Claim): boolean =>
  /^money/.test(c.concept ?? '') && (c.places ?? []).length === 1 && ['region', 'city'].includes(entityType(c.places?.[0] ?? ''));
