// A claim's own label, from its words: the counted noun (or the word naming it nearby), whose, where.

import type { Token } from '../text/tokens';
import { conceptOfUnit, conceptOfWord, isGenericUnitText } from './concepts';
import type { Located } from './locate';

/** Label from the claim's own words: the counted noun (or the word naming it nearby), whose, where. */
// Labels for figures whose counted noun is not a word next to them.
const FIXED_NOUNS: Record<string, string> = {
  'percent:counted': 'نسبة الفرز',
  'percent:vote': 'نسبة الأصوات',
  'percent:vote:round1': 'نسبة الأصوات في الجولة الأولى',
  'percent:share': 'الحصة',
  'money:deal': 'قيمة الصفقة',
  'money:tranche': 'الدفعة',
  'money:deposit': 'الوديعة',
  'money:rights': 'حقوق التطوير',
  'money:deal:part': 'المبلغ من الصفقة',
  'money:tranche:part': 'المبلغ من الدفعة',
  'money:deposit:part': 'المبلغ من الودائع',
  'money:rights:part': 'المبلغ من حقوق التطوير',
  money: 'المبلغ',
};

export function labelOf(tokens: Token[], loc: Located, concept: string | null, ownerText: string | null, placeText: string | null): string | null {
  const fixed = concept ? FIXED_NOUNS[concept] : undefined;
  if (fixed) {
    const place = placeText ? (/^(في|ب)/.test(placeText) ? placeText : `في ${placeText}`) : null;
    return [fixed, ownerText, place].filter((p): p is string => !!p).join(' ');
  }
  let noun = tokens.slice(loc.qTo, loc.unitEnd).map((t) => t.raw).join(' ') || loc.q.unit || '';
  const unitIsName = /^[A-Z]{3}$/.test(noun);
  if (concept && (!noun || unitIsName || isGenericUnitText(noun) || conceptOfUnit(noun) !== concept.split(':')[0])) {
    // The word that gave the concept: nearest before the figure, else after it.
    const near = [...tokens.slice(0, loc.qFrom).reverse(), ...tokens.slice(loc.unitEnd)].find(
      (t) => conceptOfWord(t) === concept.split(':')[0] || (concept.startsWith('money') && /^(و|ب|ل)?(ال)?(صفقه|استثمار|استثمارات|دفعه|وديعه|ودايع)$/.test(t.norm)),
    );
    if (near) noun = near.norm.startsWith('و') && !near.bare.startsWith('و') ? near.raw.slice(1) : near.raw;
  }
  if (unitIsName && noun === loc.q.unit) noun = '';
  const place = placeText ? (/^(في|ب)/.test(placeText) ? placeText : `في ${placeText}`) : null;
  const label = [noun, ownerText, place].filter((p): p is string => !!p && p.trim().length > 0).join(' ').trim();
  return label || null;
}
