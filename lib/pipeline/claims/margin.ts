// The lead of one candidate over another is another figure than anyone's votes: "متقدما على
// أقرب منافسيه بنحو 9 آلاف صوت", "بفارق 9 آلاف صوت عن منافسه", "تقدم عليه بـ 500 صوت". Read from
// the words right before the figure: «بفارق», «على بعد», or a verb or adjective of leading or trailing
// over someone ("متقدما على …", "متأخرا عن …", "تفوق على …") followed by «بـ» on the figure, or a
// comparative right before it ("أقل بأربعة مقاعد من الأغلبية"). Seats too: how many short of a majority.

import type { Token } from '../text/tokens';
import type { Located } from './locate';

const GAP = /^(و)?(ب)?(فارق|الفارق|فرق|افضليه)$/;
// «واستقر الفارق بينهما عند 1730 صوتا», «الفارق بين المرشحين إلى 1730»: the gap named a few words before.
// («يبلغ الفارق بين الأول والثاني 9.8 نقطة»: the two named by their ranks.)
const GAP_LINK = /^(بينهما|بينهم|بين|المرشحين|المتنافسين|عند|الي|نحو|بلغ|يبلغ|ليبلغ|البالغ|(و)?(ال)?(اول|اولي|ثاني|ثانيه))$/;
const GAP_REACH = 4;
const LEAD = /^(و|ف)?(متقدما|متقدمه|متقدمين|تقدم|تقدمت|يتقدم|تتقدم|متفوقا|متفوقه|تفوق|تفوقت|متاخرا|متاخره|تاخر|تاخرت|متخلفا|يسبق|سبق|سابقا)$/;
const OVER = /^(علي|على|عن)$/;
const COMPARATIVE = /^(و)?(اقل|اكثر|ادني|اعلي)$/;
const BACK = 6;

/** True where the figure at `loc` is a margin between candidates (or from a threshold), not a count of votes or seats. */
export function isVoteMargin(tokens: Token[], loc: Located): boolean {
  const before = tokens[loc.qFrom - 1];
  if (before && GAP.test(before.norm)) return true;
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - GAP_REACH) && tokens[i].type === 'word'; i--) {
    if (GAP.test(tokens[i].norm)) return true;
    if (!GAP_LINK.test(tokens[i].norm)) break;
  }
  // «على بعد نحو 3 آلاف صوت من عتبة 4%»: how far a list stayed from a threshold or a rival.
  if (before?.norm === 'بعد' && OVER.test(tokens[loc.qFrom - 2]?.norm ?? '')) return true;
  // ("بنحو 9 آلاف": the quantity may hold the «بـ» and a qualifier itself.)
  const opensWithBa = (before?.norm === 'ب') || /^ب/.test(tokens[loc.qFrom]?.norm ?? '');
  if (!opensWithBa) return false;
  if (COMPARATIVE.test(tokens[loc.qFrom - (before?.norm === 'ب' ? 2 : 1)]?.norm ?? '')) return true;
  for (let i = loc.qFrom - 1; i >= Math.max(0, loc.qFrom - BACK); i--) {
    const t = tokens[i];
    if (t.type !== 'word') return false;
    // ("يتقدم X بـ 64%" is X's own share: a lead names whom it is over, «على/عن».)
    if (LEAD.test(t.norm)) return tokens.slice(i + 1, loc.qFrom).some((w) => OVER.test(w.norm));
  }
  return false;
}
