// A claim's own label, from its words: the counted noun (or the word naming it nearby), whose, where.

import type { Token } from '../text/tokens';
import { conceptOfUnit, conceptOfWord, isGenericUnitText } from './concepts';
import type { Located } from './locate';
import { conceptNoun } from './nouns';
import { rateWordBefore } from './concept-of';
import { sectorWords } from './sector';
import { SECTOR } from './price-groups';

/**
 * Label from the claim's own words: the counted noun (or the word naming it nearby), whose, where.
 * A rate or a sum, whose counted noun is not a word next to it, and a kind of ballots ("الأصوات
 * الباطلة" where the figure says "صوتا") are named from the concept table.
 */
export function labelOf(tokens: Token[], loc: Located, concept: string | null, ownerText: string | null, placeText: string | null): string | null {
  // "نسبة الحضور … 81%": a rate «نسبة» names (concept-of.ts), in the article's own two words.
  const named = concept?.startsWith('percent:rate:')
    ? rateWords(tokens, loc.qFrom)
    : concept?.startsWith('percent:change:prices:')
      ? groupWords(tokens, loc.qFrom, concept)
      : concept?.startsWith('percent:growth:sector:')
        ? sectorWords(tokens, loc.qFrom)
        : null;
  const fixed = named ?? (concept && /^(percent|money)(:|$)|^votes:/.test(concept) ? conceptNoun(concept) : null);
  if (fixed) {
    const place = placeText ? (/^(في|ب)/.test(placeText) ? placeText : `في ${placeText}`) : null;
    return [fixed, ownerText, place].filter((p): p is string => !!p).join(' ');
  }
  let noun = tokens.slice(loc.qTo, loc.unitEnd).filter((t) => t.type !== 'punct').map((t) => t.raw).join(' ') || loc.q.unit || '';
  const unitIsName = /^[A-Z]{3}$/.test(noun);
  if (concept && (!noun || unitIsName || isGenericUnitText(noun) || conceptOfUnit(noun) !== concept.split(':')[0])) {
    // The word that gave the concept: nearest before the figure, else after it.
    const near = [...tokens.slice(0, loc.qFrom).reverse(), ...tokens.slice(loc.unitEnd)].find(
      (t) => conceptOfWord(t) === concept.split(':')[0] || (concept.startsWith('money') && /^(و|ب|ل)?(ال)?(صفقه|استثمار|استثمارات|دفعه|وديعه|ودايع)$/.test(t.norm)),
    );
    if (near) noun = near.norm.startsWith('و') && !near.bare.startsWith('و') ? near.raw.slice(1) : near.raw;
  }
  if (unitIsName && noun === loc.q.unit) noun = '';
  // "20 سيارة إسعاف": the word after the noun says which vehicles (concept-of.ts).
  if (concept === 'ambulance' && noun && tokens[loc.unitEnd]?.type === 'word') noun = `${noun} ${tokens[loc.unitEnd].raw}`;
  const place = placeText ? (/^(في|ب)/.test(placeText) ? placeText : `في ${placeText}`) : null;
  const label = [noun, ownerText, place].filter((p): p is string => !!p && p.trim().length > 0).join(' ').trim();
  return label || null;
}

/** «نسبة» and the noun after it that name the figure's rate, as written (its conjunction or preposition off). */
function rateWords(tokens: Token[], qFrom: number): string | null {
  const i = rateWordBefore(tokens, qFrom);
  return i < 0 ? null : `${tokens[i].raw.replace(/^[وبل](?=ال|نسب)/, '')} ${tokens[i + 1].raw}`;
}

/** «نسبة ارتفاع أسعار النقل»: the change of one group's prices (price-groups.ts), its group as written. */
function groupWords(tokens: Token[], qFrom: number, concept: string): string | null {
  const [, , , group, direction] = concept.split(':');
  // («سكني»: a sector's kind, named by the adjective after the sector's noun, price-groups.ts.)
  const kindAt = (i: number): boolean => tokens[i].bare.replace(/ه$/, '') === group && tokens[i - 1]?.type === 'word' && SECTOR.test(tokens[i - 1].bare);
  const at = tokens.slice(0, qFrom).findLastIndex((t, i) => t.type === 'word' && (t.bare === group || kindAt(i)));
  if (at < 0) return null;
  const sector = kindAt(at) ? at - 1 : at;
  const word = tokens[sector];
  const raw = word.norm.startsWith('و') && !word.bare.startsWith('و') ? word.raw.slice(1) : word.raw;
  return `نسبة ${direction === 'down' ? 'تراجع' : 'ارتفاع'} أسعار ${raw}${sector < at ? ` ${tokens[at].raw}` : ''}`;
}
