// A total and its breakdown: «7 قوارب» in the headline, then «4 قوارب تعود لتعاونية الصيادين و3
// قوارب لأصحابها»; «إصابة 12 شخصا» in the headline, then «أصيب 10 أشخاص بحالات اختناق، واثنان
// بحروق». Two or more figures of one topic and place in one sentence that add
// up to a figure the read gives before them (an earlier sentence, earlier in the same sentence) —
// or, for the total of the headline or lead (the first sentence with a figure), which outlets round
// or update, to at most it and at least half of it — are that figure's parts: not incidents of a
// round-up that would keep the total out of cards (same-event.ts). Another read's figure equal to
// one of the parts is that part, not a rival count of the total (compare/index.ts).

import type { Claim } from '../../types';

// Where a figure counts: a province's toll beside the national one is its own figure, compared by place.
const placesOf = (c: Claim): string => (c.places ?? []).join('|');

/**
 * A figure owned by one side is no part of another side's total: one candidate's 30.4 % and a third's
 * 7.1 % do not break down the winner's 51.2 % of the headline. (Parts owned under an unowned total,
 * «7 قوارب … 4 قوارب تعود لتعاونية الصيادين», still are.)
 */
function othersOwn(total: Claim, parts: readonly Claim[]): boolean {
  const owners = total.owners ?? [];
  return owners.length > 0 && parts.some((p) => (p.owners ?? []).length > 0 && !p.owners!.some((o) => owners.includes(o)));
}

/** The share of the total the parts must cover at least: a breakdown names most of it. */
const MIN_COVER = 0.5;

/**
 * Each total of one read that others of its topic break down, with those parts. `skip`: figures
 * that are no part nor total (another time frame, an earlier count, a sentence counting some more).
 */
export function breakdowns(claims: readonly Claim[], topicOf: (c: Claim) => string, skip: (c: Claim) => boolean): Map<Claim, Claim[]> {
  const out = new Map<Claim, Claim[]>();
  // The headline, or the lead: the read's first sentence with a figure (a text may open with its headline line).
  let first = Infinity;
  for (const c of claims) if (!c.inTitle && c.sentenceStart < first) first = c.sentenceStart;
  const leads = (t: Claim): boolean => !!t.inTitle || t.sentenceStart === first;
  // Candidate totals by topic and place, and by value: a long read's lists are matched in linear time.
  const bySentence = new Map<string, Claim[]>();
  const byValue = new Map<string, Claim[]>();
  const leading = new Map<string, Claim[]>();
  const push = (m: Map<string, Claim[]>, k: string, c: Claim): void => {
    const list = m.get(k);
    if (list) list.push(c);
    else m.set(k, [c]);
  };
  for (const c of claims) {
    if (skip(c)) continue;
    const where = `${topicOf(c)}|${placesOf(c)}`;
    push(byValue, `${where}|${c.value}`, c);
    if (leads(c)) push(leading, where, c);
    if (!c.inTitle) push(bySentence, `${where}|${c.sentenceStart}`, c);
  }
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    const where = `${topicOf(list[0])}|${placesOf(list[0])}`;
    const sum = list.reduce((s, c) => s + c.value, 0);
    const from = Math.min(...list.map((c) => c.start));
    const before = (t: Claim): boolean => !list.includes(t) && (!!t.inTitle || t.start < from);
    // Exactly the total, or — the headline's or lead's total, which outlets round or update — most of it.
    const exact = (byValue.get(`${where}|${sum}`) ?? []).filter(before);
    const led = (leading.get(where) ?? []).filter((t) => before(t) && t.value > sum && sum >= MIN_COVER * t.value);
    for (const t of new Set([...exact, ...led])) if (!othersOwn(t, list)) out.set(t, [...(out.get(t) ?? []), ...list]);
  }
  return out;
}

/** Whether `a` (of a read with `aTotals`) or `b` (`bTotals`) is a total one of whose parts has the other's value. */
export function partOfTotal(aTotals: ReadonlyMap<Claim, readonly Claim[]>, a: Claim, bTotals: ReadonlyMap<Claim, readonly Claim[]>, b: Claim): boolean {
  return (aTotals.get(a) ?? []).some((p) => p.value === b.value) || (bTotals.get(b) ?? []).some((p) => p.value === a.value);
}
