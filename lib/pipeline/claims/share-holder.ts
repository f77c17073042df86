// «وجاءت فلانة الفلانية، مرشحة حزب X، ثالثة بنسبة 18%»، «ثم فلان، ابن مدينة Y، بـ4%»،
// «تليه فلانة من «حزب Z» بـ11%»: a ranking's share given to the one person its list item names,
// however many words of apposition (a party, an ordinal, an origin, an age in brackets) stand
// between the name and the share.

import type { Token } from '../text/tokens';
import type { EntityHit } from '../text/entities';
import { FOLLOWED } from './parties';

// What a share is given with right before it: «بـ», «بنسبة», «على».
const GIVEN_WITH = /^(ب|بـ|بنسبه|علي)$/;
// How far after the share a place may still be its place.
const PLACE_AFTER = 4;
// How far back a list item's words may run from its share.
const ITEM_REACH = 16;
const opensItem = (tokens: Token[], k: number): boolean => {
  const t = tokens[k];
  if (t.type !== 'word') return false;
  if (t.norm === 'ثم' || FOLLOWED.test(t.norm)) return true;
  // («، ومرشحة حركة X، فلانة، على 8%»: the next item after a comma and «و».)
  return /^و../.test(t.norm) && t.bare !== t.norm && /^[،,]$/.test(tokens[k - 1]?.raw ?? '');
};

/**
 * The one person named in the list item the share at `qFrom` ends (back to the item's «ثم»,
 * «تلاها», «، و…», the sentence's start or another figure; a bracket's words skipped), or null
 * when the share is given with no «بـ/بنسبة/على», the sentence names a place before the share or
 * right after it, or the item names no one or two people.
 */
export function shareHolder(tokens: Token[], qFrom: number, hits: readonly EntityHit[], stops: Uint8Array): EntityHit | null {
  if (!GIVEN_WITH.test(tokens[qFrom - 1]?.norm ?? '')) return null;
  let from = qFrom - 1;
  for (let k = qFrom - 2, n = 0; k >= 0 && n < ITEM_REACH; k--, n++) {
    // («(52 عاما)»: an aside in brackets, its age no figure of the list.)
    if (tokens[k].raw === ')') {
      while (k > 0 && tokens[k].raw !== '(') k--;
      continue;
    }
    if (stops[k] || /^[.؛;:]$/.test(tokens[k].raw)) break;
    from = k;
    if (opensItem(tokens, k)) break;
  }
  // («ونال فلان أعلى نسبة في محافظة X بـ66%», «على 52% في محافظة X»: a share in a place is no share
  // of the whole vote, wherever the sentence names the place before the share or right after it.)
  const place = (h: EntityHit): boolean => h.type === 'city' || h.type === 'region';
  if (hits.some((h) => place(h) && (h.to <= qFrom - 1 || (h.from > qFrom && h.from <= qFrom + PLACE_AFTER)))) return null;
  const people = hits.filter((h) => h.type === 'person' && h.from >= from && h.to <= qFrom - 1);
  return people.length === 1 ? people[0] : null;
}
