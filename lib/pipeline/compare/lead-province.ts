// A read about one province: its headline and lead name that province and no other. A figure of
// that read with no place and no owner is the province's when it meets another read's figure the
// province names («418 ألف نازح» in a read that leads with «إقليم X», against «312 ألفا في إقليم
// X»): otherwise the scope rule keeps a province's figure from a national one (align.ts).
import type { Claim } from '../../types';
import { memoized } from '../../lazy';
import { findEntities, isGeographic } from '../text/entities';
import { isClauseBreak, tokensOf, type Token } from '../text/tokens';

const CACHE_LIMIT = 4000;

/**
 * The one province (an administrative unit's key) a read's headline-and-lead context names, or
 * null. (Remembered per lead: a read's lead is asked again each time another article is compared.)
 */
export const leadProvince = memoized((lead: string): string | null => {
  const tokens = tokensOf(lead);
  const hits = findEntities(tokens).filter((h) => h.admin);
  const provinces = new Set(hits.map((h) => h.key));
  if (provinces.size === 1) return [...provinces][0];
  // («بمنطقة X في إقليم Y»: a unit and the one it lies in, one place — the innermost, named first.)
  return hits.length === 2 && nested(tokens, hits[0].to, hits[1].from) ? hits[0].key : null;
}, CACHE_LIMIT);

/** Only «في» (or nothing, «بإقليم») between two units' names: the second holds the first (not «وإقليم», a second one). */
const nested = (tokens: readonly Token[], end: number, next: number): boolean =>
  next >= end && next - end <= 1 && tokens.slice(end, next).every((t) => t.norm === 'في') && !/^و/.test(tokens[next]?.norm ?? '');

/** The figure names no place: no place and no owner that is one (a party's or a person's at most). */
export const namesNoPlace = (c: Claim): boolean => (c.places ?? []).length === 0 && !(c.owners ?? []).some(isGeographic);

// «في عموم المناطق المتأثرة», «في جميع الولايات», «في أنحاء البلاد»: every region, not one.
const ALL_OF = /^(في|ب)?(عموم|جميع|كل|كافه|مختلف|سائر|انحاء)$/;
const ALL_REGIONS = /^(المناطق|المحافظات|الولايات|الاقاليم|المقاطعات|البلاد)$/;
// «في 6 أقاليم», «في تسعة أقاليم», «في 11 إقليما»: several provinces (not «مناطق», «مدن»: a
// province's own districts and towns may be counted so).
const SEVERAL_UNITS = /^(محافظات|ولايات|اقاليم|مقاطعات|اقليما|محافظه|ولايه|مقاطعه)$/;
const ONE_OF = /^(احدي|احد)$/;
const ACROSS_REACH = 10;
const UNITS_REACH = 3;

/**
 * The figure's clause says it is told over every region or over several provinces, words before
 * it («بلغ عدد الذين أُجلوا في عموم المناطق المتأثرة 310 آلاف») or right after it («… شخص في 6
 * أقاليم»): no one province's, whatever province its read leads with. (Read once per claim.)
 */
const acrossRegions = new WeakMap<Claim, boolean>();
function toldAcrossRegions(c: Claim): boolean {
  const known = acrossRegions.get(c);
  if (known !== undefined) return known;
  const tokens = tokensOf(c.sentence);
  const from = tokens.findIndex((t) => t.start >= c.start - c.sentenceStart);
  const to = tokens.findIndex((t) => t.start >= c.end - c.sentenceStart);
  let found = false;
  for (let k = from - 1; from > 0 && k >= Math.max(1, from - ACROSS_REACH) && !isClauseBreak(tokens[k]) && !found; k--) {
    found = ALL_OF.test(tokens[k - 1].norm) && ALL_REGIONS.test(tokens[k].norm);
  }
  const end = to < 0 ? tokens.length : to;
  for (let k = end; k < Math.min(tokens.length - 2, end + UNITS_REACH) && !isClauseBreak(tokens[k]) && !found; k++) {
    found = tokens[k].norm === 'في' && SEVERAL_UNITS.test(tokens[k + 2].norm) && !ONE_OF.test(tokens[k + 1].norm);
  }
  acrossRegions.set(c, found);
  return found;
}

/**
 * The figure placed in its read's province where it names no place of its own («قائمة X 39 مقعدا»
 * in a read about one region's election) and is not told over every region (toldAcrossRegions).
 */
export function placedByLead(c: Claim, province: string | null): Claim {
  return province !== null && namesNoPlace(c) && !toldAcrossRegions(c) ? { ...c, places: [province], adminPlace: true } : c;
}
