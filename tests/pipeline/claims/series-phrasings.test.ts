// Series phrasings of ordinary news (lib/pipeline/claims: period.ts, rates.ts, measure.ts):
// invented sentences, one phrasing each, none from a test story.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const PUBLISHED = '2025-02-10';
const concept = (text: string, v: number): string | null => extractClaims(text, { published: PUBLISHED }).find((c) => c.value === v)?.concept ?? null;

describe('a change against the month before is a monthly rate', () => {
  it('reads «مقارنة بالشهر السابق» and its variants as the monthly base', () => {
    expect(concept('وارتفعت الأسعار مقارنة بالشهر السابق بنسبة 1.3%.', 1.3)).toMatch(/:base:m$/);
    expect(concept('وزادت الأسعار بنسبة 0.9% قياسا بالشهر الماضي.', 0.9)).toMatch(/:base:m$/);
    expect(concept('وصعد التضخم 2.1% مقارنة مع الشهر الذي سبقه.', 2.1)).toMatch(/:base:m$/);
  });

  it('reads the same month a year earlier as the yearly base, and a month alone as no base', () => {
    expect(concept('وارتفعت الأسعار بنسبة 8.2% مقارنة بالشهر نفسه من العام الماضي.', 8.2)).toMatch(/:base:y/);
    expect(concept('وارتفعت الأسعار بنسبة 4.4% خلال الشهر السابق.', 4.4)).not.toMatch(/:base:/);
  });
});

describe('a rate named before a long aside set off by commas', () => {
  it('keeps the rate when the aside runs past the usual window', () => {
    expect(concept('أما التضخم الأساسي، الذي لا يحتسب أسعار الخضر والفواكه والوقود المتقلبة، فقد وصل إلى 3.7%.', 3.7)).toBe('percent:inflation:core');
  });

  it('does not cross an aside that is no relative clause', () => {
    expect(concept('أما الموسم، وهو الأطول منذ سنوات في الجزر الشمالية البعيدة، فقد سجل 3.7%.', 3.7)).toBeNull();
  });
});

describe('a toll of the year so far is a running total', () => {
  const at = (text: string, v: number): string | null => extractClaims(text, { published: '2025-09-15' }).find((c) => c.value === v)?.concept ?? null;

  it('reads «منذ بداية العام» (with its glued «ب») as cumulative', () => {
    expect(at('وبلغ عدد الوفيات بالحصبة منذ بداية العام 64 وفاة.', 64)).toBe('death:since');
  });

  it('reads a month named alone after «منذ», weeks back, as cumulative', () => {
    expect(at('وسجلت السلطات منذ فبراير 3200 إصابة بالمرض.', 3200)).toMatch(/:since$/);
    expect(at('وسجلت السلطات منذ مطلع مارس 870 إصابة بالمرض.', 870)).toMatch(/:since$/);
  });

  it('reads «هذا العام» after a toll\'s head word as cumulative, not after one event', () => {
    expect(at('وارتفع عدد الوفيات هذا العام إلى 140 وفاة.', 140)).toBe('death:since');
    expect(at('وقتل 20 شخصا في أعنف هجوم هذا العام.', 20)).not.toMatch(/:since$/);
  });
});

describe('an interim turnout at an hour said in words', () => {
  const vote = (text: string, v: number): string | null => extractClaims(text, { published: PUBLISHED, article: 'وتتواصل عملية الاقتراع في الانتخابات البلدية.' }).find((c) => c.value === v)?.concept ?? null;

  it('reads «الساعة الواحدة زوالا» and «الساعة الحادية عشرة» as the hour, after noon on the 24-hour clock', () => {
    expect(vote('وقالت الهيئة إن نسبة المشاركة في الانتخابات بلغت 9.3% عند الساعة الواحدة زوالا.', 9.3)).toBe('percent:turnout:at:13');
    expect(vote('وقالت الهيئة إن نسبة المشاركة في الانتخابات بلغت 6.1% حتى الساعة الحادية عشرة صباحا.', 6.1)).toBe('percent:turnout:at:11');
    expect(vote('وبلغت نسبة المشاركة في الانتخابات 18% حتى الساعة 4 عصرا.', 18)).toBe('percent:turnout:at:16');
  });

  it('keeps the final turnout without an hour', () => {
    expect(vote('وقالت الهيئة إن نسبة المشاركة النهائية في الانتخابات بلغت 41%.', 41)).toBe('percent:turnout');
  });
});

describe('the closing hour is no interim hour', () => {
  it('keeps a turnout at the close of the polls final', () => {
    const text = 'وقالت الهيئة إن نسبة المشاركة في الانتخابات بلغت 33% عند إغلاق الصناديق في الساعة الثامنة مساء.';
    expect(extractClaims(text, { published: PUBLISHED }).find((c) => c.value === 33)?.concept).not.toMatch(/:at:20/);
  });
});

describe('food prices moving are the food part of inflation', () => {
  it('reads a rise of food prices as food inflation, apart from the headline rate', () => {
    expect(concept('وصعدت أسعار المواد الغذائية بنسبة 6.2%.', 6.2)).toMatch(/^percent:inflation:food/);
    expect(concept('وسجلت أسعار الغذاء زيادة بنسبة 4.8%.', 4.8)).toMatch(/^percent:inflation:food/);
    expect(concept('وارتفع معدل التضخم إلى 3.9%.', 3.9)).toMatch(/^percent:inflation(?!:food)/);
  });

  it('leaves another product\'s price out', () => {
    expect(String(concept('وارتفعت أسعار الإسمنت بنسبة 15%.', 15))).not.toMatch(/food/);
  });
});

describe('an hour after the close is no interim hour', () => {
  it('keeps a turnout told after the close final, however far the hour is from the close', () => {
    const text = 'وأعلنت الهيئة بعد ساعة من غلق مكاتب التصويت، أي في الساعة التاسعة مساء، أن نسبة المشاركة في الانتخابات بلغت 28%.';
    expect(extractClaims(text, { published: PUBLISHED }).find((c) => c.value === 28)?.concept).toBe('percent:turnout');
  });
});

describe('a year named with another month is not the figure\'s year', () => {
  const at = (text: string, v: number): string | null => extractClaims(text, { published: '2026-05-04' }).find((c) => c.value === v)?.concept ?? null;

  it('keeps a month\'s figure current when the year before it belongs to another month', () => {
    expect(at('وبعد أن بلغ الغلاء ذروته في يوليو 2024، عاد التضخم وارتفع بنسبة 4.2% في أبريل على أساس سنوي.', 4.2)).not.toMatch(/:in:2024/);
  });

  it('still reads the year of the figure\'s own month', () => {
    expect(at('وكان التضخم قد سجل في أبريل 2024 نحو 8.8%.', 8.8)).toMatch(/:in:2024/);
  });
});

describe('a rate «نسبة» names, in an article about no vote', () => {
  it('is the rate of the noun after «نسبة», of the year the sentence gives', () => {
    expect(concept('وأوضحت الهيئة أن نسبة الحضور للموسم هذا العام بلغت 81.2%.', 81.2)).toBe('percent:rate:حضور:per:y:2025');
    expect(concept('وبلغت نسبة الإشغال في فنادق المدينة 64% خلال الموسم.', 64)).toMatch(/^percent:rate:اشغال/);
  });

  it('takes no year from the base a change is told from', () => {
    expect(concept('وأوضحت الهيئة أن نسبة الحضور للموسم هذا العام، والتي بلغت 81.2% ارتفعت عن العام الماضي.', 81.2)).toBe('percent:rate:حضور:per:y:2025');
  });

  it('reads a school year by the year it ends in', () => {
    // Published in 2025: the school year 2024-2025 is this year's, not an earlier one.
    expect(concept('نشرت الهيئة حصيلة العام الدراسي 2024-2025، مبينة أن نسبة الحضور الكلية بلغت 81.2%.', 81.2)).toBe('percent:rate:حضور');
  });

  it('names no rate after a bare «بنسبة»', () => {
    expect(concept('ونجح 500 ألف طالب بنسبة 81.2% من الممتحنين.', 81.2) ?? '').not.toMatch(/^percent:rate:/);
  });
});

describe('the label of a rate «نسبة» names', () => {
  it('is «نسبة» and its noun, in the article\'s words', () => {
    const c = extractClaims('وأوضحت الهيئة أن نسبة الحضور للموسم هذا العام بلغت 81.2%.', { published: PUBLISHED }).find((x) => x.value === 81.2);
    expect(c?.label).toBe('نسبة الحضور');
  });
});

describe('a month named before a concession is not the concession\'s', () => {
  it('leaves the figure after «رغم» without the month of the clause before it', () => {
    const text = 'وتراجعت الصادرات إلى 5.2 مليون برميل يوميا في أكتوبر رغم إنتاج تجاوز 8 ملايين برميل يوميا.';
    expect(concept(text, 5_200_000)).toMatch(/:per:m:10$/);
    expect(concept(text, 8_000_000)).not.toMatch(/:per:m/);
    // Without the concession the month before the figure is its month.
    expect(concept('وتجاوز الإنتاج في أكتوبر 8 ملايين برميل يوميا.', 8_000_000)).toMatch(/:per:m:10$/);
  });
});

describe('a month fronted with «وفي»', () => {
  it('is the period of the figure after it, as «في» alone is', () => {
    expect(concept('وفي أكتوبر تجاوز الإنتاج 8 ملايين برميل يوميا.', 8_000_000)).toMatch(/:per:m:10$/);
    expect(concept('وخلال أكتوبر بلغت الصادرات 4.1 مليار ريال.', 4_100_000_000)).toMatch(/:per:m:10$/);
  });
});
