// Those vaccinated: «تلقى 180 ألف شخص جرعة من اللقاح», «260 ألف شخص تلقوا اللقاح», «حملة تطعيم
// استفاد منها أكثر من 150 ألف شخص», «تطعيم 40 ألف طفل», a vaccination campaign that reached them.
// People a vaccine reached are a count of their own, neither the sick nor the doses shipped.

import type { Token } from '../text/tokens';
import { CAMPAIGN } from './scope-words';

const VACCINE = /^(و|ب|ل)?(ال)?(لقاح|لقاحات|جرعه|جرعات|تطعيم|تلقيح)$/;
// Verbs of receiving or benefiting, and the verbal nouns of vaccinating someone.
const RECEIVED = /^(و|ف)?(تلقي|تلقوا|تلقت|يتلقي|حصل|حصلوا|استفاد|استفادت)$/;
const VACCINATING = /^(و|ب|ل)?(ال)?(تطعيم|تلقيح)$/;
const AFTER = 5;
const BEFORE = 8;

/** The people counted at `qFrom` (their noun ending before `unitEnd`) received a vaccine, by the words of their clause. */
export function vaccinated(tokens: Token[], qFrom: number, unitEnd: number, clause: [number, number], stops: Uint8Array): boolean {
  // «تطعيم 40 ألف طفل»: the vaccinating right before the figure.
  if (VACCINATING.test(tokens[qFrom - 1]?.norm ?? '')) return true;
  // «260 ألف شخص تلقوا اللقاح»: a verb of receiving after them, then the vaccine.
  for (let i = unitEnd; i < Math.min(clause[1], unitEnd + AFTER) && !stops[i]; i++) {
    if (tokens[i].type === 'punct') break;
    if (RECEIVED.test(tokens[i].norm)) return tokens.slice(i + 1, Math.min(clause[1], i + 4)).some((t) => VACCINE.test(t.norm));
  }
  // «تلقى 180 ألف شخص جرعة», «حملة تطعيم استفاد منها 150 ألف شخص»: the verb before them, the
  // vaccine before it or right after them.
  let verb = -1;
  for (let i = qFrom - 1; i >= Math.max(clause[0], qFrom - BEFORE) && !stops[i]; i--) {
    if (RECEIVED.test(tokens[i].norm)) {
      verb = i;
      break;
    }
  }
  if (verb < 0) return campaignReached(tokens, qFrom, stops);
  const near = [...tokens.slice(Math.max(clause[0], verb - 4), verb), ...tokens.slice(unitEnd, Math.min(clause[1], unitEnd + 2))];
  return near.some((t) => t.type === 'word' && VACCINE.test(t.norm));
}

// «وعلى صعيد التطعيم، وصلت الحملة حتى الآن إلى 410 آلاف طفل»: a campaign reaching people, in a
// sentence about vaccinating, reached them with the vaccine.
const REACHED = /^(و|ف)?(وصلت|وصل|شملت|شمل|غطت|غطي)$/;
const CAMPAIGN_REACH = 6;
// (A day the campaign has reached so far may stand between: «وصلت حتى مساء الثلاثاء، ثاني أيام الحملة، إلى …».)
const REACHED_BEFORE = 12;
const TEAMS = /^(و|ب|ل)?(ال)?(فرق|فريق|فرقه)$/;
function campaignReached(tokens: Token[], qFrom: number, stops: Uint8Array): boolean {
  for (let i = qFrom - 1; i >= Math.max(0, qFrom - REACHED_BEFORE) && !stops[i]; i--) {
    if (tokens[i].type !== 'word' || !REACHED.test(tokens[i].norm)) continue;
    // («إن فرق التطعيم وصلت حتى مساء أمس إلى …»: or the vaccination teams.)
    const before = tokens.slice(Math.max(0, i - CAMPAIGN_REACH), i + 2);
    const campaign = before.some((t, k) => t.type === 'word' && (CAMPAIGN.test(t.norm) || (TEAMS.test(t.norm) && VACCINATING.test(before[k + 1]?.norm ?? ''))));
    return campaign && tokens.slice(0, qFrom).some((t) => t.type === 'word' && VACCINE.test(t.norm));
  }
  return false;
}
