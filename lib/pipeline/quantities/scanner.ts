// The driver: one pass over the folded text's tokens. At each position it tries a qualifier
// phrase, then a range opened by a word, then the number itself (read-number.ts) and what may
// join it (joins.ts, ranges.ts, read-share-score.ts); finish.ts decides kind and interval.
// A result's end is where the next search starts.

import type { Quantity } from '../../types';
import type { ScanCtx } from './context';
import type { Core, Found } from './core';
import { addAfterScale, addDecimalWords, addFraction } from './joins';
import { finish } from './finish';
import { lookup } from './lexicon';
import { originalEnd, originalStart } from './offsets';
import type { QualifierMatch } from './qualifiers';
import { matchEnglishPre, matchPre } from './qualifiers';
import { readDashRange, readOpenedRange, readRangeJoined } from './ranges';
import { readNumber } from './read-number';
import { readScore, readShare } from './read-share-score';
import { foldedTokens } from './tokens';

export class Scanner implements ScanCtx {
  readonly tokens;
  readonly hits;
  floor = 0;
  scoreToken = -1;
  commaYearEnd = -1;

  constructor(
    readonly text: string,
    folded: string,
    readonly map: Int32Array,
  ) {
    this.tokens = foldedTokens(folded);
    this.hits = this.tokens.map((t) => (t.type === 'word' && !t.latin ? lookup(t.text) : undefined));
  }

  readNumber(i: number): Core | null {
    return readNumber(this, i);
  }

  run(): Quantity[] {
    const out: Quantity[] = [];
    const { tokens } = this;
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      // Addresses ("https://site/2023/09/12/article-123456") hold digits that are no quantities.
      const u = tokens[i];
      if (u.latin && (u.text === 'http' || u.text === 'https' || u.text === 'www') && tokens[i + 1]?.type === 'punct' && !tokens[i + 1].spaceBefore) {
        i++;
        while (i < n && !tokens[i].spaceBefore) i++;
        this.floor = i;
        continue;
      }
      const f = this.findAt(i);
      if (f) {
        out.push(this.toQuantity(f));
        i = Math.max(f.endToken, i + 1);
        this.floor = i;
      } else i++;
    }
    return sharedUnits(this.text, out);
  }

  private toQuantity(f: Found): Quantity {
    const start = originalStart(this, f.startOffset);
    const end = originalEnd(this, f.endOffset);
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

  /** The quantity starting at token i: qualifier → range → number. */
  private findAt(i: number): Found | null {
    const q = this.tokens[i].latin ? matchEnglishPre(this, i) : matchPre(this, i);
    if (q) {
      const r = readOpenedRange(this, q.end, q) ?? this.findNumber(q.end, q);
      if (r) return r;
    }
    if (this.tokens[i].type === 'word') {
      const r = readOpenedRange(this, i, null);
      if (r) return r;
    }
    return this.findNumber(i, null);
  }

  /** The number at token i with what joins it (after qualifier q, if any). */
  private findNumber(i: number, q: QualifierMatch | null): Found | null {
    const core = this.readNumber(i);
    if (!core) return null;
    if (core.decided || core.vague) return finish(this, core, q);
    addAfterScale(this, core);
    addDecimalWords(this, core);
    addFraction(this, core);
    if (q) return finish(this, core, q);
    // "10 إلى 15 ألف شخص" (unless a change verb comes before), "3 أو 4 أشخاص": two numbers joined.
    const joined = readRangeJoined(this, i, core);
    if (joined) return joined;
    // "سبعة من عشرة", "8 من أصل 10": a share of a total, one label (README "X من Y").
    const share = readShare(this, core);
    if (share) return finish(this, share, null);
    if (!core.writtenInDigits) return finish(this, core, null);
    // "فاز 3-1", "بنتيجة 2 - 0": a match score is one label, never a range.
    const score = readScore(this, i, core);
    if (score) return finish(this, score, null);
    // "3-5 أيام", "10$-20$", "$10-$20", "10%-20%": a hyphen between two numbers is a range.
    return readDashRange(this, i, core) ?? finish(this, core, null);
  }
}

// "25 و48 عاما", "ثلاثة وأربعة أيام": the noun after the second number counts the first too.
const AND_BETWEEN = /^\s*و\s*$/;
const SHARED_KINDS = new Set(['age', 'duration']);

/** A bare count coordinated right before an age or duration takes its kind and noun. */
function sharedUnits(text: string, out: Quantity[]): Quantity[] {
  for (let j = out.length - 2; j >= 0; j--) {
    const [a, b] = [out[j], out[j + 1]];
    if (a.kind === 'count' && a.unit === null && SHARED_KINDS.has(b.kind) && AND_BETWEEN.test(text.slice(a.end, b.start))) out[j] = { ...a, kind: b.kind, unit: b.unit };
  }
  return out;
}
