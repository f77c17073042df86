// The period an economy's figure covers, and the base a rate of change is measured on: revenue
// of one month is another figure than a year's or a quarter's, and inflation "على أساس سنوي"
// another than "على أساس شهري". Covers the phrasing of economic news: "خلال شهر مارس"، "في شهر
// يناير"، "الشهري"، "الربع الأول"، "النصف الأول من العام"، "السنوي"، "خلال العام"، "العام
// المالي"، "على أساس سنوي/شهري/ربع سنوي". (Since the start of the year, "منذ بداية العام", is a
// cumulative figure: measure.ts gives it ':since'.)

import type { Token } from '../text/tokens';
import { monthNumber } from '../extract/dates';
import type { Located } from './locate';

const ORDINAL: Record<string, number> = { اول: 1, الاول: 1, ثاني: 2, الثاني: 2, ثالث: 3, الثالث: 3, رابع: 4, الرابع: 4, اخير: 4, الاخير: 4 };
const MONTHLY = /^(ال)?(شهري|شهريه)$/;
const YEARLY = /^(ال)?(سنوي|سنويه)$/;
const IN = /^(خلال|في|طوال|عن)$/;
const MONTH_WORD = /^(و|ب|ل|في|خلال)?(ال)?(شهر)$/;
const YEAR_WORD = /^(و|ب|ل|لل|في|خلال)?(ال)?(عام|سنه)$/;
const BASE = /^(و|ب)?(اساس)$/;
const NEAR = 8;

interface Marker {
  from: number;
  to: number;
  key: string;
}

/** The period and base markers of a sentence, each with the tokens it spans. */
function markersOf(tokens: Token[]): Marker[] {
  const out: Marker[] = [];
  const norm = (i: number): string => tokens[i]?.norm ?? '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    // "على أساس سنوي"، "على أساس شهري"، "على أساس ربع سنوي".
    if (BASE.test(t.norm) && norm(i - 1) === 'علي') {
      if (YEARLY.test(norm(i + 1))) out.push({ from: i - 1, to: i + 2, key: ':base:y' });
      else if (MONTHLY.test(norm(i + 1))) out.push({ from: i - 1, to: i + 2, key: ':base:m' });
      else if (/^(ربع|فصلي)/.test(norm(i + 1))) out.push({ from: i - 1, to: i + 3, key: ':base:q' });
      continue;
    }
    // "الربع الأول"، "الربع الثالث من العام"، "النصف الأول".
    const quarter = /^(و|ب|ل|في|خلال)?(ال|لل)(ربع|نصف)$/.exec(t.norm);
    if (quarter && ORDINAL[norm(i + 1)]) {
      out.push({ from: i, to: i + 2, key: `:per:${quarter[3] === 'ربع' ? 'q' : 'h'}:${ORDINAL[norm(i + 1)]}` });
      continue;
    }
    // "شهر مارس"، "خلال شهر كانون الثاني"، or a month named right after "خلال/في" ("خلال مارس").
    const month = monthNumber(t.norm) ?? monthNumber(`${t.norm} ${norm(i + 1)}`);
    if (month !== null && (MONTH_WORD.test(norm(i - 1)) || IN.test(norm(i - 1))) && tokens[i - 1]?.type === 'word') {
      out.push({ from: i - 1, to: i + 1, key: `:per:m:${month}` });
      continue;
    }
    // "الإيرادات الشهرية"، "خلال الشهر"، "الشهر الماضي".
    const aMonth = MONTH_WORD.test(t.norm) && monthNumber(norm(i + 1)) === null && tokens[i + 1]?.type !== 'num' && (IN.test(norm(i - 1)) || /^(خلال|في)/.test(t.norm) || /^(الماضي|الجاري|الحالي|المنصرم)$/.test(norm(i + 1)));
    // (An adjective follows a definite noun: "الإيرادات الشهرية" — "فارس الشهري" is a name.)
    const adjective = /^(و|ب|لل)?ال/.test(norm(i - 1)) && /^ال/.test(t.norm);
    if ((MONTHLY.test(t.norm) && adjective) || aMonth) {
      out.push({ from: i, to: i + 1, key: ':per:m' });
      continue;
    }
    // "العام المالي"، "السنة المالية".
    if (YEAR_WORD.test(t.norm) && /^(ال)?(مالي|ماليه)$/.test(norm(i + 1))) {
      out.push({ from: i, to: i + 2, key: ':per:fy' });
      continue;
    }
    // "الإيرادات السنوية"، "خلال العام"، "خلال عام 2023" (the year itself is `:in:` when earlier).
    if ((YEARLY.test(t.norm) && adjective) || (YEAR_WORD.test(t.norm) && /^(خلال|طوال)$/.test(norm(i - 1)))) out.push({ from: i, to: i + 1, key: ':per:y' });
    else if (YEAR_WORD.test(t.norm) && /^(خلال|طوال)/.test(t.norm)) out.push({ from: i, to: i + 1, key: ':per:y' });
  }
  return out;
}

/**
 * True where no other figure and no break stand between two tokens: before the figure a comma
 * may ("خلال شهر مارس، بلغت الإيرادات 300 مليون"), after it not.
 */
function bound(tokens: Token[], stops: Uint8Array, from: number, to: number, comma: boolean): boolean {
  if (to - from > NEAR) return false;
  for (let i = from; i < to; i++) {
    if (stops[i]) return false;
    const t = tokens[i];
    if (t.type === 'punct' && !(comma ? /^[،,()«»"]$/ : /^[()«»"]$/).test(t.raw)) return false;
  }
  return true;
}

/**
 * ":per:m:3" (March), ":per:m" (a month), ":per:q:1", ":per:h:1", ":per:y", ":per:fy", then
 * ":base:y"/":base:m"/":base:q" for the base of a rate; '' where the sentence names none near
 * the figure. The nearest marker of each sort bound to the figure (no other figure, no full
 * stop or colon between) counts.
 */
export function periodOf(tokens: Token[], loc: Located, stops: Uint8Array): string {
  let period: { key: string; d: number } | null = null;
  let base: { key: string; d: number } | null = null;
  for (const m of markersOf(tokens)) {
    const d = m.to <= loc.qFrom ? loc.qFrom - m.to : m.from >= loc.unitEnd ? m.from - loc.unitEnd : -1;
    if (d < 0) continue;
    const ok = m.to <= loc.qFrom ? bound(tokens, stops, m.to, loc.qFrom, true) : bound(tokens, stops, loc.unitEnd, m.from, false);
    if (!ok) continue;
    if (m.key.startsWith(':base:')) {
      if (!base || d < base.d) base = { key: m.key, d };
    } else if (!period || d < period.d) period = { key: m.key, d };
  }
  return (period?.key ?? '') + (base?.key ?? '');
}

const MONTH_NAMES = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const ORDINAL_WORDS = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

/** The words of a period or base key ("في شهر مارس", "على أساس سنوي"), or null. */
export function periodWords(key: string): string | null {
  const m = /^:(per|base):([a-z]+)(?::(\d+))?$/.exec(key);
  if (!m) return null;
  const n = m[3] ? Number(m[3]) : 0;
  if (m[1] === 'base') return { y: 'على أساس سنوي', m: 'على أساس شهري', q: 'على أساس ربع سنوي' }[m[2]] ?? null;
  if (m[2] === 'm') return n ? `في شهر ${MONTH_NAMES[n - 1]}` : 'خلال الشهر';
  if (m[2] === 'q') return `في الربع ${ORDINAL_WORDS[n - 1] ?? ''}`.trim();
  if (m[2] === 'h') return `في النصف ${ORDINAL_WORDS[n - 1] ?? ''}`.trim();
  if (m[2] === 'y') return 'خلال العام';
  if (m[2] === 'fy') return 'في العام المالي';
  return null;
}

/** "money:revenue:per:m:3:base:y" → ["money:revenue", ":per:m:3", ":base:y"]: the base and its period keys. */
export function splitPeriod(concept: string): [string, string[]] {
  const parts: string[] = [];
  let rest = concept;
  for (;;) {
    const m = /^(.*)(:(per|base):[a-z]+(?::\d+)?)$/.exec(rest);
    if (!m) break;
    parts.unshift(m[2]);
    rest = m[1];
  }
  return [rest, parts];
}
