// Readings fixed in the forty-eighth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a count still under treatment keeps the concept its own
// clause told before it (concept-of.ts); a group known only by an event, among a toll (claims/index.ts);
// a change read past the months it is of, and the level it reached past its base (rates.ts,
// period.ts); a change set against a year before is a yearly one, months named from January on are
// the year's first months, past a sum's gloss in another currency (period.ts); that gloss after the
// currency's country (money.ts); a rate called the nation's (scope.ts); pilgrims counted by their
// broken plural, and those from abroad and from home (concepts.ts, home-abroad.ts); tents damaged or
// destroyed as buildings are (concept-of.ts, damage.ts); refugees' nationality no owner of their
// tents (scope.ts); a day of the week no part of a province's name (text/entities.ts); the value a
// toll had before, a few words after «بعد أن كانت» (context.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';

const claimsOf = (text: string, published = '2026-06-10'): Claim[] => extractClaims(text, { published });
const conceptOf = (text: string, v: number, published?: string): string | null | undefined => claimsOf(text, published).find((c) => c.value === v)?.concept;

describe('people under treatment', () => {
  it('who died while treated are dead, those evacuated while treated evacuated', () => {
    expect(conceptOf('وتوفي 6 أشخاص كانوا يتلقون العلاج في المستشفى.', 6)).toBe('death');
    expect(conceptOf('وأجلت السلطات 350 شخصا يتلقون العلاج في المستشفى المتضرر.', 350)).toBe('evacuated');
  });

  it('are still the injured when only another clause named a fate', () => {
    expect(conceptOf('وقالت الوزارة إن 140 مصابا غادروا المستشفيات، فيما لا يزال 17 آخرون يتلقون العلاج.', 17)).toBe('injured:treated');
  });
});

describe('a group known only by an event', () => {
  it('named among a toll is that toll’s group', () => {
    expect(conceptOf('وارتفعت حصيلة ضحايا انهيار السقف إلى 17 قتيلا، بينهم 11 تلميذا.', 11)).toBe('death:student');
  });

  it('named among a count of its own noun stays a part of that count', () => {
    expect(conceptOf('وتضم المدرسة 620 تلميذا، بينهم 290 تلميذة.', 290)).toBe('unit:تلميذ:part');
  });
});

describe('a change over the year’s first months', () => {
  const text = 'ارتفعت صادرات البلاد من البن خلال الأشهر التسعة الأولى من العام بنسبة 5.2% على أساس سنوي لتبلغ 318,400 طن.';
  it('is read past the months and the year named between it and its noun', () => {
    expect(conceptOf(text, 5.2, '2026-10-20')).toBe('percent:change:exports:up:per:months:9');
  });

  it('gives its months to the level it reached, past its base', () => {
    expect(conceptOf(text, 318400, '2026-10-20')).toBe('unit:طن:per:months:9');
  });
});

describe('a change set against a year before', () => {
  it('«عن مستواها قبل عام» is a yearly change, the measure a change naming no base is', () => {
    expect(conceptOf('وبلغت عائدات الصادرات 96.4 مليار شلن، بزيادة نسبتها 3.7% عن مستواها قبل عام.', 3.7)).toBe('percent:change:revenue:up');
    expect(conceptOf('وبلغت عائدات الصادرات 96.4 مليار شلن، بزيادة نسبتها 3.7%.', 3.7)).toBe('percent:change:revenue:up');
  });

  it('gives no base to a level set against the same period', () => {
    expect(conceptOf('وارتفع عدد السياح إلى 840 ألف سائح مقارنة بالفترة نفسها من العام الماضي.', 840000)).toBe('tourist');
  });
});

describe('months named from January on', () => {
  it('are the year’s first months, a half or N months', () => {
    expect(conceptOf('وبلغت الصادرات بين يناير ويونيو 4.2 مليار دولار.', 4_200_000_000)).toBe('money:exports:per:h:1');
    expect(conceptOf('وبلغ إجمالي الصادرات في الفترة من يناير إلى أغسطس 2.7 مليار دولار.', 2_700_000_000)).toBe('money:exports:per:months:8');
  });

  it('date a sum past its gloss in another currency, after the currency’s country', () => {
    const text = 'وبلغت عائدات الصادرات 52.3 مليار شلن كيني (نحو 404 ملايين دولار) بين يناير وسبتمبر.';
    expect(conceptOf(text, 52_300_000_000)).toBe('money:revenue:per:months:9');
    expect(conceptOf(text, 404_000_000)).toBe('money:revenue:per:months:9');
  });
});

describe('a rate called the nation’s', () => {
  it('is no region’s the sentence named before', () => {
    const text = 'عدل المعهد بيانات المسح بعد خطأ في معاملات إقليمي غرينلاند وجزر فارو، ليرتفع معدل البطالة الوطني إلى 11.4%.';
    const c = claimsOf(text).find((x) => x.value === 11.4);
    expect(c?.concept).toBe('percent:unemployment');
    expect(c?.owners ?? []).toEqual([]);
  });
});

describe('a group known only by an event, counted with none', () => {
  it('meets itself in its broken plural', () => {
    expect(conceptOf('وبلغ العدد النهائي مليونا و300 ألف حاج.', 1_300_000)).toBe(conceptOf('وأعلنت الهيئة أن عدد الحجاج بلغ 1,300,000 حجاج.', 1_300_000));
  });

  it('counts those from abroad and those from home apart from their whole', () => {
    const text = 'وبلغ عدد الحجاج مليونا و300 ألف حاج، منهم مليون و150 ألف حاج قدموا من الخارج و150 ألف حاج من الداخل.';
    expect(conceptOf(text, 1_150_000)).toBe('unit:حاج:abroad');
    expect(conceptOf(text, 150_000)).toBe('unit:حاج:home');
  });
});

describe('tents', () => {
  it('damaged, and destroyed among them, are two counts as buildings are', () => {
    const text = 'وأظهر التقرير أن 940 خيمة تضررت جراء العاصفة، بينها 210 خيام انهارت بالكامل.';
    expect(conceptOf(text, 940)).toBe('tent:damaged');
    expect(conceptOf(text, 210)).toBe('tent:destroyed');
  });

  it('of refugees of a nationality are no count of that nationality’s country', () => {
    const c = claimsOf('توفي طفلان سوريان وتضررت أكثر من 640 خيمة في مخيمات اللاجئين في السهل.').find((x) => x.value === 640);
    expect(c?.owners ?? []).toEqual([]);
  });
});

describe('a province named before a day of the week', () => {
  it('keeps its own name, the day no part of it', () => {
    expect(findEntities(tokensOf('وأعلنت غرفة عمليات محافظة الوادي الاثنين تضرر 85 مبنى.')).map((h) => h.key)).toEqual(['place:وادي']);
  });
});

describe('the value a toll had before', () => {
  it('a few words after «بعد أن كانت» is no second toll', () => {
    const text = 'وارتفع عدد الوفيات إلى سبعة، بعد أن كانت الحصيلة قد استقرت على خمس وفيات.';
    expect(conceptOf(text, 7)).toBe('death');
    expect(conceptOf(text, 5)).toBeNull();
  });
});
