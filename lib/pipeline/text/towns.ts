// Towns the gazetteer lacks, from GeoNames (data/towns.json, built by scripts/build-towns.ts; see
// data/PROVENANCE.md). Read only where a place word says a place follows («في X», «بX», «إلى X»,
// «قرب X», «شمال X») and only as the data writes the name, article included or not: many town
// names are also words or first names elsewhere («السيول», torrents, is no «سيول», Seoul).
import { townCountries } from './gazetteer';
import type { Token } from './tokens';

// A feminine adjective of direction (folded).
const SIDE = /^ال(?:شماليه|جنوبيه|شرقيه|غربيه|وسطي)$/;
const PLACE_WORD = /^(?:و|ف)?(?:في|فى|الى|الي|من|قرب|شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|انحاء)$/;

/**
 * The word as a town's name would be written: itself, or less a glued «ب» or «ل» (a place word of
 * its own; «و/ف» only before one: «فيينا» is no «في» + «ينا»), its article kept.
 */
function writtenForms(t: Token, coordinated: boolean): { form: string; glued: boolean }[] {
  const out = [{ form: t.norm, glued: false }];
  // «في حمص وحماة»: a name joined by «و» to the place before it.
  if (coordinated && /^و../.test(t.norm)) out.push({ form: t.norm.slice(1), glued: false });
  const rest = t.norm.replace(/^[وف](?=ب..|لل.)/, '');
  if (/^ب../.test(rest)) out.push({ form: rest.slice(1), glued: true });
  // «للدمام»: «ل» on the article.
  if (/^لل./.test(rest)) out.push({ form: 'ا' + rest.slice(1), glued: true });
  return out;
}

/**
 * Whether a town's name may be read here. A foreign town's Arabic name is a transliteration that
 * may spell a short word («الم» pain, «دري» I know) or one beginning with «ب» («باراك», «برنس»):
 * four letters at least, never after a glued «ب». A town of an Arabic-speaking country is named
 * in the text's own words, «بجدة» and «في تعز» alike.
 */
function readable(form: string, arab: boolean, glued: boolean): boolean {
  const letters = form.replace(/^ال(?=..)/, '').replace(/ /g, '').length;
  return arab ? letters >= 3 : !glued && letters >= 4;
}

/**
 * The listed town starting at token i: its key («town:» and its folded name less the article, as
 * «مدينة X» gives: entities.ts placeAfter) and how many words (1 or 2) it takes; null for none.
 */
export function townAt(tokens: readonly Token[], i: number, afterPlace = false): { key: string; words: number; written: string } | null {
  const t = tokens[i];
  if (t.type !== 'word') return null;
  // (Right after a place, «وX» is cued by it: «في X وY», «بX وY».)
  const coordinated = afterPlace && /^و/.test(t.norm);
  const cued = coordinated || PLACE_WORD.test(tokens[i - 1]?.norm ?? '');
  // (Most words have neither: one test each, on a long text's every word.)
  if (!cued && !/^[وف]?[بل]/.test(t.norm)) return null;
  const known = townCountries();
  const next = tokens[i + 1];
  for (const { form, glued } of writtenForms(t, coordinated)) {
    if (!(glued || cued)) continue;
    const two = next?.type === 'word' && known.has(`${form} ${next.norm}`);
    const town = known.get(two ? `${form} ${next.norm}` : form);
    if (!town || !readable(form, town.arab, glued)) continue;
    // («في X الجنوبية»: a direction after the town's name names another place, the province of
    // that part of the country — «X الجنوبية» and «X الشرقية» are two.)
    const after = tokens[i + (two ? 2 : 1)];
    const direction = after?.type === 'word' && SIDE.test(after.norm) ? [after] : [];
    const name = [form.replace(/^ال(?=..)/, ''), ...(two ? [next.norm] : []), ...direction.map((d) => d.norm)].join(' ');
    // As written, less the letters glued before the name (when the word carries no diacritics).
    const lead = t.raw.length === t.norm.length ? t.norm.length - form.length : 0;
    const words = (two ? 2 : 1) + direction.length;
    return { key: 'town:' + name, words, written: [t.raw.slice(Math.max(0, lead)), ...(two ? [next.raw] : []), ...direction.map((d) => d.raw)].join(' ') };
  }
  return null;
}
