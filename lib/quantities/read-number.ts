// The number at a token: one reader per shape (read-*.ts), tried in this order. A reader
// returns the number, null (not its shape: the next one tries) or NO_NUMBER (its shape, and
// it rules out a number here). The order matters where shapes overlap: a clitic before
// digits before a glued name, a label word before a decade, an ordinal before a cardinal.

import type { ScanCtx } from './context';
import type { Core, Reader } from './core';
import { NO_NUMBER } from './core';
import { readClock } from './read-clock';
import { readAfterClitic, readDigitToken } from './read-digits';
import { readAreaCodePhone, readCuedLabel, readInternationalPhone } from './read-labels';
import { readBrandModel, readGluedName, readHyphenName, readLatinName } from './read-names';
import { readOrdinalOnOne, readOrdinalWord } from './read-ordinals';
import { readCurrencySymbol, readMinusTemperature, readPercentBefore } from './read-signs';
import { readCuedYear, readDecade, readMonthYear } from './read-years';
import { readCardinalWords, readDualNoun, readFraction, readNegative, readVague, readZero } from './read-words';

const DIGIT_READERS: Reader[] = [readDigitToken];

const PUNCT_READERS: Reader[] = [readCurrencySymbol, readInternationalPhone, readAreaCodePhone, readMinusTemperature, readPercentBefore];

/** Any word: digits glued or hyphenated to it, or a Latin word (never a number itself). */
const WORD_READERS: Reader[] = [readAfterClitic, readGluedName, readHyphenName, readLatinName];

/** A word the lexicon knows: the shapes its roles allow, the plain cardinal last. */
const LEXICON_WORD_READERS: Reader[] = [
  ...WORD_READERS,
  readBrandModel,
  readClock,
  readNegative,
  readCuedLabel,
  readDecade,
  readZero,
  readOrdinalOnOne,
  readCuedYear,
  readMonthYear,
  readVague,
  readDualNoun,
  readFraction,
  readOrdinalWord,
  readCardinalWords,
];

/** The number whose text starts at token i, or null. */
export function readNumber(ctx: ScanCtx, i: number): Core | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  const readers = t.type === 'digits' ? DIGIT_READERS : t.type === 'punct' ? PUNCT_READERS : ctx.hits[i] ? LEXICON_WORD_READERS : WORD_READERS;
  for (const read of readers) {
    const r = read(ctx, i);
    if (r !== null) return r === NO_NUMBER ? null : r;
  }
  return null;
}
