// A toll counted by the group everyone it struck belonged to. Outlets name the victims of a boat
// that sank by what they were ("لقي 64 مهاجرا حتفهم"), others by people ("لقي 51 شخصا حتفهم");
// the victims of a bus or plane crash as passengers ("مقتل 20 راكبا"), of a mine or a factory
// collapse as workers ("مصرع 12 عاملا"). These groups say why the people were there, so where a
// read names no other count of the event the group's figure is the event's whole toll. A group
// within a population (soldiers, civilians, children, women, patients) is a part of a larger toll
// even alone, and stays apart (claims/concepts.ts POPULATIONS).

import type { Claim } from '../../types';

/** Groups made by the event's own setting: aboard a boat or a vehicle, at work. */
export const WHOLE_GROUPS: ReadonlySet<string> = new Set(['migrant', 'passenger', 'worker']);

// («injured:treated:worker»: a kind of the event's figure may stand between it and the group.)
const GROUP_CONCEPT = /^([a-z]+(?::[a-z]+)?):([a-z]+)$/;

/**
 * The concept each claim of one read is compared under: "death:migrant" is "death" when the read
 * gives no other count of deaths (no plain "death", no other group's or kind's), else its own. `usable` is
 * the comparison's test of a claim that may enter a card.
 */
export function wholeGroupConcepts(claims: readonly Claim[], usable: (c: Claim) => boolean): Map<Claim, string> {
  const out = new Map<Claim, string>();
  // Per event: the groups its figures are counted among ('' for a plain figure).
  const groupsOf = new Map<string, Set<string>>();
  for (const c of claims) {
    if (!usable(c) || !c.concept) continue;
    // (Any other figure of the event, "death:new" or "death:migrant:part" too, is another count.)
    // (Not «إنقاذ 3 عمال إضافيين», "rescued:new:worker": more of the same group, no other count.)
    const [event, ...rest] = c.concept.split(':');
    const group = (rest[0] === 'new' && rest.length === 2 ? rest.slice(1) : rest).join(':');
    const set = groupsOf.get(event) ?? new Set<string>();
    set.add(group);
    groupsOf.set(event, set);
  }
  for (const c of claims) {
    const m = c.concept && usable(c) ? GROUP_CONCEPT.exec(c.concept) : null;
    if (!m || !WHOLE_GROUPS.has(m[2])) continue;
    const groups = groupsOf.get(m[1].split(':')[0]);
    if (groups && groups.size === 1) out.set(c, m[1]);
  }
  return out;
}
