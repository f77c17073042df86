// A party named short, resolved against the article's own parties: «ستحصل الحركة على 44 مقعدا»
// (the party noun alone) and «و15 للجبهة» (its first word alone) name the one party of the
// article whose name begins so — when exactly one does. Two candidates leave the figure as it
// was: the party noun alone owns nothing, a first word stays its own name.

import type { Claim } from '../../types';
import { entitiesCompatible } from '../text/entities';

const words = (key: string): string[] => key.slice('person:'.length).split(' ');
const bare = (w: string): string => w.replace(/^ال/, '');

/**
 * Gives each claim of `pointing` (claim → the head of the party noun it was won by) and each
 * claim owned by a one-word name the article's one longer party name that begins with that word.
 */
export function resolveShortParties(claims: Claim[], pointing: ReadonlyMap<Claim, string>): void {
  const named = [...new Set(claims.flatMap((c) => c.owners ?? []).filter((k) => k.startsWith('person:') && words(k).length >= 2))];
  // (One party written two ways, «حركة X» and «حركة X الحاكمة», is one candidate: entitiesCompatible.)
  const only = (first: string): string | null => {
    const found = named.filter((k) => bare(words(k)[0]) === bare(first));
    return found.length > 0 && found.every((k) => entitiesCompatible(k, found[0])) ? found[0] : null;
  };
  for (const [c, head] of pointing) {
    if ((c.owners ?? []).length > 0) continue;
    const key = only(head);
    if (key) c.owners = [key];
  }
  for (const c of claims) {
    const own = c.owners ?? [];
    if (own.length !== 1 || !own[0].startsWith('person:') || words(own[0]).length !== 1 || !/^ال/.test(words(own[0])[0])) continue;
    const key = only(words(own[0])[0]);
    if (key) c.owners = [key];
  }
}
