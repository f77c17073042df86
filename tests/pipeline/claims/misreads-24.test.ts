// Numbers that were read as the wrong thing in real unrelated news (the twenty-fourth round):
// a match's score, a list's item number, a second year after «و», a share of a life after «قضى»,
// passengers of arrival flights, and verbs of arrest and injury in other persons. Invented
// sentences, one rule each (lib/pipeline/claims/comparable.ts, concept-of.ts, concepts.ts,
// voyage.ts; lib/pipeline/quantities/kinds.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text).find((c) => c.value === v);

describe('a match’s score', () => {
  it('is no figure of the news after a word of the result', () => {
    const lost = 'وانتهت المباراة بخسارة الفريق الضيف 1-3 أمام جماهيره.';
    expect(byValue(lost, 1)?.comparable).toBe(false);
    expect(byValue(lost, 3)?.comparable).toBe(false);
    expect(byValue('وانتهى اللقاء لمصلحة أصحاب الأرض 4/2 بعد الوقت الإضافي.', 4)?.comparable).toBe(false);
  });

  it('leaves a range of a toll a figure', () => {
    const c = byValue('وأسفر الانفجار عن مقتل 10-15 شخصا في السوق.', 10);
    expect(c?.comparable).toBe(true);
    expect(c?.concept).toBe('death');
  });
});

describe('the number of a list’s item', () => {
  it('is no count after a colon or opening a line', () => {
    expect(byValue('وأوضح البيان أنه تم القبض على المتهمين وفق الآتي :- 1- حادث الهجوم على المسجد.', 1)?.comparable ?? false).toBe(false);
    expect(byValue('2-حادث إطلاق النار على الدورية.', 2)?.comparable ?? false).toBe(false);
  });
});

describe('a second year joined by «و»', () => {
  it('is a year, not a count of the event after it', () => {
    expect(byValue('وفي 2013 و2014 قتل 900 شخص في المواجهات.', 2014)?.concept ?? null).toBeNull();
    expect(byValue('وتنظم البطولة عام 2026 في كندا و2030 في المغرب.', 2030)?.comparable ?? false).toBe(false);
  });

  it('leaves two counts with their nouns counts', () => {
    const text = 'وقتل 2012 شخصا و2013 جريحا في الزلزال.';
    expect(byValue(text, 2012)?.concept).toBe('death');
    expect(byValue(text, 2013)?.concept).toBe('injured');
  });
});

describe('«قضى» before a share', () => {
  it('reads half of a life as no death', () => {
    expect(byValue('وقال الرجل الذي قضى أكثر من نصف عمره في السجن إنه بريء.', 0.5)?.concept).not.toBe('death');
  });

  it('still reads «قضى» before a count of people as death', () => {
    expect(byValue('وقضى 12 شخصا في الحادث.', 12)?.concept).toBe('death');
  });
});

describe('passengers of arrival flights', () => {
  it('are aboard, not survivors', () => {
    expect(byValue('وشهد المطار وصول 240 رحلة نقلت على متنها 31 ألف راكب.', 31000)?.concept).toBe('aboard');
    expect(byValue('واستقبل المطار 120 رحلة وصول نقلت على متنها 15 ألف راكب.', 15000)?.concept).toBe('aboard');
  });

  it('still reads a boat that reached land with N aboard as survivors', () => {
    expect(byValue('ووصل قارب إلى الجزيرة وعلى متنه 150 مهاجرا.', 150)?.concept).toBe('rescued');
  });
});

describe('verbs of arrest and injury in other persons', () => {
  it('reads the present tense of arrest in a headline', () => {
    expect(byValue('الجيش يقتل 20 مسلحا ويعتقل 140 خلال اشتباكات في الشمال', 140)?.concept).toBe('arrested');
  });

  it('reads the feminine past of injury', () => {
    expect(byValue('وقتلت القوات 12 مسلحا وأصابت 20 في الاشتباكات.', 20)?.concept).toBe('injured');
  });
});

describe('a match’s minute and a semi-final', () => {
  it('reads «الدقيقة N» as the minute of a match, whatever word follows', () => {
    expect(byValue('وسجل المهاجم هدف التقدم في الدقيقة 73 من ركلة جزاء.', 73)?.comparable).toBe(false);
    expect(byValue('وعند الدقيقة 35 لعب الجناح كرة عرضية.', 35)?.comparable).toBe(false);
  });

  it('reads «نصف نهائي» as a semi-final, not a half', () => {
    expect(byValue('ويلتقي الفريقان في نصف نهائي الكأس الأسبوع المقبل.', 0.5)?.comparable ?? false).toBe(false);
  });

  it('still reads half of the passengers as a figure', () => {
    expect(byValue('وقتل نصف الركاب في الحادث.', 0.5)?.comparable).toBe(true);
  });
});

describe('degrees with no quake', () => {
  it('reads a city’s degrees in a weather bulletin or an angle as no magnitude', () => {
    expect(byValue('العاصمة 45 درجة.', 45)?.concept ?? null).toBeNull();
    expect(byValue('وصورت الكاميرا المشهد بزاوية 360 درجة.', 360)?.concept ?? null).toBeNull();
  });

  it('still reads a quake’s strength said with the quake, its scale or «قوته» as its magnitude', () => {
    expect(byValue('وضرب زلزال بقوة 6.4 درجة المنطقة الجبلية.', 6.4)?.concept).toBe('magnitude');
    expect(byValue('وبلغت شدته 5.8 درجة على مقياس ريختر.', 5.8)?.concept).toBe('magnitude');
  });
});

describe('more numbers that are no figures', () => {
  it('reads a list item’s number after a closing bracket', () => {
    expect(byValue('المطلوب لوظيفة (فني مختبر) 1-صورة من المؤهل.', 1)?.comparable ?? false).toBe(false);
  });

  it('reads «لا يختلف عليها اثنان» as an idiom', () => {
    expect(byValue('وهذه حقيقة لا يختلف عليها اثنان في المدينة.', 2)?.comparable ?? false).toBe(false);
    expect(byValue('وقتل اثنان من الجنود في الهجوم.', 2)?.concept).toBe('death:soldier');
  });
});

describe('«الواحد» before a ten', () => {
  it('reads «الكيلو الواحد عشرة ريالات» as ten riyals for a single kilo, not eleven', () => {
    const claims = extractClaims('ويبلغ سعر الكيلوجرام الواحد عشرة ريالات في السوق.');
    expect(claims.map((c) => c.value)).toContain(10);
    expect(claims.map((c) => c.value)).not.toContain(11);
  });

  it('still reads a definite teen as one number', () => {
    expect(extractClaims('وقال إن الناجين التسعة عشر نقلوا إلى المستشفى.').map((c) => c.value)).toContain(19);
  });
});
