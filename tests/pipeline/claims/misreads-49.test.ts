// Readings fixed in the forty-ninth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a region's name run on with its country's is the region
// (text/entities.ts); the seats of one constituency are no chamber's (seat-status.ts); those abducted,
// and those who escaped their captors, are counts of their own (concepts.ts, concept-of.ts); an earlier count makes no breakdown of the latest one
// (context.ts); a sum's noun past an aside between commas, a sum's change past the year of its period
// and past «المماثلة», a like period as a year-on-year base, a yearly change the measure of one naming
// no base, a group of goods with its article and the trade with one country (money.ts, claims/index.ts,
// context.ts, period.ts); the main quake's magnitude past its aftershocks (concept-of.ts); what a
// change is set against names no share (concept-of.ts, period.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';
import { entitiesCompatible, findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';

const claimsOf = (text: string, published = '2026-06-10'): Claim[] => extractClaims(text, { published });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const placeKey = (text: string): string | undefined => findEntities(tokensOf(text))[0]?.key;

describe('a region named with its country', () => {
  it('is the region named alone', () => {
    const long = placeKey('في إقليم دارسو العراق');
    const short = placeKey('في إقليم دارسو');
    expect(long).toBeDefined();
    expect(short).toBeDefined();
    expect(long).not.toBe(short);
    expect(entitiesCompatible(long!, short!)).toBe(true);
  });

  it('is still not another region', () => {
    expect(entitiesCompatible(placeKey('في إقليم دارسو العراق')!, placeKey('في إقليم نهرين')!)).toBe(false);
  });
});

describe('seats', () => {
  it('in play in one constituency are the constituency’s, not the chamber’s', () => {
    const text = 'وفي دائرة نهروان، وهي أصغر الدوائر الأربع، تنافس 27 مرشحا على 3 مقاعد فقط، حصدت «قائمة الجسر» اثنين منها.';
    expect(conceptOf(text, 3)).toBe('seat:district');
    expect(conceptOf(text, 2)).not.toBe('seat:district');
  });

  it('in play with no constituency named are the chamber’s', () => {
    expect(conceptOf('ويتنافس 1200 مرشح على 100 مقعد في البرلمان.', 100)).toBe('seat:total');
  });
});

describe('those abducted', () => {
  it('are counted by the verb of taking and its noun, with whom', () => {
    expect(conceptOf('خطف مسلحون فجر الأربعاء 120 تلميذا من مدرسة داخلية.', 120)).toBe('abducted:student');
    expect(conceptOf('وهاجم مسلحون القرية واقتادوا معهم 9 أطفال.', 9)).toBe('abducted:child');
    expect(conceptOf('وارتفع عدد المخطوفين إلى 140 شخصا.', 140)).toMatch(/^abducted/);
  });
});

describe('those who escaped their captors', () => {
  it('are a count of their own, after «تمكنوا من» or before the captors', () => {
    expect(conceptOf('وأشار إلى أن 9 تلاميذ تمكنوا من الإفلات من الخاطفين خلال المسير.', 9)).toBe('escaped:student');
    expect(conceptOf('وقال إن 14 تلميذا تمكنوا من الفرار منذ الهجوم.', 14)).toBe('escaped:student');
    expect(conceptOf('وأكدت الشرطة أن 23 سجينا فروا من السجن ليلا.', 23)).toBe('escaped:prisoner');
  });

  it('leave those who fled their homes displaced', () => {
    expect(conceptOf('ونزح 3000 شخص فروا من القتال.', 3000)).toBe('displaced');
  });
});

describe('an earlier count in the sentence of the latest', () => {
  it('makes no breakdown of the latest one’s place', () => {
    const text = 'رفعت حكومة ولاية نوراني عدد التلاميذ الذين خطفهم مسلحون من المدرسة في بلدة سامارو إلى 140 تلميذا، علما بأن الشرطة كانت قد أعلنت في البداية خطف 110 تلاميذ.';
    expect(claimOf(text, 140)?.places).toContain('town:سامارو');
    expect(claimOf(text, 140)?.adminPlace).toBeFalsy();
  });
});

describe('a sum', () => {
  it('is named past an aside between commas after a verb of reaching', () => {
    expect(conceptOf('وبلغت إيرادات الفوسفات، عبر الموانئ والسكك، نحو 3.2 مليار دولار.', 3200000000)).toBe('money:revenue');
  });

  it('is not named past an aside with no verb of reaching', () => {
    expect(conceptOf('وقال الوزير، في مؤتمر صحفي، إن 3.2 مليار دولار ستذهب إلى المشروع.', 3200000000)).toBeNull();
  });

  it('moves by a change read past the year of its period', () => {
    const text = 'بلغت صادرات البلاد 12.4 مليار دولار خلال النصف الأول من 2026، بانخفاض نسبته 3% مقارنة بالفترة المماثلة من العام الماضي.';
    expect(conceptOf(text, 3)).toBe('percent:change:exports:down:per:h:1');
  });

  it('of a group of goods named with its article is the group’s', () => {
    expect(conceptOf('وبلغت واردات المجموعة النفطية 1.34 مليار دولار.', 1340000000)).toBe('money:imports:group');
  });

  it('of the trade with one country is that partner’s', () => {
    expect(conceptOf('وبلغت الواردات من الصين 1.28 مليار دولار.', 1280000000)).toBe('money:imports:partner');
    expect(conceptOf('وبلغت الصادرات إلى الهند 540 مليون دولار.', 540000000)).toBe('money:exports:partner');
  });
});

describe('a like period', () => {
  it('is the base of a change, no other event', () => {
    expect(conceptOf('تراجعت الصادرات بنسبة 3% مقارنة بالفترة المماثلة من العام الماضي.', 3)).toBe('percent:change:exports:down');
  });

  it('of the year before is a yearly base, in either gender', () => {
    expect(conceptOf('وارتفع معدل التضخم إلى 4% مقارنة بالشهر المماثل من العام الماضي.', 4)).toBe('percent:inflation:base:y');
    expect(conceptOf('وارتفع معدل التضخم إلى 4% مقارنة بالفترة نفسها من العام الماضي.', 4)).toBe('percent:inflation:base:y');
  });
});

describe('a quake’s magnitude', () => {
  it('is the main quake’s when named past its aftershocks', () => {
    expect(conceptOf('وسجل المركز 80 هزة ارتدادية منذ الزلزال الرئيسي الذي بلغت قوته 5.9 درجات.', 5.9)).toBe('magnitude');
    expect(conceptOf('وسجل المركز 80 هزة ارتدادية بلغت قوة أقواها 4.3 درجات.', 4.3)).toBe('magnitude:aftershock');
  });
});

describe('what a change is set against', () => {
  it('names no share, nor the change’s period', () => {
    const text = 'حققت الشركة أرباحا صافية بلغت 3.1 مليار درهم، بارتفاع نسبته 4.4% عن أرباح السنة السابقة.';
    expect(conceptOf(text, 4.4)).toBe('percent:change:profit:up');
  });
});
