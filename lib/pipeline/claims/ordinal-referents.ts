// «أما المرشحان الآخران X وY، فحصل الأول على 4120 صوتا، والثاني على 980 صوتا»: «الأول»,
// «الثاني» … name the people just listed, in their order. A figure whose clause opens on such a
// word belongs to that person.

import type { Token } from '../text/tokens';
import { entityType, type EntityHit } from '../text/entities';

const ORDINALS = ['الاول', 'الثاني', 'الثالث', 'الرابع'];
const ORDINAL_SUBJECT = new RegExp(`^(?:و|ف)?(${ORDINALS.join('|')})$`);
// The ordinal stands a few words before its figure («والثاني على 980», «فحصل الأول على 4120»).
const REACH = 4;

/**
 * The person the ordinal before the figure (`qFrom`, from `clauseStart` on) refers to: of the
 * sentence's ordinals «الأول» … «الثاني» (up to K), the K people named last before the first of
 * them, in order; null when there is no such ordinal or too few people.
 */
export function ordinalReferent(tokens: Token[], hits: readonly EntityHit[], qFrom: number, clauseStart: number): string | null {
  let at = -1;
  for (let i = qFrom - 1; i >= Math.max(clauseStart, qFrom - REACH) && at < 0; i--) if (tokens[i].type === 'word' && ORDINAL_SUBJECT.test(tokens[i].norm)) at = i;
  if (at < 0) return null;
  const rankOf = (t: Token): number => ORDINALS.indexOf(ORDINAL_SUBJECT.exec(t.norm)?.[1] ?? '');
  const ranks = tokens.map((t, i) => (t.type === 'word' ? [i, rankOf(t)] : [i, -1])).filter(([, r]) => r >= 0);
  const first = ranks.find(([, r]) => r === 0)?.[0];
  if (first === undefined) return null;
  const count = Math.max(...ranks.filter(([i]) => i >= first).map(([, r]) => r)) + 1;
  const people: string[] = [];
  for (const h of hits) if (h.to <= first && entityType(h.key) === 'person' && people[people.length - 1] !== h.key) people.push(h.key);
  if (people.length < count || count < 2) return null;
  return people.slice(people.length - count)[rankOf(tokens[at])] ?? null;
}
