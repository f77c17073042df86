// «بلغ 12 قتيلا و45 مصابا في الولاية، في حين توزع باقي الضحايا على ولايتين مجاورتين»,
// «منها 16 في أحياء المدينة، والبقية بمحافظات المنطقة»: a sentence that goes on to «the rest»
// says the count before it is some of a whole — one place's, one hospital's, one group's — not
// the whole itself. The figure right before «the rest» (and the items joined to it by «و») is a
// part; a whole named earlier in the sentence («قتل 40، منهم 15 …، والبقية …») is not touched.

import type { Claim } from '../../types';
import type { Token } from '../text/tokens';
import { EVENT_CONCEPTS, conceptOfWord } from './concepts';

// «والبقية», «والباقي», «والباقون»: the rest, opening a clause of its own.
const REST_ALONE = /^وال(بقيه|باقي|باقون|باقين)$/;
// «وباقي/وبقية الضحايا», «في حين توزع باقي الضحايا»: the rest of a people the lexicon knows.
const REST_OF = /^(و)?(بقيه|باقي)$/;
const CONTRAST = /^(فيما|بينما|حين)$/;

/** Index of the first token saying «the rest» (of people counted) after `from`, opening its clause, or -1. */
function restAfter(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    if (REST_ALONE.test(t.norm)) return i;
    if (!REST_OF.test(t.norm)) continue;
    const of = i + 1 < tokens.length ? conceptOfWord(tokens[i + 1]) : null;
    const opens = /^و/.test(t.norm) || tokens.slice(Math.max(0, i - 3), i).some((w) => CONTRAST.test(w.norm));
    if (opens && of !== null && EVENT_CONCEPTS.has(of.split(':')[0])) return i;
  }
  return -1;
}

/**
 * Marks as parts (`:part`) the sentence's figures right before «the rest». `tokens`: the
 * sentence's, `claims` its claims in order, both with offsets in the whole text.
 */
export function partsBeforeRest(claims: Claim[], tokens: readonly Token[]): void {
  const counts = claims.filter((c) => c.comparable && !c.inTitle && c.kind === 'count');
  if (counts.length === 0) return;
  // The token at a text offset (the sentence's end: one past its last token).
  const tokenAt = (offset: number): number => {
    const i = tokens.findIndex((t) => t.end > offset);
    return i < 0 ? tokens.length : i;
  };
  const rest = restAfter(tokens, tokenAt(counts[0].end));
  if (rest < 0) return;
  const before = counts.filter((c) => tokenAt(c.end) <= rest);
  // The nearest figure, then the items joined to it by «و» right after the previous one's noun
  // («12 قتيلا و45 مصابا»: no comma, no other word between).
  const joined: Claim[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const c = before[k];
    joined.push(c);
    const at = tokenAt(c.start);
    const prev = before[k - 1];
    const prevEnd = prev ? tokenAt(prev.end) - 1 + unitLength(prev) : -1;
    if (!prev || tokens[at - 1]?.norm !== 'و' || at !== prevEnd + 2) break;
  }
  for (const c of joined) {
    if (!c.concept || c.concept.endsWith(':part') || (c.places ?? []).length > 0 || !EVENT_CONCEPTS.has(c.concept.split(':')[0])) continue;
    c.concept = `${c.concept}:part`;
  }
}

/** How many tokens a claim's counted noun takes after its number («قتيلا»: 1). */
function unitLength(c: Claim): number {
  return c.unit ? c.unit.split(/\s+/).length : 0;
}
