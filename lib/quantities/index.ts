// The Arabic quantity recognizer: one pass over the folded text's tokens, each position tried
// once (qualifier → range → number), with precompiled word tables (lexicon.ts). See README.md
// for what is and is not understood.

import { foldWithMap } from '../text/fold';
import type { Quantity, QuantityKind, Qualifier } from '../types';
import type { Ctx } from './context';
import { bareHit, isPunct, nextWord } from './context';
import { CLITIC_ONLY, CURRENCY_CODES, CURRENCY_SYMBOLS, ENGLISH_FUNCTION_WORDS, ENGLISH_MONTHS, ENGLISH_QUALIFIERS, ENGLISH_SCALES, hasArticle, lookup } from './lexicon';
import { cueBefore, describe, extendMonth, matchMonth, nounAt, nounEnd } from './kinds';
import type { Written } from './kinds';
import { parseClock, parseDigits, parseNumericDate } from './numbers';
import { bounds, matchPost, matchPre } from './qualifiers';
import type { QualifierMatch } from './qualifiers';
import { tokenize } from './tokens';
import type { Token } from './tokens';
import { CONSTRUCT_TWO, parseWords } from './words';

export { ABOUT_TOLERANCE, aboutBounds } from './tolerance';

/** A kind decided while reading the number itself (dates, names, duals, ordinals). */
interface Fixed {
  kind: QuantityKind;
  unit: string | null;
  /** Token index just after the text (defaults to the core's end). */
  end?: number;
}

interface Core {
  value: number;
  /** Interval of a vague amount. */
  lo?: number;
  hi?: number;
  vague: boolean;
  /** Token index and folded offset where the number's text starts. */
  sTok: number;
  s: number;
  /** Token index just after the number. */
  end: number;
  lastScale: number;
  digits: boolean;
  integer: boolean;
  plain4: boolean;
  fixed?: Fixed;
  definiteUnit: boolean;
  /** "حالة وفاة واحدة", "الجنود الثلاثة": the counted noun stands before the number. */
  unitBefore: boolean;
  /** Money symbol written before the number ("$5"). */
  currency?: string;
}

/** A quantity found in folded text: folded offsets and its last token, before mapping back. */
interface Found extends Pick<Quantity, 'value' | 'min' | 'max' | 'qualifier' | 'kind' | 'unit'> {
  s: number;
  e: number;
  endTok: number;
  vague: boolean;
}

/** "مليون ونصف", "خمسة وربع": a fraction added after a number (folded forms). */
const ADDED_FRACTIONS = new Map<string, number>([
  ['ونصف', 0.5],
  ['وربع', 0.25],
  ['وثلث', 1 / 3],
]);

/** "1445 هـ", "1445 هجرية" (folded; the tatweel of هـ is dropped by folding). */
const HIJRI_MARKS = new Set(['ه', 'هجري', 'هجريه']);

/** Words a range can start with ("بين", "ما بين", "من"). */
const RANGE_STARTS = new Set(['بين', 'وبين', 'فبين', 'ما', 'وما', 'من']);

/** A dash between two numbers, on the same line. */
const isDash = (t: Token | undefined): boolean => t !== undefined && t.t === 'p' && (t.x === '-' || t.x === '–') && !t.nl;

const NAME_SUFFIX_OK = (t: { t: string; sp: boolean; latin: boolean } | undefined): boolean =>
  t !== undefined && t.t === 'w' && t.latin && !t.sp;

class Scanner implements Ctx {
  readonly toks;
  readonly hits;
  /** First token a result may start at (the previous result's end). */
  private floor = 0;
  private readonly map: Int32Array;
  /** Token of the second number of a score just read ("3-1"). */
  private scoreTok = -1;

  constructor(
    private readonly text: string,
    folded: string,
    map: Int32Array,
  ) {
    this.map = map;
    this.toks = tokenize(folded);
    this.hits = this.toks.map((t) => (t.t === 'w' && !t.latin ? lookup(t.x) : undefined));
  }

  run(): Quantity[] {
    const out: Quantity[] = [];
    const n = this.toks.length;
    let i = 0;
    while (i < n) {
      // Addresses ("https://site/2023/09/12/article-123456") hold digits that are no quantities.
      const u = this.toks[i];
      if (u.latin && (u.x === 'http' || u.x === 'https' || u.x === 'www') && this.toks[i + 1]?.t === 'p' && !this.toks[i + 1].sp) {
        i++;
        while (i < n && !this.toks[i].sp) i++;
        this.floor = i;
        continue;
      }
      const f = this.tryAt(i);
      if (f) {
        out.push(this.toQuantity(f));
        i = Math.max(f.endTok, i + 1);
        this.floor = i;
      } else i++;
    }
    return out;
  }

  // ---- offsets ------------------------------------------------------------------------
  private origStart(s: number): number {
    return this.map[s];
  }

  private origEnd(e: number): number {
    let end = this.map[e - 1] + 1;
    // Tanween and other marks after the last letter belong to the word ("قتيلاً").
    const t = this.text;
    while (end < t.length) {
      const c = t.charCodeAt(end);
      if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) end++;
      else break;
    }
    return end;
  }

  private readonly written: Written = (sTok, eTok) => {
    return this.text.slice(this.origStart(this.toks[sTok].s), this.origEnd(this.toks[eTok - 1].e));
  };

  private toQuantity(f: Found): Quantity {
    const start = this.origStart(f.s);
    const end = this.origEnd(f.e);
    const q: Quantity = {
      text: this.text.slice(start, end),
      start,
      end,
      value: f.value,
      min: f.min,
      max: f.max,
      qualifier: f.qualifier,
      kind: f.kind,
      unit: f.unit,
    };
    if (f.vague) q.vague = true;
    return q;
  }

  // ---- positions ----------------------------------------------------------------------
  private tryAt(i: number): Found | null {
    const q = this.toks[i].latin ? this.matchEnglishPre(i) : matchPre(this, i);
    if (q) {
      const r = this.tryRange(q.end, q) ?? this.tryCore(q.end, q);
      if (r) return r;
    }
    const t = this.toks[i];
    if (t.t === 'w') {
      const r = this.tryRange(i, null);
      if (r) return r;
    }
    return this.tryCore(i, null);
  }

  /** "about", "more than", "at least" before digits in an English sentence. */
  private matchEnglishPre(i: number): QualifierMatch | null {
    const { toks } = this;
    const list = ENGLISH_QUALIFIERS.get(toks[i].x.toLowerCase());
    if (!list) return null;
    for (const [rest, qual] of list) {
      const end = i + 1 + rest.length;
      if (!rest.every((w, k) => toks[i + 1 + k]?.latin && !toks[i + 1 + k].nl && toks[i + 1 + k].x.toLowerCase() === w)) continue;
      const n = toks[end];
      const sym = n?.t === 'p' && CURRENCY_SYMBOLS.has(n.x) && toks[end + 1]?.t === 'd';
      if (n && !n.nl && (n.t === 'd' || sym)) return { qual, end, s: toks[i].s };
    }
    return null;
  }

  /** "بين 20 و30 ألف", "ما بين 3 و5", "من 3 إلى 5 آلاف". */
  private tryRange(i: number, q: QualifierMatch | null): Found | null {
    const { toks, hits } = this;
    const t = toks[i];
    if (!t || t.t !== 'w' || !RANGE_STARTS.has(t.x)) return null;
    const hit = hits[i];
    const pre = hit?.pre ?? '';
    const base = t.x.slice(pre.length);
    let j = i;
    const s = t.s + (base === t.x ? 0 : pre.length);
    if ((t.x === 'ما' || t.x === 'وما') && toks[i + 1]?.x === 'بين') j = i + 1;
    const w = toks[j].x;
    let mode: 'between' | 'from';
    if (w === 'بين' || w === 'وبين' || w === 'فبين') mode = 'between';
    else if (w === 'من' && q === null) mode = 'from';
    else return null;
    // "ارتفع عدد القتلى من 2000 إلى 3000" is a change between two figures, not a range.
    if (mode === 'from' && this.changeVerbBefore(i)) return null;
    let a = j + 1;
    if (toks[a]?.t === 'w' && CLITIC_ONLY.has(toks[a].x) && toks[a + 1]?.t === 'd') a++;
    if (nextWord(this, a) === undefined && toks[a]?.t !== 'd') return null;
    const c1 = this.readCore(a);
    if (!c1 || c1.fixed || c1.vague) return null;
    let b = c1.end;
    const jt = toks[b];
    if (!jt || jt.nl) return null;
    let c2: Core | null = null;
    if (mode === 'between' && jt.t === 'w' && jt.x === 'و' && toks[b + 1]?.t === 'd') c2 = this.readCore(b + 1);
    else if (mode === 'between' && jt.t === 'w' && hits[b]?.pre === 'و') c2 = this.readCore(b);
    else if (mode === 'from' && jt.t === 'w' && hits[b]?.pre === 'ل' && jt.sp) c2 = this.readCore(b);
    else if (jt.t === 'w' && (jt.x === 'الي' || jt.x === 'حتي')) {
      b++;
      if (toks[b]?.t === 'w' && CLITIC_ONLY.has(toks[b].x) && toks[b + 1]?.t === 'd') b++;
      c2 = this.readCore(b);
    }
    if (!c2 || c2.fixed || c2.vague) return null;
    // A scale written once serves both ends: "بين 20 و30 ألف" → 20000..30000.
    if (c1.lastScale === 1 && c2.lastScale > 1 && c1.value * c2.lastScale <= c2.value) c1.value *= c2.lastScale;
    if (!(c2.value > c1.value)) return null;
    const joined: Core = { ...c1, end: c2.end, lastScale: c2.lastScale, plain4: c1.plain4 && c2.plain4, currency: c1.currency ?? c2.currency };
    const r = this.finish(joined, { qual: 'range', end: a, s }, c2.value);
    return r;
  }

  /** Whether a change verb (ارتفع, انخفض …) stands in the five words before token i. */
  private changeVerbBefore(i: number): boolean {
    const { toks, hits } = this;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      if (toks[k + 1].nl || (toks[k].t === 'p' && toks[k].x !== '«' && toks[k].x !== '»')) return false;
      if (hits[k]?.lex.changeVerb) return true;
    }
    return false;
  }

  private tryCore(i: number, q: QualifierMatch | null): Found | null {
    const { toks, hits } = this;
    const core = this.readCore(i);
    if (!core) return null;
    if (!core.fixed && !core.vague) {
      // "35 الفا و225", "مليونا و300 ألف", "٤ آلاف و ٣ مائة و٢١": a smaller number after a
      // scale is added (and again after the smaller one's own scale).
      let added = core.lastScale;
      while (added >= 100) {
        const j = core.end;
        const n = toks[j];
        let c2: Core | null = null;
        if (n && !n.nl && n.t === 'w' && n.x === 'و' && toks[j + 1]?.t === 'd') c2 = this.readCore(j + 1);
        else if (n && !n.nl && n.t === 'w' && hits[j]?.pre === 'و') c2 = this.readCore(j);
        if (!c2 || c2.fixed || c2.vague || !(c2.value < added) || c2.value < 1) break;
        core.value += c2.value;
        core.end = c2.end;
        core.integer = core.integer && c2.integer;
        added = c2.lastScale;
      }
      // "خمسة فاصلة ثلاثة" → 5.3, "2 فاصلة 75 في المئة" → 2.75, "1 فاصلة 1 مليون" → 1.1e6.
      this.readDecimalWords(core);
      // "مليون ونصف" → 1.5 million, "خمسة وربع" → 5.25.
      let h = toks[core.end];
      let fracEnd = core.end + 1;
      // "مائة و ثلاثة و ثلث": the conjunction written apart.
      if (h && h.x === 'و' && !h.nl && toks[fracEnd] && !toks[fracEnd].nl && ADDED_FRACTIONS.has('و' + toks[fracEnd].x)) {
        h = { ...toks[fracEnd], x: 'و' + toks[fracEnd].x };
        fracEnd++;
      }
      const part = h && !h.nl && !core.definiteUnit ? ADDED_FRACTIONS.get(h.x) : undefined;
      if (part !== undefined && !toks[fracEnd]?.x.startsWith('ال')) {
        core.value += part * core.lastScale;
        core.end = fracEnd;
        core.integer = false;
      }
      // "10 إلى 15 ألف شخص": two numbers joined by إلى, unless a change verb comes before.
      const to = toks[core.end];
      if (!q && to && to.t === 'w' && !to.nl && to.x === 'الي' && !this.changeVerbBefore(i)) {
        let b = core.end + 1;
        if (toks[b]?.t === 'w' && CLITIC_ONLY.has(toks[b].x) && toks[b + 1]?.t === 'd') b++;
        const c2 = toks[b] && !toks[b].nl ? this.readCore(b) : null;
        if (c2 && !c2.fixed && !c2.vague && c2.lastScale >= core.lastScale) {
          const lowFirst = core.lastScale === 1 && c2.lastScale > 1 && core.value * c2.lastScale <= c2.value;
          const low = lowFirst ? core.value * c2.lastScale : core.value;
          if (c2.value > low) {
            const joined: Core = { ...core, value: low, end: c2.end, lastScale: c2.lastScale };
            return this.finish(joined, { qual: 'range', end: i, s: core.s }, c2.value);
          }
        }
      }
      // "سبعة من عشرة", "8 من أصل 10": a share of a total, one label (README "X من Y").
      const share = !q ? this.readShare(core) : null;
      if (share) return this.finish(share, null);
      // "فاز 3-1", "بنتيجة 2 - 0": a match score is one label, never a range.
      const score = core.digits && !q ? this.readScore(i, core) : null;
      if (score) return this.finish(score, null);
      // "3-5 أيام", "10$-20$", "$10-$20", "10%-20%": a hyphen between two numbers is a range.
      if (core.digits && !q) {
        let d = core.end;
        const mark = toks[d];
        const marked = mark?.t === 'p' && !mark.sp && (mark.x === '%' || CURRENCY_SYMBOLS.has(mark.x)) && isDash(toks[d + 1]);
        if (marked) d++;
        const n = toks[d + 1];
        const symbolNext = n?.t === 'p' && CURRENCY_SYMBOLS.has(n.x) && toks[d + 2]?.t === 'd' && !toks[d + 2].sp;
        if (isDash(toks[d]) && n && !n.nl && (n.t === 'd' || symbolNext)) {
          const c2 = this.readCore(d + 1);
          // Not "6-2023" (a number then a year).
          const yearAfterSmall = c2 !== null && c2.plain4 && !core.plain4;
          if (c2 && !c2.fixed && !c2.vague && c2.value > core.value && !yearAfterSmall) {
            if (core.lastScale === 1 && c2.lastScale > 1 && core.value * c2.lastScale <= c2.value) core.value *= c2.lastScale;
            const joined: Core = { ...core, end: c2.end, lastScale: c2.lastScale, currency: core.currency ?? c2.currency };
            if (marked && mark.x !== '%') joined.currency ??= CURRENCY_SYMBOLS.get(mark.x);
            // "10%-20": the mark on the first end serves both.
            if (marked && mark.x === '%' && !isPunct(this, c2.end, '%')) joined.fixed = { kind: 'percent', unit: null };
            return this.finish(joined, { qual: 'range', end: i, s: core.s }, c2.value);
          }
        }
      }
    }
    return this.finish(core, q);
  }

  // ---- the number itself --------------------------------------------------------------
  private core(value: number, sTok: number, s: number, end: number, extra: Partial<Core> = {}): Core {
    return {
      value,
      vague: false,
      sTok,
      s,
      end,
      lastScale: 1,
      digits: false,
      integer: Number.isInteger(value),
      plain4: false,
      definiteUnit: false,
      unitBefore: false,
      ...extra,
    };
  }

  private readCore(i: number): Core | null {
    const { toks, hits } = this;
    const t = toks[i];
    if (!t) return null;
    if (t.t === 'd') {
      if (i === this.scoreTok) {
        const c = this.readDigits(i);
        return c && !c.fixed ? { ...c, fixed: { kind: 'other', unit: null } } : c;
      }
      return this.readDigits(i);
    }
    const next = toks[i + 1];
    if (t.t === 'p') {
      // "$5 مليار"
      const code = CURRENCY_SYMBOLS.get(t.x);
      if (code && next?.t === 'd' && !next.nl) {
        const c = this.readDigits(i + 1);
        if (c && !c.fixed) return { ...c, sTok: i, s: t.s, currency: code };
      }
      // "+966 11 234 5678": an international phone number.
      if (t.x === '+' && next?.t === 'd' && !next.sp) return this.readLabel(i, i + 1);
      // "(011) 4567890": an area code with a leading zero in brackets, then the number.
      if (t.x === '(' && next?.t === 'd' && !next.sp && next.x.length >= 2 && next.x.charCodeAt(0) === 48 && isPunct(this, i + 2, ')')) {
        const label = this.readLabel(i, i + 1);
        if (label.end > i + 3 && this.labelDigits >= 7) return label;
      }
      // "-2°", "- 2 درجة": a minus sign counts only on a temperature (not "3 -1", not a bullet).
      if (t.x === '-' && next?.t === 'd' && !next.nl && (i === 0 || toks[i - 1].t !== 'd')) {
        const c = this.readDigits(i + 1);
        if (c && !c.fixed && this.degreeAt(c.end)) return { ...c, value: -c.value, sTok: i, s: t.s };
      }
      // "%7": the percent sign typed before the number (right-to-left input).
      if (t.x === '%' && next?.t === 'd' && !next.sp && (i === 0 || toks[i - 1].t !== 'd' || t.sp)) {
        const c = this.readDigits(i + 1);
        if (c && !c.fixed && c.lastScale === 1) return { ...c, sTok: i, s: t.s, fixed: { kind: 'percent', unit: null } };
      }
      return null;
    }
    const hit = hits[i];
    const nextDigits = next !== undefined && next.t === 'd' && !next.nl;
    // "بـ6", "الـ 2000", "و7": proclitics before digits are not part of the number's text.
    if (CLITIC_ONLY.has(t.x) && nextDigits) {
      const c = this.readDigits(i + 1);
      // "المركز الـ12", "الدورة الـ 75": the article on digits after such a noun is an ordinal.
      if (c && !c.fixed && t.x === 'ال' && c.lastScale === 1 && c.integer && hits[i - 1]?.lex.ordinalNoun && i - 1 >= this.floor) {
        c.fixed = { kind: 'ordinal', unit: null };
      }
      return c;
    }
    if (nextDigits && !next.sp && !parseNumericDate(toks, i + 1) && !parseClock(toks, i + 1)) {
      // "G20", "U17", "كوفيد19": letters glued to digits are a name.
      let end = i + 2;
      if (NAME_SUFFIX_OK(toks[end]) && !t.latin) end++;
      return this.core(Number(next.x), i, t.s, end, { fixed: { kind: 'other', unit: null } });
    }
    if (next && next.t === 'p' && (next.x === '-' || next.x === '–') && !next.sp && toks[i + 2]?.t === 'd' && !toks[i + 2].sp) {
      // "إف-16", "كوفيد-19", "سو-35".
      if (!hit || hit.lex.brand || (hit.lex.unit === undefined && hit.lex.ten === undefined && hit.lex.scale === undefined)) {
        let end = i + 3;
        if (NAME_SUFFIX_OK(toks[end])) end++;
        return this.core(Number(toks[i + 2].x), i, t.s, end, { fixed: { kind: 'other', unit: null } });
      }
    }
    if (t.latin) {
      // "Windows 11", "iPhone 15": a capitalised Latin word then plain digits is a name;
      // "about 10,000", "in 2024", "killed 50" are English sentences around a number.
      if (nextDigits && /[A-Z]/.test(t.x) && !parseNumericDate(toks, i + 1)) {
        const lower = t.x.toLowerCase();
        const grouped = toks[i + 2]?.x === ',' && !toks[i + 2].sp && toks[i + 3]?.t === 'd' && toks[i + 3].x.length === 3 && !toks[i + 3].sp;
        if (!ENGLISH_MONTHS.has(lower) && !ENGLISH_FUNCTION_WORDS.has(lower) && !grouped) {
          // "Android 4.4", "Flyme 4.5": a version number belongs to the name.
          const dotted = toks[i + 2]?.x === '.' && !toks[i + 2].sp && toks[i + 3]?.t === 'd' && !toks[i + 3].sp;
          const value = dotted ? Number(`${next.x}.${toks[i + 3].x}`) : Number(next.x);
          return this.core(value, i, t.s, dotted ? i + 4 : i + 2, { fixed: { kind: 'other', unit: null } });
        }
      }
      return null;
    }
    if (!hit) return null;
    const x = hit.lex;
    const s = t.s + hit.pre.length;
    const article = hasArticle(hit.pre);
    if (x.brand && hit.pre === '' && nextDigits) {
      // "إمبراير 190", "بوينغ 737".
      return this.core(Number(next.x), i, s, i + 2, { fixed: { kind: 'other', unit: null } });
    }
    if (x.clockCue) return this.readClock(i, s);
    // "سالب خمسة", "سالب ٥": a negative number.
    if (x.negative && hit.pre === '' && next && !next.nl) {
      const c = this.readCore(i + 1);
      if (c && !c.fixed && !c.vague && c.value > 0) return { ...c, value: -c.value, sTok: i, s };
    }
    // "القرار رقم 2334", "الخط الساخن 19999", "هاتف: 0123…": digits after are a label.
    if (x.labelCue) {
      let k = i + 1;
      if (isPunct(this, k, ':')) k++;
      // "رقم هاتف 0123…": one naming word may stand between; "الرقم بين ٢٠ و٣٠" is a range.
      if (toks[k]?.t === 'w' && !toks[k].latin && !toks[k].nl && toks[k + 1]?.t === 'd' && !RANGE_STARTS.has(toks[k].x) && !hits[k]?.lex.qualifiers) k++;
      if (toks[k]?.t === 'd' && !toks[k].nl && !parseNumericDate(toks, k) && !parseClock(toks, k)) {
        const h = hits[k + 1];
        const scaled = h !== undefined && h.pre === '' && h.lex.scale !== undefined;
        if (!scaled && !(toks[k + 1]?.t === 'p' && !toks[k + 1].sp && toks[k + 2]?.t === 'd' && toks[k + 1].x !== '-')) return this.readLabel(k, k);
      }
    }
    if (x.decade !== undefined) return this.readDecade(i, s);
    // "صفر إصابات", "صفر فاصلة خمسة": zero, but never the month Safar ("في صفر الماضي").
    if (x.zero && hit.pre === '' && next && !next.nl) {
      const nh = bareHit(this, i + 1);
      if (nh?.lex.decimalMark || nh?.lex.percentWord || nh?.lex.countNoun || isPunct(this, i + 1, '%')) return this.core(0, i, s, i + 1);
    }
    // "الواحد والعشرون", "الواحد و الثلاثون": ordinals built on واحد.
    if (article && x.unit === 1) {
      let k = i + 1;
      let pre2 = 'وال';
      if (toks[k]?.x === 'و' && !toks[k].nl) {
        k++;
        pre2 = 'ال';
      }
      const h2 = hits[k];
      if (h2 && h2.pre === pre2 && h2.lex.ordinalTens !== undefined && !toks[k].nl)
        return this.core(1 + h2.lex.ordinalTens, i, s, k + 1, { fixed: { kind: 'ordinal', unit: null } });
    }
    if (x.yearCue && nextDigits && next.x.length === 4 && !article) {
      const y = Number(next.x);
      const glue = toks[i + 2];
      if (y >= 1800 && y <= 2200 && !(glue && glue.t === 'p' && !glue.sp && toks[i + 3]?.t === 'd')) {
        // "بين عامي 2020 و2022"
        const a = toks[i + 2];
        if (a && a.t === 'w' && a.x === 'و' && toks[i + 3]?.t === 'd' && toks[i + 3].x.length === 4) {
          const y2 = Number(toks[i + 3].x);
          if (y2 > y) return this.core(y, i, s, i + 4, { fixed: { kind: 'year', unit: null }, hi: y2 });
        }
        return this.core(y, i, s, i + 2, { fixed: { kind: 'year', unit: null } });
      }
    }
    if (x.months && hit.pre === '') {
      // "نوفمبر 2023": a month and a year without a day.
      const m = matchMonth(this, i);
      const y = m ? toks[m.end] : undefined;
      if (m && y && y.t === 'd' && y.x.length === 4 && !y.nl) {
        const v = Number(y.x);
        if (v >= 1800 && v <= 2200) return this.core(v, i, s, m.end + 1, { fixed: { kind: 'date', unit: null } });
      }
    }
    if (x.vague && !(x.scale && !article && hit.pre !== '' && hit.pre !== 'و' && hit.pre !== 'ب' && hit.pre !== 'ل')) {
      let [lo, hi] = x.vague;
      let end = i + 1;
      const h2 = hits[i + 1];
      if (h2 && h2.lex.scale && h2.lex.scaleForm === 'plural' && !toks[i + 1].nl && h2.lex.scale > (x.scale ?? 1)) {
        // "عشرات الآلاف" → 20000..99999, "بضعة آلاف" → 3000..9999.
        lo *= h2.lex.scale;
        hi = (hi + 1) * h2.lex.scale - 1;
        end++;
      }
      // "بالآلاف", "للملايين": a definite vague amount counts nothing after it.
      const fixed: Fixed | undefined = article ? { kind: 'count', unit: null } : undefined;
      return this.core(lo, i, s, end, { vague: true, lo, hi, definiteUnit: true, fixed });
    }
    if (x.dualNoun && !article) {
      if (x.currency) {
        const code = x.currency === 'DINAR' ? 'دينار' : x.currency;
        return this.core(2, i, s, i + 1, { fixed: { kind: 'money', unit: code } });
      }
      if (x.degree) return this.core(2, i, s, i + 1, { fixed: { kind: 'other', unit: 'درجة' } });
      const unit = this.text.slice(this.origStart(s), this.origEnd(t.e));
      return this.core(2, i, s, i + 1, { fixed: { kind: x.timeNoun ? 'duration' : 'count', unit } });
    }
    if (x.frac !== undefined && !article) {
      const f = this.readFraction(i, s);
      if (f) return f;
    }
    if ((x.ordinal !== undefined && (article || (x.ordinalBare && (hit.pre === '' || hit.pre === 'و')))) || (x.ten !== undefined && article)) {
      const prev = bareHit(this, i - 1);
      if (prev?.lex.monthLead) return null;
      return this.readOrdinal(i, s);
    }
    if (x.unit !== undefined && this.falseFriend(i)) return null;
    const w = parseWords(this, i);
    if (!w) return null;
    // "واحدة من أكبر": "one of", not an amount.
    if (w.words === 1 && w.value === 1 && toks[w.end]?.x === 'من') return null;
    return this.core(w.value, i, s, w.end, {
      lastScale: w.lastScale,
      definiteUnit: w.fraction,
      unitBefore: (w.words === 1 && w.value <= 2) || article,
    });
  }

  /**
   * Whether the cardinal word (a unit, 1..10) at token i is another word that folds to the same letters (see
   * README "False friends"): "وأثنى" (praised), "لست" (I am not), "القاعة تسع 500" (holds).
   */
  private falseFriend(i: number): boolean {
    const { toks, hits } = this;
    const hit = hits[i]!;
    const base = toks[i].x.slice(hit.pre.length);
    const next = bareHit(this, i + 1);
    // The construct forms of "two" exist only in "اثنا عشر"; their hamza is never أ
    // ("أثنى" is a verb), which folding hides, so the original letter is read.
    if (CONSTRUCT_TWO.has(base)) {
      if (!next?.lex.teen) return true;
      if (this.text.charCodeAt(this.origStart(toks[i].s + hit.pre.length)) === 0x0623) return true;
    }
    // "لست": ل + ست is also "I am not"; it is "for six" only before a word that six counts.
    if (hit.pre === 'ل' && base === 'ست') {
      const h = toks[i + 1]?.nl ? undefined : hits[i + 1];
      const x = h?.lex;
      const compound = h?.pre === 'و' && (x?.ten !== undefined || x?.unit !== undefined);
      if (!h || !x || !(compound || (h.pre === '' && (x.teen || x.scale !== undefined || x.mia || x.timeNoun || x.countNoun || x.currency)))) return true;
    }
    // A lone cardinal word right before digits ("القاعة تسع 500 شخص") is a verb or a noun:
    // a number never counts another number ("للسنوات العشر 2001-2011" is definite, kept).
    const n = toks[i + 1];
    if (!hasArticle(hit.pre) && n?.t === 'd' && n.sp && !n.nl) return true;
    return false;
  }

  private readDigits(i: number): Core | null {
    const { toks, hits } = this;
    const t = toks[i];
    const date = parseNumericDate(toks, i);
    if (date) return this.core(date.day, i, t.s, date.end, { fixed: { kind: 'date', unit: null } });
    const clock = parseClock(toks, i);
    if (clock) return this.clockCore(i, t.s, clock.hours, clock.minutes, clock.end);
    // "0123456789", "0100-123-4567", "050 123 4567": a leading zero starts a phone number or an id.
    if (t.x.charCodeAt(0) === 48 && t.x.length >= 2) {
      if (t.x.length >= 7 || (t.x.length >= 3 && toks[i + 1]?.x === '-' && !toks[i + 1].sp && toks[i + 2]?.t === 'd' && !toks[i + 2].sp))
        return this.readLabel(i, i);
      // Groups after single spaces only: "02/10/1436" is a date, not a phone number.
      if (toks[i + 1]?.t === 'd' && toks[i + 1].sp) {
        const label = this.readLabel(i, i);
        if (label.end > i + 1 && this.labelDigits >= 7) return label;
      }
    }
    // "الأعوام 1,998 و1,999": a year printed with a thousands comma (tables of figures).
    const cy = this.commaYear(i);
    if (cy > 0 && this.commaYearHere(i)) {
      this.commaYearEnd = i + 3;
      // "عام 1,998": the cue word right before is part of the text, as for "عام 1998".
      const cue = i - 1 >= this.floor && this.hits[i - 1]?.lex.yearCue && !hasArticle(this.hits[i - 1]!.pre) ? i - 1 : i;
      const s = toks[cue].s + (cue < i ? this.hits[cue]!.pre.length : 0);
      return this.core(cy, cue, s, i + 3, { fixed: { kind: 'year', unit: null } });
    }
    // "موسم 2023/2024", "2023-24": two consecutive years.
    const seasons = this.readSeason(i);
    if (seasons) return seasons;
    const num = parseDigits(toks, i, (j) => this.decimalHint(j + 1), (k) => this.groupSpace(k));
    let end = num.end;
    // "17th, September 2023"
    const suf = toks[end];
    if (suf && suf.latin && !suf.sp && /^(st|nd|rd|th)$/i.test(suf.x)) {
      let k = end + 1;
      if (isPunct(this, k, ',')) k++;
      const m = toks[k];
      if (m && m.latin && ENGLISH_MONTHS.has(m.x.toLowerCase())) {
        k++;
        if (toks[k]?.t === 'd' && toks[k].x.length === 4) k++;
        return this.core(num.value, i, t.s, k, { fixed: { kind: 'date', unit: null } });
      }
      return this.core(num.value, i, t.s, end + 1, { fixed: { kind: 'ordinal', unit: null } });
    }
    // "5G", "4K", "12px": Latin letters glued after the digits make a name or a code.
    if (suf && suf.latin && !suf.sp && !CURRENCY_CODES.has(suf.x.toUpperCase()) && !ENGLISH_SCALES.has(suf.x.toLowerCase())) {
      // "1536x2048": a screen size is one label.
      const by = (suf.x === 'x' || suf.x === 'X') && toks[end + 1]?.t === 'd' && !toks[end + 1].sp;
      return this.core(num.value, i, t.s, by ? end + 2 : end + 1, { fixed: { kind: 'other', unit: null } });
    }
    // "من طراز «إمبراير 190»": a name word before the digits, with طراز shortly before it.
    const nameTok = this.modelNameBefore(i);
    if (nameTok >= 0) return this.core(num.value, nameTok, toks[nameTok].s, end, { fixed: { kind: 'other', unit: null } });
    let value = num.value;
    let lastScale = 1;
    // "1445 هـ", "1445 هجرية": a Hijri year.
    const hy = bareHit(this, end);
    if (num.plain && (t.x.length === 4 || t.x.length === 3) && hy && HIJRI_MARKS.has(toks[end].x))
      return this.core(value, i, t.s, end + 1, { fixed: { kind: 'year', unit: null } });
    const h = hits[end];
    if (h && h.pre === '' && h.lex.scale !== undefined && h.lex.scaleForm !== 'dual' && !toks[end].nl) {
      value *= h.lex.scale;
      lastScale = h.lex.scale;
      end++;
    } else if (this.englishScale(end) > 1) {
      // "3.5 million", "10 thousand" in an English sentence.
      lastScale = this.englishScale(end);
      value *= lastScale;
      end++;
    } else if (h && h.pre === '' && h.lex.mia && num.plain && value >= 1 && value <= 9 && !toks[end].nl) {
      // "٣ مائة" → 300.
      value *= 100;
      lastScale = 100;
      end++;
    }
    return this.core(value, i, t.s, end, {
      digits: true,
      lastScale,
      integer: Number.isInteger(value),
      plain4: num.plain && t.x.length === 4 && lastScale === 1,
    });
  }

  /**
   * How surely the whitespace before digit token k groups thousands (README "Separators"):
   * 2 for one no-break, narrow or thin space (what typesetting puts between groups) or one
   * plain space between Western digits ("10 000", the French/Maghreb habit); 1 for one plain
   * space between Arabic-Indic digits, which group with "٬" ("٣٤٥ ٦٧٨" is two numbers unless
   * more groups follow); 0 for anything else (a tab or two spaces separate columns).
   */
  private groupSpace(k: number): 0 | 1 | 2 {
    const t = this.toks[k];
    const p = this.toks[k - 1];
    if (!t.sp || t.nl || t.s !== p.e + 1) return 0;
    const c = this.text.charCodeAt(this.origStart(p.e));
    if (c === 0xa0 || c === 0x202f || c === 0x2009) return 2;
    if (c !== 32) return 0;
    const d1 = this.text.charCodeAt(this.origStart(p.s));
    const d2 = this.text.charCodeAt(this.origStart(t.s));
    return d1 >= 48 && d1 <= 57 && d2 >= 48 && d2 <= 57 ? 2 : 1;
  }

  /** The English scale word at token k ("million" → 1e6), or 1. */
  private englishScale(k: number): number {
    const t = this.toks[k];
    return t && t.latin && t.sp && !t.nl ? (ENGLISH_SCALES.get(t.x.toLowerCase()) ?? 1) : 1;
  }

  /** Whether what starts at token k makes a lone "." a decimal point (scale word, percent). */
  private decimalHint(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.nl) return false;
    if (t.t === 'p' && t.x === '%') return true;
    const h = this.hits[k];
    if (h && h.pre === '' && (h.lex.scale !== undefined || h.lex.percentWord)) return true;
    if (this.englishScale(k) > 1) return true;
    if (t.x === 'في' && (this.toks[k + 1]?.x === 'الميه' || this.toks[k + 1]?.x === 'المايه')) return true;
    return false;
  }

  /** Token index of a model name before digit token i ("طراز «إمبراير 190»"), or -1. */
  private modelNameBefore(i: number): number {
    const { toks, hits } = this;
    const name = i - 1;
    if (name < this.floor || !toks[i].sp || toks[i].nl) return -1;
    const w = toks[name];
    if (!w || w.t !== 'w' || CLITIC_ONLY.has(w.x)) return -1;
    const h = hits[name];
    if (h && (h.lex.stop || h.lex.countCue || h.lex.unit !== undefined || h.lex.scale !== undefined || h.lex.qualifiers)) return -1;
    for (let k = name - 1; k >= 0 && k >= name - 3; k--) {
      if (toks[k + 1].nl) return -1;
      if (hits[k]?.lex.modelCue) return name;
      if (toks[k].t === 'p' && !'«"\'“('.includes(toks[k].x)) return -1;
    }
    return -1;
  }

  private clockCore(sTok: number, s: number, hours: number, minutes: number, end: number): Core {
    let h = hours;
    const ev = bareHit(this, end);
    if (ev?.lex.evening && h < 12) {
      h += 12;
      end++;
    }
    return this.core(h + minutes / 60, sTok, s, end, { fixed: { kind: 'date', unit: 'time' } });
  }

  /** "الساعة 10:00", "الساعة 10 مساء", "الساعة العاشرة". */
  private readClock(i: number, s: number): Core | null {
    const { toks, hits } = this;
    const n = toks[i + 1];
    if (!n || n.nl) return null;
    if (n.t === 'd') {
      const c = parseClock(toks, i + 1);
      if (c) return this.clockCore(i, s, c.hours, c.minutes, c.end);
      const v = Number(n.x);
      if (n.x.length <= 2 && v <= 24 && !(toks[i + 2]?.t === 'p' && !toks[i + 2].sp && toks[i + 3]?.t === 'd'))
        return this.clockCore(i, s, v, 0, i + 2);
      return null;
    }
    const h = hits[i + 1];
    if (!h) return null;
    let v = h.lex.ordinal ?? h.lex.unit;
    let end = i + 2;
    if (v === undefined) return null;
    const teen = bareHit(this, end);
    if (teen?.lex.teen && v <= 2) {
      v += 10;
      end++;
    }
    return this.clockCore(i, s, v, 0, end);
  }

  private readFraction(i: number, s: number): Core | null {
    const { toks, hits } = this;
    const x = hits[i]!.lex;
    const frac = x.frac!;
    const n = nextWord(this, i + 1);
    if (x.fracHomograph) {
      // خمس السكان (a fifth) vs خمس سنوات (five), "من خمس إلى عشر" (five).
      if (!n || !(n.x.startsWith('ال') || n.x === 'من') || hits[i + 1]?.lex.stop) return null;
    }
    const h = hits[i + 1];
    if (n && h && h.pre === '') {
      if (h.lex.scale !== undefined && (h.lex.scaleForm === 'sing' || h.lex.scaleForm === 'acc'))
        return this.core(frac * h.lex.scale, i, s, i + 2, { lastScale: h.lex.scale });
      if (h.lex.timeNoun === 'century' || h.lex.timeNoun === 'decade') {
        // "ربع قرن" → 25 years.
        const years = frac * (h.lex.timeNoun === 'century' ? 100 : 10);
        return this.core(years, i, s, i + 2, { fixed: { kind: 'duration', unit: 'سنة' } });
      }
    }
    return this.core(frac, i, s, i + 1, { definiteUnit: true });
  }

  /** "الخامسة", "الحادي عشر", "الخامس والعشرين", "الخمسين", "ثالثة". */
  private readOrdinal(i: number, s: number): Core | null {
    const { toks, hits } = this;
    const x = hits[i]!.lex;
    let end = i + 1;
    if (x.ordinal === undefined) {
      // ال + tens: "الخمسين" (fiftieth) unless a time noun follows ("الخمسين عاما").
      const n = bareHit(this, end);
      if (n?.lex.timeNoun) return this.core(x.ten!, i, s, end, {});
      if (n?.lex.scale) return null;
      // "الثلاثين من يونيو": a day of a month.
      if (x.ten! <= 30 && toks[end]?.x === 'من' && !toks[end].nl) {
        const m = matchMonth(this, end + 1);
        if (m) return this.core(x.ten!, i, s, extendMonth(this, m.end), { fixed: { kind: 'date', unit: null } });
      }
      return this.core(x.ten!, i, s, end, { fixed: { kind: 'ordinal', unit: null } });
    }
    let v = x.ordinal;
    const n = hits[end];
    if (n && !toks[end].nl && n.pre === '' && n.lex.teen) {
      v += 10;
      end++;
    } else if (n && !toks[end].nl && n.pre === 'وال' && n.lex.ordinalTens !== undefined) {
      v += n.lex.ordinalTens;
      end++;
    } else if (toks[end]?.x === 'و' && !toks[end].nl && hits[end + 1]?.pre === 'ال' && hits[end + 1]!.lex.ordinalTens !== undefined && !toks[end + 1].nl) {
      // "الخامس و العشرون"
      v += hits[end + 1]!.lex.ordinalTens!;
      end += 2;
    } else if (toks[i].x.slice(hits[i]!.pre.length).startsWith('حادي')) return null;
    // "في الثانية عشرة ظهرا", "العاشرة مساء": an hour before a part of the day is a clock time.
    // Not "الحلقة الثانية مساء الخميس" (the evening of a day: a definite word follows).
    const dp = bareHit(this, end)?.lex;
    const construct = nextWord(this, end + 1)?.x.startsWith('ال') === true;
    // Hours are feminine (الساعة الخامسة): "المهرجان الخامس مساء أمس" is no clock time.
    const feminine = toks[i].x.endsWith('ه');
    // "الثانية ظهرا" is 14:00, "الثانية عشرة ظهرا" noon; as after الساعة, only an evening
    // word joins the text.
    if (v <= 12 && feminine && hasArticle(hits[i]!.pre) && (dp?.dayPart || dp?.evening) && !construct)
      return this.clockCore(i, s, dp.dayPart === 'noon' && v < 6 ? v + 12 : v, 0, end);
    // "طفلة في العاشرة من عمرها": an ordinal before "من عمره/العمر" is an age.
    if (toks[end]?.x === 'من' && !toks[end].nl && bareHit(this, end + 1)?.lex.ageCue)
      return this.core(v, i, s, end, { fixed: { kind: 'age', unit: null } });
    // "السابع من أكتوبر": an ordinal day of a month is a date.
    if (v <= 31 && toks[end]?.x === 'من' && !toks[end].nl) {
      const m = matchMonth(this, end + 1);
      if (m) return this.core(v, i, s, extendMonth(this, m.end), { fixed: { kind: 'date', unit: null } });
    }
    return this.core(v, i, s, end, { fixed: { kind: 'ordinal', unit: null } });
  }

  /** Whether a temperature mark (°, درجة) stands at token k. */
  private degreeAt(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.nl) return false;
    if (t.t === 'p') return t.x === '°';
    return bareHit(this, k)?.lex.degree === true;
  }

  /** Number of digits in the last label read. */
  private labelDigits = 0;

  /** Digit groups from token `from` (phone numbers, ids) as one label of kind other. */
  private readLabel(sTok: number, from: number): Core {
    const { toks } = this;
    let k = from;
    let digits = toks[k].x;
    k++;
    // "(011) 4567890": an area code in brackets.
    if (isPunct(this, sTok, '(') && isPunct(this, k, ')') && !toks[k].sp && toks[k + 1]?.t === 'd' && toks[k + 1].s === toks[k].e + 1) {
      digits += toks[k + 1].x;
      k += 2;
    }
    for (;;) {
      const a = toks[k];
      if (!a || a.nl) break;
      // "11 234 5678" (one space), "0100-123-4567".
      if (a.t === 'd' && a.s === toks[k - 1].e + 1) {
        digits += a.x;
        k++;
      } else if (a.t === 'p' && (a.x === '-' || a.x === '/') && !a.sp && toks[k + 1]?.t === 'd' && !toks[k + 1].sp) {
        digits += toks[k + 1].x;
        k += 2;
      } else break;
    }
    this.labelDigits = digits.length;
    return this.core(Number(digits), sTok, toks[sTok].s, k, { fixed: { kind: 'other', unit: null } });
  }

  /** The year at digit token k when it is printed "1,998" (1900–2100), else 0. */
  private commaYear(k: number): number {
    const { toks } = this;
    const a = toks[k];
    const c = toks[k + 1];
    const b = toks[k + 2];
    if (!a || a.t !== 'd' || a.x.length !== 1 || !c || c.x !== ',' || c.sp || !b || b.t !== 'd' || b.x.length !== 3 || b.sp) return 0;
    if (toks[k + 3]?.t === 'p' && !toks[k + 3].sp && toks[k + 4]?.t === 'd' && !toks[k + 4].sp) return 0;
    const y = Number(a.x + b.x);
    return y >= 1900 && y <= 2100 ? y : 0;
  }

  /** Token just after the last comma year read (a list of them goes on after it). */
  private commaYearEnd = -1;

  /**
   * Whether the comma year at digit token i is a year: after year wording ("عام", "الأعوام",
   * a table header "السنة |") unless a counted noun follows, or in a list of comma years
   * ("1,998 و1,999", "1,998 | 1,999") with nothing counted after and no count wording before.
   */
  private commaYearHere(i: number): boolean {
    const { toks, hits } = this;
    const k = this.skipListSep(i - 1, -1);
    if (k >= 0 && !toks[k + 1]?.nl) {
      const h = hits[k];
      // After year wording or a comma year already read, only a known counted noun, a
      // currency, a scale or a percent after it makes a count.
      const strong = (h && (h.lex.yearCue || (h.lex.timeNoun === 'year' && hasArticle(h.pre)))) || k + 1 === this.commaYearEnd;
      if (strong) {
        const n = toks[i + 3];
        const x = n && !n.nl ? hits[i + 3]?.lex : undefined;
        return !(x && (x.countNoun || x.currency || x.scale !== undefined || x.percentWord)) && !isPunct(this, i + 3, '%');
      }
      // "بلغ 1,950 و2,000 و2,050": a list that started with a count goes on as counts.
      if (toks[k].t === 'd') return false;
    }
    if (!this.freeAfter(i + 3) || cueBefore(this, i, 3, (j) => hits[j]?.lex.countCue === true)) return false;
    const j = this.skipListSep(i + 3, 1);
    return j > i + 3 && !toks[j]?.nl && this.commaYear(j) > 0 && this.freeAfter(j + 3);
  }

  /** Whether nothing counted follows token k (end of line, punctuation, "و…", a function word). */
  private freeAfter(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.nl || t.t !== 'w') return true;
    const h = this.hits[k];
    return t.x === 'و' || h?.pre.startsWith('و') === true || h?.lex.stop === true;
  }

  /** Token index past list separators ("و", ",", "،", "|", "/", "-") after token k. */
  private skipListSep(k: number, dir: 1 | -1): number {
    const { toks } = this;
    let j = k;
    for (let n = 0; n < 2; n++) {
      const t = toks[j];
      if (!t || (dir === 1 ? t.nl : toks[j + 1]?.nl)) return j;
      if ((t.t === 'p' && ',،|/-;؛'.includes(t.x)) || (t.t === 'w' && t.x === 'و')) j += dir;
      else break;
    }
    return j;
  }

  /** "2023/2024", "2023-24": a season or fiscal year written as two consecutive years. */
  private readSeason(i: number): Core | null {
    const { toks } = this;
    const a = toks[i];
    const sep = toks[i + 1];
    const b = toks[i + 2];
    if (a.x.length !== 4 || !sep || sep.t !== 'p' || sep.sp || (sep.x !== '/' && sep.x !== '-')) return null;
    if (!b || b.t !== 'd' || b.sp || (b.x.length !== 4 && b.x.length !== 2)) return null;
    if (toks[i + 3]?.t === 'p' && !toks[i + 3].sp && toks[i + 4]?.t === 'd') return null;
    const y = Number(a.x);
    const y2 = b.x.length === 4 ? Number(b.x) : y - (y % 100) + Number(b.x);
    if (y < 1800 || y > 2200 || y2 !== y + 1) return null;
    return this.core(y, i, a.s, i + 3, { fixed: { kind: 'year', unit: null }, hi: y2 });
  }

  /** "عشرينات القرن الماضي" → 1920..1929; "في الأربعينات من عمره" → age 40..49. */
  private readDecade(i: number, s: number): Core {
    const { toks } = this;
    const d = this.hits[i]!.lex.decade!;
    if (toks[i + 1]?.x === 'من' && !toks[i + 1].nl && bareHit(this, i + 2)?.lex.ageCue)
      return this.core(d, i, s, i + 1, { fixed: { kind: 'age', unit: null }, hi: d + 9 });
    let base = 1900;
    let end = i + 1;
    // "عشرينات القرن الماضي", "الخمسينيات من القرن الماضي", "ثلاثينيات القرن الحالي".
    const c = toks[end]?.x === 'من' && !toks[end].nl ? end + 1 : end;
    const w = toks[c + 1];
    if (toks[c]?.x === 'القرن' && !toks[c].nl && w && !w.nl) {
      if (w.x === 'الماضي' || w.x === 'العشرين' || w.x === 'المنصرم') end = c + 2;
      else if (w.x === 'الحالي' || w.x === 'الجاري') {
        base = 2000;
        end = c + 2;
      } else if (w.x === 'الحادي') {
        base = 2000;
        end = toks[c + 2]?.x === 'والعشرين' ? c + 3 : c + 2;
      }
    }
    return this.core(base + d, i, s, end, { fixed: { kind: 'year', unit: null }, hi: base + d + 9 });
  }

  /** "فاز 3-1", "بنتيجة 2 - 0": a score after a sports word, as one label, or null. */
  private readScore(i: number, core: Core): Core | null {
    const { toks, hits } = this;
    const dash = toks[core.end];
    const b = toks[core.end + 1];
    if (core.lastScale !== 1 || !core.integer || toks[i].x.length > 2) return null;
    if (!dash || dash.t !== 'p' || (dash.x !== '-' && dash.x !== '–') || dash.nl) return null;
    if (!b || b.t !== 'd' || b.nl || b.x.length > 2 || (toks[core.end + 2]?.t === 'p' && !toks[core.end + 2].sp && toks[core.end + 3]?.t === 'd')) return null;
    // "انتهت بعد 3-5 أيام" is a range of days, whatever came before.
    const after = hits[core.end + 2];
    if (toks[core.end + 2]?.x === '%' || (after && (after.lex.timeNoun || after.lex.currency || after.lex.countNoun || after.lex.degree || after.lex.percentWord || after.lex.scale))) return null;
    let cue = false;
    for (let k = i - 1; k >= 0 && k >= i - 6 && k >= this.floor; k--) {
      const t = toks[k];
      if (toks[k + 1].nl || (t.t === 'p' && '.؟!؛'.includes(t.x))) break;
      if (hits[k]?.lex.scoreCue) {
        cue = true;
        break;
      }
    }
    if (!cue) return null;
    // Two labels: the scanner reads the second number as a score too when it gets there.
    this.scoreTok = core.end + 1;
    return { ...core, fixed: { kind: 'other', unit: null } };
  }

  /**
   * "سبعة من عشرة", "7 من كل 10", "ثمانية من أصل عشرة": a part of a stated total right after
   * it, as one label of kind other whose value is the part; or null.
   */
  private readShare(core: Core): Core | null {
    const { toks } = this;
    if (core.lastScale !== 1 || !core.integer || core.value < 1) return null;
    let k = core.end;
    if (toks[k]?.x !== 'من' || toks[k].nl) return null;
    k++;
    const every = toks[k]?.x === 'كل' && !toks[k].nl;
    if ((every || toks[k]?.x === 'اصل') && !toks[k].nl) k++;
    const n = toks[k];
    if (!n || n.nl || (n.t !== 'd' && !this.hits[k])) return null;
    const total = this.readCore(k);
    if (!total || total.fixed || total.vague || !total.integer || !(total.value > core.value)) return null;
    // "من 5 إلى 10" after the part is a change or a range, and "من 2024" a year.
    const after = toks[total.end];
    if ((after && !after.nl && (after.x === 'الي' || after.x === 'حتي')) || (total.plain4 && total.value >= 1800 && total.value <= 2200)) return null;
    // "ثلاث من 24 طائرة": with a counted noun both are counts of it (the total is news too);
    // "سبعة من كل عشرة أطفال" is a rate, and the noun belongs to the phrase.
    const noun = nounAt(this, total.end, false, false);
    if (noun && !every) return null;
    return { ...core, end: noun ? nounEnd(this, total.end) : total.end, fixed: { kind: 'other', unit: null } };
  }

  /** "و43 سنتا" after a sum in `code` (or a dinar word) at token k: the fraction it adds. */
  private readSubunit(k: number, code: string): { value: number; end: number } | null {
    const { toks } = this;
    const w = toks[k];
    if (!w || w.nl || w.t !== 'w') return null;
    // "و43" and "و 43" are read from the و (a lone proclitic), "و خمسون" from the number word.
    let from = k;
    if (w.x === 'و') {
      if (!toks[k + 1] || toks[k + 1].nl) return null;
      if (toks[k + 1].t === 'w') from = k + 1;
    } else if (this.hits[k]?.pre !== 'و') return null;
    const c = this.readCore(from);
    if (!c || c.fixed || c.vague || !c.integer || c.lastScale !== 1 || c.value < 1) return null;
    const sub = bareHit(this, c.end)?.lex.subunit;
    const key = /^[A-Z]{3}$/.test(code) ? code : 'DINAR';
    const per = sub?.get(key);
    if (per === undefined || c.value >= per) return null;
    return { value: c.value / per, end: c.end + 1 };
  }

  /** Extends core over "فاصلة N" (a decimal part spelled after the decimal word). */
  private readDecimalWords(core: Core): void {
    const { toks, hits } = this;
    const fa = toks[core.end];
    if (core.lastScale !== 1 || !core.integer || core.value < 0 || !fa || fa.nl || !bareHit(this, core.end)?.lex.decimalMark) return;
    const ft = toks[core.end + 1];
    if (!ft || ft.nl) return;
    let frac: string | null = null;
    let fe = core.end + 2;
    if (ft.t === 'd') frac = ft.x;
    else {
      const w = parseWords(this, core.end + 1);
      if (w && w.lastScale === 1 && Number.isInteger(w.value) && !w.fraction) {
        frac = String(w.value);
        fe = w.end;
      }
    }
    if (frac === null) return;
    core.value = Number(`${core.value}.${frac}`);
    core.end = fe;
    core.integer = false;
    const h = hits[fe];
    if (h && h.pre === '' && h.lex.scale !== undefined && h.lex.scaleForm !== 'dual' && !toks[fe].nl) {
      core.value *= h.lex.scale;
      core.lastScale = h.lex.scale;
      core.end = fe + 1;
    }
  }

  // ---- kind, unit, interval -----------------------------------------------------------
  private finish(core: Core, q: QualifierMatch | null, high?: number): Found {
    const { toks } = this;
    let kind: QuantityKind;
    let unit: string | null;
    let textEnd: number;
    let end: number;
    let value = core.value;
    if (core.fixed) {
      kind = core.fixed.kind;
      unit = core.fixed.unit;
      textEnd = end = core.fixed.end ?? core.end;
      if (core.hi !== undefined && (kind === 'year' || kind === 'age')) {
        high = core.hi;
        q = { qual: 'range', end: core.end, s: core.s };
      }
    } else {
      const d = describe(
        this,
        {
          value: core.value,
          end: core.end,
          startTok: core.sTok,
          integer: core.integer,
          plain4: core.plain4,
          scaled: core.lastScale > 1,
          vague: core.vague,
          definiteUnit: core.definiteUnit,
          qualified: q !== null && q.qual !== 'range',
        },
        this.written,
      );
      kind = d.kind;
      unit = d.unit;
      textEnd = d.textEnd;
      end = d.end;
      if (core.currency && kind !== 'money') {
        kind = 'money';
        unit = core.currency;
      }
      if (core.unitBefore && unit === null && kind === 'count') {
        // "حالة وفاة واحدة": the noun is before the number.
        const p = core.sTok - 1;
        if (p >= this.floor && toks[core.sTok].sp && nounAt(this, p, true, true, true)) {
          let ps = p;
          const pp = this.hits[p - 1];
          if (pp?.lex.unitTails?.has(toks[p].x) && p - 1 >= this.floor) ps = p - 1;
          const from = toks[ps].s + (this.hits[ps]?.pre.length ?? 0);
          unit = this.text.slice(this.origStart(from), this.origEnd(toks[p].e));
          if (this.hits[p]?.lex.timeNoun) kind = 'duration';
        }
      }
      // "ثلاث سنوات ونصف"
      const h = toks[end];
      if ((kind === 'duration' || kind === 'age') && end > textEnd && h && !h.nl && h.x === 'ونصف') {
        value += 0.5;
        end++;
        textEnd = end;
      }
    }
    // "20 دولارا و43 سنتا", "جنيهان وخمسون قرشا": sub-units add to the sum.
    if (kind === 'money' && unit && high === undefined && !core.vague) {
      const sub = this.readSubunit(Math.max(end, textEnd), unit);
      if (sub) {
        value += sub.value;
        end = textEnd = sub.end;
      }
    }
    // "5 درجات تحت الصفر", "درجتين تحت الصفر": below zero.
    if (kind === 'other' && unit === 'درجة') {
      const b = Math.max(end, textEnd);
      if (toks[b]?.x === 'تحت' && toks[b + 1]?.x === 'الصفر' && !toks[b].nl && !toks[b + 1].nl && value > 0) {
        value = -value;
        end = textEnd = b + 2;
      }
    }
    let qual: Qualifier = q ? q.qual : 'exact';
    let s = q ? q.s : core.s;
    // Qualifiers after the number: "1444 شخصا على الأقل", "20 قتيلا تقريبا".
    if (!q) {
      const pq = matchPost(this, textEnd) ?? (end > textEnd ? matchPost(this, end) : null);
      if (pq) {
        qual = pq.qual;
        textEnd = end = pq.end;
      }
    }
    // Dates, years, ordinals and names are points or labels: no interval wording applies.
    const label = kind === 'date' || kind === 'year' || kind === 'ordinal' || (kind === 'other' && unit !== 'درجة');
    if (label && qual !== 'range') {
      qual = 'exact';
      s = core.s;
    }
    let min: number | null;
    let max: number | null;
    if (core.vague) {
      min = core.lo!;
      max = core.hi!;
      if (qual === 'exact') qual = 'range';
      else if (qual === 'more-than' || qual === 'at-least') max = null;
      else if (qual === 'less-than' || qual === 'at-most') min = null;
    } else {
      ({ min, max } = bounds(qual, value, high));
    }
    const e = toks[Math.max(textEnd, core.end) - 1].e;
    return { s, e, endTok: Math.max(end, textEnd), value, min, max, qualifier: qual, kind, unit, vague: core.vague };
  }
}

/**
 * Every quantity in an Arabic (or mixed) text, sorted by start, non-overlapping, with
 * `text === input.slice(start, end)`. One pass; safe to call on large inputs (benchmarks
 * call it on whole concatenated corpora).
 */
export function extractQuantities(text: string): Quantity[] {
  if (!text) return [];
  if (text.length <= CHUNK) return extractChunk(text);
  // Long inputs are cut at line breaks into pieces of about CHUNK characters: nothing the
  // recognizer reads spans a line break, and folding many small strings is much faster
  // than building one huge folded string.
  const out: Quantity[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to);
      if (nl > from) to = nl + 1;
      else {
        const next = text.indexOf('\n', to);
        to = next < 0 ? text.length : next + 1;
      }
    }
    const piece = text.slice(from, to);
    for (const q of extractChunk(piece)) out.push({ ...q, start: q.start + from, end: q.end + from });
    from = to;
  }
  return out;
}

/** Size of the pieces long inputs are cut into (characters). */
const CHUNK = 16384;

function extractChunk(text: string): Quantity[] {
  const f = foldWithMap(text);
  return new Scanner(text, f.folded, f.map).run();
}

export type { Quantity };
