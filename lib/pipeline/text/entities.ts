// The places and people a text names: gazetteer names (gazetteer.ts, from public data), places
// found by pattern after a unit or settlement word ("إقليم X", "محافظة X", "مدينة X"), and people
// found by pattern (people.ts), never by a list of names.

import { lexicalForms, type Token } from './tokens';
import { entityType, formIndex, parentOf, rememberName, TOWN_WORDS, UNIT_WORDS, type EntityType } from './gazetteer';
import { isNameWord, peopleFirstWords, PERSON_MAX_WORDS, type PeopleIndex } from './people';

export { displayName, ENTITY_STEMS, entityType, isGeographic, NAME_FORMS, parentOf, type EntityType } from './gazetteer';
export { learnPeople, type PeopleIndex } from './people';

export interface EntityHit {
  key: string;
  type: EntityType;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Named with an administrative unit word ("بإقليم X", "محافظة X"): a breakdown place. */
  admin?: boolean;
}

/** Words of a person key ("person:X Y Z" → its words), each reduced to a spelling skeleton. */
const personWords = (key: string): string[] => key.slice('person:'.length).split(' ').map(skeleton);

// Outlets transliterate one foreign name several ways (long vowels written or not; "ch"/"ç" as
// تش, ج or ش): compare consonants, with those three sounds as one.
const skeleton = (w: string): string => w.replace(/تش/g, 'ج').replace(/ش/g, 'ج').replace(/[اويىهء]/g, '') || w;

/** True where a and b may name the same thing: equal, one the parent of the other, or one
 * person named in full and by surname ("جون سميث", "سميث"). */
export function entitiesCompatible(a: string, b: string): boolean {
  if (a === b || parentOf(a) === b || parentOf(b) === a) return true;
  if (a.startsWith('person:') && b.startsWith('person:')) {
    const [short, long] = [personWords(a), personWords(b)].sort((x, y) => x.length - y.length);
    return long.slice(long.length - short.length).join(' ') === short.join(' ');
  }
  return false;
}

function matchAt(tokens: Token[], i: number, people?: PeopleIndex): { key: string; type: EntityType; len: number } | null {
  if (tokens[i].type !== 'word') return null;
  const { byForm, firstWords, maxWords } = formIndex();
  // Most words start no name at all: one lookup rules them out (linear time on long texts).
  const pFirsts = people ? peopleFirstWords(people) : null;
  const firsts = lexicalForms(tokens[i]).filter((f) => firstWords.has(f) || pFirsts?.has(f));
  if (firsts.length === 0) return null;
  for (let n = Math.min(Math.max(maxWords, people ? PERSON_MAX_WORDS : 0), tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (span.some((t) => t.type !== 'word')) continue;
    const rest = span.slice(1).map((t) => t.norm);
    for (const first of firsts) {
      // Later words keep their article ("كوريا الجنوبية"); also try them without it.
      const withArticle = [first, ...rest].join(' ');
      const without = [first, ...span.slice(1).map((t) => t.bare)].join(' ');
      const hit = byForm.get(withArticle) ?? byForm.get(without);
      if (hit) return { key: hit.key, type: hit.type, len: n };
      const person = people?.get(withArticle);
      if (person) return { key: person, type: 'person', len: n };
    }
  }
  return null;
}

// Words with the article that are not part of a name ("بإقليم X الذي…", "…الأكثر تضررا").
const NOT_NAME = /^(الذي|التي|الذين|اللذين|اللتين|اللواتي|الان|الاكثر|الاقل|اليوم|الامس|الماضي|الحالي|المقبل|الاخير|الاخيره|الاول|الاولي|الثاني|الثانيه|الواقع|الواقعه|المنكوب|المنكوبه|المتضرر|المتضرره|الشمالي|الجنوبي|الشرقي|الغربي)$/;

function isNameContinuation(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.norm.startsWith('ال') && t.norm.length > 3 && !NOT_NAME.test(t.norm);
}

/** The first word of a name as written, without a glued conjunction or preposition. */
function stripLeadingClitic(t: Token): string {
  const dropped = t.norm.length - t.bare.length;
  return dropped > 0 && t.raw.length > dropped ? t.raw.slice(dropped) : t.raw;
}

const isProvinceName = (t: Token | undefined): boolean => !!t && t.type === 'word' && (t.norm.startsWith('ال') || !t.norm.endsWith('ه'));

/** A place named after a unit or settlement word: its words up to the end of the name. */
function placeAfter(tokens: Token[], i: number, prefix: string): { key: string; to: number } {
  // The name may run on with definite words ("محافظة وادي الندى", "محافظة دير الزور").
  let end = i + 2;
  while (end < i + 4 && isNameContinuation(tokens[end])) end++;
  const words = tokens.slice(i + 1, end);
  // The unit word took the clitics: the name keeps its letters ("منطقة فانكوفر"), less its article.
  const key = prefix + words.map((w, k) => (k === 0 ? w.norm.replace(/^ال(?=..)/, '') : w.norm)).join(' ');
  rememberName(key, words.map((w, k) => (k === 0 ? stripLeadingClitic(w) : w.raw)).join(' '));
  return { key, to: end };
}

/** Entities named in a token list, longest match first, left to right; `people` from learnPeople. */
export function findEntities(tokens: Token[], people?: PeopleIndex): EntityHit[] {
  const out: EntityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const forms = lexicalForms(t);
    // "ولاية X" is a province, "ولاية رئاسية ثالثة" a term of office: a name, not an adjective.
    const unit = forms.some((f) => UNIT_WORDS.has(f)) || (forms.includes('ولايه') && isProvinceName(tokens[i + 1]));
    const town = !unit && forms.some((f) => TOWN_WORDS.has(f));
    // "المخيم أسفرت …", "بالمدينة رصدت": a unit word with the article refers back to a place, and
    // the word after it is no name; a name follows it in a construct ("مخيم X", "بمدينة X") or,
    // with the article too, in apposition ("المدينة المنورة").
    const definite = (w: Token | undefined): boolean => !!w && (/^(و|ف)?(ب|ل|ك)?(ال|لل)/.test(w.norm) || /^(و|ف)?لل/.test(w.norm));
    const refersBack = definite(t) && !definite(tokens[i + 1]);
    if ((unit || town) && !refersBack && isNameWord(tokens[i + 1], true)) {
      const known = matchAt(tokens, i + 1, people);
      if (known && known.type !== 'person') {
        out.push({ key: known.key, type: known.type, from: i, to: i + 1 + known.len, admin: unit || undefined });
        i += known.len;
      } else {
        const p = placeAfter(tokens, i, unit ? 'place:' : 'town:');
        out.push(unit ? { key: p.key, type: 'region', from: i, to: p.to, admin: true } : { key: p.key, type: 'city', from: i, to: p.to });
        i = p.to - 1;
      }
      continue;
    }
    const m = matchAt(tokens, i, people);
    if (m) {
      out.push({ key: m.key, type: m.type, from: i, to: i + m.len });
      i += m.len - 1;
    }
  }
  return out;
}

