// «وبقيت مدينة X الأكثر تضررا، إذ ارتفع عدد القتلى فيها إلى 15»: «فيها» after the counted noun
// points back to the one town or region the sentence named before it — the figure's place, which
// the clause of the figure does not name again.

import type { Token } from '../text/tokens';
import type { EntityHit } from '../text/entities';

const IN_IT = /^(فيها|فيه)$/;
// How far before the figure «فيها» may stand («عدد القتلى فيها إلى 15»).
const REACH = 4;

/** The key of the place «فيها» before the figure refers to, or null where none or more than one may be meant. */
export function placeReferredBack(tokens: readonly Token[], hits: readonly EntityHit[], qFrom: number): string | null {
  let at = -1;
  for (let k = qFrom - 1; k >= Math.max(0, qFrom - REACH) && at < 0; k--) {
    if (tokens[k].type === 'punct') return null;
    if (tokens[k].type === 'word' && IN_IT.test(tokens[k].norm)) at = k;
  }
  if (at < 0) return null;
  const places = hits.filter((h) => h.to <= at && (h.type === 'city' || h.type === 'region'));
  return places.length > 0 && places.every((h) => h.key === places[0].key) ? places[0].key : null;
}
