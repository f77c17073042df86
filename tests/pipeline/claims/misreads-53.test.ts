// Readings fixed in the fifty-third round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a ranking's record «العدد الأكبر من القتلى بـN» counts the
// noun after its «من» (concept-of.ts) and is one member's part (record-holder.ts); a town holding
// that record is where the figure is (scope.ts); a known place right before a list item's «بـ» is one
// item of the list, so an unknown name of the next item is its own place (list-places.ts); the output
// «غير النفطي» narrows is the non-oil sector's, and a sector's noun opening a list item is no name
// (sector.ts); growth told in the present tense, «ينمو», is growth (rates.ts); families a distribution
// of aid reached are its recipients, not the displaced (aided.ts); a count restated after «، أي …،»
// takes the verb after the aside (concept-of.ts); a change by the figure set against a month named
// alone is a monthly change, a level it rose to is not (period.ts); a ministry's name, «وزارة
// الداخلية والبلديات», names no municipal councils (body-name.ts, seat-status.ts); seats won on the
// quotient or the largest remainders are some of a list's seats (seat-status.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-06-10' }).find((c) => c.value === v);

const RANKING = 'وقال المتحدث إن مدينة بنغازي سجلت العدد الأكبر من القتلى بـ9، تليها مدينة مصراتة بـ7، ثم قرية بلاطو بـ4.';

describe('a ranking of places by their toll', () => {
  it('reads the noun after «العدد الأكبر من» as what each item counts', () => {
    for (const v of [9, 7, 4]) expect(claimOf(RANKING, v)?.concept).toBe('death');
    expect(claimOf('وسجلت العاصمة النسبة الأعلى من الإصابات بـ40 حالة.', 40)?.concept).not.toMatch(/^unit:/);
  });

  it('reads the record a place holds with no place named as a part of the whole', () => {
    expect(claimOf('وسجلت العاصمة العدد الأكبر من الإصابات بـ40 حالة.', 40)?.concept).toBe('injured:part');
    // (A record over time, «له منذ», is no member's.)
    expect(claimOf('وسجلت البطالة المعدل الأعلى له منذ 2010 بـ14%.', 14)?.concept ?? '').not.toMatch(/:part$/);
  });

  it('places the town holding the record there, not as whose dead they are', () => {
    const first = claimOf(RANKING, 9);
    expect(first?.places).toEqual(['town:بنغازي']);
    expect(first?.owners).toEqual([]);
    // (A town as the plain subject of a count stays as it was read.)
    expect(claimOf('وقال المتحدث إن مدينة بنغازي سجلت 9 وفيات.', 9)?.places ?? []).not.toContain('town:بنغازي');
  });

  it('gives the next item of the list its own unknown place, not the previous item\'s', () => {
    const list = 'وقالت المتحدثة إن مدينة كسلا سجلت 13 وفاة، تليها مقاطعة سنار الشرقية بـ11، ثم زالنجي الغربية بـ5.';
    const last = claimOf(list, 5);
    expect(last?.places).toHaveLength(1);
    expect(last?.places?.[0]).not.toBe(claimOf(list, 11)?.places?.[0]);
    expect(last?.places?.[0]).toMatch(/زالنجي/);
  });
});

describe('an economy\'s growth by sector', () => {
  it('reads the non-oil output\'s growth as the non-oil sector\'s, not the economy\'s', () => {
    const nonOil = 'وأظهرت البيانات أن الناتج المحلي غير النفطي نما بنسبة 6.3% خلال الفترة نفسها.';
    expect(claimOf(nonOil, 6.3)?.concept).toBe(claimOf('ونمت القطاعات غير النفطية بنسبة 6.3%.', 6.3)?.concept);
    expect(claimOf(nonOil, 6.3)?.concept).toMatch(/sector:غير-/);
    expect(claimOf('وأظهرت البيانات أن الناتج المحلي نما بنسبة 6.3% خلال الفترة نفسها.', 6.3)?.concept).toBe('percent:growth');
  });

  it('reads the next item of a list named by a sector\'s noun as that sector', () => {
    const list = 'ونما الاقتصاد غير النفطي بنسبة 6.8%، والقطاع النفطي بنسبة 0.7%.';
    expect(claimOf(list, 0.7)?.concept).toBe(claimOf('وسجل القطاع النفطي نموا بنسبة 0.7%.', 0.7)?.concept);
    expect(claimOf(list, 6.8)?.concept).not.toBe(claimOf(list, 0.7)?.concept);
  });

  it('reads growth told in the present tense as growth', () => {
    expect(claimOf('الاقتصاد ينمو 3.3% في الربع الثالث', 3.3)?.concept).toBe(claimOf('نما الاقتصاد 3.3% في الربع الثالث', 3.3)?.concept);
    expect(claimOf('الاقتصاد ينكمش 0.6% في الربع الثالث', 0.6)?.concept).toMatch(/^percent:growth:down/);
  });
});

describe('the displaced and the aid they are given', () => {
  it('reads families a distribution reached as its recipients, not the count of the displaced', () => {
    const given = claimOf('واستأنف البرنامج الأحد توزيع حصص غذائية على 1700 أسرة نازحة.', 1700)?.concept;
    const fled = claimOf('وأفاد المسؤول بأن 1700 أسرة نزحت من البلدة.', 1700)?.concept;
    expect(fled).toBe('displaced:family');
    expect(given).not.toBe(fled);
    expect(given).toMatch(/^displaced:.*aided$/);
    expect(claimOf('وقدمت المنظمة مساعدات غذائية لـ1700 أسرة نازحة.', 1700)?.concept).toBe(given);
  });

  it('reads a count restated after «أي» by the verb after the aside', () => {
    const restated = 'وأشار إلى أن 5100 أسرة، أي نحو 26 ألف شخص، نزحت من البلدة والقرى المحيطة.';
    expect(claimOf(restated, 5100)?.concept).toBe('displaced:family');
    expect(claimOf(restated, 26000)?.concept).toBe('displaced');
  });
});

describe('a change set against a month', () => {
  it('reads a rise set against a month named alone as a monthly change', () => {
    const monthly = claimOf('وقفزت أسعار اللحوم وحدها 7.7% مقارنة بمارس، وأسعار الألبان 2.1%.', 7.7)?.concept;
    expect(monthly).toMatch(/:base:m$/);
    expect(claimOf('وقفزت أسعار اللحوم وحدها 7.7% على أساس شهري.', 7.7)?.concept).toBe(monthly);
  });

  it('keeps a level the rate rose to, and a month with its year, apart from a monthly base', () => {
    expect(claimOf('وارتفع التضخم إلى 14% في أبريل مقارنة بمارس.', 14)?.concept ?? '').not.toMatch(/:base:m/);
    expect(claimOf('وقفزت أسعار اللحوم 7.7% مقارنة بمارس 2025.', 7.7)?.concept ?? '').not.toMatch(/:base:m/);
  });
});

describe('seats and a ministry\'s name', () => {
  it('reads seats announced by the ministry of the interior and municipalities as a parliament\'s', () => {
    const named = 'أعلنت وزارة الداخلية والبلديات النتائج الرسمية للدائرة، فتصدرت قائمة الأمل بسبعة مقاعد.';
    expect(claimOf(named, 7)?.concept).toBe('seat');
    expect(claimOf('أعلنت الوزارة نتائج البلديات، فتصدرت قائمة الأمل بسبعة مقاعد.', 7)?.concept).toBe('seat:local');
  });

  it('reads seats won on the quotient or the largest remainders as a part of the list\'s seats', () => {
    const split = 'ففازت قائمة الأمل بـ6 مقاعد بالحاصل الكامل وبمقعد سابع بأكبر الكسور.';
    expect(claimOf(split, 6)?.concept).toBe('seat:part');
    expect(claimOf('ففازت قائمة الأمل بـ6 مقاعد.', 6)?.concept).toBe('seat');
  });
});
