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
import { foldedTokens } from './tokens';
import type { FoldedToken } from './tokens';
import { CONSTRUCT_TWO, parseWords } from './words';

export { ABOUT_TOLERANCE, aboutBounds } from './tolerance';

/** A kind decided while reading the number itself (dates, names, duals, ordinals). */
interface Decided {
  kind: QuantityKind;
  unit: string | null;
  /** Token index just after the text (defaults to the core's end). */
  end?: number;
}

interface Core {
  value: number;
  /** Interval of a vague amount. */
  low?: number;
  high?: number;
  vague: boolean;
  /** Token index and folded offset where the number's text starts. */
  startToken: number;
  startOffset: number;
  /** Token index just after the number. */
  end: number;
  lastScale: number;
  writtenInDigits: boolean;
  integer: boolean;
  /** Four digits and nothing else ("2022", not "2,022" nor "2022 ألف"): a year candidate. */
  plainFourDigits: boolean;
  decided?: Decided;
  definiteUnit: boolean;
  /** "حالة وفاة واحدة", "الجنود الثلاثة": the counted noun stands before the number. */
  unitBefore: boolean;
  /** Money symbol written before the number ("$5"). */
  currency?: string;
}

/** A quantity found in folded text: folded offsets and its last token, before mapping back. */
interface Found extends Pick<Quantity, 'value' | 'min' | 'max' | 'qualifier' | 'kind' | 'unit'> {
  startOffset: number;
  endOffset: number;
  endToken: number;
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
const isDash = (t: FoldedToken | undefined): boolean => t !== undefined && t.type === 'punct' && (t.text === '-' || t.text === '–') && !t.lineBefore;

const NAME_SUFFIX_OK = (t: FoldedToken | undefined): boolean =>
  t !== undefined && t.type === 'word' && t.latin && !t.spaceBefore;

class Scanner implements Ctx {
  readonly tokens;
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
    this.tokens = foldedTokens(folded);
    this.hits = this.tokens.map((t) => (t.type === 'word' && !t.latin ? lookup(t.text) : undefined));
  }

  run(): Quantity[] {
    const out: Quantity[] = [];
    const n = this.tokens.length;
    let i = 0;
    while (i < n) {
      // Addresses ("https://site/2023/09/12/article-123456") hold digits that are no quantities.
      const u = this.tokens[i];
      if (u.latin && (u.text === 'http' || u.text === 'https' || u.text === 'www') && this.tokens[i + 1]?.type === 'punct' && !this.tokens[i + 1].spaceBefore) {
        i++;
        while (i < n && !this.tokens[i].spaceBefore) i++;
        this.floor = i;
        continue;
      }
      const f = this.tryAt(i);
      if (f) {
        out.push(this.toQuantity(f));
        i = Math.max(f.endToken, i + 1);
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
    return this.text.slice(this.origStart(this.tokens[sTok].start), this.origEnd(this.tokens[eTok - 1].end));
  };

  private toQuantity(f: Found): Quantity {
    const start = this.origStart(f.startOffset);
    const end = this.origEnd(f.endOffset);
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
    const q = this.tokens[i].latin ? this.matchEnglishPre(i) : matchPre(this, i);
    if (q) {
      const r = this.tryRange(q.end, q) ?? this.tryCore(q.end, q);
      if (r) return r;
    }
    const t = this.tokens[i];
    if (t.type === 'word') {
      const r = this.tryRange(i, null);
      if (r) return r;
    }
    return this.tryCore(i, null);
  }

  /** "about", "more than", "at least" before digits in an English sentence. */
  private matchEnglishPre(i: number): QualifierMatch | null {
    const { tokens } = this;
    const list = ENGLISH_QUALIFIERS.get(tokens[i].text.toLowerCase());
    if (!list) return null;
    for (const [rest, qual] of list) {
      const end = i + 1 + rest.length;
      if (!rest.every((w, k) => tokens[i + 1 + k]?.latin && !tokens[i + 1 + k].lineBefore && tokens[i + 1 + k].text.toLowerCase() === w)) continue;
      const n = tokens[end];
      const sym = n?.type === 'punct' && CURRENCY_SYMBOLS.has(n.text) && tokens[end + 1]?.type === 'digits';
      if (n && !n.lineBefore && (n.type === 'digits' || sym)) return { qual, end, startOffset: tokens[i].start };
    }
    return null;
  }

  /** "بين 20 و30 ألف", "ما بين 3 و5", "من 3 إلى 5 آلاف". */
  private tryRange(i: number, q: QualifierMatch | null): Found | null {
    const { tokens, hits } = this;
    const t = tokens[i];
    if (!t || t.type !== 'word' || !RANGE_STARTS.has(t.text)) return null;
    const hit = hits[i];
    const pre = hit?.pre ?? '';
    const base = t.text.slice(pre.length);
    let j = i;
    const s = t.start + (base === t.text ? 0 : pre.length);
    if ((t.text === 'ما' || t.text === 'وما') && tokens[i + 1]?.text === 'بين') j = i + 1;
    const w = tokens[j].text;
    let mode: 'between' | 'from';
    if (w === 'بين' || w === 'وبين' || w === 'فبين') mode = 'between';
    else if (w === 'من' && q === null) mode = 'from';
    else return null;
    // "ارتفع عدد القتلى من 2000 إلى 3000" is a change between two figures, not a range.
    if (mode === 'from' && this.changeVerbBefore(i)) return null;
    let a = j + 1;
    if (tokens[a]?.type === 'word' && CLITIC_ONLY.has(tokens[a].text) && tokens[a + 1]?.type === 'digits') a++;
    if (nextWord(this, a) === undefined && tokens[a]?.type !== 'digits') return null;
    const c1 = this.readCore(a);
    if (!c1 || c1.decided || c1.vague) return null;
    let b = c1.end;
    const jt = tokens[b];
    if (!jt || jt.lineBefore) return null;
    let c2: Core | null = null;
    if (mode === 'between' && jt.type === 'word' && jt.text === 'و' && tokens[b + 1]?.type === 'digits') c2 = this.readCore(b + 1);
    else if (mode === 'between' && jt.type === 'word' && hits[b]?.pre === 'و') c2 = this.readCore(b);
    else if (mode === 'from' && jt.type === 'word' && hits[b]?.pre === 'ل' && jt.spaceBefore) c2 = this.readCore(b);
    else if (jt.type === 'word' && (jt.text === 'الي' || jt.text === 'حتي')) {
      b++;
      if (tokens[b]?.type === 'word' && CLITIC_ONLY.has(tokens[b].text) && tokens[b + 1]?.type === 'digits') b++;
      c2 = this.readCore(b);
    }
    if (!c2 || c2.decided || c2.vague) return null;
    // A scale written once serves both ends: "بين 20 و30 ألف" → 20000..30000.
    if (c1.lastScale === 1 && c2.lastScale > 1 && c1.value * c2.lastScale <= c2.value) c1.value *= c2.lastScale;
    if (!(c2.value > c1.value)) return null;
    const joined: Core = { ...c1, end: c2.end, lastScale: c2.lastScale, plainFourDigits: c1.plainFourDigits && c2.plainFourDigits, currency: c1.currency ?? c2.currency };
    const r = this.finish(joined, { qual: 'range', end: a, startOffset: s }, c2.value);
    return r;
  }

  /** Whether a change verb (ارتفع, انخفض …) stands in the five words before token i. */
  private changeVerbBefore(i: number): boolean {
    const { tokens, hits } = this;
    for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
      if (tokens[k + 1].lineBefore || (tokens[k].type === 'punct' && tokens[k].text !== '«' && tokens[k].text !== '»')) return false;
      if (hits[k]?.lex.changeVerb) return true;
    }
    return false;
  }

  private tryCore(i: number, q: QualifierMatch | null): Found | null {
    const { tokens, hits } = this;
    const core = this.readCore(i);
    if (!core) return null;
    if (!core.decided && !core.vague) {
      // "35 الفا و225", "مليونا و300 ألف", "٤ آلاف و ٣ مائة و٢١": a smaller number after a
      // scale is added (and again after the smaller one's own scale).
      let added = core.lastScale;
      while (added >= 100) {
        const j = core.end;
        const n = tokens[j];
        let c2: Core | null = null;
        if (n && !n.lineBefore && n.type === 'word' && n.text === 'و' && tokens[j + 1]?.type === 'digits') c2 = this.readCore(j + 1);
        else if (n && !n.lineBefore && n.type === 'word' && hits[j]?.pre === 'و') c2 = this.readCore(j);
        if (!c2 || c2.decided || c2.vague || !(c2.value < added) || c2.value < 1) break;
        core.value += c2.value;
        core.end = c2.end;
        core.integer = core.integer && c2.integer;
        added = c2.lastScale;
      }
      // "خمسة فاصلة ثلاثة" → 5.3, "2 فاصلة 75 في المئة" → 2.75, "1 فاصلة 1 مليون" → 1.1e6.
      this.readDecimalWords(core);
      // "مليون ونصف" → 1.5 million, "خمسة وربع" → 5.25.
      let h = tokens[core.end];
      let fracEnd = core.end + 1;
      // "مائة و ثلاثة و ثلث": the conjunction written apart.
      if (h && h.text === 'و' && !h.lineBefore && tokens[fracEnd] && !tokens[fracEnd].lineBefore && ADDED_FRACTIONS.has('و' + tokens[fracEnd].text)) {
        h = { ...tokens[fracEnd], text: 'و' + tokens[fracEnd].text };
        fracEnd++;
      }
      const part = h && !h.lineBefore && !core.definiteUnit ? ADDED_FRACTIONS.get(h.text) : undefined;
      if (part !== undefined && !tokens[fracEnd]?.text.startsWith('ال')) {
        core.value += part * core.lastScale;
        core.end = fracEnd;
        core.integer = false;
      }
      // "10 إلى 15 ألف شخص": two numbers joined by إلى, unless a change verb comes before.
      const to = tokens[core.end];
      if (!q && to && to.type === 'word' && !to.lineBefore && to.text === 'الي' && !this.changeVerbBefore(i)) {
        let b = core.end + 1;
        if (tokens[b]?.type === 'word' && CLITIC_ONLY.has(tokens[b].text) && tokens[b + 1]?.type === 'digits') b++;
        const c2 = tokens[b] && !tokens[b].lineBefore ? this.readCore(b) : null;
        if (c2 && !c2.decided && !c2.vague && c2.lastScale >= core.lastScale) {
          const lowFirst = core.lastScale === 1 && c2.lastScale > 1 && core.value * c2.lastScale <= c2.value;
          const low = lowFirst ? core.value * c2.lastScale : core.value;
          if (c2.value > low) {
            const joined: Core = { ...core, value: low, end: c2.end, lastScale: c2.lastScale };
            return this.finish(joined, { qual: 'range', end: i, startOffset: core.startOffset }, c2.value);
          }
        }
      }
      // "سبعة من عشرة", "8 من أصل 10": a share of a total, one label (README "X من Y").
      const share = !q ? this.readShare(core) : null;
      if (share) return this.finish(share, null);
      // "فاز 3-1", "بنتيجة 2 - 0": a match score is one label, never a range.
      const score = core.writtenInDigits && !q ? this.readScore(i, core) : null;
      if (score) return this.finish(score, null);
      // "3-5 أيام", "10$-20$", "$10-$20", "10%-20%": a hyphen between two numbers is a range.
      if (core.writtenInDigits && !q) {
        let d = core.end;
        const mark = tokens[d];
        const marked = mark?.type === 'punct' && !mark.spaceBefore && (mark.text === '%' || CURRENCY_SYMBOLS.has(mark.text)) && isDash(tokens[d + 1]);
        if (marked) d++;
        const n = tokens[d + 1];
        const symbolNext = n?.type === 'punct' && CURRENCY_SYMBOLS.has(n.text) && tokens[d + 2]?.type === 'digits' && !tokens[d + 2].spaceBefore;
        if (isDash(tokens[d]) && n && !n.lineBefore && (n.type === 'digits' || symbolNext)) {
          const c2 = this.readCore(d + 1);
          // Not "6-2023" (a number then a year).
          const yearAfterSmall = c2 !== null && c2.plainFourDigits && !core.plainFourDigits;
          if (c2 && !c2.decided && !c2.vague && c2.value > core.value && !yearAfterSmall) {
            if (core.lastScale === 1 && c2.lastScale > 1 && core.value * c2.lastScale <= c2.value) core.value *= c2.lastScale;
            const joined: Core = { ...core, end: c2.end, lastScale: c2.lastScale, currency: core.currency ?? c2.currency };
            if (marked && mark.text !== '%') joined.currency ??= CURRENCY_SYMBOLS.get(mark.text);
            // "10%-20": the mark on the first end serves both.
            if (marked && mark.text === '%' && !isPunct(this, c2.end, '%')) joined.decided = { kind: 'percent', unit: null };
            return this.finish(joined, { qual: 'range', end: i, startOffset: core.startOffset }, c2.value);
          }
        }
      }
    }
    return this.finish(core, q);
  }

  // ---- the number itself --------------------------------------------------------------
  private core(value: number, startToken: number, startOffset: number, end: number, extra: Partial<Core> = {}): Core {
    return {
      value,
      vague: false,
      startToken,
      startOffset,
      end,
      lastScale: 1,
      writtenInDigits: false,
      integer: Number.isInteger(value),
      plainFourDigits: false,
      definiteUnit: false,
      unitBefore: false,
      ...extra,
    };
  }

  private readCore(i: number): Core | null {
    const { tokens, hits } = this;
    const t = tokens[i];
    if (!t) return null;
    if (t.type === 'digits') {
      if (i === this.scoreTok) {
        const c = this.readDigits(i);
        return c && !c.decided ? { ...c, decided: { kind: 'other', unit: null } } : c;
      }
      return this.readDigits(i);
    }
    const next = tokens[i + 1];
    if (t.type === 'punct') {
      // "$5 مليار"
      const code = CURRENCY_SYMBOLS.get(t.text);
      if (code && next?.type === 'digits' && !next.lineBefore) {
        const c = this.readDigits(i + 1);
        if (c && !c.decided) return { ...c, startToken: i, startOffset: t.start, currency: code };
      }
      // "+966 11 234 5678": an international phone number.
      if (t.text === '+' && next?.type === 'digits' && !next.spaceBefore) return this.readLabel(i, i + 1);
      // "(011) 4567890": an area code with a leading zero in brackets, then the number.
      if (t.text === '(' && next?.type === 'digits' && !next.spaceBefore && next.text.length >= 2 && next.text.charCodeAt(0) === 48 && isPunct(this, i + 2, ')')) {
        const label = this.readLabel(i, i + 1);
        if (label.end > i + 3 && this.labelDigits >= 7) return label;
      }
      // "-2°", "- 2 درجة": a minus sign counts only on a temperature (not "3 -1", not a bullet).
      if (t.text === '-' && next?.type === 'digits' && !next.lineBefore && (i === 0 || tokens[i - 1].type !== 'digits')) {
        const c = this.readDigits(i + 1);
        if (c && !c.decided && this.degreeAt(c.end)) return { ...c, value: -c.value, startToken: i, startOffset: t.start };
      }
      // "%7": the percent sign typed before the number (right-to-left input).
      if (t.text === '%' && next?.type === 'digits' && !next.spaceBefore && (i === 0 || tokens[i - 1].type !== 'digits' || t.spaceBefore)) {
        const c = this.readDigits(i + 1);
        if (c && !c.decided && c.lastScale === 1) return { ...c, startToken: i, startOffset: t.start, decided: { kind: 'percent', unit: null } };
      }
      return null;
    }
    const hit = hits[i];
    const nextDigits = next !== undefined && next.type === 'digits' && !next.lineBefore;
    // "بـ6", "الـ 2000", "و7": proclitics before digits are not part of the number's text.
    if (CLITIC_ONLY.has(t.text) && nextDigits) {
      const c = this.readDigits(i + 1);
      // "المركز الـ12", "الدورة الـ 75": the article on digits after such a noun is an ordinal.
      if (c && !c.decided && t.text === 'ال' && c.lastScale === 1 && c.integer && hits[i - 1]?.lex.ordinalNoun && i - 1 >= this.floor) {
        c.decided = { kind: 'ordinal', unit: null };
      }
      return c;
    }
    if (nextDigits && !next.spaceBefore && !parseNumericDate(tokens, i + 1) && !parseClock(tokens, i + 1)) {
      // "G20", "U17", "كوفيد19": letters glued to digits are a name.
      let end = i + 2;
      if (NAME_SUFFIX_OK(tokens[end]) && !t.latin) end++;
      return this.core(Number(next.text), i, t.start, end, { decided: { kind: 'other', unit: null } });
    }
    if (next && next.type === 'punct' && (next.text === '-' || next.text === '–') && !next.spaceBefore && tokens[i + 2]?.type === 'digits' && !tokens[i + 2].spaceBefore) {
      // "إف-16", "كوفيد-19", "سو-35".
      if (!hit || hit.lex.brand || (hit.lex.unit === undefined && hit.lex.ten === undefined && hit.lex.scale === undefined)) {
        let end = i + 3;
        if (NAME_SUFFIX_OK(tokens[end])) end++;
        return this.core(Number(tokens[i + 2].text), i, t.start, end, { decided: { kind: 'other', unit: null } });
      }
    }
    if (t.latin) {
      // "Windows 11", "iPhone 15": a capitalised Latin word then plain digits is a name;
      // "about 10,000", "in 2024", "killed 50" are English sentences around a number.
      if (nextDigits && /[A-Z]/.test(t.text) && !parseNumericDate(tokens, i + 1)) {
        const lower = t.text.toLowerCase();
        const grouped = tokens[i + 2]?.text === ',' && !tokens[i + 2].spaceBefore && tokens[i + 3]?.type === 'digits' && tokens[i + 3].text.length === 3 && !tokens[i + 3].spaceBefore;
        if (!ENGLISH_MONTHS.has(lower) && !ENGLISH_FUNCTION_WORDS.has(lower) && !grouped) {
          // "Android 4.4", "Flyme 4.5": a version number belongs to the name.
          const dotted = tokens[i + 2]?.text === '.' && !tokens[i + 2].spaceBefore && tokens[i + 3]?.type === 'digits' && !tokens[i + 3].spaceBefore;
          const value = dotted ? Number(`${next.text}.${tokens[i + 3].text}`) : Number(next.text);
          return this.core(value, i, t.start, dotted ? i + 4 : i + 2, { decided: { kind: 'other', unit: null } });
        }
      }
      return null;
    }
    if (!hit) return null;
    const x = hit.lex;
    const s = t.start + hit.pre.length;
    const article = hasArticle(hit.pre);
    if (x.brand && hit.pre === '' && nextDigits) {
      // "إمبراير 190", "بوينغ 737".
      return this.core(Number(next.text), i, s, i + 2, { decided: { kind: 'other', unit: null } });
    }
    if (x.clockCue) return this.readClock(i, s);
    // "سالب خمسة", "سالب ٥": a negative number.
    if (x.negative && hit.pre === '' && next && !next.lineBefore) {
      const c = this.readCore(i + 1);
      if (c && !c.decided && !c.vague && c.value > 0) return { ...c, value: -c.value, startToken: i, startOffset: s };
    }
    // "القرار رقم 2334", "الخط الساخن 19999", "هاتف: 0123…": digits after are a label.
    if (x.labelCue) {
      let k = i + 1;
      if (isPunct(this, k, ':')) k++;
      // "رقم هاتف 0123…": one naming word may stand between; "الرقم بين ٢٠ و٣٠" is a range.
      if (tokens[k]?.type === 'word' && !tokens[k].latin && !tokens[k].lineBefore && tokens[k + 1]?.type === 'digits' && !RANGE_STARTS.has(tokens[k].text) && !hits[k]?.lex.qualifiers) k++;
      if (tokens[k]?.type === 'digits' && !tokens[k].lineBefore && !parseNumericDate(tokens, k) && !parseClock(tokens, k)) {
        const h = hits[k + 1];
        const scaled = h !== undefined && h.pre === '' && h.lex.scale !== undefined;
        if (!scaled && !(tokens[k + 1]?.type === 'punct' && !tokens[k + 1].spaceBefore && tokens[k + 2]?.type === 'digits' && tokens[k + 1].text !== '-')) return this.readLabel(k, k);
      }
    }
    if (x.decade !== undefined) return this.readDecade(i, s);
    // "صفر إصابات", "صفر فاصلة خمسة": zero, but never the month Safar ("في صفر الماضي").
    if (x.zero && hit.pre === '' && next && !next.lineBefore) {
      const nh = bareHit(this, i + 1);
      if (nh?.lex.decimalMark || nh?.lex.percentWord || nh?.lex.countNoun || isPunct(this, i + 1, '%')) return this.core(0, i, s, i + 1);
    }
    // "الواحد والعشرون", "الواحد و الثلاثون": ordinals built on واحد.
    if (article && x.unit === 1) {
      let k = i + 1;
      let pre2 = 'وال';
      if (tokens[k]?.text === 'و' && !tokens[k].lineBefore) {
        k++;
        pre2 = 'ال';
      }
      const h2 = hits[k];
      if (h2 && h2.pre === pre2 && h2.lex.ordinalTens !== undefined && !tokens[k].lineBefore)
        return this.core(1 + h2.lex.ordinalTens, i, s, k + 1, { decided: { kind: 'ordinal', unit: null } });
    }
    if (x.yearCue && nextDigits && next.text.length === 4 && !article) {
      const y = Number(next.text);
      const glue = tokens[i + 2];
      if (y >= 1800 && y <= 2200 && !(glue && glue.type === 'punct' && !glue.spaceBefore && tokens[i + 3]?.type === 'digits')) {
        // "بين عامي 2020 و2022"
        const a = tokens[i + 2];
        if (a && a.type === 'word' && a.text === 'و' && tokens[i + 3]?.type === 'digits' && tokens[i + 3].text.length === 4) {
          const y2 = Number(tokens[i + 3].text);
          if (y2 > y) return this.core(y, i, s, i + 4, { decided: { kind: 'year', unit: null }, high: y2 });
        }
        return this.core(y, i, s, i + 2, { decided: { kind: 'year', unit: null } });
      }
    }
    if (x.months && hit.pre === '') {
      // "نوفمبر 2023": a month and a year without a day.
      const m = matchMonth(this, i);
      const y = m ? tokens[m.end] : undefined;
      if (m && y && y.type === 'digits' && y.text.length === 4 && !y.lineBefore) {
        const v = Number(y.text);
        if (v >= 1800 && v <= 2200) return this.core(v, i, s, m.end + 1, { decided: { kind: 'date', unit: null } });
      }
    }
    if (x.vague && !(x.scale && !article && hit.pre !== '' && hit.pre !== 'و' && hit.pre !== 'ب' && hit.pre !== 'ل')) {
      let [lo, hi] = x.vague;
      let end = i + 1;
      const h2 = hits[i + 1];
      if (h2 && h2.lex.scale && h2.lex.scaleForm === 'plural' && !tokens[i + 1].lineBefore && h2.lex.scale > (x.scale ?? 1)) {
        // "عشرات الآلاف" → 20000..99999, "بضعة آلاف" → 3000..9999.
        lo *= h2.lex.scale;
        hi = (hi + 1) * h2.lex.scale - 1;
        end++;
      }
      // "بالآلاف", "للملايين": a definite vague amount counts nothing after it.
      const fixed: Decided | undefined = article ? { kind: 'count', unit: null } : undefined;
      return this.core(lo, i, s, end, { vague: true, low: lo, high: hi, definiteUnit: true, decided: fixed });
    }
    if (x.dualNoun && !article) {
      if (x.currency) {
        const code = x.currency === 'DINAR' ? 'دينار' : x.currency;
        return this.core(2, i, s, i + 1, { decided: { kind: 'money', unit: code } });
      }
      if (x.degree) return this.core(2, i, s, i + 1, { decided: { kind: 'other', unit: 'درجة' } });
      const unit = this.text.slice(this.origStart(s), this.origEnd(t.end));
      return this.core(2, i, s, i + 1, { decided: { kind: x.timeNoun ? 'duration' : 'count', unit } });
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
    if (w.words === 1 && w.value === 1 && tokens[w.end]?.text === 'من') return null;
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
    const { tokens, hits } = this;
    const hit = hits[i]!;
    const base = tokens[i].text.slice(hit.pre.length);
    const next = bareHit(this, i + 1);
    // The construct forms of "two" exist only in "اثنا عشر"; their hamza is never أ
    // ("أثنى" is a verb), which folding hides, so the original letter is read.
    if (CONSTRUCT_TWO.has(base)) {
      if (!next?.lex.teen) return true;
      if (this.text.charCodeAt(this.origStart(tokens[i].start + hit.pre.length)) === 0x0623) return true;
    }
    // "لست": ل + ست is also "I am not"; it is "for six" only before a word that six counts.
    if (hit.pre === 'ل' && base === 'ست') {
      const h = tokens[i + 1]?.lineBefore ? undefined : hits[i + 1];
      const x = h?.lex;
      const compound = h?.pre === 'و' && (x?.ten !== undefined || x?.unit !== undefined);
      if (!h || !x || !(compound || (h.pre === '' && (x.teen || x.scale !== undefined || x.mia || x.timeNoun || x.countNoun || x.currency)))) return true;
    }
    // A lone cardinal word right before digits ("القاعة تسع 500 شخص") is a verb or a noun:
    // a number never counts another number ("للسنوات العشر 2001-2011" is definite, kept).
    const n = tokens[i + 1];
    if (!hasArticle(hit.pre) && n?.type === 'digits' && n.spaceBefore && !n.lineBefore) return true;
    return false;
  }

  private readDigits(i: number): Core | null {
    const { tokens, hits } = this;
    const t = tokens[i];
    const date = parseNumericDate(tokens, i);
    if (date) return this.core(date.day, i, t.start, date.end, { decided: { kind: 'date', unit: null } });
    const clock = parseClock(tokens, i);
    if (clock) return this.clockCore(i, t.start, clock.hours, clock.minutes, clock.end);
    // "0123456789", "0100-123-4567", "050 123 4567": a leading zero starts a phone number or an id.
    if (t.text.charCodeAt(0) === 48 && t.text.length >= 2) {
      if (t.text.length >= 7 || (t.text.length >= 3 && tokens[i + 1]?.text === '-' && !tokens[i + 1].spaceBefore && tokens[i + 2]?.type === 'digits' && !tokens[i + 2].spaceBefore))
        return this.readLabel(i, i);
      // Groups after single spaces only: "02/10/1436" is a date, not a phone number.
      if (tokens[i + 1]?.type === 'digits' && tokens[i + 1].spaceBefore) {
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
      const s = tokens[cue].start + (cue < i ? this.hits[cue]!.pre.length : 0);
      return this.core(cy, cue, s, i + 3, { decided: { kind: 'year', unit: null } });
    }
    // "موسم 2023/2024", "2023-24": two consecutive years.
    const seasons = this.readSeason(i);
    if (seasons) return seasons;
    const num = parseDigits(tokens, i, (j) => this.decimalHint(j + 1), (k) => this.groupSpace(k));
    let end = num.end;
    // "17th, September 2023"
    const suf = tokens[end];
    if (suf && suf.latin && !suf.spaceBefore && /^(st|nd|rd|th)$/i.test(suf.text)) {
      let k = end + 1;
      if (isPunct(this, k, ',')) k++;
      const m = tokens[k];
      if (m && m.latin && ENGLISH_MONTHS.has(m.text.toLowerCase())) {
        k++;
        if (tokens[k]?.type === 'digits' && tokens[k].text.length === 4) k++;
        return this.core(num.value, i, t.start, k, { decided: { kind: 'date', unit: null } });
      }
      return this.core(num.value, i, t.start, end + 1, { decided: { kind: 'ordinal', unit: null } });
    }
    // "5G", "4K", "12px": Latin letters glued after the digits make a name or a code.
    if (suf && suf.latin && !suf.spaceBefore && !CURRENCY_CODES.has(suf.text.toUpperCase()) && !ENGLISH_SCALES.has(suf.text.toLowerCase())) {
      // "1536x2048": a screen size is one label.
      const by = (suf.text === 'x' || suf.text === 'X') && tokens[end + 1]?.type === 'digits' && !tokens[end + 1].spaceBefore;
      return this.core(num.value, i, t.start, by ? end + 2 : end + 1, { decided: { kind: 'other', unit: null } });
    }
    // "من طراز «إمبراير 190»": a name word before the digits, with طراز shortly before it.
    const nameTok = this.modelNameBefore(i);
    if (nameTok >= 0) return this.core(num.value, nameTok, tokens[nameTok].start, end, { decided: { kind: 'other', unit: null } });
    let value = num.value;
    let lastScale = 1;
    // "1445 هـ", "1445 هجرية": a Hijri year.
    const hy = bareHit(this, end);
    if (num.plain && (t.text.length === 4 || t.text.length === 3) && hy && HIJRI_MARKS.has(tokens[end].text))
      return this.core(value, i, t.start, end + 1, { decided: { kind: 'year', unit: null } });
    const h = hits[end];
    if (h && h.pre === '' && h.lex.scale !== undefined && h.lex.scaleForm !== 'dual' && !tokens[end].lineBefore) {
      value *= h.lex.scale;
      lastScale = h.lex.scale;
      end++;
    } else if (this.englishScale(end) > 1) {
      // "3.5 million", "10 thousand" in an English sentence.
      lastScale = this.englishScale(end);
      value *= lastScale;
      end++;
    } else if (h && h.pre === '' && h.lex.mia && num.plain && value >= 1 && value <= 9 && !tokens[end].lineBefore) {
      // "٣ مائة" → 300.
      value *= 100;
      lastScale = 100;
      end++;
    }
    return this.core(value, i, t.start, end, {
      writtenInDigits: true,
      lastScale,
      integer: Number.isInteger(value),
      plainFourDigits: num.plain && t.text.length === 4 && lastScale === 1,
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
    const t = this.tokens[k];
    const p = this.tokens[k - 1];
    if (!t.spaceBefore || t.lineBefore || t.start !== p.end + 1) return 0;
    const c = this.text.charCodeAt(this.origStart(p.end));
    if (c === 0xa0 || c === 0x202f || c === 0x2009) return 2;
    if (c !== 32) return 0;
    const d1 = this.text.charCodeAt(this.origStart(p.start));
    const d2 = this.text.charCodeAt(this.origStart(t.start));
    return d1 >= 48 && d1 <= 57 && d2 >= 48 && d2 <= 57 ? 2 : 1;
  }

  /** The English scale word at token k ("million" → 1e6), or 1. */
  private englishScale(k: number): number {
    const t = this.tokens[k];
    return t && t.latin && t.spaceBefore && !t.lineBefore ? (ENGLISH_SCALES.get(t.text.toLowerCase()) ?? 1) : 1;
  }

  /** Whether what starts at token k makes a lone "." a decimal point (scale word, percent). */
  private decimalHint(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.lineBefore) return false;
    if (t.type === 'punct' && t.text === '%') return true;
    const h = this.hits[k];
    if (h && h.pre === '' && (h.lex.scale !== undefined || h.lex.percentWord)) return true;
    if (this.englishScale(k) > 1) return true;
    if (t.text === 'في' && (this.tokens[k + 1]?.text === 'الميه' || this.tokens[k + 1]?.text === 'المايه')) return true;
    return false;
  }

  /** Token index of a model name before digit token i ("طراز «إمبراير 190»"), or -1. */
  private modelNameBefore(i: number): number {
    const { tokens, hits } = this;
    const name = i - 1;
    if (name < this.floor || !tokens[i].spaceBefore || tokens[i].lineBefore) return -1;
    const w = tokens[name];
    if (!w || w.type !== 'word' || CLITIC_ONLY.has(w.text)) return -1;
    const h = hits[name];
    if (h && (h.lex.stop || h.lex.countCue || h.lex.unit !== undefined || h.lex.scale !== undefined || h.lex.qualifiers)) return -1;
    for (let k = name - 1; k >= 0 && k >= name - 3; k--) {
      if (tokens[k + 1].lineBefore) return -1;
      if (hits[k]?.lex.modelCue) return name;
      if (tokens[k].type === 'punct' && !'«"\'“('.includes(tokens[k].text)) return -1;
    }
    return -1;
  }

  private clockCore(startToken: number, startOffset: number, hours: number, minutes: number, end: number): Core {
    let h = hours;
    const ev = bareHit(this, end);
    if (ev?.lex.evening && h < 12) {
      h += 12;
      end++;
    }
    return this.core(h + minutes / 60, startToken, startOffset, end, { decided: { kind: 'date', unit: 'time' } });
  }

  /** "الساعة 10:00", "الساعة 10 مساء", "الساعة العاشرة". */
  private readClock(i: number, s: number): Core | null {
    const { tokens, hits } = this;
    const n = tokens[i + 1];
    if (!n || n.lineBefore) return null;
    if (n.type === 'digits') {
      const c = parseClock(tokens, i + 1);
      if (c) return this.clockCore(i, s, c.hours, c.minutes, c.end);
      const v = Number(n.text);
      if (n.text.length <= 2 && v <= 24 && !(tokens[i + 2]?.type === 'punct' && !tokens[i + 2].spaceBefore && tokens[i + 3]?.type === 'digits'))
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
    const { tokens, hits } = this;
    const x = hits[i]!.lex;
    const frac = x.frac!;
    const n = nextWord(this, i + 1);
    if (x.fracHomograph) {
      // خمس السكان (a fifth) vs خمس سنوات (five), "من خمس إلى عشر" (five).
      if (!n || !(n.text.startsWith('ال') || n.text === 'من') || hits[i + 1]?.lex.stop) return null;
    }
    const h = hits[i + 1];
    if (n && h && h.pre === '') {
      if (h.lex.scale !== undefined && (h.lex.scaleForm === 'sing' || h.lex.scaleForm === 'acc'))
        return this.core(frac * h.lex.scale, i, s, i + 2, { lastScale: h.lex.scale });
      if (h.lex.timeNoun === 'century' || h.lex.timeNoun === 'decade') {
        // "ربع قرن" → 25 years.
        const years = frac * (h.lex.timeNoun === 'century' ? 100 : 10);
        return this.core(years, i, s, i + 2, { decided: { kind: 'duration', unit: 'سنة' } });
      }
    }
    return this.core(frac, i, s, i + 1, { definiteUnit: true });
  }

  /** "الخامسة", "الحادي عشر", "الخامس والعشرين", "الخمسين", "ثالثة". */
  private readOrdinal(i: number, s: number): Core | null {
    const { tokens, hits } = this;
    const x = hits[i]!.lex;
    let end = i + 1;
    if (x.ordinal === undefined) {
      // ال + tens: "الخمسين" (fiftieth) unless a time noun follows ("الخمسين عاما").
      const n = bareHit(this, end);
      if (n?.lex.timeNoun) return this.core(x.ten!, i, s, end, {});
      if (n?.lex.scale) return null;
      // "الثلاثين من يونيو": a day of a month.
      if (x.ten! <= 30 && tokens[end]?.text === 'من' && !tokens[end].lineBefore) {
        const m = matchMonth(this, end + 1);
        if (m) return this.core(x.ten!, i, s, extendMonth(this, m.end), { decided: { kind: 'date', unit: null } });
      }
      return this.core(x.ten!, i, s, end, { decided: { kind: 'ordinal', unit: null } });
    }
    let v = x.ordinal;
    const n = hits[end];
    if (n && !tokens[end].lineBefore && n.pre === '' && n.lex.teen) {
      v += 10;
      end++;
    } else if (n && !tokens[end].lineBefore && n.pre === 'وال' && n.lex.ordinalTens !== undefined) {
      v += n.lex.ordinalTens;
      end++;
    } else if (tokens[end]?.text === 'و' && !tokens[end].lineBefore && hits[end + 1]?.pre === 'ال' && hits[end + 1]!.lex.ordinalTens !== undefined && !tokens[end + 1].lineBefore) {
      // "الخامس و العشرون"
      v += hits[end + 1]!.lex.ordinalTens!;
      end += 2;
    } else if (tokens[i].text.slice(hits[i]!.pre.length).startsWith('حادي')) return null;
    // "في الثانية عشرة ظهرا", "العاشرة مساء": an hour before a part of the day is a clock time.
    // Not "الحلقة الثانية مساء الخميس" (the evening of a day: a definite word follows).
    const dp = bareHit(this, end)?.lex;
    const construct = nextWord(this, end + 1)?.text.startsWith('ال') === true;
    // Hours are feminine (الساعة الخامسة): "المهرجان الخامس مساء أمس" is no clock time.
    const feminine = tokens[i].text.endsWith('ه');
    // "الثانية ظهرا" is 14:00, "الثانية عشرة ظهرا" noon; as after الساعة, only an evening
    // word joins the text.
    if (v <= 12 && feminine && hasArticle(hits[i]!.pre) && (dp?.dayPart || dp?.evening) && !construct)
      return this.clockCore(i, s, dp.dayPart === 'noon' && v < 6 ? v + 12 : v, 0, end);
    // "طفلة في العاشرة من عمرها": an ordinal before "من عمره/العمر" is an age.
    if (tokens[end]?.text === 'من' && !tokens[end].lineBefore && bareHit(this, end + 1)?.lex.ageCue)
      return this.core(v, i, s, end, { decided: { kind: 'age', unit: null } });
    // "السابع من أكتوبر": an ordinal day of a month is a date.
    if (v <= 31 && tokens[end]?.text === 'من' && !tokens[end].lineBefore) {
      const m = matchMonth(this, end + 1);
      if (m) return this.core(v, i, s, extendMonth(this, m.end), { decided: { kind: 'date', unit: null } });
    }
    return this.core(v, i, s, end, { decided: { kind: 'ordinal', unit: null } });
  }

  /** Whether a temperature mark (°, درجة) stands at token k. */
  private degreeAt(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.lineBefore) return false;
    if (t.type === 'punct') return t.text === '°';
    return bareHit(this, k)?.lex.degree === true;
  }

  /** Number of digits in the last label read. */
  private labelDigits = 0;

  /** Digit groups from token `from` (phone numbers, ids) as one label of kind other. */
  private readLabel(sTok: number, from: number): Core {
    const { tokens } = this;
    let k = from;
    let digits = tokens[k].text;
    k++;
    // "(011) 4567890": an area code in brackets.
    if (isPunct(this, sTok, '(') && isPunct(this, k, ')') && !tokens[k].spaceBefore && tokens[k + 1]?.type === 'digits' && tokens[k + 1].start === tokens[k].end + 1) {
      digits += tokens[k + 1].text;
      k += 2;
    }
    for (;;) {
      const a = tokens[k];
      if (!a || a.lineBefore) break;
      // "11 234 5678" (one space), "0100-123-4567".
      if (a.type === 'digits' && a.start === tokens[k - 1].end + 1) {
        digits += a.text;
        k++;
      } else if (a.type === 'punct' && (a.text === '-' || a.text === '/') && !a.spaceBefore && tokens[k + 1]?.type === 'digits' && !tokens[k + 1].spaceBefore) {
        digits += tokens[k + 1].text;
        k += 2;
      } else break;
    }
    this.labelDigits = digits.length;
    return this.core(Number(digits), sTok, tokens[sTok].start, k, { decided: { kind: 'other', unit: null } });
  }

  /** The year at digit token k when it is printed "1,998" (1900–2100), else 0. */
  private commaYear(k: number): number {
    const { tokens } = this;
    const a = tokens[k];
    const c = tokens[k + 1];
    const b = tokens[k + 2];
    if (!a || a.type !== 'digits' || a.text.length !== 1 || !c || c.text !== ',' || c.spaceBefore || !b || b.type !== 'digits' || b.text.length !== 3 || b.spaceBefore) return 0;
    if (tokens[k + 3]?.type === 'punct' && !tokens[k + 3].spaceBefore && tokens[k + 4]?.type === 'digits' && !tokens[k + 4].spaceBefore) return 0;
    const y = Number(a.text + b.text);
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
    const { tokens, hits } = this;
    const k = this.skipListSep(i - 1, -1);
    if (k >= 0 && !tokens[k + 1]?.lineBefore) {
      const h = hits[k];
      // After year wording or a comma year already read, only a known counted noun, a
      // currency, a scale or a percent after it makes a count.
      const strong = (h && (h.lex.yearCue || (h.lex.timeNoun === 'year' && hasArticle(h.pre)))) || k + 1 === this.commaYearEnd;
      if (strong) {
        const n = tokens[i + 3];
        const x = n && !n.lineBefore ? hits[i + 3]?.lex : undefined;
        return !(x && (x.countNoun || x.currency || x.scale !== undefined || x.percentWord)) && !isPunct(this, i + 3, '%');
      }
      // "بلغ 1,950 و2,000 و2,050": a list that started with a count goes on as counts.
      if (tokens[k].type === 'digits') return false;
    }
    if (!this.freeAfter(i + 3) || cueBefore(this, i, 3, (j) => hits[j]?.lex.countCue === true)) return false;
    const j = this.skipListSep(i + 3, 1);
    return j > i + 3 && !tokens[j]?.lineBefore && this.commaYear(j) > 0 && this.freeAfter(j + 3);
  }

  /** Whether nothing counted follows token k (end of line, punctuation, "و…", a function word). */
  private freeAfter(k: number): boolean {
    const t = this.tokens[k];
    if (!t || t.lineBefore || t.type !== 'word') return true;
    const h = this.hits[k];
    return t.text === 'و' || h?.pre.startsWith('و') === true || h?.lex.stop === true;
  }

  /** Token index past list separators ("و", ",", "،", "|", "/", "-") after token k. */
  private skipListSep(k: number, dir: 1 | -1): number {
    const { tokens } = this;
    let j = k;
    for (let n = 0; n < 2; n++) {
      const t = tokens[j];
      if (!t || (dir === 1 ? t.lineBefore : tokens[j + 1]?.lineBefore)) return j;
      if ((t.type === 'punct' && ',،|/-;؛'.includes(t.text)) || (t.type === 'word' && t.text === 'و')) j += dir;
      else break;
    }
    return j;
  }

  /** "2023/2024", "2023-24": a season or fiscal year written as two consecutive years. */
  private readSeason(i: number): Core | null {
    const { tokens } = this;
    const a = tokens[i];
    const sep = tokens[i + 1];
    const b = tokens[i + 2];
    if (a.text.length !== 4 || !sep || sep.type !== 'punct' || sep.spaceBefore || (sep.text !== '/' && sep.text !== '-')) return null;
    if (!b || b.type !== 'digits' || b.spaceBefore || (b.text.length !== 4 && b.text.length !== 2)) return null;
    if (tokens[i + 3]?.type === 'punct' && !tokens[i + 3].spaceBefore && tokens[i + 4]?.type === 'digits') return null;
    const y = Number(a.text);
    const y2 = b.text.length === 4 ? Number(b.text) : y - (y % 100) + Number(b.text);
    if (y < 1800 || y > 2200 || y2 !== y + 1) return null;
    return this.core(y, i, a.start, i + 3, { decided: { kind: 'year', unit: null }, high: y2 });
  }

  /** "عشرينات القرن الماضي" → 1920..1929; "في الأربعينات من عمره" → age 40..49. */
  private readDecade(i: number, s: number): Core {
    const { tokens } = this;
    const d = this.hits[i]!.lex.decade!;
    if (tokens[i + 1]?.text === 'من' && !tokens[i + 1].lineBefore && bareHit(this, i + 2)?.lex.ageCue)
      return this.core(d, i, s, i + 1, { decided: { kind: 'age', unit: null }, high: d + 9 });
    let base = 1900;
    let end = i + 1;
    // "عشرينات القرن الماضي", "الخمسينيات من القرن الماضي", "ثلاثينيات القرن الحالي".
    const c = tokens[end]?.text === 'من' && !tokens[end].lineBefore ? end + 1 : end;
    const w = tokens[c + 1];
    if (tokens[c]?.text === 'القرن' && !tokens[c].lineBefore && w && !w.lineBefore) {
      if (w.text === 'الماضي' || w.text === 'العشرين' || w.text === 'المنصرم') end = c + 2;
      else if (w.text === 'الحالي' || w.text === 'الجاري') {
        base = 2000;
        end = c + 2;
      } else if (w.text === 'الحادي') {
        base = 2000;
        end = tokens[c + 2]?.text === 'والعشرين' ? c + 3 : c + 2;
      }
    }
    return this.core(base + d, i, s, end, { decided: { kind: 'year', unit: null }, high: base + d + 9 });
  }

  /** "فاز 3-1", "بنتيجة 2 - 0": a score after a sports word, as one label, or null. */
  private readScore(i: number, core: Core): Core | null {
    const { tokens, hits } = this;
    const dash = tokens[core.end];
    const b = tokens[core.end + 1];
    if (core.lastScale !== 1 || !core.integer || tokens[i].text.length > 2) return null;
    if (!dash || dash.type !== 'punct' || (dash.text !== '-' && dash.text !== '–') || dash.lineBefore) return null;
    if (!b || b.type !== 'digits' || b.lineBefore || b.text.length > 2 || (tokens[core.end + 2]?.type === 'punct' && !tokens[core.end + 2].spaceBefore && tokens[core.end + 3]?.type === 'digits')) return null;
    // "انتهت بعد 3-5 أيام" is a range of days, whatever came before.
    const after = hits[core.end + 2];
    if (tokens[core.end + 2]?.text === '%' || (after && (after.lex.timeNoun || after.lex.currency || after.lex.countNoun || after.lex.degree || after.lex.percentWord || after.lex.scale))) return null;
    let cue = false;
    for (let k = i - 1; k >= 0 && k >= i - 6 && k >= this.floor; k--) {
      const t = tokens[k];
      if (tokens[k + 1].lineBefore || (t.type === 'punct' && '.؟!؛'.includes(t.text))) break;
      if (hits[k]?.lex.scoreCue) {
        cue = true;
        break;
      }
    }
    if (!cue) return null;
    // Two labels: the scanner reads the second number as a score too when it gets there.
    this.scoreTok = core.end + 1;
    return { ...core, decided: { kind: 'other', unit: null } };
  }

  /**
   * "سبعة من عشرة", "7 من كل 10", "ثمانية من أصل عشرة": a part of a stated total right after
   * it, as one label of kind other whose value is the part; or null.
   */
  private readShare(core: Core): Core | null {
    const { tokens } = this;
    if (core.lastScale !== 1 || !core.integer || core.value < 1) return null;
    let k = core.end;
    if (tokens[k]?.text !== 'من' || tokens[k].lineBefore) return null;
    k++;
    const every = tokens[k]?.text === 'كل' && !tokens[k].lineBefore;
    if ((every || tokens[k]?.text === 'اصل') && !tokens[k].lineBefore) k++;
    const n = tokens[k];
    if (!n || n.lineBefore || (n.type !== 'digits' && !this.hits[k])) return null;
    const total = this.readCore(k);
    if (!total || total.decided || total.vague || !total.integer || !(total.value > core.value)) return null;
    // "من 5 إلى 10" after the part is a change or a range, and "من 2024" a year.
    const after = tokens[total.end];
    if ((after && !after.lineBefore && (after.text === 'الي' || after.text === 'حتي')) || (total.plainFourDigits && total.value >= 1800 && total.value <= 2200)) return null;
    // "ثلاث من 24 طائرة": with a counted noun both are counts of it (the total is news too);
    // "سبعة من كل عشرة أطفال" is a rate, and the noun belongs to the phrase.
    const noun = nounAt(this, total.end, false, false);
    if (noun && !every) return null;
    return { ...core, end: noun ? nounEnd(this, total.end) : total.end, decided: { kind: 'other', unit: null } };
  }

  /** "و43 سنتا" after a sum in `code` (or a dinar word) at token k: the fraction it adds. */
  private readSubunit(k: number, code: string): { value: number; end: number } | null {
    const { tokens } = this;
    const w = tokens[k];
    if (!w || w.lineBefore || w.type !== 'word') return null;
    // "و43" and "و 43" are read from the و (a lone proclitic), "و خمسون" from the number word.
    let from = k;
    if (w.text === 'و') {
      if (!tokens[k + 1] || tokens[k + 1].lineBefore) return null;
      if (tokens[k + 1].type === 'word') from = k + 1;
    } else if (this.hits[k]?.pre !== 'و') return null;
    const c = this.readCore(from);
    if (!c || c.decided || c.vague || !c.integer || c.lastScale !== 1 || c.value < 1) return null;
    const sub = bareHit(this, c.end)?.lex.subunit;
    const key = /^[A-Z]{3}$/.test(code) ? code : 'DINAR';
    const per = sub?.get(key);
    if (per === undefined || c.value >= per) return null;
    return { value: c.value / per, end: c.end + 1 };
  }

  /** Extends core over "فاصلة N" (a decimal part spelled after the decimal word). */
  private readDecimalWords(core: Core): void {
    const { tokens, hits } = this;
    const fa = tokens[core.end];
    if (core.lastScale !== 1 || !core.integer || core.value < 0 || !fa || fa.lineBefore || !bareHit(this, core.end)?.lex.decimalMark) return;
    const ft = tokens[core.end + 1];
    if (!ft || ft.lineBefore) return;
    let frac: string | null = null;
    let fe = core.end + 2;
    if (ft.type === 'digits') frac = ft.text;
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
    if (h && h.pre === '' && h.lex.scale !== undefined && h.lex.scaleForm !== 'dual' && !tokens[fe].lineBefore) {
      core.value *= h.lex.scale;
      core.lastScale = h.lex.scale;
      core.end = fe + 1;
    }
  }

  // ---- kind, unit, interval -----------------------------------------------------------
  private finish(core: Core, q: QualifierMatch | null, high?: number): Found {
    const { tokens } = this;
    let kind: QuantityKind;
    let unit: string | null;
    let textEnd: number;
    let end: number;
    let value = core.value;
    if (core.decided) {
      kind = core.decided.kind;
      unit = core.decided.unit;
      textEnd = end = core.decided.end ?? core.end;
      if (core.high !== undefined && (kind === 'year' || kind === 'age')) {
        high = core.high;
        q = { qual: 'range', end: core.end, startOffset: core.startOffset };
      }
    } else {
      const d = describe(
        this,
        {
          value: core.value,
          end: core.end,
          startTok: core.startToken,
          integer: core.integer,
          plainFourDigits: core.plainFourDigits,
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
        const p = core.startToken - 1;
        if (p >= this.floor && tokens[core.startToken].spaceBefore && nounAt(this, p, true, true, true)) {
          let ps = p;
          const pp = this.hits[p - 1];
          if (pp?.lex.unitTails?.has(tokens[p].text) && p - 1 >= this.floor) ps = p - 1;
          const from = tokens[ps].start + (this.hits[ps]?.pre.length ?? 0);
          unit = this.text.slice(this.origStart(from), this.origEnd(tokens[p].end));
          if (this.hits[p]?.lex.timeNoun) kind = 'duration';
        }
      }
      // "ثلاث سنوات ونصف"
      const h = tokens[end];
      if ((kind === 'duration' || kind === 'age') && end > textEnd && h && !h.lineBefore && h.text === 'ونصف') {
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
      if (tokens[b]?.text === 'تحت' && tokens[b + 1]?.text === 'الصفر' && !tokens[b].lineBefore && !tokens[b + 1].lineBefore && value > 0) {
        value = -value;
        end = textEnd = b + 2;
      }
    }
    let qual: Qualifier = q ? q.qual : 'exact';
    let s = q ? q.startOffset : core.startOffset;
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
      s = core.startOffset;
    }
    let min: number | null;
    let max: number | null;
    if (core.vague) {
      min = core.low!;
      max = core.high!;
      if (qual === 'exact') qual = 'range';
      else if (qual === 'more-than' || qual === 'at-least') max = null;
      else if (qual === 'less-than' || qual === 'at-most') min = null;
    } else {
      ({ min, max } = bounds(qual, value, high));
    }
    const e = tokens[Math.max(textEnd, core.end) - 1].end;
    return { startOffset: s, endOffset: e, endToken: Math.max(end, textEnd), value, min, max, qualifier: qual, kind, unit, vague: core.vague };
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
