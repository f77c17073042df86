// A small gazetteer of the places, countries, groups and people that news figures are about,
// with their adjective forms (روسي، الروسية، الروس …), plus administrative-unit patterns
// ("إقليم X", "عمالة X", "محافظة X") for places the list does not know.

import { normalizeArabic, stem } from './normalize';
import { lexicalForms, type Token } from './tokens';

export type EntityType = 'country' | 'region' | 'city' | 'person' | 'org';

export interface EntityHit {
  key: string;
  type: EntityType;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Named with an administrative unit word ("بإقليم الحوز", "محافظة حلب"): a breakdown place. */
  admin?: boolean;
}

interface Entry {
  key: string;
  type: EntityType;
  /** Folded forms without article/clitics; multi-word forms separated by spaces. */
  forms: string[];
  /** Broader entity the key belongs to (a province's country, North Korea → Korea). */
  parent?: string;
}

/** Nisba adjective forms of a stem: كوري كورية كوريون كوريين كوريان. */
const nisba = (s: string): string[] => [s + 'ي', s + 'يه', s + 'يون', s + 'يين', s + 'يان', s + 'يتين'];
const twoWordNisba = (a: string, b: string): string[] =>
  nisba(a).flatMap((x, i) => [`${x} ${nisba(b)[i]}`]);

const ENTRIES: Entry[] = [
  { key: 'north-korea', type: 'country', parent: 'korea', forms: ['كوريا الشماليه', 'كوريا الشمالي', ...twoWordNisba('كور', 'شمال'), 'بيونغ يانغ', 'بيونج يانج', 'بيونع يونغ'] },
  { key: 'south-korea', type: 'country', parent: 'korea', forms: ['كوريا الجنوبيه', ...twoWordNisba('كور', 'جنوب') ] },
  { key: 'korea', type: 'country', forms: ['كوريا', ...nisba('كور')] },
  { key: 'russia', type: 'country', forms: ['روسيا', 'روس', ...nisba('روس'), 'موسكو', 'الكرملين', 'كرملين'] },
  { key: 'ukraine', type: 'country', forms: ['اوكرانيا', ...nisba('اوكران'), 'كييف'] },
  { key: 'usa', type: 'country', forms: ['ولايات متحده', 'ولايات متحده الامريكيه', 'ولايات متحده الاميركيه', 'امريكا', 'اميركا', ...nisba('امريك'), ...nisba('اميرك'), 'واشنطن', 'بيت ابيض'] },
  { key: 'nato', type: 'org', forms: ['ناتو', 'حلف شمال الاطلسي'] },
  { key: 'un', type: 'org', forms: ['امم متحده'] },
  { key: 'eu', type: 'org', forms: ['اتحاد اوروبي'] },
  { key: 'red-crescent', type: 'org', forms: ['هلال احمر', 'هلال الاحمر', 'هلال الاحمر الليبي', 'هلال احمر الليبي', 'هلال الاحمر المغربي', 'هلال الاحمر السوري', 'هلال الاحمر التركي', 'صليب احمر', 'صليب الاحمر'] },
  { key: 'white-helmets', type: 'org', forms: ['خوذ بيضاء', 'خوذ البيضاء'] },
  { key: 'morocco', type: 'country', forms: ['مغرب', 'مغربي', 'مغربيه', 'مغاربه', 'مملكه مغربيه'] },
  { key: 'al-haouz', type: 'region', parent: 'morocco', forms: ['حوز', 'الحوز'] },
  { key: 'taroudant', type: 'region', parent: 'morocco', forms: ['تارودانت'] },
  { key: 'chichaoua', type: 'region', parent: 'morocco', forms: ['شيشاوه'] },
  { key: 'ouarzazate', type: 'region', parent: 'morocco', forms: ['ورزازات', 'وارززات'] },
  { key: 'marrakech', type: 'city', parent: 'morocco', forms: ['مراكش'] },
  { key: 'azilal', type: 'region', parent: 'morocco', forms: ['ازيلال'] },
  { key: 'agadir', type: 'city', parent: 'morocco', forms: ['اكادير', 'اكادير اداوتنان'] },
  { key: 'casablanca', type: 'city', parent: 'morocco', forms: ['دار بيضاء', 'دار البيضاء'] },
  { key: 'youssoufia', type: 'region', parent: 'morocco', forms: ['يوسفيه', 'اليوسفيه'] },
  { key: 'tinghir', type: 'region', parent: 'morocco', forms: ['تنغير'] },
  { key: 'rabat', type: 'city', parent: 'morocco', forms: ['رباط'] },
  { key: 'libya', type: 'country', forms: ['ليبيا', ...nisba('ليب')] },
  { key: 'derna', type: 'city', parent: 'libya', forms: ['درنه'] },
  { key: 'tripoli', type: 'city', parent: 'libya', forms: ['طرابلس'] },
  { key: 'benghazi', type: 'city', parent: 'libya', forms: ['بنغازي'] },
  { key: 'turkey', type: 'country', forms: ['تركيا', 'تركي', 'تركيه', 'اتراك', 'انقره'] },
  { key: 'syria', type: 'country', forms: ['سوريا', 'سوريه', ...nisba('سور'), 'دمشق'] },
  { key: 'aleppo', type: 'city', parent: 'syria', forms: ['حلب'] },
  { key: 'latakia', type: 'city', parent: 'syria', forms: ['لاذقيه', 'اللاذقيه'] },
  { key: 'hama', type: 'city', parent: 'syria', forms: ['حماه'] },
  { key: 'tartus', type: 'city', parent: 'syria', forms: ['طرطوس'] },
  { key: 'idlib', type: 'city', parent: 'syria', forms: ['ادلب'] },
  { key: 'egypt', type: 'country', forms: ['مصر', ...nisba('مصر'), 'قاهره'] },
  { key: 'uae', type: 'country', forms: ['امارات', 'امارات عربيه متحده', ...nisba('امارات'), 'ابوظبي', 'ابو ظبي'] },
  { key: 'ras-el-hekma', type: 'region', parent: 'egypt', forms: ['راس الحكمه', 'راس حكمه'] },
  { key: 'azerbaijan', type: 'country', forms: ['اذربيجان', ...nisba('اذربيجان'), 'باكو'] },
  { key: 'kazakhstan', type: 'country', forms: ['كازاخستان', 'اكتاو'] },
  { key: 'vietnam', type: 'country', forms: ['فيتنام', ...nisba('فيتنام')] },
  { key: 'china', type: 'country', forms: ['صين', 'الصين', ...nisba('صين')] },
  { key: 'israel', type: 'country', forms: ['اسرائيل', ...nisba('اسرائيل')] },
  { key: 'gaza', type: 'region', forms: ['غزه'] },
  { key: 'lebanon', type: 'country', forms: ['لبنان', ...nisba('لبنان')] },
  { key: 'iran', type: 'country', forms: ['ايران', ...nisba('ايران')] },
  { key: 'iraq', type: 'country', forms: ['عراق', ...nisba('عراق')] },
  { key: 'saudi', type: 'country', forms: ['سعوديه', 'سعودي', 'مملكه عربيه سعوديه'] },
  { key: 'france', type: 'country', forms: ['فرنسا', ...nisba('فرنس')] },
  { key: 'putin', type: 'person', forms: ['بوتين', 'بوتن'] },
  { key: 'kim-jong-un', type: 'person', forms: ['كيم', 'كيم جونغ اون', 'كيم جونج اون', 'كيم جون اون'] },
  { key: 'kirby', type: 'person', forms: ['كيربي'] },
  { key: 'zelensky', type: 'person', forms: ['زيلينسكي'] },
  { key: 'erdogan', type: 'person', forms: ['اردوغان', 'اردوغان', 'اردغان'] },
  { key: 'kilicdaroglu', type: 'person', forms: ['كيليتشدار', 'كليتشدار', 'كليجدار', 'كيليجدار', 'كلجدار', 'كيليشيدار', 'كيليتشدار اوغلو', 'كليتشدار اوغلو', 'كليجدار اوغلو', 'كيليجدار اوغلو', 'كلجدار اوغلو', 'اوغلو'] },
  { key: 'madbouly', type: 'person', forms: ['مدبولي'] },
  { key: 'adq', type: 'org', forms: ['قابضه', 'adq'] },
];

// Administrative units followed by a name: the name is a place even if the list lacks it.
const UNIT_WORDS = new Set(['اقليم', 'عماله', 'محافظه', 'مقاطعه', 'جماعه', 'بلديه']);

const byForm = new Map<string, Entry>();
// First words of every form: most words start no name, and are ruled out with one lookup.
const firstWords = new Set<string>();
let maxWords = 1;
for (const e of ENTRIES) {
  for (const f of e.forms) {
    const key = normalizeArabic(f);
    if (!byForm.has(key)) byForm.set(key, e);
    firstWords.add(key.split(' ')[0]);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
}
const parents = new Map(ENTRIES.filter((e) => e.parent).map((e) => [e.key, e.parent as string]));
const types = new Map(ENTRIES.map((e) => [e.key, e.type]));

/** Stems of one-word entity names: story keywords leave them to the entity list. */
export const ENTITY_STEMS: ReadonlySet<string> = new Set(
  ENTRIES.flatMap((e) => e.forms.filter((f) => !f.includes(' ')).map((f) => stem(f))),
);

/** Broader entity of a key (al-haouz → morocco, north-korea → korea), or null. */
export function parentOf(key: string): string | null {
  return parents.get(key) ?? null;
}

/** Entity type of a key; generic places found by pattern are regions. */
export function entityType(key: string): EntityType {
  return types.get(key) ?? 'region';
}

/** True where a and b may name the same thing: equal, or one the parent of the other. */
export function entitiesCompatible(a: string, b: string): boolean {
  return a === b || parentOf(a) === b || parentOf(b) === a;
}

function matchAt(tokens: Token[], i: number): { entry: Entry; len: number } | null {
  if (tokens[i].type !== 'word') return null;
  const firsts = lexicalForms(tokens[i]).filter((f) => firstWords.has(f));
  if (firsts.length === 0) return null;
  for (let n = Math.min(maxWords, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t) => t.type !== 'word')) continue;
    const rest = span.slice(1).map((t) => t.norm);
    for (const first of firsts) {
      // Later words keep their article ("كوريا الشمالية"); also try them without it.
      const withArticle = [first, ...rest].join(' ');
      const without = [first, ...span.slice(1).map((t) => t.bare)].join(' ');
      const hit = byForm.get(withArticle) ?? byForm.get(without);
      if (hit) return { entry: hit, len: n };
    }
  }
  return null;
}

// Words with the article that are not part of a name ("بإقليم الحوز الذي…", "…الأكثر تضررا").
const NOT_NAME = /^(الذي|التي|الذين|اللذين|اللتين|اللواتي|الان|الاكثر|الاقل|اليوم|الامس|الماضي|الحالي|المقبل|الاخير|الاخيره|الاول|الاولي|الثاني|الثانيه|الواقع|الواقعه|المنكوب|المنكوبه|المتضرر|المتضرره|الشمالي|الجنوبي|الشرقي|الغربي)$/;

function isNameContinuation(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.norm.startsWith('ال') && t.norm.length > 3 && !NOT_NAME.test(t.norm);
}

/** The first word of a name as written, without a glued conjunction or preposition. */
function stripLeadingClitic(t: Token): string {
  const dropped = t.norm.length - t.bare.length;
  return dropped > 0 && t.raw.length > dropped ? t.raw.slice(dropped) : t.raw;
}

/** Names of places found by pattern, as first written, for labels (keys are folded). */
const placeNames = new Map<string, string>();

/** Entities named in a token list, longest match first, left to right. */
export function findEntities(tokens: Token[]): EntityHit[] {
  const out: EntityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    if (lexicalForms(t).some((f) => UNIT_WORDS.has(f)) && tokens[i + 1]?.type === 'word') {
      const known = matchAt(tokens, i + 1);
      if (known) {
        out.push({ key: known.entry.key, type: known.entry.type, from: i, to: i + 1 + known.len, admin: true });
        i += known.len;
      } else {
        // The name may run on with definite words ("محافظة وادي الندى", "محافظة دير الزور").
        let end = i + 2;
        while (end < i + 4 && isNameContinuation(tokens[end])) end++;
        const words = tokens.slice(i + 1, end);
        const key = 'place:' + words.map((w, k) => (k === 0 ? w.bare : w.norm)).join(' ');
        if (!placeNames.has(key)) placeNames.set(key, words.map((w, k) => (k === 0 ? stripLeadingClitic(w) : w.raw)).join(' '));
        out.push({ key, type: 'region', from: i, to: end, admin: true });
        i = end - 1;
      }
      continue;
    }
    const m = matchAt(tokens, i);
    if (m) {
      out.push({ key: m.entry.key, type: m.entry.type, from: i, to: i + m.len });
      i += m.len - 1;
    }
  }
  return out;
}

// Display names for topic labels, as a reader writes them (definite where Arabic uses the article).
const NAMES: Record<string, string> = {
  'north-korea': 'كوريا الشمالية',
  'south-korea': 'كوريا الجنوبية',
  korea: 'كوريا',
  russia: 'روسيا',
  ukraine: 'أوكرانيا',
  usa: 'الولايات المتحدة',
  nato: 'الناتو',
  un: 'الأمم المتحدة',
  eu: 'الاتحاد الأوروبي',
  'red-crescent': 'الهلال الأحمر',
  'white-helmets': 'الخوذ البيضاء',
  morocco: 'المغرب',
  'al-haouz': 'إقليم الحوز',
  taroudant: 'إقليم تارودانت',
  chichaoua: 'إقليم شيشاوة',
  ouarzazate: 'إقليم ورزازات',
  marrakech: 'مراكش',
  azilal: 'إقليم أزيلال',
  agadir: 'أكادير',
  casablanca: 'الدار البيضاء',
  youssoufia: 'إقليم اليوسفية',
  tinghir: 'إقليم تنغير',
  rabat: 'الرباط',
  libya: 'ليبيا',
  derna: 'درنة',
  tripoli: 'طرابلس',
  benghazi: 'بنغازي',
  turkey: 'تركيا',
  syria: 'سوريا',
  aleppo: 'حلب',
  latakia: 'اللاذقية',
  hama: 'حماة',
  tartus: 'طرطوس',
  idlib: 'إدلب',
  egypt: 'مصر',
  uae: 'الإمارات',
  'ras-el-hekma': 'رأس الحكمة',
  azerbaijan: 'أذربيجان',
  kazakhstan: 'كازاخستان',
  vietnam: 'فيتنام',
  china: 'الصين',
  israel: 'إسرائيل',
  gaza: 'غزة',
  lebanon: 'لبنان',
  iran: 'إيران',
  iraq: 'العراق',
  saudi: 'السعودية',
  france: 'فرنسا',
  putin: 'بوتين',
  'kim-jong-un': 'كيم جونغ أون',
  kirby: 'كيربي',
  zelensky: 'زيلينسكي',
  erdogan: 'أردوغان',
  kilicdaroglu: 'كليتشدار أوغلو',
  madbouly: 'مدبولي',
  adq: 'القابضة',
  'zone:government': 'مناطق سيطرة الحكومة',
  'zone:opposition': 'مناطق سيطرة المعارضة',
  'zone:other': 'منطقة محددة',
};

/** Name of an entity key for display ("north-korea" → "كوريا الشمالية"), or null if unknown. */
export function displayName(key: string): string | null {
  if (NAMES[key]) return NAMES[key];
  // Places found by pattern: as written where seen, else their folded words ("place:ايغيل").
  if (key.startsWith('place:')) return placeNames.get(key) ?? key.slice('place:'.length);
  return null;
}

/** True for entities that are places (countries, regions, cities, control zones), not people or groups. */
export function isGeographic(key: string): boolean {
  if (key.startsWith('zone:')) return true;
  const t = entityType(key);
  return t === 'country' || t === 'region' || t === 'city';
}
