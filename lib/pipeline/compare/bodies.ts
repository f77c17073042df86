// Bodies recovered and the dead. After a sinking or a collapse one outlet counts the bodies pulled
// out («انتشلت جثث أربعة»), another the dead («ارتفع عدد الضحايا إلى ستة»): until the dead are
// counted apart from the bodies, the bodies recovered are the dead known so far — one count. So a
// read's bodies figure is compared as its toll where the read gives no count of the dead, and
// only when no read of the comparison counts both (one that does — «7 جثث» and «9 وفيات»,
// bodies found beside those who died in hospital — shows they are two measures in this story).
// A read whose bodies are its dead shows no such thing: the same figure («انتشال 36 جثة» under
// «أكثر من 35 قتيلا»), or the day's or the place's recoveries adding up to its toll («17 جثة» and
// «6 جثث» of «23 قتيلا»). Not in a war: bodies pulled from the rubble are a part of a toll counted
// elsewhere.

import type { Claim } from '../../types';
import { POPULATION_KEYS } from '../claims/concepts';
import { isConflictText } from '../claims/measure';
import { normalizeArabic } from '../text/normalize';
import { figuresAgree } from './agreement';
import { WHOLE_GROUPS } from './whole-group';

export interface BodiesRead {
  /** The read's claims that may enter a card. */
  claims: readonly Claim[];
  /** Title and text, read only when the read counts bodies alone. */
  text: () => string;
}

// The dead of this event: not another year's («:in:»), not a kind of death figure («:new», «:since»),
// nor a group among them («:child»); the dead of a group the event's setting made are all of them.
const isDead = (c: Claim): boolean => !!c.concept && /^(death|casualties)(:[a-z]+)?$/.test(c.concept) && (!c.concept.includes(':') || WHOLE_GROUPS.has(c.concept.split(':')[1]));
// («جثث 9 مهاجرين»: the bodies of a group the event's setting made, whole-group.ts, are all of them.)
const isBodies = (c: Claim): boolean => c.concept === 'bodies' || (!!c.concept?.startsWith('bodies:') && WHOLE_GROUPS.has(c.concept.slice(7)));

/** The claims of the comparison's reads whose bodies count is compared as the dead ("death"). */
export function bodiesAsDead(reads: readonly BodiesRead[]): Map<Claim, string> {
  const out = new Map<Claim, string>();
  const counts = reads.map((r) => ({ r, dead: r.claims.some(isDead), bodies: r.claims.some(isBodies) }));
  const both = new Map(counts.filter((x) => x.dead && x.bodies).map((x) => [x.r, bodiesAreItsDead(x.r.claims)]));
  if (!counts.some((x) => x.dead) || [...both.values()].includes(null)) return out;
  // (A read that counts both keeps its own: its bodies figure beside its toll is the recovered part
  // of it — but a place's bodies, where the places add up to the toll, are that place's dead.)
  for (const { r, dead, bodies } of counts) {
    if (!bodies || isConflictText(normalizeArabic(r.text()))) continue;
    // («وبين الجثث 7 أطفال»: a group among the bodies is that group among the dead, where the
    // read's bodies are its dead.)
    const placed = both.get(r) === 'parts';
    for (const c of r.claims) if (isBodies(c) && (!dead || (placed && !!c.places?.length))) out.set(c, 'death');
    for (const c of r.claims) if (isBodiesOfGroup(c)) out.set(c, `death:${c.concept!.slice(7)}`);
  }
  return out;
}

const isBodiesOfGroup = (c: Claim): boolean => !!c.concept?.startsWith('bodies:') && POPULATION_KEYS.has(c.concept.slice(7)) && !WHOLE_GROUPS.has(c.concept.slice(7));

/**
 * How a read that counts both has its bodies as its dead: 'same', each one of its tolls; 'parts',
 * all of them (with the dead it counts place by place) adding up to one; null where they are two measures.
 */
function bodiesAreItsDead(claims: readonly Claim[]): 'same' | 'parts' | null {
  const dead = claims.filter(isDead);
  const bodies = claims.filter(isBodies);
  if (bodies.every((b) => dead.some((d) => figuresAgree(b, d)))) return 'same';
  const sum = [...bodies, ...dead.filter((d) => !!d.places?.length)].reduce((n, c) => n + c.value, 0);
  return dead.some((d) => !d.places?.length && d.value === sum) ? 'parts' : null;
}
