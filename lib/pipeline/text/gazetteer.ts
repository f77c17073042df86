// The gazetteer: places, countries, nationalities and organisations from a public data file
// (data/gazetteer.json, built by scripts/build-gazetteer.ts from CLDR and i18n-iso-countries; see
// data/PROVENANCE.md), with what each key is, its parent and its display name. Names found by
// pattern (people.ts, entities.ts) are remembered here for display.

import gazetteer from './data/gazetteer.json';
import townData from './data/towns.json';
import { keywordStem, normalizeArabic, stem } from './normalize';
import { lazy, lazySet } from '../../lazy';

export type EntityType = 'country' | 'region' | 'city' | 'person' | 'org';

interface Entry {
  key: string;
  type: EntityType;
  /** Display name as written in the data. */
  name: string;
  /** Folded forms without article/clitics; multi-word forms separated by spaces. */
  forms: string[];
  /** Broader entity the key belongs to (a city's country, one of two countries sharing a name). */
  parent?: string;
  /** A city spelled as another country is (a Levantine capital and a sultanate share one spelling): the folded form they share. */
  homonym?: string;
}

const ENTRIES = gazetteer.entries as Entry[];

// Administrative units followed by a name: the name is a place even if the data lacks it.
// («أبرشية», a parish: the unit of several island states.)
export const UNIT_WORDS = new Set(['اقليم', 'عماله', 'محافظه', 'مقاطعه', 'جماعه', 'بلديه', 'ريف', 'ابرشيه']);
// Division words that are common nouns outside a place phrase ("من جهة أخرى", "من ناحية",
// "قضاء العطلة", "منطقة عازلة", "حي" alive): a unit only after في or a glued ب ("في جهة X",
// "بقضاء X", "بمنطقة X", "في حي X").
export const PHRASE_UNIT_WORDS = new Set(['منطقه', 'جهه', 'ناحيه', 'قضاء', 'حي']);
// Settlements followed by a name: a town the figure is about, not a unit of a breakdown.
export const TOWN_WORDS = new Set(['مدينه', 'بلده', 'قريه', 'مخيم', 'بلدات', 'قري', 'جزيره']);
/** A settlement or division word (folded, no clitics): a place's name follows it. */
export const isPlaceWord = (bare: string): boolean => TOWN_WORDS.has(bare) || UNIT_WORDS.has(bare) || PHRASE_UNIT_WORDS.has(bare);

interface FormIndex {
  byForm: Map<string, Entry>;
  /** First words of every form, with the most words a form starting with it has: most words
   * start no name, and are ruled out with one lookup; the others are tried no longer than that. */
  firstWords: Map<string, number>;
  maxWords: number;
}

// Built on the first look-up, not at import (lib/lazy.ts): the background worker wakes often
// for messages that never name a place. Finding names needs every form folded; keys' types,
// parents and names (all a stored report needs) come without that.
export const formIndex = lazy((): FormIndex => {
  const byForm = new Map<string, Entry>();
  const firstWords = new Map<string, number>();
  let maxWords = 1;
  for (const e of ENTRIES) {
    for (const f of e.forms) {
      const key = normalizeArabic(f);
      if (!byForm.has(key)) byForm.set(key, e);
      const words = key.split(' ');
      firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { byForm, firstWords, maxWords };
});
const keyIndex = lazy(() => ({
  parents: new Map(ENTRIES.filter((e) => e.parent).map((e) => [e.key, e.parent as string])),
  types: new Map(ENTRIES.map((e) => [e.key, e.type])),
  names: new Map(ENTRIES.map((e) => [e.key, e.name])),
}));
/** Cities named like another country, by the folded form they share with it (entities.ts picks one by context). */
export const homonymCities = lazy((): ReadonlyMap<string, { key: string; parent: string }> => new Map(ENTRIES.filter((e) => e.homonym && e.parent).map((e) => [e.homonym as string, { key: e.key, parent: e.parent as string }])));

/** True where a folded form (one or more words) names a known place. */
export const isKnownForm = (form: string): boolean => formIndex().byForm.has(form);

/** Stems of one-word entity names (stem(), lightStems): words of a sentence leave them to its entities. */
export const ENTITY_STEMS = lazySet(() => ENTRIES.flatMap((e) => e.forms.filter((f) => !f.includes(' ')).map((f) => stem(f))));

/** The same as story keywords stem them (keywordStem): story keywords leave them to the entity list. */
export const ENTITY_KEYWORD_STEMS = lazySet(() => ENTRIES.flatMap((e) => e.forms.filter((f) => !f.includes(' ')).map((f) => keywordStem(f))));

/** Folded one-word forms of the data's names, for tokenizers that must not cut their first letter. */
export const NAME_FORMS = lazySet(() => ENTRIES.flatMap((e) => e.forms.filter((f) => !f.includes(' '))));

// Countries where Arabic is spoken (the Arab League's members), whose towns' names are Arabic words of the text.
const ARABIC_SPEAKING = new Set(['sa', 'ae', 'kw', 'qa', 'bh', 'om', 'ye', 'iq', 'sy', 'lb', 'jo', 'ps', 'eg', 'ly', 'tn', 'dz', 'ma', 'sd', 'mr', 'so', 'dj', 'km']);

/** Folded names of the towns of towns.json (as the data writes them, article or not): the town's country key, and whether Arabic is spoken there. */
export const townCountries = lazy(
  (): ReadonlyMap<string, { country: string; arab: boolean }> =>
    new Map(Object.entries((townData as { towns: Record<string, string> }).towns).map(([name, country]) => [name, { country, arab: ARABIC_SPEAKING.has(country) }])),
);

/** Broader entity of a key (a city's country, one of two countries sharing a name), or null. */
export function parentOf(key: string): string | null {
  const known = keyIndex().parents.get(key);
  if (known || !key.startsWith('town:')) return known ?? null;
  // A town named by pattern or from towns.json is in its country where the data knows it.
  const name = key.slice('town:'.length);
  return (townCountries().get(name) ?? townCountries().get('ال' + name))?.country ?? null;
}

/** Entity type of a key; generic places found by pattern are regions, towns cities. */
export function entityType(key: string): EntityType {
  // A referendum's option ("option:yes") owns its votes as a candidate does.
  if (key.startsWith('person:') || key.startsWith('option:')) return 'person';
  if (key.startsWith('town:')) return 'city';
  return keyIndex().types.get(key) ?? 'region';
}

// A referendum's options (lib/pipeline/claims/options.ts) as a reader names them.
const OPTION_NAMES: Record<string, string> = { 'option:yes': '«نعم»', 'option:no': '«لا»' };
// (An option on one question of several, «option:yes:3»: «نعم» على السؤال 3.)
const optionName = (key: string): string | undefined => {
  const m = /^(option:(?:yes|no)):(\d+)$/.exec(key);
  return m ? `${OPTION_NAMES[m[1]]} على السؤال ${m[2]}` : undefined;
};

/** Names of places and people found by pattern, as first written, for labels (keys are folded). */
const patternNames = new Map<string, string>();

/** Keeps how a name found by pattern was first written (its key is folded). */
export function rememberName(key: string, written: string): void {
  if (!patternNames.has(key)) patternNames.set(key, written);
}

// Control zones (lib/pipeline/claims/zone.ts) as a reader names them.
const ZONE_NAMES: Record<string, string> = {
  'zone:government': 'مناطق سيطرة الحكومة',
  'zone:opposition': 'مناطق سيطرة المعارضة',
  'zone:other': 'منطقة محددة',
};

/** Name of an entity key for display, or null if unknown. */
export function displayName(key: string): string | null {
  const known = keyIndex().names.get(key) ?? patternNames.get(key) ?? ZONE_NAMES[key] ?? OPTION_NAMES[key] ?? optionName(key);
  if (known) return known;
  // Found by pattern but never seen in this session: their folded words ("place:ايغيل").
  const m = /^(place|town|person):(.*)$/.exec(key);
  if (m) return m[2];
  return null;
}
/** True for entities that are places (countries, regions, cities, control zones), not people or groups. */
export function isGeographic(key: string): boolean {
  if (key.startsWith('zone:')) return true;
  const t = entityType(key);
  return t === 'country' || t === 'region' || t === 'city';
}
