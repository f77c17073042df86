// Builds lib/pipeline/text/data/gazetteer.json (and lib/pipeline/text/data/currencies.json, the Arabic adjectives
// of currency names from cldr-numbers-full: "دولار أمريكي" → USD): countries, their nationality adjectives and cities, with
// Arabic names, from public data packages (devDependencies, never shipped as code):
//   - cldr-localenames-full: territory names in every Arabic locale (ar, ar-EG, ar-MA …);
//   - i18n-iso-countries: a second set of Arabic country names;
//   - cldr-dates-full: Arabic exemplar city names of the time zones;
//   - cldr-bcp47: which country each time zone is in;
//   - cldr-numbers-full and cldr-core: Arabic currency names, and which currencies are in use.
// Nationality adjectives (سوري، سورية، السوريون …) are derived by the Arabic nisba pattern from
// the country names. Run: npx tsx scripts/build-gazetteer.ts
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { normalizeArabic } from '../lib/pipeline/text/normalize';

const require = createRequire(import.meta.url);
const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../lib/pipeline/text/data/gazetteer.json');

interface Entry {
  key: string;
  type: 'country' | 'city' | 'org';
  /** Display name (CLDR's Arabic name, as written). */
  name: string;
  /** Folded forms, multi-word forms separated by spaces. */
  forms: string[];
  parent?: string;
  /** A city named like another country («عمان»: Oman, and Amman in Jordan): the shared folded form. */
  homonym?: string;
}

const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;
const licence = (pkg: string): string => (require(`${pkg}/package.json`) as { license: string }).license;

// Exonyms that Arabic news uses for a country but neither data set holds as its name: the
// everyday short name of a country whose official name is a phrase. General Arabic usage.
const EVERYDAY_NAMES: Record<string, string[]> = {
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  GB: ['بريطانيا'],
  AE: ['الإمارات'],
  SA: ['السعودية'],
  PS: ['فلسطين'],
  CZ: ['التشيك'],
  CD: ['الكونغو الديمقراطية'],
  MM: ['ميانمار'],
};
// Nationality stems the nisba rule cannot derive from the name (المملكة المتحدة → بريطاني).
const IRREGULAR_NISBA: Record<string, string[]> = {
  US: ['امريك', 'اميرك'],
  GB: ['بريطان'],
  AE: ['امارات'],
  AF: ['افغان'],
  PS: ['فلسطين'],
};
// Forms that are also everyday Arabic words: «مالي» is "financial", «العيون» "the eyes",
// «بنين» "boys", «عمان» both Oman and Amman; a figure's scope must not be guessed from them.
const AMBIGUOUS = new Set(['مالي', 'ماليه', 'ماليون', 'ماليين', 'ماليان', 'ماليتين', 'ماليات', 'عيون', 'العيون', 'بنين', 'ديلي', 'عدن', 'جبل طارق', 'بالاو', 'تشاد']);
// Direction adjectives that split one name into two countries ("كوريا الشمالية").
const DIRECTIONS = /^(شماليه|جنوبيه|شرقيه|غربيه|وسطي)$/;
// Territory codes that are not places of their own (groupings, test locales, unknown).
const NOT_PLACES = /^(EU|EZ|UN|QO|XA|XB|ZZ|[0-9]{3})$/;
const ORG_CODES: Record<string, string> = { EU: 'eu', UN: 'un' };

const fold = (s: string): string => normalizeArabic(s.replace(/\(.*?\)/g, '').replace(/\s+-\s+.*$/, '')).replace(/[^\u0621-\u064a ]/g, '').trim();
const withoutArticle = (s: string): string => s.split(' ').map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w)).join(' ');

/** Nisba adjective forms of a stem: كوري كورية كوريون كوريين كوريان كوريتين كوريات. */
const nisba = (s: string): string[] => [s + 'ي', s + 'يه', s + 'يون', s + 'يين', s + 'يان', s + 'يتين', s + 'يات'];

/** Stems of the nationality adjective of a one-word name: سوريا → سور, لبنان → لبنان, تركيا → ترك. */
function nisbaStems(name: string): string[] {
  const w = withoutArticle(name);
  if (w.includes(' ')) return [];
  const out = new Set<string>();
  if (/(يا|يه)$/.test(w) && w.length > 4) out.add(w.slice(0, -2));
  else if (/(ا|ه|ي)$/.test(w) && w.length > 3) out.add(w.slice(0, -1));
  else out.add(w);
  if (/ستان$/.test(w) && w.length > 6) out.add(w.slice(0, -4));
  return [...out].filter((s) => s.length >= 3);
}

function territoryNames(): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const add = (code: string, name: string) => {
    const c = code.replace(/-alt-.*$/, '');
    if (!/^[A-Z]{2}$/.test(c)) return;
    if (!names.has(c)) names.set(c, new Set());
    names.get(c)!.add(name);
  };
  const dir = path.dirname(require.resolve('cldr-localenames-full/package.json'));
  for (const locale of fs.readdirSync(path.join(dir, 'main')).filter((l) => l === 'ar' || l.startsWith('ar-'))) {
    const file = path.join(dir, 'main', locale, 'territories.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }> };
    for (const [code, name] of Object.entries(data.main[locale].localeDisplayNames.territories)) add(code, name);
  }
  const iso = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
  for (const [code, name] of Object.entries(iso.countries)) for (const n of [name].flat()) add(code, n);
  for (const [code, list] of Object.entries(EVERYDAY_NAMES)) for (const n of list) add(code, n);
  return names;
}

function build(): { entries: Entry[] } {
  const entries: Entry[] = [];
  const taken = new Set<string>();
  const arTerritories = (require('cldr-localenames-full/main/ar/territories.json') as { main: { ar: { localeDisplayNames: { territories: Record<string, string> } } } }).main.ar.localeDisplayNames.territories;
  const names = territoryNames();
  const firstWords = new Map<string, string[]>();

  for (const [code, list] of [...names.entries()].sort()) {
    if (ORG_CODES[code]) {
      entries.push({ key: ORG_CODES[code], type: 'org', name: arTerritories[code], forms: [...new Set([...list].map(fold).map(withoutArticle))] });
      continue;
    }
    if (NOT_PLACES.test(code)) continue;
    const forms = new Set<string>();
    for (const n of list) {
      const f = fold(n);
      if (!f) continue;
      forms.add(withoutArticle(f).split(' ')[0] === withoutArticle(f) ? withoutArticle(f) : f);
      forms.add(withoutArticle(f));
      for (const s of nisbaStems(f)) nisba(s).forEach((x) => forms.add(x));
      // "كوريا الشمالية" → "كوري شمالي", "كوريون شماليون": two-word adjectives.
      const parts = withoutArticle(f).split(' ');
      if (parts.length === 2 && DIRECTIONS.test(parts[1])) {
        const a = nisbaStems(parts[0])[0];
        const b = parts[1].slice(0, -2);
        if (a) nisba(a).forEach((x, i) => forms.add(`${x} ${nisba(b)[i]}`));
        (firstWords.get(parts[0]) ?? firstWords.set(parts[0], []).get(parts[0])!).push(code);
      }
    }
    for (const s of IRREGULAR_NISBA[code] ?? []) nisba(s).forEach((x) => forms.add(x));
    const kept = [...forms].filter((f) => f.length >= 3 && !AMBIGUOUS.has(f) && !taken.has(f));
    // A city never takes a country's name, with or without the article ("الجزائر").
    kept.forEach((f) => {
      taken.add(f);
      taken.add('ال' + f);
    });
    entries.push({ key: code.toLowerCase(), type: 'country', name: EVERYDAY_NAMES[code]?.[0] ?? arTerritories[code] ?? [...list][0], forms: kept });
  }

  // Countries that share a first word ("كوريا الشمالية", "كوريا الجنوبية"): the bare word and
  // its adjective ("جندي كوري") name either, a broader entity both belong to.
  for (const [word, codes] of firstWords) {
    if (codes.length < 2 || taken.has(word)) continue;
    const key = 'group:' + codes.map((c) => c.toLowerCase()).sort().join('-');
    const forms = [word, ...nisbaStems(word).flatMap(nisba)].filter((f) => !taken.has(f) && !AMBIGUOUS.has(f));
    forms.forEach((f) => taken.add(f));
    entries.push({ key, type: 'country', name: word, forms });
    for (const e of entries) if (codes.map((c) => c.toLowerCase()).includes(e.key)) e.parent = key;
  }

  // Cities: the Arabic exemplar city of each time zone, in the zone's country.
  const zones = (require('cldr-dates-full/main/ar/timeZoneNames.json') as { main: { ar: { dates: { timeZoneNames: { zone: Record<string, unknown> } } } } }).main.ar.dates.timeZoneNames.zone;
  const cityOf = new Map<string, string>();
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object' && 'exemplarCity' in v) cityOf.set(prefix + k, (v as { exemplarCity: string }).exemplarCity);
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}/`);
    }
  };
  walk(zones, '');
  const tz = (require('cldr-bcp47/bcp47/timezone.json') as { keyword: { u: { tz: Record<string, { _alias?: string }> } } }).keyword.u.tz;
  const countryKeys = new Set(entries.filter((e) => e.type === 'country').map((e) => e.key));
  // The zone's description names its country in English ("Cairo, Egypt").
  const enTerritories = (require('cldr-localenames-full/main/en/territories.json') as { main: { en: { localeDisplayNames: { territories: Record<string, string> } } } }).main.en.localeDisplayNames.territories;
  const codeOfEnglish = new Map(Object.entries(enTerritories).map(([code, n]) => [n, code.replace(/-alt-.*$/, '').toLowerCase()]));
  for (const [id, info] of Object.entries(tz as Record<string, { _alias?: string; _description?: string }>).sort()) {
    const alias = info._alias?.split(' ') ?? [];
    const zone = alias.find((a) => cityOf.has(a));
    const countryName = info._description?.split(', ').slice(1).pop();
    if (!zone || !countryName) continue;
    const country = codeOfEnglish.get(countryName) ?? '';
    if (!countryKeys.has(country)) continue;
    const written = cityOf.get(zone)!;
    // "هيبرون (مدينة الخليل)": the name in brackets is the Arabic one.
    const inBrackets = /\((?:مدينة\s+)?([^)]+)\)/.exec(written)?.[1];
    const forms = [...new Set([written, inBrackets].filter((x): x is string => !!x).map(fold).flatMap((f) => [f, withoutArticle(f)]))].filter(
      (f) => f.length >= 3 && !AMBIGUOUS.has(f) && !taken.has(f),
    );
    if (forms.length === 0) {
      // A capital named like another country keeps no form of its own: entities.ts picks it by context.
      const name = withoutArticle(fold(inBrackets ?? written));
      const other = entries.find((e) => e.type === 'country' && e.key !== country && e.forms.includes(name));
      if (other) entries.push({ key: `city:${id}`, type: 'city', name: inBrackets ?? written, forms: [], parent: country, homonym: name });
      continue;
    }
    forms.forEach((f) => taken.add(f));
    entries.push({ key: `city:${id}`, type: 'city', name: inBrackets ?? written, forms, parent: country });
  }
  return { entries };
}

/** Currency adjectives by the noun they follow ("جنيه" → {"مصري": "EGP", …}), from CLDR's Arabic names. */
function currencies(entries: Entry[]): Record<string, Record<string, string>> {
  // Other spellings of the same adjective (أمريكي، أميركي): the country's masculine nisba forms.
  const spellings = (adj: string): string[] => {
    const e = entries.find((x) => x.type === 'country' && x.forms.includes(adj));
    return e ? e.forms.filter((f) => !f.includes(' ') && f.endsWith('ي') && !f.endsWith('يي')) : [adj];
  };
  const data = (require('cldr-numbers-full/main/ar/currencies.json') as { main: { ar: { numbers: { currencies: Record<string, { displayName: string }> } } } }).main.ar.numbers.currencies;
  // Currencies in use today (cldr-core: a region's currency with no end date), not "ليرة تركية" of 1922.
  const regions = (require('cldr-core/supplemental/currencyData.json') as { supplemental: { currencyData: { region: Record<string, Record<string, { _to?: string; _tender?: string }>[]> } } }).supplemental.currencyData.region;
  const current = new Set(Object.values(regions).flatMap((list) => list.flatMap((m) => Object.entries(m).filter(([, v]) => !v._to && v._tender !== 'false').map(([k]) => k))));
  const out: Record<string, Record<string, string>> = {};
  for (const [code, c] of Object.entries(data).sort()) {
    if (!current.has(code)) continue;
    const words = fold(c.displayName).split(' ');
    // Two words only: a noun and the adjective of its country ("ليرة سورية"), not "(1965–1990)".
    if (words.length !== 2 || /[^\u0621-\u064a]/.test(c.displayName.replace(/\s/g, ''))) continue;
    const [noun, adj] = words;
    const masc = adj.replace(/ه$/, '');
    for (const a of new Set([masc, ...spellings(masc)])) (out[noun] ??= {})[a] ??= code;
  }
  return out;
}

const { entries } = build();
const currencyFile = path.join(path.dirname(OUT), 'currencies.json');
fs.writeFileSync(
  currencyFile,
  JSON.stringify({ provenance: { generatedBy: 'scripts/build-gazetteer.ts', sources: ['cldr-numbers-full', 'cldr-core'].map((p) => ({ package: p, version: version(p), licence: licence(p) })) }, adjectives: currencies(entries) }) + '\n',
);
const out = {
  provenance: {
    generatedBy: 'scripts/build-gazetteer.ts',
    sources: ['cldr-localenames-full', 'cldr-dates-full', 'cldr-bcp47', 'i18n-iso-countries'].map((p) => ({ package: p, version: version(p), licence: licence(p) })),
    derived: 'nationality adjectives by the Arabic nisba pattern; a few everyday names and irregular adjectives listed in the script',
  },
  entries,
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(out) + '\n');
console.log(`${entries.length} entries → ${path.relative(process.cwd(), OUT)}`);
