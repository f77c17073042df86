// Readings fixed in the thirty-seventh round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: a percentage of change right after a sum is that sum's
// change (sum-change.ts); a gap that moved by a share of itself, a ratio that fell (rates.ts); a
// month named in both calendars before a sum (money.ts); the report's month for «خلال الشهر»
// (report-month.ts); one group's unemployed (rate-group.ts); a part of a whole whose province the
// whole's clause names (index.ts); a unit's name opening with a month's word (text/entities.ts);
// those who stayed away, those who left their homes (concept-of.ts); seats nobody's in a read of
// parties' seats (ownerless-votes.ts); a party by its rank, in quotes after «لـ», past the tally it
// moved from (parties.ts); a place set in its country (scope.ts); a place said to stand «alone», a
// province or city named like its country (text/entities.ts); a party's last adjective is no name
// of its own (text/people.ts); a ranking's head «the most affected» (list-places.ts); a majority kept
// «with» the seats (seat-status.ts); a group's rate past a relative clause, the output that recorded a
// growth (rate-group.ts, rates.ts); «لدى» is no name (text/people.ts); a definite word after «و» is no
// name in apposition (text/entities.ts); an election's nouns end a party's name (parties.ts); a list
// item's name opening with a month's word, opened by «، و» (list-places.ts); a bare «النسبة» in a place's
// clause after a turnout (index.ts); the growth of a quarter named in construct (rates.ts); «more» of
// them before the total they raise (measure.ts); a year then a sum is no range (quantities/ranges.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-11-20' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];
const placesOf = (text: string, v: number): string[] => claimOf(text, v)?.places ?? [];
const articleClaim = (title: string, text: string, v: number): Claim | undefined =>
  analyzeArticle({ url: 'https://example.test/a', canonicalUrl: 'https://example.test/a', site: 'مثال', host: 'example.test', title, text, byline: null, published: '2026-11-20', lang: 'ar', dir: 'rtl' }).claims.find((c) => c.value === v);
const ELECTION = 'أعلنت لجنة الانتخابات النتائج النهائية للانتخابات البلدية. ';

describe('a percentage of change right after a sum', () => {
  it('is that sum’s rise or fall, over the sum’s period', () => {
    expect(conceptOf('وبلغت إيرادات الميناء 3.4 مليار دولار في السنة المالية 2026، بزيادة 7.2% عن العام السابق.', 7.2)).toBe('percent:change:revenue:up:per:fy:2026');
    expect(conceptOf('واتسع العجز التجاري خلال الشهر إلى 4.1 مليار دولار، بارتفاع نسبته 12.5% مقارنة بالشهر نفسه من العام الماضي.', 12.5)).toMatch(/^percent:change:deficit:up/);
    expect(conceptOf('وتراجعت الصادرات إلى 9.8 مليار دولار، بانخفاض 3.3%.', 3.3)).toMatch(/^percent:change:exports:down/);
  });

  it('passes a converted sum in brackets and a date of the sum’s period', () => {
    expect(conceptOf('وبلغ إجمالي الائتمان المصرفي 12.6 مليار دينار (نحو 41 مليار دولار)، بزيادة نسبتها 5.4% على أساس سنوي.', 5.4)).toMatch(/^percent:change:credit:up/);
    expect(conceptOf('وبلغت إيرادات الهيئة 2.7 مليار دولار في السنة المالية التي انتهت في 30 يونيو/حزيران، بارتفاع نسبته 4.4%.', 4.4)).toMatch(/^percent:change:revenue:up/);
  });

  it('reads growth named there as the sum’s, not the economy’s', () => {
    expect(conceptOf('وبلغت إيرادات الهيئة مليارين و310 ملايين دولار خلال السنة المالية، بنمو 4.4 بالمئة على أساس سنوي.', 4.4)).toMatch(/^percent:change:revenue:up/);
  });

  it('restates in per cent the amount a gap widened by', () => {
    expect(conceptOf('واتسع العجز بـ6,2 مليار درهم، أو 5,1%، مقارنة بالفترة نفسها من العام الماضي.', 5.1)).toMatch(/^percent:change:deficit:up/);
  });

  it('leaves a percentage after an output’s sum, or far from the sum, to its own words', () => {
    expect(conceptOf('وبلغ الناتج المحلي الإجمالي 120 مليار دولار، بنمو 3.1%.', 3.1)).not.toMatch(/^percent:change:gdp/);
    expect(conceptOf('وبلغت الإيرادات 3.4 مليار دولار. وقال الوزير إن البطالة تراجعت إلى 7.2%.', 7.2)).toBe('percent:unemployment');
  });

  it('names the credit and the assets it is a change of on the card', () => {
    expect(conceptNoun('percent:change:credit:up')).toBe('نسبة ارتفاع الائتمان');
    expect(conceptNoun('money:assets')).toBe('الأصول');
  });
});

describe('a gap that moved, a ratio that fell', () => {
  it('reads a deficit that rose by a share of itself as its change, not a share of the output', () => {
    expect(conceptOf('وارتفع عجز الميزان التجاري بنسبة 8.3% خلال الأشهر الستة الأولى من العام.', 8.3)).toMatch(/^percent:change:deficit:up/);
    expect(conceptOf('وتقلص الفائض التجاري بنسبة 4% في الربع الثالث.', 4)).toMatch(/^percent:change:surplus:down/);
  });

  it('keeps a deficit reaching a share of the output its ratio', () => {
    expect(conceptOf('وارتفع عجز الموازنة إلى 5.6% من الناتج المحلي.', 5.6)).toMatch(/^percent:deficit/);
    expect(conceptOf('وتقلص العجز بنسبة 1.5% من الناتج.', 1.5)).toMatch(/^percent:deficit/);
  });

  it('reads a coverage ratio that fell as the ratio, not a fall of the exports', () => {
    expect(conceptOf('وتراجعت نسبة تغطية الصادرات للواردات إلى 64.2%.', 64.2)).not.toMatch(/^percent:change:exports/);
  });
});

describe('a month named in both calendars before a sum', () => {
  it('lets the sum’s noun be found past it', () => {
    expect(conceptOf('وأعلن المعهد أن عجز التجارة الخارجية للبلاد بلغ في نيسان/أبريل 6.2 مليار دولار.', 6200000000)).toMatch(/^money:deficit/);
  });
});

describe('the report’s month', () => {
  it('is the month «خلال الشهر» means, where the report names one', () => {
    const text = 'ارتفعت صادرات البلاد في مايو بنسبة 4.2% على أساس سنوي. واتسع العجز التجاري خلال الشهر إلى 3.1 مليار دولار، بزيادة 9.4% مقارنة بالشهر نفسه من العام الماضي.';
    expect(articleClaim('صادرات البلاد ترتفع في مايو', text, 9.4)?.concept).toMatch(/^percent:change:deficit:up:per:m:5/);
  });
});

describe('one group’s unemployed', () => {
  it('reads the graduates among the unemployed apart from all of them', () => {
    expect(conceptOf('ويقدر عدد العاطلين من حاملي الشهادات العليا بنحو 185 ألفا.', 185000)).toBe('unemployed:among:graduates');
    expect(conceptOf('وبلغ عدد العاطلين بين الشباب 92 ألفا.', 92000)).toBe('unemployed:among:youth');
  });

  it('leaves the unemployed as a whole', () => {
    expect(conceptOf('وبلغ عدد العاطلين عن العمل 512.4 ألف شخص.', 512400)).toBe('unemployed');
  });
});

describe('a part of a whole in a province', () => {
  it('stays a part where only the whole’s clause names the province', () => {
    expect(conceptOf('وقالت الوكالة إن الحريق الذي اندلع بغابات إقليم وادي الصنوبر أتى على 1650 هكتارا، منها 720 هكتارا من الغابات الطبيعية.', 720)).toBe('area:part');
  });

  it('is the province’s figure where its own clause names it', () => {
    expect(conceptOf('وقتل 44 شخصا، بينهم 20 في ولاية الواحات الشرقية.', 20)).toBe('death');
  });
});

describe('a unit’s name opening with a month’s word', () => {
  it('names the unit, not a date', () => {
    const places = placesOf('وسجلت 9 وفيات في مدينة كورالي، و6 في مقاطعة يونيو باراكا، و3 في مقاطعة نوفمبر تيلا.', 6);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatch(/يونيو باراكا/);
    expect(placesOf('وسجلت 9 وفيات في مدينة كورالي، و6 في مقاطعة يونيو باراكا، و3 في مقاطعة نوفمبر تيلا.', 3)[0]).toMatch(/نوفمبر تيلا/);
  });

  it('keeps a month with the article after it a date', () => {
    expect(placesOf('وسجلت المنطقة 5 وفيات في مايو الماضي.', 5).some((p) => p.includes('مايو'))).toBe(false);
  });
});

describe('those who stayed away and those who left their homes', () => {
  it('reads the voters’ absence as no vote share', () => {
    expect(conceptOf(`${ELECTION}وسجلت الانتخابات غياب 58% من الناخبين عن الاقتراع.`, 58)).toBe('percent:abstention');
  });

  it('reads families who left their homes, past an aside, as displaced', () => {
    expect(conceptOf('إذ غادرت نحو 410 أسر، أي قرابة 1900 شخص، منازلها نحو مراكز الإيواء.', 410)).toBe('displaced:family');
  });

  it('leaves those who left a coast no displaced', () => {
    expect(conceptOf('وغادر 210 مهاجرين السواحل الشرقية.', 210)).not.toBe('displaced');
  });
});

describe('parties’ seats', () => {
  it('leaves seats nobody’s where the read gives parties theirs', () => {
    const text = `${ELECTION}ونال حزب الوفاق الأخضر 340 مقعدا، فيما نال تحالف النهر 120 مقعدا. واستقر رصيد الحزب عند 95 مقعدا في المجالس الولائية.`;
    expect(articleClaim('نتائج الانتخابات البلدية', text, 95)?.concept ?? null).toBeNull();
    expect(articleClaim('نتائج الانتخابات البلدية', text, 340)?.concept).toBe('seat');
  });

  it('reads the party by its rank: «حلّت X في المرتبة الثانية بـN»', () => {
    expect(ownersOf(`${ELECTION}وحلّت القوائم المستقلة في المرتبة الثانية بـ2310 مقاعد.`, 2310)).toEqual(['person:القوايم المستقله']);
    expect(ownersOf(`${ELECTION}وجاءت القوائم المستقلة ثانية بـ2402 مقعد.`, 2402)).toEqual(['person:القوايم المستقله']);
  });

  it('reads the party in quotes after «لـ»', () => {
    expect(ownersOf(`${ELECTION}مقابل 40 مقعدا لتحالف النهر، و9 مقاعد لـ«الغد الأخضر»، و2 للمستقلين.`, 9)).toEqual(['person:الغد الاخضر']);
  });

  it('reads the party a relative clause describes past the tally it moved from', () => {
    expect(ownersOf(`${ELECTION}وحصل حزب النهضة الريفية، الذي ارتفعت حصيلته من 31 إلى 33 مقعدا، على المرتبة الأولى.`, 33)).toEqual(['person:حزب النهضه الريفيه']);
  });
});

describe('a place set in its country', () => {
  it('is the figure’s place, the country only locating it', () => {
    expect(placesOf('ارتفعت حصيلة ضحايا الفيضانات التي ضربت إقليم الهضاب العليا في الكاميرون إلى 31 قتيلا.', 31)).toEqual(['place:هضاب العليا']);
  });
});

describe('places the gazetteer lacks or reads as a country', () => {
  it('reads a place set apart as «alone» as a place of its own', () => {
    const places = placesOf('وفي كورابا وحدها، نزح أكثر من 3 آلاف شخص.', 3000);
    expect(places).toEqual(['town:كورابا']);
  });

  it('reads a province or a city named like its country as that place, not the whole country', () => {
    const province = placesOf('وسجلت ولاية الجزائر العاصمة أدنى نسبة مشاركة بـ19.7%.', 19.7);
    expect(province).toHaveLength(1);
    expect(province[0]).not.toBe('dz');
    expect(placesOf('وقتل 12 شخصا في مدينة الكويت.', 12)).not.toContain('kw');
  });

  it('keeps the country named alone, or by its adjective after a settlement word, the country', () => {
    expect(placesOf('وقتل 12 شخصا في الكويت.', 12)).toEqual(['kw']);
    expect(placesOf('وقتل 12 شخصا في بلدة تركية على الحدود.', 12)).toEqual(['tr']);
  });

  it('reads the head of a ranking, «X الأكثر تضررا بـN», as that place', () => {
    expect(placesOf('وتبقى كومبيلا الأكثر تضررا بـ14 قتيلا، تليها ناغاري بسبعة، فيما سجلت تيرو ثلاثة قتلى.', 14)).toEqual(['town:كومبيلا']);
  });
});

describe('a party named by its last adjective', () => {
  it('is not «على المستوى الوطني»', () => {
    const text = 'حصد حزب التضامن الوطني 412 مقعدا.\n\nوبلغت نسبة المشاركة على المستوى الوطني 38.6%.';
    expect(articleClaim('نتائج الانتخابات', text, 38.6)?.owners ?? []).toEqual([]);
    expect(articleClaim('نتائج الانتخابات', text, 412)?.owners).toEqual(['person:حزب التضامن الوطني']);
  });
});

describe('a majority kept «with» the seats', () => {
  it('reads the seats the party keeps the majority with as its seats', () => {
    expect(conceptOf(`${ELECTION}«النهضة» تحتفظ بالأغلبية بـ47 مقعدا من 90`, 47)).toBe('seat');
  });

  it('keeps the seats a majority takes the majority', () => {
    expect(conceptOf(`${ELECTION}ما يعني احتفاظ الحزب الحاكم بالأغلبية المطلقة البالغة 46 مقعدا.`, 46)).toBe('seat:majority');
  });
});

describe('a labour survey’s groups and the economy’s recorded growth', () => {
  it('reads the next group’s rate past a relative clause', () => {
    expect(conceptOf('وشملت المراجعة نسبة البطالة لدى النساء، التي أصبحت 22.4%، ولدى الرجال، التي باتت 12.7%.', 12.7)).toBe('percent:unemployment:among:men');
  });

  it('reads the group after «لدى» as among whom, no one’s share', () => {
    const claim = articleClaim('البطالة', 'إذ بلغت نسبة البطالة لدى النساء 22.4%، مقابل 12.9% لدى الرجال، بحسب المعطيات ذاتها.', 12.9);
    expect(claim?.concept).toBe('percent:unemployment:among:men');
    expect(claim?.owners ?? []).toEqual([]);
  });

  it('reads the output that recorded a growth, «قد» between, as the economy’s growth of its quarter', () => {
    expect(conceptOf('وكان الناتج المحلي الإجمالي قد سجل نموا سنويا بنسبة 2.9% في الربع الأول.', 2.9)).toBe('percent:growth:per:q:1');
  });

  it('leaves a growth another sum recorded to its own words', () => {
    expect(conceptOf('وكانت الإيرادات قد سجلت نموا بنسبة 5%.', 5) ?? '').not.toMatch(/^percent:growth/);
  });
});

describe('names that ran on', () => {
  it('reads «البلدية والولائية» as two adjectives, no place', () => {
    expect(findEntities(tokensOf('انتخابات المجالس البلدية والولائية')).map((h) => h.key)).toEqual([]);
  });

  it('ends a party’s name before the results it topped', () => {
    expect(ownersOf(`${ELECTION}وتصدّر حزب النهر الأخضر النتائج الأولية للانتخابات المحلية بحصوله على 2310 مقاعد.`, 2310)).toEqual(['person:حزب النهر الاخضر']);
  });

  it('reads a list item named with a month’s word and another, after «، و»', () => {
    const text = 'وكانت مقاطعة كالارا الأكثر تضررا بـ15 قتيلا، تلتها مقاطعة سيلو بتسعة قتلى، ثم نوري بأربعة، ويونيو باراكا بثلاثة.';
    expect(placesOf(text, 3)).toEqual(['town:يونيو باراكا']);
    expect(placesOf('قتل 5 في مايو الماضي، و3 في يونيو.', 3)).toEqual([]);
  });
});

describe('a rate named short after the rate it continues', () => {
  it('reads a place’s «lowest rate» after a turnout as that place’s turnout', () => {
    expect(conceptOf('وسجلت محافظة الواحة أعلى نسبة مشاركة بلغت 68.2%، في حين سجلت محافظة الساحل أدنى نسبة بلغت 27.4%.', 27.4)).toBe('percent:turnout');
  });

  it('leaves a bare rate whose clause names no place', () => {
    expect(conceptOf('وبلغت نسبة المشاركة 40.4%، فيما كانت النسبة الأدنى في محافظة الساحل، حيث لم تتجاوز 27.9%.', 27.9)).toBeNull();
  });

  it('reads the growth of a quarter named in construct', () => {
    expect(conceptOf('كما عدّلت الهيئة نمو الربع الأول من العام إلى 2.8% بدلا من 2.6% في تقديرها السابق.', 2.8)).toBe('percent:growth:per:q:1');
    expect(conceptOf('وبلغ نمو الشهر الماضي 2%.', 2)).toBeNull();
  });
});

describe('an added count before the total it raises', () => {
  it('reads «N more» before «ليرتفع العدد إلى M» as added, apart from the total', () => {
    const text = 'وقالت السلطات إن بين القتلى 6 نساء، فيما عُثر على 4 ناجين آخرين على شاطئ قريب من منطقة رأس الصخر، ليرتفع عدد الناجين إلى 37 شخصا.';
    expect(conceptOf(text, 4)).toBe('rescued:new');
    expect(conceptOf(text, 37)).toBe('rescued');
  });

  it('leaves «others» of another fate a count of its own', () => {
    expect(conceptOf('قتل 12 شخصا وأصيب 30 آخرون.', 30)).toBe('injured');
  });
});

describe('a year then a sum', () => {
  it('reads «من 2026 إلى N مليار» as the year and the sum, no range', () => {
    const text = 'وارتفع العجز خلال الأشهر الثمانية الأولى من 2026 إلى 187,6 مليار درهم.';
    expect(claimsOf(text).some((c) => c.kind === 'money' && c.value === 2026)).toBe(false);
    expect(claimOf(text, 187600000000)?.qualifier).not.toBe('range');
  });

  it('keeps a range whose scale serves both ends', () => {
    expect(claimOf('وقدر عدد المتضررين بين 2000 و3000 ألف شخص.', 2000000)?.qualifier).toBe('range');
  });
});
