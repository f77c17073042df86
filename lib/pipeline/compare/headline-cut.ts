// A headline's figure cut or rounded from the body's. A headline shortens the lead's figure to its
// first digits («12 مليون عملية» for the body's 12.3 million, «600 عمود» for 601, «11%» for 11.4%):
// in one read the two are one figure told twice, not two incidents of a round-up. Against another
// read's exact figure the cut one still differs (precision.ts: development readers mark it so),
// though never as a contradiction (index.ts differenceOf).

import { ABOUT_TOLERANCE } from '../quantities/tolerance';
import type { Claim } from '../../types';
import { writtenPrecision } from './precision';

/** The place the headline's figure was cut or rounded to: its written scale, else its last non-zero digit. */
function lastPlace(h: Claim): number {
  const { step } = writtenPrecision(h.value, h.text);
  if (step > 0) return step;
  if (!Number.isInteger(h.value)) {
    const decimals = /[.\u066B]([0-9\u0660-\u0669]+)/.exec(h.text)?.[1].length ?? 0;
    return 10 ** -decimals;
  }
  let place = 1;
  for (let v = Math.abs(h.value); v >= 10 && v % 10 === 0; v /= 10) place *= 10;
  return place;
}

/**
 * True when one of `a`, `b` is a headline's exact figure that is the other (a body figure) cut
 * down or rounded to the headline figure's last place, and no further from it than an «about»
 * figure may be (ABOUT_TOLERANCE: «10 قتلى» is not «13 قتيلا» cut).
 */
export function headlineCut(a: Claim, b: Claim): boolean {
  if (!!a.inTitle === !!b.inTitle) return false;
  const [h, body] = a.inTitle ? [a, b] : [b, a];
  if (h.qualifier !== 'exact' || h.value === body.value || Math.abs(h.value - body.value) > Math.abs(body.value) * ABOUT_TOLERANCE) return false;
  const place = lastPlace(h);
  const near = (x: number): boolean => Math.abs(x - h.value) < place * 1e-6;
  return near(Math.floor(body.value / place + 1e-9) * place) || near(Math.round(body.value / place) * place);
}
