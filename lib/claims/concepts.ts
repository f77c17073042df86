// What a figure counts: a small lexicon grouping the words outlets use for one thing
// (جندي/جنود/عسكري/عسكريين → soldier; قتيل/قتلى/وفاة/ضحية → death; مصاب/جريح/إصابة → injured).

import { stem, STOPWORDS } from '../text/normalize';
import type { Token } from '../text/tokens';

const LEXICON: Record<string, string> = {
  soldier: 'جندي جنود جنديا جنودا عسكري عسكريين عسكريون عسكريا مقاتل مقاتلين مقاتلون مقاتلا ضابط ضباط',
  death: 'قتيل قتلى قتيلا وفاة وفيات الوفيات ضحية ضحايا متوفى مقتل حصيلة قتل قتلوا حتفهم موتى هالك',
  injured: 'مصاب مصابين مصابون مصابا جريح جرحى جريحا اصابة اصابات اصيب اصيبوا يصاب',
  missing: 'مفقود مفقودين مفقودون مفقودا المفقودين فقدان',
  displaced: 'نازح نازحين نازحون نازحا مشرد مشردين مشردا مهجر',
  buried: 'دفن دفنهم',
  bodies: 'جثة جثث جثمان جثامين',
  rescued: 'انقاذ ناجين ناجيا',
  affected: 'متضرر متضررين متضررا منكوبين',
  building: 'مبنى مباني مبان منزل منازل بيت بيوت مسكن مساكن',
  magnitude: 'درجة درجات ريختر',
  votes: 'صوت صوتا اصوات',
  voter: 'ناخب ناخبين ناخبا',
  missile: 'صاروخ صواريخ صاروخا',
  drone: 'مسيرة مسيرات مسيره',
  vehicle: 'دبابة دبابات مركبة مركبات عربة عربات مدرعة مدرعات',
  area: 'مربع هكتار فدان',
  jobs: 'فرصة وظيفة وظائف منصب مناصب',
  tourist: 'سائح سياح',
  distance: 'كيلومتر كيلومترا كلم ميل',
  population: 'سكان سكانها يقطنها يقطن يسكنها يسكن قاطنين',
};

/** Words that say "people" or "cases" without saying which: the context decides. */
const GENERIC = new Set(
  'شخص اشخاص شخصا حالة حالات فرد افراد نسمة مواطن مواطنين آخرين اخرين آخرون اخرون منهم بينهم'.split(' ').map(stem),
);

// Words after a number that narrow injured to severe: "205 خطيرة", "في حالة حرجة".
const SEVERE = new Set(['خطيره', 'خطيرة', 'حرجه', 'حرجة', 'بليغه', 'بليغة'].map(stem));

// Context words that make a percentage a count of votes counted rather than a vote share.
const COUNTED = new Set(['فرز', 'احصاء', 'عد', 'نسبه مشاركه'].map(stem));
const VOTE_CONTEXT = new Set(['اصوات', 'صوت', 'انتخابات', 'حصل', 'حصول', 'متقدم', 'يحصل', 'مقابل'].map(stem));

const byStem = new Map<string, string>();
for (const [key, forms] of Object.entries(LEXICON)) for (const f of forms.split(' ')) byStem.set(stem(f), key);

/** Concept key of one word, or null. */
export function conceptOfWord(t: Token | undefined): string | null {
  if (!t || t.type !== 'word') return null;
  // "وفي" (and in) shares its stem with وفيات; function words never name a concept.
  if (STOPWORDS.has(t.norm) || STOPWORDS.has(t.bare)) return null;
  return byStem.get(t.stem) ?? null;
}

export function isGenericUnit(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && GENERIC.has(t.stem);
}

// Words after injured that narrow them to those still in hospital: "يتلقون العلاج بالمستشفيات".
const TREATED = new Set(['يتلقون', 'يتلقى', 'العلاج', 'علاج', 'المستشفيات', 'مستشفيات', 'المستشفى', 'بالمستشفيات'].map(stem));

export function isTreated(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && TREATED.has(t.stem);
}

/** Concepts that count people: the only ones a generic noun ("شخص", "حالة") may take from its context. */
export const PEOPLE_CONCEPTS: ReadonlySet<string> = new Set(['soldier', 'death', 'injured', 'missing', 'displaced', 'buried', 'rescued', 'affected', 'voter', 'tourist', 'population']);

export function isSevere(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && SEVERE.has(t.stem);
}

export function isCountedCue(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && COUNTED.has(t.stem);
}

export function isVoteCue(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && VOTE_CONTEXT.has(t.stem);
}

/** Concept of a unit as the quantity extractor gave it ("جندي", "قتيلا"), or null. */
export function conceptOfUnit(unit: string | null): string | null {
  if (!unit) return null;
  const words = unit.split(/\s+/);
  // "كيلومتر مربع", "متر مربع": an area, though its first word is a length.
  if (words.some((w) => stem(w) === stem('مربع'))) return 'area';
  for (const w of words) {
    const c = byStem.get(stem(w));
    if (c) return c;
  }
  return null;
}

export function isGenericUnitText(unit: string | null): boolean {
  if (!unit) return false;
  return unit.split(/\s+/).every((w) => GENERIC.has(stem(w)));
}
