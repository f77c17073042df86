// Word tables of the quantity recognizer, written in plain Arabic and folded once (on the
// first lookup) into ONE map: folded word form (with every allowed proclitic combination) → what the
// word can be. The scanner does a single Map lookup per word token; nothing here is re-run.
// Long (about 570 lines) because it is a data table: the word lists themselves, one per role,
// and the small code that expands them; splitting it would scatter one table over files.

import { fold } from '../text/fold';
import currencyData from '../text/data/currencies.json';
import type { QuantityKind, Qualifier } from '../../types';
import { lazy } from '../../lazy';

/** A multi-word phrase keyed by its first word; `rest` are the folded following words. */
export interface Phrase<T> {
  rest: string[];
  data: T;
}

export interface MonthData {
  month: number;
  hijri: boolean;
}

/** Verbs and nouns a bulletin registers cases with («تسجيل حالة وفاة», «رصدت الوزارة 12 حالة»). */
export const REGISTER_WORDS: readonly string[] = ['تسجيل', 'سجلت', 'سجل', 'رصد', 'رصدت'];

/** Everything a folded word can be. One word can have several roles (آلاف: scale and vague). */
export interface Lex {
  unit?: number; // واحد … عشرة (1..10)
  teen?: boolean; // عشر/عشرة after a unit: +10
  ten?: number; // عشرون … تسعون
  hundred?: number; // مئة, مئتان, ثلاثمائة … (100..900)
  mia?: boolean; // مئة/مائة as a separate word after a unit ("ثلاث مئة")
  scale?: number; // ألف, مليون, مليار, تريليون
  /** Form of a scale word: sing (ألف), acc (ألفا: after a number = ×1, alone = dual construct), plural, dual. */
  scaleForm?: 'sing' | 'acc' | 'plural' | 'dual';
  vague?: [number, number]; // عشرات → 20..99, بضعة → 3..9
  frac?: number; // نصف, ثلث, ربع …
  fracHomograph?: boolean; // خمس/سبع/تسع/عشر: also cardinals
  fracPlural?: number; // أرباع (ثلاثة أرباع)
  ordinal?: number; // الخامس → 5
  ordinalBare?: boolean; // usable without ال (ثالثة)
  ordinalTens?: number; // العشرين (as part of "الخامس والعشرين")
  dualNoun?: boolean; // ساعتين, سدين: the number 2
  dualConstruct?: boolean; // حالتي: the number 2 only before the noun of its unitTails («حالتي وفاة»)
  impliedOne?: boolean; // حالة: one, when a bulletin registers it («تسجيل حالة وفاة»)
  timeNoun?: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
  degree?: boolean; // درجة/درجات (magnitudes, temperatures)
  countNoun?: boolean; // known counted nouns (disambiguates "2022 وفاة" from a year)
  stop?: boolean; // function words and adverbs: never a counted noun
  locative?: boolean; // بإقليم, بمدينة: a place phrase, not a counted noun
  currency?: string; // ISO code
  currencyAdj?: Map<string, string>; // دينار + كويتي → KWD
  subunit?: Map<string, number>; // سنت: currency code → sub-units per unit (USD → 100)
  percentWord?: boolean; // بالمئة
  yearCue?: boolean; // عام/سنة before a year (part of the text)
  countCue?: boolean; // إلى, بلغ: a 4-digit number after it is a count, not a year
  ageCue?: boolean; // العمر, عمره
  modelCue?: boolean; // طراز, موديل
  brand?: boolean; // إمبراير, بوينغ: digits after are a model name
  clockCue?: boolean; // الساعة
  magnitudeCue?: boolean; // بقوة
  ratioCue?: boolean; // نسبة
  changeVerb?: boolean; // ارتفع: "من X إلى Y" after it is a change, not a range
  monthLead?: boolean; // تشرين/كانون/ربيع/جمادى: the next ordinal belongs to a month name
  ordinalNoun?: boolean; // المركز, الدورة: "المركز الـ12" is an ordinal
  evening?: boolean; // مساء: clock hours + 12
  dayPart?: 'morning' | 'noon'; // صباحا, ظهرا: the ordinal before is a clock hour
  negative?: boolean; // سالب: the number after it is negative
  scoreCue?: boolean; // فاز, بنتيجة: "3-1" after it is a score, not a range
  labelCue?: boolean; // رقم, هاتف: digits after it are a label (phone, id, resolution number)
  decade?: number; // عشرينات, الستينيات: a decade (20, 60)
  decimalMark?: boolean; // فاصلة: "خمسة فاصلة ثلاثة" → 5.3
  zero?: boolean; // صفر (also the Hijri month Safar: read only before a noun, percent or فاصلة)
  noneCue?: boolean; // دون, لم: «دون وقوع إصابات», «لم تسفر عن إصابات» say none were hurt
  months?: Phrase<MonthData>[];
  qualifiers?: Phrase<Qualifier>[];
  postQualifiers?: Phrase<Qualifier>[];
  unitTails?: Set<string>; // حالة + وفاة, متر + مربع: two-word counted nouns
}

export interface LexHit {
  lex: Lex;
  /** The proclitic letters stripped from the word ('' when none). */
  proclitics: string;
}

/** Latin currency codes and symbols written next to numbers. */
export const CURRENCY_CODES = new Set(
  'USD EUR EGP MAD SAR AED QAR KWD JOD BHD OMR LYD DZD TND IQD SYP LBP TRY GBP RUB CNY JPY INR ILS CHF'.split(' '),
);
export const CURRENCY_SYMBOLS = new Map<string, string>([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
]);

/** English month names for dates such as "17th, September 2023" (lower case). */
export const ENGLISH_MONTHS = new Map(
  'january february march april may june july august september october november december'
    .split(' ')
    .map((m, i) => [m, i + 1] as [string, number]),
);

// ---- English (numbers in English sentences quoted or mixed into Arabic text) -----------
/** English scale words after digits ("3.5 million"), lower case. */
export const ENGLISH_SCALES = new Map<string, number>([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);
/** English currency names after a number ("10 million dollars"). */
export const ENGLISH_CURRENCIES = new Map<string, string>([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
]);
/** English qualifier phrases before a number, keyed by their first word (lower case). */
export const ENGLISH_QUALIFIERS = new Map<string, [string[], Qualifier][]>();
for (const [q, phrases] of [
  ['about', 'about|around|approximately|nearly|almost|roughly|some'],
  ['more-than', 'more than|over|above|upwards of'],
  ['less-than', 'less than|fewer than|under|below'],
  ['at-least', 'at least'],
  ['at-most', 'up to|at most'],
] as [Qualifier, string][]) {
  for (const p of phrases.split('|')) {
    const [first, ...rest] = p.split(' ');
    const list = ENGLISH_QUALIFIERS.get(first) ?? [];
    list.push([rest, q]);
    list.sort((a, b) => b[0].length - a[0].length);
    ENGLISH_QUALIFIERS.set(first, list);
  }
}
/**
 * English words that may stand before a number without naming it ("in 2024", "killed 50"):
 * a Latin word then digits is a name ("iPhone 15") only when it is capitalised and not one
 * of these.
 */
export const ENGLISH_FUNCTION_WORDS = new Set(
  ('a an the and or of to from in on at by for with than as per since until till after before between within during into ' +
    'is are was were be been being has have had will would could may might some only just least most more less total ' +
    'about around approximately nearly almost roughly over above under below up killed injured reached cost costs ' +
    'estimated reported says said its their his her this that these those all')
    .split(' '),
);

// ---- Clitic expansion --------------------------------------------------------------------
/** Proclitic combinations, shortest first so a longer base form wins ("الف" is ألف, not ال+ف). */
export const PROCLITICS = [
  '',
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'وب',
  'فب',
  'ول',
  'فل',
  'وك',
  'لل',
  'وال',
  'فال',
  'بال',
  'كال',
  'ولل',
  'فلل',
  'وبال',
  'فبال',
  'وكال',
];
/** Tokens that are only proclitics ("بـ 6", "الـ 2000", "و7"): skipped before a number. */
export const CLITIC_ONLY = new Set(PROCLITICS.filter((p) => p !== ''));

/** Words a range can start with ("بين", "ما بين", "من"). */
export const RANGE_STARTS = new Set(['بين', 'وبين', 'فبين', 'ما', 'وما', 'من']);

// The word tables are folded and expanded with every proclitic (tens of thousands of entries)
// on the first lookup, not at import: see lib/lazy.ts.
const lexicon = lazy(buildLexicon);

function buildLexicon(): Map<string, LexHit> {
  const base = new Map<string, Lex>();

  function entry(word: string): Lex {
    const k = fold(word);
    let e = base.get(k);
    if (!e) {
      e = {};
      base.set(k, e);
    }
    return e;
  }

  function each(words: string, f: (e: Lex, w: string) => void): void {
    for (const w of words.split(/\s+/)) if (w) f(entry(w), w);
  }

  // ---- Cardinals -------------------------------------------------------------------------
  each('واحد واحدة واحدا', (e) => (e.unit = 1));
  each('اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي إثنان إثنين', (e) => (e.unit = 2));
  const units: [string, number][] = [
    ['ثلاث ثلاثة', 3],
    ['أربع أربعة', 4],
    ['خمس خمسة', 5],
    ['ست ستة', 6],
    ['سبع سبعة', 7],
    ['ثمان ثماني ثمانية', 8],
    ['تسع تسعة', 9],
    ['عشر عشرة', 10],
  ];
  for (const [ws, v] of units) each(ws, (e) => (e.unit = v));
  each('عشر عشرة', (e) => (e.teen = true));
  each('أحد إحدى', (e) => (e.unit = 1)); // only valid before عشر (checked by the word parser)
  const tens: [string, number][] = [
    ['عشرون عشرين', 20],
    ['ثلاثون ثلاثين', 30],
    ['أربعون أربعين', 40],
    ['خمسون خمسين', 50],
    ['ستون ستين', 60],
    ['سبعون سبعين', 70],
    ['ثمانون ثمانين', 80],
    ['تسعون تسعين', 90],
  ];
  for (const [ws, v] of tens) each(ws, (e) => (e.ten = v));
  each('مئة مائة', (e) => {
    e.hundred = 100;
    e.mia = true;
  });
  each('مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي', (e) => (e.hundred = 200));
  const hundredStems: [string, number][] = [
    ['ثلاث ثلث', 300],
    ['أربع', 400],
    ['خمس', 500],
    ['ست', 600],
    ['سبع', 700],
    ['ثمان ثماني', 800],
    ['تسع', 900],
  ];
  for (const [stems, v] of hundredStems)
    for (const s of stems.split(' ')) each(`${s}مئة ${s}مائة`, (e) => (e.hundred = v));

  // ---- Scales ------------------------------------------------------------------------------
  function scale(v: number, sing: string, acc: string, plural: string, dual: string): void {
    each(sing, (e) => ((e.scale = v), (e.scaleForm = 'sing')));
    each(acc, (e) => ((e.scale = v), (e.scaleForm = 'acc')));
    each(plural, (e) => ((e.scale = v), (e.scaleForm = 'plural')));
    each(dual, (e) => ((e.scale = v), (e.scaleForm = 'dual')));
  }
  scale(1e3, 'ألف', 'ألفا', 'آلاف ألوف', 'ألفان ألفين ألفي');
  scale(1e6, 'مليون', 'مليونا', 'ملايين', 'مليونان مليونين مليوني');
  scale(1e9, 'مليار بليون', 'مليارا بليونا', 'مليارات بلايين', 'ملياران مليارين ملياري بليونين');
  scale(1e12, 'تريليون ترليون', 'تريليونا', 'تريليونات', 'تريليونين');

  // ---- Vague amounts -----------------------------------------------------------------------
  each('عشرات', (e) => (e.vague = [20, 99]));
  each('مئات', (e) => ((e.vague = [200, 999]), (e.scale = 100), (e.scaleForm = 'plural')));
  each('آلاف ألوف', (e) => (e.vague = [2000, 9999]));
  each('ملايين', (e) => (e.vague = [2e6, 9999999]));
  each('مليارات', (e) => (e.vague = [2e9, 9999999999]));
  each('بضع بضعة', (e) => (e.vague = [3, 9]));

  // ---- Fractions ---------------------------------------------------------------------------
  each('نصف', (e) => (e.frac = 1 / 2));
  each('ثلث', (e) => (e.frac = 1 / 3));
  each('ربع', (e) => (e.frac = 1 / 4));
  each('سدس', (e) => (e.frac = 1 / 6));
  for (const [w, v] of [
    ['خمس', 5],
    ['سبع', 7],
    ['تسع', 9],
    ['عشر', 10],
  ] as [string, number][])
    each(w, (e) => ((e.frac = 1 / v), (e.fracHomograph = true)));
  each('ثلثا ثلثي ثلثان ثلثين', (e) => (e.frac = 2 / 3));
  each('أثلاث', (e) => (e.fracPlural = 1 / 3));
  each('أرباع', (e) => (e.fracPlural = 1 / 4));
  each('أخماس', (e) => (e.fracPlural = 1 / 5));
  each('أعشار', (e) => (e.fracPlural = 1 / 10));
  each('أثمان', (e) => (e.fracPlural = 1 / 8));

  // ---- Ordinals ----------------------------------------------------------------------------
  each('أول أولى', (e) => (e.ordinal = 1));
  each('حادي حادية', (e) => (e.ordinal = 1));
  each('ثاني ثانية', (e) => (e.ordinal = 2));
  const ordinals: [string, number][] = [
    ['ثالث ثالثة', 3],
    ['رابع رابعة', 4],
    ['خامس خامسة', 5],
    ['سادس سادسة', 6],
    ['سابع سابعة', 7],
    ['ثامن ثامنة', 8],
    ['تاسع تاسعة', 9],
    ['عاشر عاشرة', 10],
  ];
  for (const [ws, v] of ordinals) each(ws, (e) => ((e.ordinal = v), (e.ordinalBare = true)));
  for (const [ws, v] of tens) each(ws, (e) => (e.ordinalTens = v));

  // ---- Nouns -------------------------------------------------------------------------------
  const timeNouns: [string, NonNullable<Lex['timeNoun']>][] = [
    ['ثانية ثوان ثواني', 'second'],
    ['دقيقة دقائق دقيقتان دقيقتين', 'minute'],
    ['ساعة ساعات ساعتان ساعتين', 'hour'],
    ['يوم أيام يوما يومان يومين', 'day'],
    ['ليلة ليال ليالي ليلتين ليلتان', 'day'],
    ['أسبوع أسابيع أسبوعا أسبوعان أسبوعين', 'week'],
    ['شهر أشهر شهور شهرا شهران شهرين', 'month'],
    ['سنة سنوات سنين سنتان سنتين عام أعوام عاما عامان عامين', 'year'],
    ['عقد عقود عقدان عقدين', 'decade'],
    ['قرن قرون قرنان قرنين', 'century'],
  ];
  for (const [ws, t] of timeNouns) each(ws, (e) => (e.timeNoun = t));
  // Indefinite duals that stand for the number 2 on their own, generated from singulars
  // (ساعة → ساعتان/ساعتين, سد → سدان/سدين). Definite duals ("البلدين") are never numbers.
  const dualSingulars =
    'دقيقة ساعة يوم ليلة أسبوع شهر سنة عام عقد قرن ' +
    'سد دفعة هجوم مرة جولة مرحلة صاروخ طائرة مروحية دبابة قذيفة غارة ضربة زلزال هزة ' +
    'شخص طفل جندي قتيل جريح سفينة زورق سيارة حافلة منزل قرية مدينة دولة بلد ' +
    'مرشح حزب وزير لاعب هدف نقطة مقعد صوت ضعف ' +
    // Cases and people whose plural is not «ـين» (a sound plural, «مصابين», reads like a dual):
    // «سجلت الوزارة إصابتين», «وفاة حالتين».
    'حالة إصابة وفاة ضحية رهينة أسير مريض امرأة طفلة فتاة سيدة عائلة أسرة شاحنة مركبة عملية رحلة ' +
    // «ارتفع منسوب المياه مترين»: lengths too.
    'متر كيلومتر';
  // Nouns whose sound plural is written like the dual's «ـين» («لاعبين جدد», «بين مرشحين»): only «ـان» is two.
  const soundPlural = new Set(['مرشح', 'لاعب']);
  for (const w of dualSingulars.split(' ')) {
    const stem = w.endsWith('ة') ? w.slice(0, -1) + 'ت' : w === 'سنة' ? 'سنت' : w;
    for (const suffix of soundPlural.has(w) ? ['ان'] : ['ان', 'ين']) entry(stem + suffix).dualNoun = true;
  }
  each('سنتان سنتين', (e) => (e.dualNoun = true));
  // "درجتين تحت الصفر": a dual of degrees is 2 degrees.
  each('درجتان درجتين', (e) => ((e.dualNoun = true), (e.degree = true)));
  each('درجة درجات ريختر', (e) => (e.degree = true));
  each(
    'قتيل قتيلا قتلى وفاة وفيات جريح جريحا جرحى مصاب مصابا مصابين إصابة إصابات شخص شخصا أشخاص ' +
      'مفقود مفقودا مفقودين نازح نازحا نازحين لاجئ لاجئا لاجئين جندي جنديا جنود عسكري عسكريا ' +
      'صوت صوتا أصوات طفل طفلا أطفال امرأة نساء منزل منازل مبنى مباني حالة حالات ضحية ضحايا ' +
      'أسير أسرى معتقل معتقلا معتقلين مقاتل مقاتلا مقاتلين مدني مدنيا مدنيين صاروخ صاروخا صواريخ',
    (e) => (e.countNoun = true),
  );

  // Two-word counted nouns: head → possible second words.
  function unitTail(heads: string, tails: string): void {
    const set = new Set(tails.split(' ').map(fold));
    each(heads, (e) => {
      e.unitTails ??= new Set();
      for (const t of set) e.unitTails.add(t);
    });
  }
  unitTail('حالة حالات حالتي', 'وفاة إصابة اعتقال وفيات إصابات');
  // «تسجيل حالتي إصابة»: the dual in construct counts two cases (alone, «حالتي» is "my condition").
  each('حالتي', (e) => ((e.dualNoun = true), (e.dualConstruct = true)));
  // «تسجيل حالة وفاة»: a bulletin's singular case is one.
  each('حالة', (e) => (e.impliedOne = true));
  unitTail('متر مترا أمتار كيلومتر كيلومترا كيلومترات كم كلم ميل ميلا أميال هكتار', 'مربع مربعا مربعة مكعب مكعبا مكعبة');
  unitTail('فرصة فرص', 'عمل شغل');
  unitTail('منصب مناصب', 'شغل عمل');
  unitTail('وحدة وحدات', 'سكنية');
  unitTail('طن أطنان', 'متري مترية');
  unitTail('نقطة نقاط', 'أساس مئوية');

  // ---- Currencies --------------------------------------------------------------------------
  function currency(words: string, code: string, adj: [string, string][] = []): void {
    // Each adjective also in its feminine ("فرنكات سويسرية"), accusative ("فرنكا سويسريا") and
    // feminine-plural-agreeing forms ("جنيهات استرلينية").
    const forms = (w: string): string[] => (w.endsWith('ة') ? [w] : [w, w + 'ة', w + 'ا', w + 'ه']);
    const m = new Map(adj.flatMap(([ws, c]) => ws.split(' ').flatMap(forms).map((w) => [fold(w), c] as [string, string])));
    each(words, (e) => {
      e.currency = code;
      if (m.size) e.currencyAdj = m;
    });
  }
  // Currencies whose Arabic noun is as often a common word or a place's name after a number (gold
  // for ZWG, a well for ETB, a city for SLE and NIO …): named by their ISO codes, each the one
  // currency of its noun in CLDR's data, so no place's name is written here.
  const AMBIGUOUS_CURRENCY_CODES = new Set(['ZWG', 'PEN', 'SLE', 'LAK', 'BWP', 'MDL', 'RON', 'ALL', 'WST', 'VUV', 'ETB', 'GEL', 'KGS', 'UZS', 'NIO', 'HTG']);
  // Currency adjectives from CLDR's Arabic currency names (lib/pipeline/text/data/currencies.json, built by
  // scripts/build-gazetteer.ts): "جنيه" + its country's adjective → that country's code.
  const CURRENCY_ADJECTIVES = (currencyData as { adjectives: Record<string, Record<string, string>> }).adjectives;
  /** Adjectives after a currency noun: those CLDR gives with that noun, then any other country's. */
  function adjectivesOf(noun: string): [string, string][] {
    const own = Object.entries(CURRENCY_ADJECTIVES[fold(noun)] ?? {});
    const others = Object.entries(CURRENCY_ADJECTIVES).flatMap(([n, m]) => (n === fold(noun) ? [] : Object.entries(m)));
    const seen = new Set(own.map(([a]) => a));
    return [...own, ...others.filter(([a]) => !seen.has(a) && !!seen.add(a))];
  }
  currency('دولار دولارا دولارات', 'USD', adjectivesOf('دولار'));
  currency('يورو اورو أورو', 'EUR');
  currency('جنيه جنيها جنيهات', 'EGP', adjectivesOf('جنيه'));
  currency('إسترليني', 'GBP');
  currency('درهم دراهم درهما', 'MAD', adjectivesOf('درهم'));
  currency('ريال ريالا ريالات', 'SAR', adjectivesOf('ريال'));
  currency('دينار دينارا دنانير', 'DINAR', adjectivesOf('دينار'));
  currency('ليرة ليرات', 'TRY', adjectivesOf('ليرة'));
  currency('روبل روبلا', 'RUB');
  currency('يوان', 'CNY');
  currency('ين', 'JPY');
  currency('روبية', 'INR');
  currency('شيكل شيقل شواقل', 'ILS');
  currency('فرنك', 'CHF');
  currency('أوقية', 'MRU');
  currency('شلن', 'KES');
  // Every other currency CLDR names in Arabic («مليار رينغيت», «ألف كوانزا»): its code where the noun
  // is one country's, else the noun as written (marked NOUN, as a dinar named without its country).
  // (A foreign «g» is written «غ» or «ج» — «دونغ» and «دونج», «رينغيت» and «رينجيت»: both spellings.)
  for (const [noun, codes] of Object.entries(CURRENCY_ADJECTIVES)) {
    const distinct = [...new Set(Object.values(codes))];
    if (distinct.every((c) => AMBIGUOUS_CURRENCY_CODES.has(c)) || base.get(noun)?.currency) continue;
    for (const spelled of new Set([noun, noun.replace(/ج/g, 'غ'), noun.replace(/غ/g, 'ج')])) if (spelled === noun || !base.has(spelled)) currency(spelled, distinct.length === 1 ? distinct[0] : 'NOUN', adjectivesOf(noun));
  }
  // Duals of currencies: "دولارين" is 2 USD.
  currency('دولاران دولارين', 'USD');
  currency('جنيهان جنيهين', 'EGP');
  currency('درهمان درهمين', 'MAD');
  currency('ريالان ريالين', 'SAR');
  currency('ديناران دينارين', 'DINAR');
  each('دولاران دولارين جنيهان جنيهين درهمان درهمين ريالان ريالين ديناران دينارين', (e) => (e.dualNoun = true));

  // Sub-units after a sum ("20 دولارا و43 سنتا" → 20.43 USD): code → how many make one unit.
  // A dinar named without its country keeps the word as unit; it is keyed 'DINAR' here.
  function subunit(words: string, perUnit: [string, number][]): void {
    const m = new Map<string, number>();
    for (const [codes, n] of perUnit) for (const c of codes.split(' ')) m.set(c, n);
    each(words, (e) => (e.subunit = m));
  }
  subunit('سنت سنتا سنتات', [['USD EUR CAD AUD SGD', 100]]);
  subunit('قرش قرشا قروش', [['EGP SYP LBP SDG TRY JOD', 100]]);
  subunit('هللة هللات', [['SAR', 100]]);
  subunit('فلس فلسا فلوس', [
    ['KWD BHD JOD IQD DINAR', 1000],
    ['AED YER', 100],
  ]);
  subunit('سنتيم سنتيما سنتيمات', [['MAD DZD DINAR', 100]]);
  subunit('مليم مليما مليمات', [['TND EGP', 1000]]);
  subunit('بيسة بيسات', [['OMR', 1000]]);
  subunit('كوبيك', [['RUB', 100]]);


  each('بالمئة بالمائة بالمية', (e) => (e.percentWord = true));

  // ---- Context cues ------------------------------------------------------------------------
  each('عام العام سنة السنة عامي', (e) => (e.yearCue = true));
  each(
    'إلى الى بلغ بلغت يبلغ تبلغ بلوغ ارتفع ارتفعت يرتفع ترتفع ارتفاع وصل وصلت يصل تصل سجل سجلت ' +
      'عدد عددهم عددها عدده حصيلة إجمالي مجموع بإجمالي بمجموع نحو حوالي قرابة مقتل وفاة إصابة',
    (e) => (e.countCue = true),
  );
  each('العمر عمر عمره عمرها عمرهم بعمر سن السن بسن البالغ البالغة', (e) => (e.ageCue = true));
  each('طراز طرازات موديل نوع', (e) => (e.modelCue = true));
  each(
    'إمبراير امبراير بوينغ بوينج إيرباص ايرباص سوخوي سو ميغ ميج إف اف إس تي بي ميراج رافال باتريوت ' +
      'آيفون ايفون جالكسي غالاكسي كوفيد سارس فورمولا إيه',
    (e) => (e.brand = true),
  );
  each('الساعة', (e) => (e.clockCue = true));
  each('مساء مساءا ليلا عصرا', (e) => (e.evening = true));
  each('صباحا فجرا', (e) => (e.dayPart = 'morning'));
  each('ظهرا', (e) => (e.dayPart = 'noon'));
  each('سالب', (e) => (e.negative = true));
  each(
    'فاز فازت يفوز تفوز تغلب تغلبت يتغلب هزم هزمت خسر خسرت يخسر تعادل تعادلت بتعادل بالتعادل ' +
      'نتيجة بنتيجة النتيجة بفوز فوزه فوزها بخسارة خسارته المباراة اللقاء',
    (e) => (e.scoreCue = true),
  );
  each('رقم الرقم برقم رقمه هاتف الهاتف هاتفه جوال الجوال واتساب فاكس الساخن القرار', (e) => (e.labelCue = true));
  each('فاصلة فاصل', (e) => (e.decimalMark = true));
  each('صفر', (e) => (e.zero = true));
  each('دون بدون لم', (e) => (e.noneCue = true));
  const decades: [string, number][] = [
    ['عشرينات عشرينيات', 20],
    ['ثلاثينات ثلاثينيات', 30],
    ['أربعينات أربعينيات', 40],
    ['خمسينات خمسينيات', 50],
    ['ستينات ستينيات', 60],
    ['سبعينات سبعينيات', 70],
    ['ثمانينات ثمانينيات', 80],
    ['تسعينات تسعينيات', 90],
  ];
  for (const [ws, v] of decades) each(ws, (e) => (e.decade = v));
  each('قوة قوته قوتها بقوة شدة بشدة شدته', (e) => (e.magnitudeCue = true));
  each('نسبة نسبته نسبتها بنسبة', (e) => (e.ratioCue = true));
  each(
    'ارتفع ارتفعت ارتفاع يرتفع ترتفع انخفض انخفضت انخفاض تراجع تراجعت زاد زادت زيادة قفز قفزت ' +
      'صعد صعدت هبط هبطت رفع رفعت خفض خفضت تقلص تقلصت نما نمت',
    (e) => (e.changeVerb = true),
  );
  each('تشرين كانون ربيع جمادى جمادي', (e) => (e.monthLead = true));
  each(
    'المركز المرتبة الدورة النسخة الذكرى الطابق القمة المؤتمر البند المادة الفصل الجولة الأسبوع اليوم القرن العيد الحلقة الموسم',
    (e) => (e.ordinalNoun = true),
  );

  // Words that follow numbers but are never the counted noun.
  each(
    'في من إلى الى على عن حتى منذ مع بعد بعدما قبل قبلما ريثما طالما كلما مثلما خلال عند عندما لدى حول ضد بين بينهم بينها بينما منهم منها ' +
      'منهن فيها فيه عليها عليه وفق وفقا حسب بحسب نحو ثم أو أم بل لكن لكنه إذا اذا كما فيما حين حيث ' +
      'التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هو هي هم هن أنه إنه أن إن قد لقد لا لم لن ما ليس ' +
      'كان كانت يكون تكون يوميا سنويا شهريا أسبوعيا يوميًا فقط تقريبا أيضا آخرين آخرون أخرى آخر أخريات ' +
      'جديدة جديد مقابل اليوم أمس غدا الآن حاليا مساء صباحا ليلا فجرا ظهرا زوالا مساء صباح ' +
      'ابتداء ابتداءا بدءا اعتبارا علما رغم برغم وسط إثر جراء بسبب لأن لان نتيجة عبر دون أكثر أقل ' +
      'مرة مرات ألا إلا غير سوى كل جميع بعض معظم أغلب ومنها ومنهم وهو وهي وهم وذلك ' +
      'الجاري الماضي الماضية المقبل المقبلة القادم القادمة الحالي الحالية الأخيرة الأخير ' +
      'ميلادي ميلادية هجري هجرية م هـ ه فأكثر ونصف ' +
      'غالبيتهم معظمهم أغلبهم أغلبيتهم جميعهم كلهم بعضهم أكثرهم ' +
      // News verbs that follow a toll ("قتل 3 وأصيب 7"): never the counted noun.
      'أصيب أصيبت قتل قتلت جرح جرحت لقي لقيت توفي توفيت نزح نزحت أعلن أعلنت قال قالت أكد أكدت أضاف أضافت تم يتم',
    (e) => (e.stop = true),
  );
  // Place phrases ("201 بإقليم أونتاريو"): ب/في + a place noun is never the counted noun.
  for (const p of 'إقليم مدينة ولاية عمالة محافظة منطقة قرية بلدة مستشفى مخيم دولة بلد قطاع جهة جماعة عاصمة مقاطعة جنوب شمال شرق غرب وسط'.split(
    ' ',
  )) {
    entry('ب' + p).locative = true;
    entry('ل' + p).locative = true;
  }

  // ---- Months: phrase tables keyed by the first word ---------------------------------------
  const monthNames: [string, number, boolean][] = [];
  function months(list: string, hijri = false): void {
    list.split('|').forEach((names, i) => {
      for (const n of names.split(',')) if (n.trim()) monthNames.push([n.trim(), i + 1, hijri]);
    });
  }
  // Egyptian and Peninsular (transliterated), Levantine and Mesopotamian (Syriac), Maghreb (French-derived, Moroccan), Algerian/Tunisian.
  months('يناير|فبراير|مارس|أبريل,إبريل,ابريل|مايو|يونيو,يونيه|يوليو,يوليه|أغسطس,اغسطس,أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر');
  months('كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول');
  months('|||||||غشت|شتنبر|||');
  months('||||ماي|||||||');
  months('||||||يوليوز||||نونبر|دجنبر');
  months('جانفي|فيفري||أفريل|ماي|جوان|جويلية|أوت||||');
  months(
    'محرم|صفر|ربيع الأول|ربيع الآخر,ربيع الثاني|جمادى الأولى|جمادى الآخرة,جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة,ذي القعدة|ذو الحجة,ذي الحجة',
    true,
  );
  for (const [name, month, hijri] of monthNames) {
    const [first, ...rest] = name.split(' ').map(fold);
    const e = entry(first);
    (e.months ??= []).push({ rest, data: { month, hijri } });
  }

  // ---- Qualifiers --------------------------------------------------------------------------
  function quals(q: Qualifier, phrases: string, post = false): void {
    for (const p of phrases.split('|')) {
      const [first, ...rest] = p.trim().split(/\s+/).map(fold);
      const e = entry(first);
      const list = post ? (e.postQualifiers ??= []) : (e.qualifiers ??= []);
      list.push({ rest, data: q });
      list.sort((a, b) => b.rest.length - a.rest.length); // longest first
    }
  }
  quals(
    'about',
    'نحو|حوالي|حوالى|قرابة|زهاء|ما يقارب|ما يقارب من|يقارب|تقارب|ما يقرب من|يقرب من|ما يناهز|يناهز|تناهز|ناهز|ناهزت|' +
      'يقترب من|تقترب من|يقتربون من|تقريبا|في حدود|قريب من|قريبة من|قريبا من',
  );
  quals(
    'more-than',
    'أكثر من|أزيد من|ما يزيد على|ما يزيد عن|يزيد على|يزيد عن|تزيد على|تزيد عن|ما يربو على|يربو على|' +
      'يتجاوز|تتجاوز|تجاوز|تجاوزت|يتخطى|تتخطى|تخطى|تخطت|يفوق|تفوق|ما يفوق|فوق|ما فوق|أعلى من|يتعدى|تتعدى',
  );
  quals('less-than', 'أقل من|دون|ما دون|ما يقل عن|يقل عن|تقل عن|أدنى من|تحت');
  // (Also as news often writes them, the negation joined to its verb: «ما لايقل عن 25».)
  quals('at-least', 'ما لا يقل عن|لا يقل عن|لا تقل عن|ما لا يقل على|ما لايقل عن|لايقل عن|لاتقل عن|على الأقل|كحد أدنى|بحد أدنى');
  quals(
    'at-most',
    'حتى|ما يصل إلى|ما يصل الى|يصل إلى|تصل إلى|يصل الى|تصل الى|قد يصل إلى|لا يتجاوز|لا تتجاوز|ما لا يتجاوز|لم يتجاوز|لم تتجاوز|' +
      'ما لا يزيد على|ما لا يزيد عن|لا يزيد على|لا يزيد عن|لا تزيد على|لا تزيد عن|على الأكثر|كحد أقصى|بحد أقصى',
  );
  quals('about', 'تقريبا|أو نحو ذلك', true);
  quals('at-least', 'على الأقل|فأكثر|أو أكثر|كحد أدنى|بحد أدنى|على أقل تقدير', true);
  quals('at-most', 'على الأكثر|كحد أقصى|بحد أقصى|على أقصى تقدير|أو أقل|فأقل', true);

  const LEXICON = new Map<string, LexHit>();
  // Brand words ("إيه", "سو", "إف") are short: with proclitics they would swallow ordinary
  // words ("ولاية" = و+ل+ايه), and they are only read bare anyway.
  const brandOnly = (lex: Lex): boolean => lex.brand === true && Object.keys(lex).length === 1;
  for (const pre of PROCLITICS) {
    for (const [form, lex] of base) {
      if (pre !== '' && brandOnly(lex)) continue;
      // «كمية» (a quantity), folded, is ك + «مئة»: «ضبط كمية من الأسلحة» counts no hundred.
      if (pre.endsWith('ك') && lex.mia) continue;
      const key = pre + form;
      if (!LEXICON.has(key)) LEXICON.set(key, { lex, proclitics: pre });
    }
  }
  // Words whose base form starts with ال take prefixes that end in ل ("للعام" ← ل + العام).
  for (const [form, lex] of base) {
    if (!form.startsWith('ال')) continue;
    for (const pre of ['ل', 'ول', 'فل']) {
      const key = pre + form.slice(1);
      if (!LEXICON.has(key)) LEXICON.set(key, { lex, proclitics: pre.slice(0, -1) + 'لل' });
    }
  }
  return LEXICON;
}

/** Whether the stripped proclitics include the article (ال, لل). */
export function hasArticle(pre: string): boolean {
  return pre.endsWith('ال') || pre.endsWith('لل');
}

/** What a folded word can be, with its stripped proclitics, or undefined. */
export function lookup(folded: string): LexHit | undefined {
  return lexicon().get(folded);
}

export type { QuantityKind };
