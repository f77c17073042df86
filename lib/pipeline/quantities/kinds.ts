// What a number is (percent, money, date, year, duration, age, magnitude, count) and what it
// counts, decided from the few tokens after it (marks, currency, month, counted noun) and a
// few before it (عام, العمر, بقوة, نسبة, إلى).

import type { QuantityKind } from '../../types';
import type { Ctx, ScanCtx } from './context';
import type { FoldedToken } from './tokens';
import { bareHit, digitsGoOn, isPunct, isQuoteMark, nextWord } from './context';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CLITIC_ONLY, ENGLISH_CURRENCIES, hasArticle } from './lexicon';
import { parseNumericDate } from './numbers';
import { writtenTokens } from './offsets';

export interface CoreInfo {
  value: number;
  /** Token index just after the number (scale words included). */
  end: number;
  /** Token index where the number's text starts (qualifier excluded). */
  startToken: number;
  integer: boolean;
  /** Four plain digits (a year candidate). */
  plainFourDigits: boolean;
  scaled: boolean;
  vague: boolean;
  /** A definite noun may be the counted noun ("عشرات الجرحى", "نصف السكان"). */
  definiteUnit: boolean;
  qualified: boolean;
}

export interface Description {
  kind: QuantityKind;
  unit: string | null;
  /** Token index just after what belongs in the text (percent marks, currency, month, year). */
  textEnd: number;
  /** Token index just after the counted noun (textEnd when there is none). */
  end: number;
  /** Value replacing the number read (dates keep the day). */
  value?: number;
}


export interface MonthMatch {
  month: number;
  end: number;
}

/** A month name (one or two words) at token k, or null. */
export function matchMonth(ctx: Ctx, k: number): MonthMatch | null {
  const hit = bareHit(ctx, k);
  const list = hit?.lex.months;
  if (!list) return null;
  for (const p of list) {
    let ok = true;
    for (let r = 0; r < p.rest.length; r++) {
      const t = ctx.tokens[k + 1 + r];
      if (!t || t.type !== 'word' || t.lineBefore || t.text !== p.rest[r]) {
        ok = false;
        break;
      }
    }
    if (ok) return { month: p.data.month, end: k + 1 + p.rest.length };
  }
  return null;
}

// A part of a year before a four-digit number, folded: «بداية»، «مطلع»، «أواخر»، «أوائل»، «منتصف»، «نهاية».
const PART_OF_YEAR = /^(?:و|ف|ب|ل|لل|بال|وب|ول)?(?:ال)?(?:بدايه|مطلع|اواخر|اوايل|منتصف|نهايه)$/;

// A year of another calendar (the lunar or the solar Hijri): four digits 1300–1499 after the year's
// word, with its calendar's adjective or not («خلال العام الهجري الشمسي 1398», «عام 1446 للهجرة»).
const YEAR_WORD = /^(?:و|ف|ب|ل|لل|بال|وب|ول)?(?:ال)?(?:عام|سنه)$/;
const CALENDAR = /^(?:ال)?(?:هجري|هجريه|شمسي|شمسيه|قمري|قمريه)$/;
const otherCalendarYear = (c: CoreInfo, tokens: readonly { text: string }[]): boolean =>
  c.plainFourDigits && !c.scaled && c.value >= 1300 && c.value < 1500 &&
  (YEAR_WORD.test(tokens[c.startToken - 1]?.text ?? '') || (CALENDAR.test(tokens[c.startToken - 1]?.text ?? '') && YEAR_WORD.test(tokens[c.startToken - 2]?.text ?? '')));

const SINCE = /^(?:و|ف)?منذ$/;
const IN = /^(?:و|ف)?في$/;

/** After a month name: "(تشرين الثاني)", "/أيلول", then a four-digit year. */
export function extendMonth(ctx: Ctx, k: number): number {
  const { tokens } = ctx;
  if (isPunct(ctx, k, '(')) {
    const alt = matchMonth(ctx, k + 1);
    if (alt && isPunct(ctx, alt.end, ')')) k = alt.end + 1;
  } else if (isPunct(ctx, k, '/')) {
    const alt = matchMonth(ctx, k + 1);
    if (alt) k = alt.end;
  }
  const y = tokens[k];
  if (y && y.type === 'digits' && y.text.length === 4 && !y.lineBefore && !digitsGoOn(ctx, k + 1)) k++;
  return k;
}

function isYearCandidate(c: CoreInfo): boolean {
  return c.plainFourDigits && !c.scaled && c.value >= 1800 && c.value <= 2200;
}

// How far back a year may stand for «و» + four digits to be a second year.
const YEAR_PAIR_REACH = 6;

/**
 * «ينظم البطولة عام 2018 في بلد و2022 في آخر», «في 2014 و2015»: four digits joined by «و» to a
 * year a few words back are another year — the earlier four digits with no counted noun after them.
 */
function yearBefore(ctx: ScanCtx, start: number): boolean {
  const { tokens, hits } = ctx;
  if (tokens[start - 1]?.text !== 'و') return false;
  for (let j = start - 2; j >= Math.max(0, start - 1 - YEAR_PAIR_REACH); j--) {
    const t = tokens[j];
    if (t.type === 'punct') return false;
    if (t.type !== 'digits') continue;
    // (Itself read as a year: no counted noun after it, no «إلى» or count word before it.)
    const countedBefore = (tokens[j - 1]?.type === 'word' && CLITIC_ONLY.has(tokens[j - 1].text)) || cueBefore(ctx, j, 1, (i) => hits[i]?.lex.countCue === true);
    return /^(19|20)\d\d$/.test(t.text) && !countedBefore && !hits[j + 1]?.lex.countNoun && !nounAt(ctx, j + 1, false, true);
  }
  return false;
}

/** The token's first letter is an alef with madda in the original text (the scanner's context only). */
const withMadda = (ctx: Ctx, t: FoldedToken): boolean => {
  const { text, map } = ctx as Partial<ScanCtx>;
  return !!text && !!map && text[map[t.start]] === 'آ';
};

/** The token (folded) opens with «و» and an alef that the page wrote with a hamza or a madda: «وإنقاذ», «وأصيب». */
const hamzaAfterWaw = (ctx: Ctx, t: FoldedToken): boolean => {
  const { text, map } = ctx as Partial<ScanCtx>;
  return !!text && !!map && /^و[\u064b-\u0652]*[إأآ]/.test(text.slice(map[t.start], map[t.start] + 4));
};

/** Whether token k can be the counted noun. */
export function nounAt(ctx: Ctx, k: number, definite: boolean, strict: boolean, before = false): boolean {
  const t = ctx.tokens[k];
  if (!t || t.type !== 'word' || t.latin) return false;
  // The noun and the number must share a line.
  if (before ? ctx.tokens[k + 1]?.lineBefore : t.lineBefore) return false;
  const hit = ctx.hits[k];
  if (hit) {
    const x = hit.lex;
    if (x.stop || x.locative || x.months || x.qualifiers || x.percentWord || x.ratioCue) return false;
    if (x.unit !== undefined || x.ten !== undefined || x.hundred !== undefined || x.scale !== undefined) return false;
    if (x.vague || x.frac !== undefined || x.ordinal !== undefined) return false;
    if (hasArticle(hit.proclitics) && !definite) return false;
    if (strict && !before && hit.proclitics !== '' && !x.countNoun) return false;
    if (x.countNoun && hit.proclitics === '') return true;
  }
  // Far apart (ticker items separated by several spaces) is not one phrase.
  if (!before && t.start - ctx.tokens[k - 1].end > 2) return false;
  // "8574 وإصابة 49,133": a known word after the conjunction و starts a new phrase.
  if (!before && hit && (hit.proclitics.startsWith('و') || hit.proclitics.startsWith('ف'))) return false;
  const w = t.text;
  // «يقتل اثنين ويصيب 7»: «و» and a verb in the present tense open the next clause (nouns hardly begin with «وي»).
  // («إلى 19 وتوقيف 4 حراس»: nor «وت», a verbal noun's «تفعيل» after «و» — no counted noun's root opens so.)
  if (!before && /^و[يت]/.test(w.replace(/[\u064b-\u0652]/g, ''))) return false;
  // («إلى 14 وإنقاذ 3 عمال»: nor «و» and a hamza: no noun's root opens so, the next item does.)
  if (!before && w.startsWith('وا') && hamzaAfterWaw(ctx, t)) return false;
  if (w.length < 2) return false;
  // («14 آلية»: an alef with madda folds to the article's alef, and is none.)
  const article = (w.startsWith('ال') && !withMadda(ctx, t)) || w.startsWith('بال') || w.startsWith('لل') || w.startsWith('وال') || w.startsWith('فال') || w.startsWith('كال');
  if (article && !definite) return false;
  if (strict && !hit?.lex.countNoun && 'وبلفك'.includes(w[0])) return false;
  return true;
}

/** The counted noun at k (one word, or two for "حالة وفاة", "متر مربع"): token end or -1. */
export function nounEnd(ctx: Ctx, k: number): number {
  const hit = ctx.hits[k];
  const tails = hit?.lex.unitTails;
  const n = nextWord(ctx, k + 1);
  if (tails && n && tails.has(n.text)) return k + 2;
  return k + 1;
}

/** Whether test holds for one of the `span` tokens before startToken, on its line and within its clause. */
export function cueBefore(ctx: Ctx, startToken: number, span: number, test: (k: number) => boolean): boolean {
  for (let k = startToken - 1; k >= 0 && k >= startToken - span; k--) {
    if (ctx.tokens[k + 1]?.lineBefore) return false;
    if (ctx.tokens[k].type === 'punct' && ctx.tokens[k].text !== '(' && ctx.tokens[k].text !== '«') return false;
    if (test(k)) return true;
  }
  return false;
}

// The word that makes «قوة» a labour force («قوة العمل», «القوى العاملة»).
const OF_WORK = /^(ال)?(عمل|عامل[ةه])$/;

/** Decides kind and counted noun for the number described by c. */
export function describe(ctx: ScanCtx, c: CoreInfo): Description {
  const { tokens, hits } = ctx;
  const k = c.end;
  const t = tokens[k];
  const hit = t && !t.lineBefore ? hits[k] : undefined;
  const plain = (kind: QuantityKind, unit: string | null = null): Description => ({ kind, unit, textEnd: k, end: k });

  // A number set in quotation marks before what it counts, a house style of some outlets
  // ("يوجد “18” مركزا", "باشرت «1550» بلاغا", "نقلت \"476\" حالة إصابة"): read after the closing mark.
  // So does a number in brackets, in the official press's style ("وبلغ عدد المتدربين (45) متدربا").
  const enclosed = isQuoteMark(t) ? isQuoteMark(tokens[c.startToken - 1]) : isPunct(ctx, k, ')') && isPunct(ctx, c.startToken - 1, '(');
  if (t && !t.lineBefore && enclosed && tokens[k + 1] && !tokens[k + 1].lineBefore) {
    const d = describe(ctx, { ...c, end: k + 1 });
    if (d.end > k + 1) return { ...d, textEnd: d.textEnd === k + 1 ? k : d.textEnd };
  }

  // Percent: "35%", "35 %", "52.14 بالمئة", "55.80 في المئة".
  if (t && !t.lineBefore) {
    if (t.type === 'punct' && t.text === '%') return { kind: 'percent', unit: null, textEnd: k + 1, end: k + 1 };
    if (hit?.lex.percentWord) return { kind: 'percent', unit: null, textEnd: k + 1, end: k + 1 };
    if (t.text === 'في' && (tokens[k + 1]?.text === 'الميه' || tokens[k + 1]?.text === 'المايه') && !tokens[k + 1].lineBefore)
      return { kind: 'percent', unit: null, textEnd: k + 2, end: k + 2 };
    // Money: "مليار دولار", "دينار كويتي", "USD", "$".
    // "ملايين الدولارات": a vague amount of a currency is money too.
    if (hit && (hit.proclitics === '' || (c.vague && hasArticle(hit.proclitics))) && hit.lex.currency) {
      let code = hit.lex.currency;
      let end = k + 1;
      const adj = nextWord(ctx, k + 1);
      const refined = adj && hit.lex.currencyAdj?.get(adj.text);
      if (refined) {
        code = refined;
        end = k + 2;
      }
      if (code === 'DINAR' || code === 'NOUN') code = writtenTokens(ctx, k, k + 1);
      return { kind: 'money', unit: code, textEnd: end, end };
    }
    if (t.latin && CURRENCY_CODES.has(t.text.toUpperCase())) return { kind: 'money', unit: t.text.toUpperCase(), textEnd: k + 1, end: k + 1 };
    if (t.latin) {
      // English: "35 percent", "35 per cent", "10 million dollars".
      const lower = t.text.toLowerCase();
      if (lower === 'percent') return { kind: 'percent', unit: null, textEnd: k + 1, end: k + 1 };
      if (lower === 'per' && tokens[k + 1]?.text.toLowerCase() === 'cent' && !tokens[k + 1].lineBefore) return { kind: 'percent', unit: null, textEnd: k + 2, end: k + 2 };
      const code = ENGLISH_CURRENCIES.get(lower);
      if (code) return { kind: 'money', unit: code, textEnd: k + 1, end: k + 1 };
    }
    if (t.type === 'punct' && CURRENCY_SYMBOLS.has(t.text)) return { kind: 'money', unit: CURRENCY_SYMBOLS.get(t.text)!, textEnd: k + 1, end: k + 1 };
  }

  // Date: a day followed by a month name ("8 نوفمبر (تشرين الثاني)", "6 من شباط 2023").
  if (c.integer && !c.scaled && !c.vague && c.value >= 1 && c.value <= 31 && t && !t.lineBefore) {
    let m = matchMonth(ctx, k);
    if (!m && t.text === 'من') m = matchMonth(ctx, k + 1);
    if (m) {
      const end = extendMonth(ctx, m.end);
      return { kind: 'date', unit: null, textEnd: end, end };
    }
    // «منذ 12 من الشهر الحالي», «في 28 من كل شهر»: a day of a month named by the month's noun.
    const monthNoun = t.text === 'من' ? (tokens[k + 1]?.text === 'كل' || tokens[k + 1]?.text === 'هذا' ? k + 2 : k + 1) : -1;
    if (monthNoun > 0 && /^(ال)?شهر$/.test(tokens[monthNoun]?.text ?? '') && !tokens[monthNoun].lineBefore) {
      const end = /^(ال)?(حالي|جاري|ماضي|سابق|مقبل)$/.test(tokens[monthNoun + 1]?.text ?? '') ? monthNoun + 2 : monthNoun + 1;
      return { kind: 'date', unit: null, textEnd: end, end };
    }
  }

  // Temperatures with the degree sign: "37°", "37 ° سلزيوس".
  if (t && !t.lineBefore && t.type === 'punct' && t.text === '°') return { kind: 'other', unit: 'درجة', textEnd: k + 1, end: k + 1 };

  // Magnitudes and temperatures: "7.8 درجات".
  if (hit && hit.proclitics === '' && hit.lex.degree) return { kind: 'other', unit: 'درجة', textEnd: k, end: k + 1 };

  // Durations and ages: "ثلاثة أيام", "50 عاما", "يبلغ من العمر 45 عاما".
  if (hit && hit.proclitics === '' && hit.lex.timeNoun && !(isYearCandidate(c) && !c.qualified)) {
    // "الأيام 24 يوم 19 - 06 - 2024": يوم introduces a date here, it is not counted.
    const dateNext = tokens[k + 1]?.type === 'digits' && (parseNumericDate(tokens, k + 1) !== null || matchMonth(ctx, k + 2) !== null);
    if (dateNext) return plain('count');
    {
      const end = nounEnd(ctx, k);
      const unit = writtenTokens(ctx, k, end);
      const tn = hit.lex.timeNoun;
      if (tn === 'year' || tn === 'month') {
        const aged =
          cueBefore(ctx, c.startToken, 4, (j) => hits[j]?.lex.ageCue === true) ||
          (isPunct(ctx, c.startToken - 1, '(') && isPunct(ctx, end, ')'));
        if (aged) return { kind: 'age', unit, textEnd: k, end };
      }
      return { kind: 'duration', unit, textEnd: k, end };
    }
  }

  // "48 من العمر", "12 من عمره": years of age, the noun left out.
  if (t && !t.lineBefore && t.text === 'من' && hits[k + 1]?.lex.ageCue && /عمر/.test(tokens[k + 1].text)) return { kind: 'age', unit: null, textEnd: k, end: k + 2 };

  // The counted noun: "10 آلاف جندي", "2012 قتيلا", "عشرات الجرحى", "آلاف من الجنود".
  const strict = isYearCandidate(c) && !c.qualified;
  if (!c.qualified && otherCalendarYear(c, tokens)) return plain('year');
  // «في بداية 2012 احتجاجا على …», «أواخر 2014»: a part of a year names the year, whatever noun follows.
  if (strict && PART_OF_YEAR.test(tokens[c.startToken - 1]?.text ?? '')) return plain('year');
  // «صادرة منذ 2006 تتضمن عقوبات»: «since» a four-digit number is since a year, unless a counted
  // noun the lexicon knows follows it (a duration's «منذ 2000 عام» is read above).
  if (strict && SINCE.test(tokens[c.startToken - 1]?.text ?? '') && !(hit?.lex.countNoun && hit.proclitics === '')) return plain('year');
  // «رفض الناخبون في 2024 تعديلين»: «in» a four-digit number is in a year, unless a counted noun the
  // lexicon knows follows it («في 2500 حالة»).
  if (strict && IN.test(tokens[c.startToken - 1]?.text ?? '') && !(hit?.lex.countNoun && hit.proclitics === '')) return plain('year');
  // («زلزال بقوة 6.2 يضرب المدينة»: after a quake's strength, a word the lexicon counts nothing by is
  // the headline's verb, no counted noun.)
  const magnitude = cueBefore(ctx, c.startToken, 3, (j) => hits[j]?.lex.magnitudeCue === true && !OF_WORK.test(tokens[j + 1]?.text ?? ''));
  if (magnitude && !(hit?.lex.countNoun && hit.proclitics === '')) return plain('other', 'درجة');
  if (t && !t.lineBefore && t.type === 'word') {
    if (nounAt(ctx, k, c.definiteUnit, strict)) {
      const end = nounEnd(ctx, k);
      return { kind: 'count', unit: writtenTokens(ctx, k, end), textEnd: k, end };
    }
    if (t.text === 'من' && (c.scaled || c.vague || c.definiteUnit) && nounAt(ctx, k + 1, true, false)) {
      const end = nounEnd(ctx, k + 1);
      return { kind: 'count', unit: writtenTokens(ctx, k + 1, end), textEnd: k, end };
    }
  }

  // No counted noun. A plain four-digit number is a year unless the words before make it a
  // count ("ارتفعت إلى 2059", "يتخطى الـ 2000").
  if (strict) {
    const prev = tokens[c.startToken - 1];
    const countLike =
      (prev !== undefined && prev.type === 'word' && CLITIC_ONLY.has(prev.text)) ||
      cueBefore(ctx, c.startToken, 1, (j) => hits[j]?.lex.countCue === true);
    if (!countLike || yearBefore(ctx, c.startToken)) return plain('year');
  }
  // («وقوة العمل تتجاوز 34 مليونا»: a labour force, no strength of a quake.)
  if (magnitude) return plain('other', 'درجة');
  if (cueBefore(ctx, c.startToken, 3, (j) => hits[j]?.lex.ratioCue === true)) return plain('percent');
  return plain('count');
}
