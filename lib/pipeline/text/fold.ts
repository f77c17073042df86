// Character-level folding of Arabic text for matching: one precomputed table, one pass.
// Folding never changes displayed text; `foldWithMap` keeps a map back to original offsets
// so that anything found in folded text can be reported at exact UTF-16 positions.
// Hand-written: String.prototype.normalize and Intl.Collator fold or compare, but neither says
// where a folded character came from, and highlights need those offsets.

const DROP = '';
const table = new Map<number, string>();

// Harakat, tanween, shadda, sukun, dagger alef, Quranic marks, tatweel: dropped.
for (let c = 0x064b; c <= 0x065f; c++) table.set(c, DROP);
for (let c = 0x06d6; c <= 0x06ed; c++) table.set(c, DROP);
table.set(0x0670, DROP);
table.set(0x0640, DROP);
// Invisible format characters that pages put inside numbers and words.
for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff, 0x061c, 0x00ad]) table.set(c, DROP);
for (let c = 0x202a; c <= 0x202e; c++) table.set(c, DROP);
for (let c = 0x2066; c <= 0x2069; c++) table.set(c, DROP);
// Digits in every script to ASCII.
for (let d = 0; d <= 9; d++) {
  table.set(0x0660 + d, String(d)); // Arabic-Indic
  table.set(0x06f0 + d, String(d)); // Extended (Persian/Urdu)
}
// Letter variants to one form.
for (const c of ['أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ']) table.set(c.charCodeAt(0), 'ا');
table.set('ى'.charCodeAt(0), 'ي');
table.set('ی'.charCodeAt(0), 'ي'); // Persian yeh
table.set('ئ'.charCodeAt(0), 'ي');
table.set('ؤ'.charCodeAt(0), 'و');
table.set('ة'.charCodeAt(0), 'ه');
table.set('ک'.charCodeAt(0), 'ك'); // Persian kaf
// Punctuation variants.
table.set('٫'.charCodeAt(0), '.'); // Arabic decimal separator
table.set('٬'.charCodeAt(0), ','); // Arabic thousands separator
table.set('٪'.charCodeAt(0), '%');
table.set(0x00a0, ' '); // no-break space
table.set(0x202f, ' '); // narrow no-break space

// The same table as code units, for the hot loops: FOLDED[c] is the replacement code unit,
// DROPPED_UNIT where the character is dropped. (Every entry maps one unit to one or none.)
const DROPPED_UNIT = 0xffff;
const FOLDED = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLDED[c] = c;
for (const [c, to] of table) FOLDED[c] = to === DROP ? DROPPED_UNIT : to.charCodeAt(0);
FOLDED[DROPPED_UNIT] = DROPPED_UNIT; // U+FFFF is a noncharacter: dropping it loses nothing.

/** The folded form of one UTF-16 code unit ('' when it is dropped). */
export function foldChar(code: number): string {
  const mapped = table.get(code);
  return mapped === undefined ? String.fromCharCode(code) : mapped;
}

const CHUNK = 8192;

/** Builds a string from code units without one concatenation per character. */
function unitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return out;
}

/** Folds text for matching: no diacritics or tatweel, one alef/yaa/taa-marbuta form, ASCII digits. */
export function fold(text: string): string {
  const n = text.length;
  let i = 0;
  // Most text needs no change until its first diacritic, hamza form or digit: copy nothing till then.
  while (i < n && FOLDED[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === n) return text;
  const units = new Uint16Array(n);
  for (let k = 0; k < i; k++) units[k] = text.charCodeAt(k);
  let m = i;
  for (; i < n; i++) {
    const f = FOLDED[text.charCodeAt(i)];
    if (f !== DROPPED_UNIT) units[m++] = f;
  }
  return unitsToString(units, m);
}

export interface FoldedText {
  folded: string;
  /** map[i] = offset in the original text of folded character i; map[folded.length] = text.length. */
  map: Int32Array;
}

/** Folds text and keeps, for every folded character, its offset in the original. */
export function foldWithMap(text: string): FoldedText {
  const map = new Int32Array(text.length + 1);
  const units = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const f = FOLDED[text.charCodeAt(i)];
    if (f === DROPPED_UNIT) continue;
    units[n] = f;
    map[n++] = i;
  }
  map[n] = text.length;
  return { folded: unitsToString(units, n), map: map.subarray(0, n + 1) };
}

/** Offsets back from folded [start, end) to the original text, covering dropped marks inside. */
export function unfoldRange(f: FoldedText, start: number, end: number): { start: number; end: number } {
  const s = f.map[start];
  // The end maps to just after the last folded character's source, plus marks that follow it.
  const e = end > start ? f.map[end - 1] + 1 : s;
  return { start: s, end: e };
}

/** ASCII digits in place of Arabic-Indic and Extended digits; everything else unchanged. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}
