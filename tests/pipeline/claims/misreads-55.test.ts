// Readings fixed in the fifty-fifth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a plus sign before a few digits is a rise in a table,
// not a phone number, and a lone «و» before a minus is no name (quantities); an activity of the
// economy named without «قطاع», «نمو الصناعة»، «ونمت الخدمات»، «اكتفت الزراعة بنمو», is a sector,
// and a relative clause set off by commas between a sector and its growth word is skipped
// (sector.ts); the group a rate is measured among, «بين الشباب», takes no room of the window in
// which its noun is looked for (rates.ts); «أُخليت», «أخلت» name an evacuation (concepts.ts); ten
// after the hundreds, «مئة وعشرة», is 110 (quantities); provinces counted are no option's votes
// (index.ts); those admitted to hospital are its intake, apart from those still there (received.ts);
// «طلبة» are students (concepts.ts); «مرشحة للارتفاع» names no candidate (people.ts); growth right
// after a count is that count's, no economy's (rates.ts); «مترين» is two metres (quantities); «شارك N%
// من أصل X ناخب مسجل» is turnout and «نسبة الأوراق الملغاة» the void ballots' share (concept-of.ts).
// A list may be called «لائحة» (parties.ts, people.ts), and preferential votes are no list's (index.ts);
// the year of a comparison's base, «مقارنة بـN مركبة في 2025», dates no figure after it (period.ts, index.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import { learnPeople } from '../../../lib/pipeline/text/people';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);
const read = (text: string): [number, string][] => extractQuantities(text).map((q) => [q.value, q.kind]);

describe('signs before a figure', () => {
  it('reads «+6.4%» in a table as one percentage', () => {
    expect(read('- التشييد: +6.4%')).toEqual([[6.4, 'percent']]);
    expect(read('نما القطاع +11%')).toEqual([[11, 'percent']]);
  });

  it('still reads an international phone number as one label', () => {
    expect(read('للاستفسار +962 6 555 1234')).toEqual([[96265551234, 'other']]);
  });

  it('reads «و-1.7%» after a conjunction as the figure, not a name', () => {
    expect(read('تراوحت بين 2.2% و-1.7%')).toEqual([[2.2, 'percent'], [1.7, 'percent']]);
  });
});

describe('an activity of the economy named without «قطاع»', () => {
  it('reads «نمو الصناعة» and «ونمت الخدمات» as those sectors', () => {
    const text = 'وعدل الجهاز نمو الصناعة في الربع الأول إلى 2.6%، ونمت الخدمات بنسبة 4.4%، بينما اكتفت الزراعة بنمو قدره 1.2%.';
    expect(claimOf(text, 2.6)?.concept).toMatch(/^percent:growth:sector:صناع/);
    expect(claimOf(text, 4.4)?.concept).toBe('percent:growth:sector:خدم');
    expect(claimOf(text, 1.2)?.concept).toBe('percent:growth:sector:زراع');
  });

  it('reads «وانكمشت الزراعة» as a contraction', () => {
    expect(claimOf('وانكمشت الزراعة بنسبة 3.3% بسبب الجفاف.', 3.3)?.concept).toBe('percent:growth:sector:زراع:down');
  });

  it('leaves the economy its growth when the activity names a minister', () => {
    expect(claimOf('وقال وزير الصناعة إن الاقتصاد نما بنسبة 4.2% العام الماضي.', 4.2)?.concept ?? '').not.toMatch(/sector/);
  });

  it('skips a relative clause between a sector and its growth word', () => {
    const c = claimOf('وسجل قطاع الإقامة والمطاعم، الذي يعكس نشاط الزوار، نموا بنسبة 12.7% خلال الربع.', 12.7);
    expect(c?.concept).toMatch(/^percent:growth:sector:اقام/);
  });
});

describe('a rate measured among a group, the group between the noun and its figure', () => {
  it('reads «البطالة ما زالت عالية بين الشباب …، إذ بلغت N%» as the youth rate, and the groups after it', () => {
    const text = 'وقال المدير إن البطالة ما زالت عالية بين الشباب في الفئة العمرية من 15 إلى 24 عاما، إذ بلغت 29.4%، فيما سجلت بين النساء 24.6% مقابل 11.3% بين الرجال.';
    expect(claimOf(text, 29.4)?.concept).toBe('percent:unemployment:among:youth');
    expect(claimOf(text, 24.6)?.concept).toBe('percent:unemployment:among:women');
    expect(claimOf(text, 11.3)?.concept).toBe('percent:unemployment:among:men');
  });
});

describe('families evacuated, told by «أُخليت»', () => {
  it('reads «و35 عائلة أُخليت» after a toll as families evacuated, not injured ones', () => {
    const text = 'الحصيلة النهائية: 7 قتلى و12 جريحا و35 عائلة أُخليت من منازلها.';
    expect(claimOf(text, 35)?.concept).toBe('evacuated:family');
    expect(claimOf(text, 12)?.concept).toBe('injured');
  });
});

describe('ten after the hundreds', () => {
  it('reads «مئة وعشرة» as 110 and «ثلاثمئة وعشرة آلاف» as 310,000', () => {
    expect(read('مئة وعشرة من الجرحى')).toEqual([[110, 'count']]);
    expect(read('ثلاثمئة وعشرة آلاف')).toEqual([[310000, 'count']]);
  });
});

describe('provinces counted in a referendum', () => {
  it('reads «من أصل 19 ولاية» before an option as provinces, not the option\'s votes', () => {
    const c = claimOf('قدرت اللجنة نسبة المشاركة في الاستفتاء بنحو 58%، وأظهرت نتائج أولية من 12 من أصل 19 ولاية تقدم خيار «نعم».', 19);
    expect(c?.concept).not.toBe('votes');
    expect(c?.owners ?? []).toEqual([]);
  });
});

describe('those admitted to hospital and those still there', () => {
  it('reads «أُدخل N مصابا إلى المستشفيات» as the intake and «ما زال N منهم يتلقون العلاج» as those still treated', () => {
    const text = 'وأُدخل سبعة وعشرون مصابا إلى المستشفيات منذ بداية الموجة، ما زال أحد عشر منهم يتلقون العلاج.';
    expect(claimOf(text, 27)?.concept).toBe('injured:received');
    expect(claimOf(text, 11)?.concept).toBe('injured:treated');
  });

  it('reads «N مصابا أُدخلوا المستشفى» as the intake too', () => {
    expect(claimOf('وأضاف أن 31 مصابا أُدخلوا المستشفى منذ الأسبوع الماضي.', 31)?.concept).toBe('injured:received');
  });
});

describe('students among the cases', () => {
  it('reads «N من المصابين طلبة» as students among the injured', () => {
    expect(claimOf('وأوضح أن 74 من المصابين طلبة.', 74)?.concept).toBe('injured:student');
  });
});

describe('«مرشحة للارتفاع»', () => {
  it('names no candidate in «أعداد المرضى مرشحة للارتفاع»', () => {
    const people = learnPeople(tokensOf('وتوقع الأطباء أن أعداد المرضى مرشحة للارتفاع في الأيام المقبلة.'));
    expect([...people.keys()]).toEqual([]);
    expect([...learnPeople(tokensOf('وقال إن كريم العاملي مرشح حزب الوفاق.')).keys()]).toContain('كريم العاملي');
  });
});

describe('growth right after a count', () => {
  it('gives «N سيارة بنمو M%» to no economy', () => {
    const c = claimOf('وارتفعت مبيعات سيارات الركوب إلى 96400 سيارة بنمو 18.2%.', 18.2);
    expect(c?.concept ?? '').not.toBe('percent:growth');
  });
});

describe('a length written as a dual', () => {
  it('reads «مترين» as two metres, as «ثلاثة أمتار» is three', () => {
    expect(claimOf('وقال إن منسوب المياه ارتفع نحو مترين عند السد.', 2)?.concept).toBe('unit:متر');
  });
});

describe('turnout and void ballots as shares', () => {
  const ELECTION = 'أعلنت اللجنة الانتخابية نتائج الاستفتاء. ';
  it('reads «شارك N% من أصل X ناخب مسجل» as turnout', () => {
    expect(extractClaims(ELECTION + 'وفي الخارج شارك 36% من أصل 41200 ناخبا مسجلا.', { published: '2026-06-10' }).find((c) => c.value === 36)?.concept).toMatch(/^percent:turnout/);
  });

  it('reads «نسبة الأوراق الملغاة N%» as the share of void ballots', () => {
    expect(extractClaims(ELECTION + 'وبلغت نسبة الأوراق الملغاة 3.4% من مجموع المقترعين.', { published: '2026-06-10' }).find((c) => c.value === 3.4)?.concept).toBe('percent:invalid');
  });
});

describe('a list called «لائحة»', () => {
  it('gives «ونالت لائحة «X» N مقاعد» to the list, as «قائمة» does', () => {
    const text = 'أعلنت الوزارة نتائج الانتخابات النيابية، فتصدرت لائحة «الغد المشرق» بستة مقاعد، ونالت لائحة «صوت الجبل» مقعدين.';
    expect([claimOf(text, 6)?.concept, claimOf(text, 6)?.owners?.length]).toEqual(['seat', 1]);
  });

  it('keeps a candidate\'s preferential votes apart from a list\'s votes', () => {
    const text = 'أعلنت الوزارة نتائج الانتخابات النيابية. وحل فلان الفلاني، رئيس لائحة «الغد المشرق»، أولا بحصوله على 9310 أصوات تفضيلية.';
    expect(claimOf(text, 9310)?.concept).toBe('votes:preferential');
  });
});

describe('the year of a comparison\'s base', () => {
  it('leaves «مقارنة بـN مركبة في 2025» to the base, not to the figures after it', () => {
    const text = 'وأكد التقرير أن السوق نمت بنسبة 17.2% مقارنة بـ98300 مركبة في 2025، وأن مبيعات سيارات الركوب بلغت 81450 سيارة.';
    expect(claimOf(text, 81450, '2027-01-20')?.concept).toBe('car');
  });
});
