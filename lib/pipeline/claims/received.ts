// "استقبلنا 14 قتيلا و65 مصابا", "أفاد بوصول نحو 35 جريحا", "تلقينا 13 جثة": what one
// facility received is its own intake, a part of the toll, never a second toll beside it (with
// two tolls in one read, the read's figures would look like a round-up of incidents).

import type { Token } from '../text/tokens';
import { conceptOfWord } from './concepts';

// Verbs and verbal nouns of a facility receiving people (not «نقل»: those carried to hospital are
// usually all of the injured).
const RECEIVE = /^(و|ف)?(استقبل|استقبلت|استقبلنا|استقبلوا|يستقبل|تستقبل|استقبال|وصول|وصل|وصلت|تلقي|تلقت|تلقينا|تلقوا)$/;
// «تلقينا حتى الآن 13 جثة», «استقبل وحده 40 جريحا»: «so far» or «alone» between the verb and the figure.
const SO_FAR = /^(حتي|الان|وحده|وحدها)$/;
const FACILITY = /^(و)?(ال)?(مستشفي|مستشفيات|مشفي|مشافي|مستوصف|مركز|مراكز|عياده|عيادات)$/;
// How many words a facility's name may take between the verb and the figure ("مستشفى الملك فهد", «مستشفى المدينة في بلدة X»).
const NAME_WORDS = 5;

/** The figure at `qFrom` (death, injured or bodies) is what a facility received, read back over a list ("19 قتيلا و"). */
export function receivedBefore(tokens: Token[], qFrom: number): boolean {
  let i = qFrom - 1;
  // Over the list's earlier items: "استقبلنا 14 قتيلا و65 مصابا".
  while (i >= 0 && (tokens[i].norm === 'و' || tokens[i].type === 'num' || (tokens[i].type === 'word' && isToll(tokens[i])))) i--;
  while (i >= 0 && tokens[i].type === 'word' && SO_FAR.test(tokens[i].norm)) i--;
  if (i < 0 || tokens[i].type !== 'word') return false;
  if (RECEIVE.test(tokens[i].norm)) return true;
  // "استقبل مستشفى الملك فهد 40 مصابا": the facility named right after the verb.
  for (let k = i; k >= 0 && k >= i - NAME_WORDS && tokens[k].type === 'word'; k--)
    if (FACILITY.test(tokens[k].norm)) return k > 0 && tokens[k - 1].type === 'word' && RECEIVE.test(tokens[k - 1].norm);
  return false;
}

const isToll = (t: Token): boolean => {
  const c = conceptOfWord(t);
  return c === 'death' || c === 'injured';
};

// «الحالات التي استقبلتها المستشفيات منذ بداية الموجة بلغ 420»: the head's relative clause of a
// facility receiving them, before the figure in its sentence.
const RECEIVED_THEM = /^(استقبلتها|استقبلها|استقبلتهم|استقبلهم|تلقتها|تلقاها)$/;
const RELATIVE_REACH = 12;
/** The figure's head, before it, is what facilities received, by a relative clause («التي استقبلتها»). */
export function receivedByRelative(tokens: Token[], qFrom: number): boolean {
  for (let i = qFrom - 1; i >= Math.max(1, qFrom - RELATIVE_REACH) && !(tokens[i].type === 'punct' && tokens[i].raw !== '،'); i--) {
    if (tokens[i].type === 'num') return false;
    if (RECEIVED_THEM.test(tokens[i].norm) && /^(التي|الذي|الذين)$/.test(tokens[i - 1].norm)) return true;
  }
  return false;
}

// «أُدخل 27 مصابا إلى المستشفيات», «31 مصابا أُدخلوا المستشفى»: those admitted to hospital, its
// intake, apart from those still lying there («ما زال 11 منهم يتلقون العلاج»).
const ADMIT_BEFORE = /^(و|ف)?(ادخل|ادخلت|ادخال|دخل|دخلت|دخول)$/;
const ADMIT_AFTER = /^(ادخلوا|ادخلن|دخلوا|دخلن|ادخلا)$/;
const HOSPITAL = /^(الي|الى|في)?(ال)?(مستشفي|مستشفيات|مشفي|مشافي)$/;
// How many words a hospital may take after the verb («أُدخلوا إلى مستشفى»).
const TO_HOSPITAL = 3;

/** The injured counted at `qFrom` were admitted to hospital: a verb of admission right before the figure or right after its noun, a hospital after it. */
export function admittedToHospital(tokens: Token[], qFrom: number, unitEnd: number): boolean {
  const verbAt = ADMIT_BEFORE.test(tokens[qFrom - 1]?.norm ?? '') ? unitEnd - 1 : ADMIT_AFTER.test(tokens[unitEnd]?.norm ?? '') ? unitEnd : -1;
  if (verbAt < 0) return false;
  for (let k = verbAt + 1; k <= verbAt + TO_HOSPITAL && tokens[k]?.type === 'word'; k++) if (HOSPITAL.test(tokens[k].norm)) return true;
  return false;
}
