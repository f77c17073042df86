// Readings fixed in the thirty-fourth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: the count the latest came from («بعد أن كانت N», «ثم M»,
// modality.ts); a day's qualifier, a headline's colon and the next figure's «و» around a speaker
// (attribution.ts); a recalled disaster's toll dated by the words a relative clause describes, and
// the point inside a figure (same-event.ts, modality.ts); a direction naming another province, an
// island, a Romance article, a name that looks like a stopword's stem (entities.ts, towns.ts,
// gazetteer.ts, people.ts, list-places.ts); a phone number (comparable.ts); a majority won, a
// coalition's seats (seat-status.ts); the value set against a turnout (concept-of.ts); one group's
// inflation, non-core and average inflation (rates.ts, index.ts); a month joined to a series' noun,
// the month a change is set against (period.ts); an exchange rate however named (money.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { isEarlierMention } from '../../../lib/pipeline/claims/modality';
import { roundUpClaims } from '../../../lib/pipeline/compare/same-event';
import { bucketOf } from '../../../lib/pipeline/compare/topic';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-11-20' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const earlierAt = (sentence: string, figure: string): boolean => {
  const at = sentence.indexOf(figure);
  return isEarlierMention(sentence, at, at + figure.length);
};
const placeKeys = (text: string): string[] => findEntities(tokensOf(text)).map((h) => h.key);

describe('the counts the latest came from', () => {
  it('reads «بعد أن كانت N» as the count before, a relative clause set off by commas between', () => {
    const s = 'استقرت الحصيلة عند 27 قتيلا، بعدما كانت حصيلتها الأولى، التي أعلنها المكتب الجمعة، 15 قتيلا.';
    expect(earlierAt(s, '15')).toBe(true);
    expect(earlierAt(s, '27')).toBe(false);
    expect(earlierAt('بلغت الحصيلة 26، بعد أن كانت 17 في اليوم الأول.', '17')).toBe(true);
  });

  it('reads the figures «ثم» adds with no verb of their own as recalled as those before it', () => {
    const s = 'بلغت الحصيلة 26، بعد أن كانت 13 في اليوم الأول ثم 21 منتصف الأسبوع.';
    expect(earlierAt(s, '21')).toBe(true);
    const t = 'وكانت الوزارة قد أحصت 340 إصابة و9 وفيات مطلع الشهر، ثم 455 إصابة و12 وفاة يوم الأحد.';
    expect(earlierAt(t, '12')).toBe(true);
  });

  it('still reads the count a verb after «ثم» gives as the latest', () => {
    expect(earlierAt('وكانت السلطات قد أعلنت 9 قتلى، ثم ارتفع العدد اليوم إلى 14.', '14')).toBe(false);
  });
});

describe('who gave the figure', () => {
  it('reads no day’s qualifier as a speaker', () => {
    expect(claimOf('بعدما كانت حصيلته الأولى، التي أعلنها الأحد الماضي، 15 قتيلا.', 15)?.attribution ?? null).toBeNull();
  });

  it('prefers a source named after the figure to a headline’s colon, and ends it before the next figure', () => {
    const headline = 'تارانيا بعد العاصفة: 21 قتيلا وفق الحكومة و26 وفق الهلال الأحمر';
    expect(claimOf(headline, 21)?.attribution).toBe('الحكومة');
    expect(claimOf(headline, 26)?.attribution).toBe('الهلال الأحمر');
  });
});

describe('a disaster recalled', () => {
  it('dates a toll in a relative clause, and the clauses «و» joins to it, by the words it describes', () => {
    const text =
      'قتل 6 أشخاص في الإعصار. ويعد «سيرا» أقوى إعصار يضرب البلاد منذ الإعصار «ميرا» في فبراير/شباط 2011، الذي بلغت سرعة رياحه 260.5 كيلومترا في الساعة، وأودى بحياة 37 شخصا.';
    const claims = claimsOf(text).filter((c) => c.comparable && c.concept === 'death');
    const out = roundUpClaims(claims, bucketOf, () => false, 'الإعصار يقتل 6 أشخاص');
    expect(claims.map((c) => c.value).sort((a, b) => a - b)).toEqual([6, 37]);
    expect(out.has(claims.find((c) => c.value === 37)!)).toBe(true);
    expect(out.has(claims.find((c) => c.value === 6)!)).toBe(false);
  });

  it('dates a toll by «عام YYYY» right after it', () => {
    const text = 'قتل 6 أشخاص في الإعصار. وكان إعصار «ميرا» قد أودى بحياة 37 شخصا في البلاد عام 2011.';
    const claims = claimsOf(text).filter((c) => c.comparable && c.concept === 'death');
    const out = roundUpClaims(claims, bucketOf, () => false, 'الإعصار يقتل 6 أشخاص');
    expect(out.has(claims.find((c) => c.value === 6)!)).toBe(false);
  });
});

describe('places', () => {
  it('reads a direction after a province’s or a town’s name as another place', () => {
    const provinces = placeKeys('قتل 5 في ولاية تامارو الشمالية و3 في ولاية تامارو الجنوبية');
    expect(new Set(provinces).size).toBe(2);
    const towns = placeKeys('قتل 5 في مدينة أباكان و3 في أباكان الشرقية');
    expect(towns).toHaveLength(2);
    expect(towns[0]).not.toBe(towns[1]);
  });

  it('reads «جزيرة X» as a settlement, keyed as «مدينة X», and a Romance article as part of a name', () => {
    expect(placeKeys('غرق قارب قبالة جزيرة ماروكا')).toEqual(placeKeys('غرق قارب قبالة مدينة ماروكا'));
    expect(placeKeys('وصل القارب إلى جزيرة إل تورينو')[0]).toMatch(/تورينو/);
  });

  it('reads a name whose letters after «ف» spell a stopword’s stem as a name', () => {
    const text = 'سقط 4 قتلى في فذين، و2 في تاروكا.';
    expect(claimOf(text, 4)?.places).toHaveLength(1);
    expect(claimOf(text, 2)?.places).toHaveLength(1);
  });
});

describe('numbers that count nothing', () => {
  it('reads seven digits or more after a leading zero as a phone number', () => {
    expect(claimOf('وقالت الهيئة إن الخط المخصص لذوي المفقودين هو 07731548826، ودعت السكان إلى الإبلاغ.', 7731548826)?.comparable).toBe(false);
  });
});

describe('seats', () => {
  it('reads a majority won as the winner’s seats and the majority’s threshold as a threshold', () => {
    const text = 'وقال المتحدث: «فزنا بأغلبية مريحة تفوق 131 مقعدا». واحتفظ التحالف بالأغلبية المطلقة البالغة 117 مقعدا.';
    expect(conceptOf(text, 131)).toBe('seat');
    expect(conceptOf(text, 117)).toBe('seat:majority');
  });

  it('reads a coalition with other parties as their seats summed', () => {
    expect(conceptOf('وأمامها خياران: ائتلاف مع حركة النهر والعهد الجديد بـ29 مقعدا.', 29)).toBe('seat:combined');
  });
});

describe('turnout', () => {
  it('reads the value set against a turnout as a turnout, a figure standing between', () => {
    const text = 'بلغت نسبة المشاركة 41.2% من أصل 5,318,004 ناخبين مسجلين، مقابل 39.7% في انتخابات 2021.';
    expect(conceptOf(text, 39.7)).toMatch(/^percent:turnout/);
    expect(conceptOf('بلغت نسبة المشاركة 60%، وحصل الحزب على 52% مقابل 40% لمنافسه.', 40)).toMatch(/^percent:vote/);
  });
});

describe('inflation', () => {
  it('reads one group’s inflation as its prices’ change', () => {
    const text = 'بلغ تضخم النقل 2.6% في الشهر، وارتفعت أسعار النقل 0.7% على أساس شهري.';
    expect(conceptOf(text, 2.6)).toMatch(/^percent:change:prices:نقل:up/);
  });

  it('tells non-core inflation from core inflation', () => {
    expect(conceptOf('فيما قفز التضخم غير الأساسي إلى 8.7%.', 8.7)).toBe('percent:inflation:noncore');
    expect(conceptOf('وبلغ التضخم الأساسي 3.2%.', 3.2)).toBe('percent:inflation:core');
  });

  it('compares an average over months only over the months it names', () => {
    expect(conceptOf('وبلغ متوسط التضخم في الأشهر الأحد عشر الأولى من العام 4.4%.', 4.4) ?? null).toBeNull();
  });

  it('dates a rate by a month joined to its noun, not by the month it is set against', () => {
    expect(conceptOf('المكتب يصحح تضخم نوفمبر إلى 6.1%', 6.1)).toBe('percent:inflation:per:m:11');
    expect(conceptOf('ارتفع الرقم القياسي لأسعار المستهلك بنسبة 2.9% مقارنة بشهر سبتمبر.', 2.9)).not.toMatch(/:per:m:9/);
  });
});

describe('exchange rates', () => {
  it('reads an exchange rate however named as the currency’s price, the parallel market’s apart', () => {
    const official = conceptOf('بلغ متوسط سعر الصرف الرسمي في أكتوبر 1,840 جنيها للدولار.', 1840);
    expect(official).toMatch(/^money:price:دولار(:|$)/);
    expect(conceptOf('وقال إن متوسط السعر الرسمي 1,875 جنيها للدولار.', 1875)).toMatch(/^money:price:دولار(:|$)/);
    expect(conceptOf('وبلغ سعر الدولار في السوق الموازية 2,600 جنيه.', 2600)).toBe('money:price:دولار:parallel');
    expect(conceptOf('وارتفع سعر الذهب إلى 3000 جنيه للدولار.', 3000)).toBe('money:price:ذهب');
  });
});

describe('a toll distributed place by place in brackets', () => {
  it('gives each place its figure, the list’s noun to the bare ones', () => {
    const text = 'وتتوزع الوفيات على بلديات تيمرسا (7 قتلى، بعد وفاة مصاب يوم الجمعة)، وأورنان (4)، والأحمر سيداك (2). وأصغر الضحايا طفلة.';
    const places = [7, 4, 2].map((v) => claimOf(text, v)?.places ?? []);
    expect([7, 4, 2].map((v) => conceptOf(text, v))).toEqual(['death', 'death', 'death']);
    expect(places.every((p) => p.length === 1)).toBe(true);
    expect(new Set(places.map((p) => p[0])).size).toBe(3);
  });

  it('still reads a lone number in brackets elsewhere as no count', () => {
    expect(claimOf('وقال النائب إن المادة (4) من القانون تمنع ذلك.', 4)?.comparable).toBe(false);
  });
});

describe('where a change started', () => {
  it('reads the figure «من» opens after a verb of change as the start, however far its «إلى»', () => {
    const text = 'وبذلك تكون الحصيلة قد ارتفعت من 11 قتيلا في الحصيلة الأولى التي أعلنت يوم الأربعاء، إلى 15 قتيلا.';
    expect(conceptOf(text, 11) ?? null).toBeNull();
    expect(conceptOf(text, 15)).toBe('death');
  });
});

describe('parties named in quotation marks', () => {
  it('reads a quoted name after a party noun, and a list’s quoted items, as the parties of their shares and seats', () => {
    const text = 'أعلنت اللجنة نتائج الانتخابات البرلمانية. تلاها حزب «النهضة الريفية» بـ8.4% و17 مقعدا، و«التجمع المدني» بـ6.3% و12 مقعدا، و«الأفق الجديد» بـ5.1% وأحد عشر مقعدا.';
    const owners = (v: number): string[] => claimOf(text, v)?.owners ?? [];
    expect(conceptOf(text, 8.4)).toBe('percent:vote');
    expect(owners(8.4)).toHaveLength(1);
    expect(owners(17)).toEqual(owners(8.4));
    expect(conceptOf(text, 6.3)).toBe('percent:vote');
    expect(owners(12)).toEqual(owners(6.3));
    expect(owners(12)).not.toEqual(owners(17));
    expect(owners(11)).toEqual(owners(5.1));
    expect(owners(11)).toHaveLength(1);
  });
});

describe('ranked places', () => {
  it('reads the next items of a ranking with their article or a toponym’s head as places', () => {
    const text = 'وتصدرت بلدة كرمان قائمة البلدات المنكوبة بـ12 قتيلا، تلتها السلامية بـ7، ثم بيت الروضة بـ4.';
    const places = [12, 7, 4].map((v) => claimOf(text, v)?.places ?? []);
    expect(places.every((p) => p.length === 1)).toBe(true);
    expect(new Set(places.map((p) => p[0])).size).toBe(3);
  });
});

describe('an estimate of what is', () => {
  it('reads an area or a rate estimated «بنحو» with no word of the future as a count, a forecast as a projection', () => {
    expect(claimOf('وقدّرت محافظة الغابات لولاية تامارو المساحات المتضررة بنحو 3 آلاف هكتار.', 3000)?.modality).toBe('count');
    expect(claimOf('قدّر معهد التخطيط معدل البطالة في البلاد بنحو 4.1% خلال الفترة من يوليو إلى سبتمبر.', 4.1)?.modality).toBe('count');
    expect(claimOf('ويقدر الصندوق معدل النمو بنحو 3.2% في العام المقبل.', 3.2)?.modality).toBe('projection');
  });
});

describe('a list of seats', () => {
  it('gives each item of «وُزعت المقاعد … على النحو الآتي:» its seats, and the party named after the figure', () => {
    const text = 'ووُزعت المقاعد الـ71 على النحو الآتي: 19 للتحالف الشعبي، و14 لحزب الكرامة، و9 لحركة النهر الأخضر، ومقعد واحد لحزب ريفي صغير.';
    for (const v of [19, 14, 9, 1]) expect(conceptOf(text, v)).toBe('seat');
    const owners = [19, 14, 9, 1].map((v) => claimOf(text, v)?.owners ?? []);
    expect(owners.every((o) => o.length === 1)).toBe(true);
    expect(new Set(owners.map((o) => o[0])).size).toBe(4);
  });
});

describe('a month in both calendars', () => {
  it('reads «من العام الماضي» after a month named in both calendars, the other one of two words', () => {
    expect(conceptOf('وكان معدل التضخم قد بلغ 143.2% في أكتوبر/تشرين الأول من العام الماضي.', 143.2)).toBe('percent:inflation:per:m:10:in:2025');
    expect(conceptOf('وبلغ معدل التضخم 98.6% في أكتوبر/تشرين الأول.', 98.6)).toBe('percent:inflation:per:m:10');
  });
});

describe('buildings destroyed among those damaged', () => {
  it('reads «منها N دُمرت كليا» after a count of damaged buildings as buildings destroyed', () => {
    const text = 'وأظهر إحصاء نهائي تضرر 214 منزلا، منها 57 دُمرت كليا.';
    expect(conceptOf(text, 214)).toBe('building:damaged');
    expect(conceptOf(text, 57)).toBe('building:destroyed');
  });
});
