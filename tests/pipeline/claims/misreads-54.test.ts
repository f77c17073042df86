// Readings fixed in the fifty-fourth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: the seats a sentence shares out, «وتوزعت المقاعد الـN»,
// are all of them (seat-status.ts); a place's name may open with «ذي» (entities.ts); «فيها» points
// back to the province the sentence named for any figure, not only a toll, where the only owner is
// a country's adjective (index.ts, place-pronoun.ts); a figure «خلال عام 2025» in a later year's
// read is of that year once, and «خلال العام نفسه» of the year the sentence names (index.ts); a
// share of those on the rolls, «من المقيدين», is turnout, and a share set against a turnout written
// «في المئة» is one too (concept-of.ts); voters «مدعوين إلى الاقتراع» after their noun are the
// electorate (electorate.ts); «مرشح خاسر» names no candidate (people.ts); the holder of a record may
// stand before its verb, «الدائرة الأولى سجلت أعلى نسبة» (record-holder.ts); a party's name goes on
// past «من أجل» to the candidate named after it, and «علي» inside a name is the name's (people.ts);
// aid convoys are counted as such, «قافلة» meeting «قوافل» (concepts.ts); buildings «المهددة
// بالانهيار» are threatened, not collapsed (damage.ts); a sum a government sets aside is an allocation
// (money.ts); a count told «على مستوى X» is at X's level (scope.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('seats shared out', () => {
  it('reads «وتوزعت المقاعد الـN» as all the seats', () => {
    expect(claimOf('وتوزعت المقاعد الـ540 في مختلف البلديات على النحو التالي: 300 مقعد للمستقلين و240 لحزب النور.', 540)?.concept).toBe('seat:total');
  });

  it('leaves the seats an adjective narrows', () => {
    expect(claimOf('وبذلك تتوزع المقاعد الـ97 المحسومة على النحو التالي: 60 للحزب الحاكم و37 للمعارضة.', 97)?.concept ?? '').not.toBe('seat:total');
  });
});

describe('a province named with «ذي»', () => {
  it('reads «محافظة ذي X» as one place of two words', () => {
    const keys = findEntities(tokensOf('وقال إن محافظة ذي حسن شهدت احتجاجات.')).map((h) => h.key);
    expect(keys).toContain('place:ذي حسن');
  });

  it('gives a rate «فيها» to that province, not to the country of its adjective', () => {
    const c = claimOf('لا تزال محافظة ذي حسن تتصدر المحافظات الأردنية في معدلات البطالة، إذ بلغ المعدل فيها نحو 19 في المئة.', 19);
    expect(c?.places).toEqual(['place:ذي حسن']);
    expect(c?.owners).toEqual([]);
  });
});

describe('a past year named by its period', () => {
  it('keeps «خلال عام 2025» as that year once', () => {
    expect(claimOf('بلغت قيمة الصادرات 50 مليار درهم خلال عام 2025، وفق مكتب الإحصاء.', 50e9, '2026-03-01')?.concept).toBe('money:exports:per:y:2025');
  });

  it('dates «خلال العام نفسه» by the year the sentence names', () => {
    const text = 'أعلنت الشركة أن أرباحها بلغت 12 مليار درهم عام 2025، في وقت ناهزت فيه الصادرات 40 مليار درهم خلال العام نفسه.';
    expect(claimOf(text, 40e9, '2026-03-01')?.concept).toBe('money:exports:per:y:2025');
  });
});

describe('turnout', () => {
  it('reads a share of those on the rolls as turnout', () => {
    expect(claimOf('في انتخابات شارك فيها أكثر من 180 ألف ناخب، أي ما نسبته 31.5 في المئة من المقيدين في الجداول.', 31.5)?.concept).toBe('percent:turnout');
  });

  it('reads the share set against a turnout written «في المئة» as a turnout', () => {
    const text = 'وبلغت نسبة المشاركة في الدائرة الأولى 37 في المئة، مقابل 21 في المئة في الدائرة الثانية التي حصد فيها المرشح الفائز 6300 صوت.';
    expect(claimOf(text, 21)?.concept).toMatch(/^percent:turnout/);
  });

  it('reads the record a constituency named before its verb holds as its part', () => {
    expect(claimOf('وأظهرت البيانات أن الدائرة العاشرة سجلت أعلى نسبة مشاركة بلغت 37 في المئة.', 37)?.concept).toBe('percent:turnout:part');
    // (The verb first with no holder stays the whole's.)
    expect(claimOf('وسجلت أعلى نسبة مشاركة بلغت 37 في المئة.', 37)?.concept ?? '').not.toMatch(/:part$/);
  });
});

describe('voters', () => {
  it('reads voters «مدعوين إلى الاقتراع» after their noun as the electorate', () => {
    expect(claimOf('وقال إن نحو 610 آلاف ناخب وناخبة كانوا مدعوين إلى الاقتراع في 90 مركزا.', 610000)?.concept).toBe('voter:registered');
  });

  it('names no candidate «خاسر»', () => {
    const c = claimOf('مرشح خاسر يطعن في نتيجة الدائرة الخامسة بعد حسمها بفارق 52 صوتا', 52);
    expect((c?.owners ?? []).some((o) => o.includes('خاسر'))).toBe(false);
  });
});

describe('candidates named with their party', () => {
  it('gives the share to the candidate named after «مرشح الاتحاد من أجل X،»', () => {
    const c = claimOf('تصدر مرشح الاتحاد من أجل التقدم، سالم عمر داود، النتائج الأولية بحصوله على 61.4% من الأصوات.', 61.4);
    expect(c?.owners).toEqual(['person:سالم عمر داود']);
  });

  it('reads «علي» inside a name as the name', () => {
    expect(claimOf('وحصل منصور علي حامد على 12040 صوتا.', 12040)?.owners).toEqual(['person:منصور علي حامد']);
  });
});

describe('aid convoys', () => {
  it('counts «قافلة» and «قوافل» as one thing', () => {
    expect(claimOf('ووصلت إلى البلدة 14 قافلة إغاثية.', 14)?.concept).toBe('convoy');
    expect(claimOf('وأرسلت الحكومة 6 قوافل إغاثية إلى البلدة.', 6)?.concept).toBe('convoy');
  });
});

describe('buildings threatened with collapse', () => {
  it('reads «المهددة بالانهيار» before the figure as threatened', () => {
    expect(claimOf('وتقدر النقابة عدد المباني المهددة بالانهيار في المدينة بنحو 450 مبنى.', 450)?.concept).toBe('building:threatened');
    // (A collapse itself stays one.)
    expect(claimOf('وأدى الزلزال إلى انهيار 45 مبنى في المدينة.', 45)?.concept).toBe('building:destroyed');
  });
});

describe('sums set aside', () => {
  it('reads a government allocation as one, first and raised', () => {
    expect(claimOf('وتعهدت الحكومة بتخصيص 12 مليون دينار لمواجهة آثار السيول.', 12e6)?.concept).toBe('money:allocated');
    expect(claimOf('ورفعت الحكومة المخصصات المالية لإعادة الإعمار إلى 35 مليون دينار.', 35e6)?.concept).toBe('money:allocated');
  });
});

describe('the level a count is told at', () => {
  it('places a count «على مستوى X» at X', () => {
    expect(claimOf('وتقدر النقابة عددها بنحو 9 آلاف مبنى مهدد على مستوى الأردن.', 9000)?.places).toEqual(['jo']);
    // (Not past another figure.)
    expect(claimOf('وسجلت 9 آلاف حالة، و40 وفاة على مستوى الأردن.', 9000)?.places ?? []).not.toContain('jo');
  });
});
