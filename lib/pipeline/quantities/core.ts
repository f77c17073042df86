// The number a reader finds at a position, before its kind and interval are decided (finish.ts),
// and what a reader answers.

import type { Quantity, QuantityKind } from '../../types';

/** A kind decided while reading the number itself (dates, names, duals, ordinals). */
export interface Decided {
  kind: QuantityKind;
  unit: string | null;
  /** Token index just after the text (defaults to the core's end). */
  end?: number;
}

export interface Core {
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
export interface Found extends Pick<Quantity, 'value' | 'min' | 'max' | 'qualifier' | 'kind' | 'unit'> {
  startOffset: number;
  endOffset: number;
  endToken: number;
  vague: boolean;
}

/** A reader's answer (context.ts Reader) when its shape claims the position but no number stands there. */
export const NO_NUMBER = 'no number';


/** A core with the usual defaults. */
export function makeCore(value: number, startToken: number, startOffset: number, end: number, extra: Partial<Core> = {}): Core {
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

/** A label of kind other ("G20", "إف-16", a phone number) from token startToken to end. */
export function labelCore(value: number, startToken: number, startOffset: number, end: number): Core {
  return makeCore(value, startToken, startOffset, end, { decided: { kind: 'other', unit: null } });
}

/** Whether c is a plain amount another number can join (not a label, date or vague amount). */
export function isPlainAmount(c: Core | null): c is Core {
  return c !== null && !c.decided && !c.vague;
}
