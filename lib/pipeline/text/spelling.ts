// One foreign name written two ways: Arabic renders a foreign g as ج, غ, ق or گ («غرانفيل» and
// «جرانفيل»), a t or s as ت/ط or س/ص, and writes a vowel with or without its letter («كارولا» /
// «كرولا»). Matched by that one difference only, so that two different words are not.

// Letters that stand for one foreign sound.
const ALIKE = ['جغقگك', 'تط', 'سص', 'زذظ'];
const classOf = new Map<string, number>(ALIKE.flatMap((letters, i) => [...letters].map((l) => [l, i] as [string, number])));
// A vowel letter written in one spelling and left out in the other.
const VOWEL = /[اوي]/;
/** Shorter words are too many to tell one spelling from another word. */
const MIN_LENGTH = 4;

/** True when two folded words are one name written two ways (or the same word). */
export function spelledAlike(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < MIN_LENGTH) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const ca = classOf.get(a[i]);
    return ca !== undefined && ca === classOf.get(b[i]) && a.slice(i + 1) === b.slice(i + 1);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && VOWEL.test(long[i]) && long.slice(i + 1) === short.slice(i);
}
