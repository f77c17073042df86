// The number at a token: one reader per shape (read-*.ts), tried in this order. A reader
// returns the number, null (not its shape: the next one tries) or NO_NUMBER (its shape, and
// it rules out a number here). The order matters where shapes overlap: a clitic before
// digits before a glued name, a label word before a decade, an ordinal before a cardinal.

import type { Reader, ScanCtx } from './context';
import type { Lex } from './lexicon';
import type { Core } from './core';
import { NO_NUMBER } from './core';
import { readClock } from './read-clock';
import { readAfterClitic, readCharacterReference, readDigitToken } from './read-digits';
import { readAreaCodePhone, readCuedLabel, readInternationalPhone } from './read-labels';
import { readBrandModel, readGluedName, readHyphenName, readLatinName } from './read-names';
import { readOrdinalOnOne, readOrdinalWord } from './read-ordinals';
import { readCurrencySymbol, readMinusTemperature, readPercentBefore } from './read-signs';
import { readCuedYear, readDecade, readMonthYear } from './read-years';
import { readCardinalWords, readDualNoun, readFraction, readImpliedOne, readNegative, readNone, readVague, readZero } from './read-words';

const DIGIT_READERS: Reader[] = [readCharacterReference, readDigitToken];

const PUNCT_READERS: Reader[] = [readCurrencySymbol, readInternationalPhone, readAreaCodePhone, readMinusTemperature, readPercentBefore];

/** Any word: digits glued or hyphenated to it, or a Latin word (never a number itself). */
const WORD_READERS: Reader[] = [readAfterClitic, readGluedName, readHyphenName, readLatinName];

/** A word the lexicon knows with a role a number can start with: the shapes its roles allow, the plain cardinal last. */
const NUMBER_WORD_READERS: Reader[] = [
  ...WORD_READERS,
  readBrandModel,
  readClock,
  readNegative,
  readCuedLabel,
  readDecade,
  readZero,
  readNone,
  readOrdinalOnOne,
  readCuedYear,
  readMonthYear,
  readVague,
  readDualNoun,
  readImpliedOne,
  readFraction,
  readOrdinalWord,
  readCardinalWords,
];

/**
 * Whether a word with these roles can start a number (each reader of NUMBER_WORD_READERS needs
 * one of them): most known words (nouns, cues, function words) cannot, and skip those readers.
 */
function startsNumber(x: Lex): boolean {
  return (
    x.unit !== undefined ||
    x.ten !== undefined ||
    x.hundred !== undefined ||
    x.scale !== undefined ||
    x.ordinal !== undefined ||
    x.frac !== undefined ||
    x.decade !== undefined ||
    x.vague !== undefined ||
    x.dualNoun === true ||
    x.impliedOne === true ||
    x.brand === true ||
    x.clockCue === true ||
    x.negative === true ||
    x.labelCue === true ||
    x.zero === true ||
    x.noneCue === true ||
    x.yearCue === true ||
    x.months !== undefined
  );
}

/** The number whose text starts at token i, or null. */
export function readNumber(ctx: ScanCtx, i: number): Core | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  const hit = ctx.hits[i];
  const readers = t.type === 'digits' ? DIGIT_READERS : t.type === 'punct' ? PUNCT_READERS : hit && startsNumber(hit.lex) ? NUMBER_WORD_READERS : WORD_READERS;
  for (const read of readers) {
    const r = read(ctx, i);
    if (r !== null) return r === NO_NUMBER ? null : r;
  }
  return null;
}
