// A percentage right after a count ("28 ألف ورقة، بنسبة 3.2%", "39 مليون صوت بنسبة 89.6%",
// "210 آلاف صوت (6.1%)", «ألغيت 241 ألف ورقة، أي 4.1%», «أي ما يعادل 27.9%»)
// is that count's share: of the ballots of its kind, or a candidate's share of the votes (the
// count's candidate owns it). "354 ألف ناخب بنسبة 6.1%" is left to the words of its sentence: a
// count of voters is often one group of them (women, the young, one register), whose share is
// no turnout.

import type { Token } from '../text/tokens';
import type { Located } from './locate';

// "بنسبة", "أي بنسبة", "بما نسبته", "ما نسبته".
const SHARE_WORD = /^(و|ف|ا)?(ب)?(نسبه|نسبته|نسبتها|بنسبه)$/;
// «، أي 4.1%», «أي ما يعادل 27.9%», «أي ما يمثل …»: the count restated as a percentage.
const RESTATED = (words: Token[]): boolean => {
  const [a, b, c] = words.slice(-3).map((t) => t.norm);
  return words[words.length - 1]?.norm === 'اي' || (c !== undefined && /^(يعادل|يمثل|يوازي)$/.test(c) && b === 'ما' && a === 'اي');
};
const MAX_BETWEEN = 7;

/** True where the percentage at `loc` is given as the share of the count at `prev` (see the header). */
export function isShareOfCount(tokens: Token[], prev: Located | null, loc: Located): boolean {
  if (!prev || loc.q.kind !== 'percent' || prev.q.kind !== 'count' || prev.qTo > loc.qFrom) return false;
  const between = tokens.slice(prev.unitEnd, loc.qFrom);
  // "210 آلاف صوت (6.1%)": the share in brackets right after the count.
  if (between.length > 0 && between.length <= 2 && between[between.length - 1].raw === '(' && between.every((t) => t.type === 'punct')) return true;
  if (between.length === 0 || between.length > MAX_BETWEEN || !(SHARE_WORD.test(between[between.length - 1].norm) || RESTATED(between))) return false;
  // ('أدلى 120 ألفا بـ"لا" أي ما نسبته 9.2%': the option's quotes stand between.)
  return between.every((t) => t.type === 'word' || (t.type === 'punct' && /^[،,()"«»“”]$/.test(t.raw)));
}

/**
 * The concept of a count's share, from the count's concept and what the percentage's own words
 * gave (`own`, kept where it already says the same measure): null when the count is of anything
 * else than ballots or votes.
 */
export function shareConcept(countConcept: string | null, own: string | null): string | null {
  if (!countConcept) return null;
  // «7 مقاعد للوسط الجديد بنسبة 5.8%»: a party's seats, then the share of the votes that won
  // them (a share of the seats, «بنسبة 40% من المقاعد», is read apart: claims/index.ts).
  if (countConcept === 'seat') return own?.startsWith('percent:vote') ? own : 'percent:vote';
  const ballots = /^votes:(valid|invalid|blank|cast)$/.exec(countConcept);
  if (ballots) return `percent:${ballots[1]}`;
  if (countConcept === 'votes') return own?.startsWith('percent:vote') ? own : 'percent:vote';
  return null;
}
