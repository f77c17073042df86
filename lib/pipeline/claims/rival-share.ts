// «بحصولها على 53.7% من الأصوات مقابل 46.3% له», «… مقابل 41% لمنافسها»: the share set against a
// candidate's, given to "him" or "her rival" with no name, is the one other candidate the
// sentence names — where it names just two.

import type { Token } from '../text/tokens';
import type { EntityHit } from '../text/entities';

const AGAINST = /^(و)?مقابل$/;
// The pronoun or rival's noun that stands for the other candidate.
const THE_OTHER = /^(له|لها|لمنافسه|لمنافسها|لخصمه|لخصمها|لغريمه|لغريمها)$/;

/** The other candidate's key, where the figure at [qFrom, unitEnd) is «مقابل N% له» after `owner`'s share. */
export function rivalShareOwner(tokens: readonly Token[], hits: readonly EntityHit[], qFrom: number, unitEnd: number, owner: string): string | null {
  if (!AGAINST.test(tokens[qFrom - 1]?.norm ?? '') || !THE_OTHER.test(tokens[unitEnd]?.norm ?? '')) return null;
  const people = new Set(hits.filter((h) => h.type === 'person').map((h) => h.key));
  if (people.size !== 2 || !people.has(owner)) return null;
  return [...people].find((p) => p !== owner) ?? null;
}
