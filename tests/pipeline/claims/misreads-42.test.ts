// Readings fixed in the forty-second round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: the ages a survey's youth are of (rate-group.ts); the
// economy's uses in a national-accounts release, investment and consumption, each a rate of its
// own (sector.ts); a neighbour's rate recalled in a country's report (compare/countries.ts);
// voters abroad «البالغ عددهم» and what results «لا تشمل» (home-abroad.ts); an index named after
// «وفق», no source (attribution.ts); the injured taken to hospital, named before the figure
// (concept-of.ts); a rate that moved «من X إلى Y» and the output's «توسع» (moved-from.ts, rates.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';
import { anotherCountrysFigure } from '../../../lib/pipeline/compare/countries';
import { cards, mk } from '../../fixtures/invented-compare';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-06-10' }).find((c) => c.value === v);

describe('youth of the ages a survey names', () => {
  it('keys youth of other ages than 15 to 24 apart, and youth of 15 to 24 as youth named alone', () => {
    expect(claimOf('وبلغ معدل البطالة بين الإناث 12.1%، فيما بلغ بين الشباب في الفئة العمرية من 15 إلى 29 عاما 18.3%.', 18.3)?.concept).toBe('percent:unemployment:among:youth-15-29');
    expect(claimOf('وبلغ معدل البطالة بين الإناث 12.1%، فيما بلغ بين الشباب في الفئة العمرية من ١٥ إلى ٢٤ عاما ١٨٫٣٪.', 18.3)?.concept).toBe('percent:unemployment:among:youth');
    expect(claimOf('وسجل معدل البطالة بين الشباب من 15 إلى 29 عاما 21% خلال الشهر.', 21)?.concept).toMatch(/^percent:unemployment:among:youth-15-29(:|$)/);
    expect(claimOf('وبلغت البطالة 9.4% بين الشباب في الفئة العمرية 18-30 عاما.', 9.4)?.concept).toBe('percent:unemployment:among:youth-18-30');
  });

  it('puts youth of 15 to 24 and youth named alone on one card, and youth of other ages on none', () => {
    const a = mk('البطالة تتراجع إلى 7.1% في الربع الأول', 'أعلن المعهد أن معدل البطالة بلغ 7.1% في الربع الأول، وبلغ معدل البطالة بين الذكور 5.2%، بينما سجل المعدل بين الشباب في الفئة العمرية من 15 إلى 29 عاما 16.4%.', 'https://a.example/u', '2026-05-15T08:00:00Z');
    const b = mk('البطالة تتراجع إلى 7.1% في الربع الأول', 'أعلن المعهد أن معدل البطالة بلغ 7.1% في الربع الأول، وبلغ معدل البطالة بين الإناث 12.8%، فيما بلغ بين الشباب في الفئة العمرية من 15 إلى 24 عاما 20.3%.', 'https://b.example/u', '2026-05-16T08:00:00Z');
    const c = mk('البطالة تتراجع إلى 7.1% في الربع الأول', 'أعلن المعهد أن معدل البطالة بلغ 7.1% في الربع الأول، وبلغ معدل البطالة بين الإناث 12.8%، وبين الشباب 19.8%.', 'https://c.example/u', '2026-05-17T08:00:00Z');
    expect(cards([a, b, c])).toEqual([[19.8, 20.3]]);
  });

  it('names the ages on the label', () => {
    expect(claimOf('وسجل معدل البطالة بين الشباب من 15 إلى 29 عاما 21%.', 21)?.label).toContain('من 15 إلى 29 عاما');
  });
});

describe('the economy’s uses in a national-accounts release', () => {
  it('reads investment’s growth as a rate of its own, by any verb and past a comma', () => {
    expect(claimOf('وعلى صعيد الإنفاق، ارتفع إجمالي تكوين رأس المال الثابت بنسبة 5.4% خلال الربع الثالث.', 5.4)?.concept).toMatch(/^percent:growth:sector:تكوين-راس-المال(:|$)/);
    expect(claimOf('وزاد الاستثمار، أي إجمالي تكوين رأس المال الثابت، بنسبة 5.4% على أساس سنوي.', 5.4)?.concept).toMatch(/^percent:growth:sector:تكوين-راس-المال(:|$)/);
    expect(claimOf('وتراجع إجمالي تكوين رأس المال الثابت بنسبة 2.2% على أساس سنوي.', 2.2)?.concept).toMatch(/^percent:growth:sector:تكوين-راس-المال:down(:|$)/);
  });

  it('keeps households’ consumption apart from the government’s, and reads the next item of a list', () => {
    const text = 'وعدّل المكتب نمو نفقات الاستهلاك النهائي للأسر في الفصل نفسه إلى 3.6%، وإجمالي تكوين رأس المال الثابت إلى 8.9%، فيما بلغ عجز الحساب الجاري 1.7% من الناتج الداخلي الإجمالي.';
    expect(claimOf(text, 3.6)?.concept).toMatch(/^percent:growth:sector:استهلاك-خاص(:|$)/);
    expect(claimOf(text, 8.9)?.concept).toMatch(/^percent:growth:sector:تكوين-راس-المال(:|$)/);
    expect(claimOf(text, 1.7)?.concept ?? '').not.toMatch(/sector/);
    expect(claimOf('ونما الاستهلاك الحكومي بنسبة 1.9% خلال الربع.', 1.9)?.concept).toMatch(/^percent:growth:sector:استهلاك-عام(:|$)/);
  });

  it('reads no growth in a use’s share of the output, nor in consumption of no spending', () => {
    expect(claimOf('ويمثل إجمالي تكوين رأس المال الثابت 23% من الناتج المحلي.', 23)?.concept ?? '').not.toMatch(/sector/);
    expect(claimOf('وارتفع الاستهلاك بنسبة 4% خلال الصيف.', 4)?.concept ?? '').not.toMatch(/sector/);
  });
});

describe('a neighbour’s rate in a country’s report', () => {
  const spain = claimOf('وسجلت إسبانيا، الجارة الأكبر، تضخما بنسبة 3.4% وفق المؤشر المنسق.', 3.4)!;
  const bare = claimOf('وبلغ التضخم وفق المؤشر المنسق 2.6% على أساس سنوي.', 2.6)!;
  it('keeps another country’s rate apart from a rate of no one’s in a report on one country', () => {
    expect(spain.owners).toEqual(['es']);
    expect(anotherCountrysFigure(spain, bare, 'تضخم البرتغال عند 2.1% في مايو', 'البرتغال: التضخم يرتفع في مايو')).toBe(true);
    expect(anotherCountrysFigure(bare, spain, 'البرتغال: التضخم يرتفع في مايو', 'تضخم البرتغال عند 2.1% في مايو')).toBe(true);
  });

  it('leaves them together when the report names that country, or names none, or counts people', () => {
    expect(anotherCountrysFigure(spain, bare, 'تضخم إسبانيا عند 3.4%', 'التضخم في إسبانيا يرتفع')).toBe(false);
    expect(anotherCountrysFigure(spain, bare, 'التضخم يرتفع في مايو', 'التضخم يرتفع في مايو')).toBe(false);
    const soldiers = claimOf('وقتل 14 جنديا إسبانيا في الهجوم.', 14)!;
    const dead = claimOf('وقتل 12 جنديا في الهجوم.', 12)!;
    expect(anotherCountrysFigure(soldiers, dead, 'هجوم في مالي', 'هجوم في مالي')).toBe(false);
  });
});

describe('voters abroad and what results leave out', () => {
  it('reads voters abroad «البالغ عددهم» and past «لا تشمل»', () => {
    expect(claimOf('ولا تشمل هذه النتائج أصوات المقيمين في الخارج، البالغ عددهم 1.4 مليون ناخب.', 1400000)?.concept).toBe('voter:abroad');
    // (Not negated, «تشمل» names the whole, as before.)
    expect(claimOf('إذ تشمل النتائج أصوات المقيمين في الخارج، البالغ عددهم 1.4 مليون ناخب.', 1400000)?.concept).toBe('voter');
  });
});

describe('who gave a figure', () => {
  it('names no index after «وفق» as the source', () => {
    // (The forecaster before «يتوقع» is the source since the forty-third round; the index never is.)
    expect(claimOf('ويتوقع البنك المركزي أن يبلغ متوسط التضخم وفق المؤشر المنسق 1.9% في مجمل عام 2026.', 1.9)?.attribution).toBe('البنك المركزي');
    expect(claimOf('وبلغ متوسط التضخم وفق المؤشر المنسق 1.9% في مجمل عام 2025.', 1.9)?.attribution ?? null).toBeNull();
    expect(claimOf('وبلغ التضخم 1.9% وفق المكتب الوطني للإحصاء.', 1.9)?.attribution).toContain('المكتب الوطني للإحصاء');
  });
});

describe('the injured taken to hospital', () => {
  it('reads those taken to hospital, named before the figure, as all the injured; those still treated as in hospital', () => {
    expect(claimOf('ونقلت فرق الإنقاذ 31 جريحا إلى مستشفى المنطقة.', 31)?.concept).toBe('injured');
    expect(claimOf('وأصيب في الحادث 35 شخصا، غادر معظمهم المستشفى، ولا يزال أربعة منهم يتلقون العلاج.', 4)?.concept).toBe('injured:treated');
  });
});

describe('a rate that moved from one value to another', () => {
  it('reads the value a rate moved to, past the value it moved from', () => {
    expect(claimOf('وارتفعت نسبة البطالة من 6.2% إلى 6.6%.', 6.6)?.concept).toMatch(/^percent:unemployment(:|$)/);
    expect(claimOf('وعدل المعهد النمو الفصلي من 0.7% إلى 1.1%.', 1.1)?.concept).toMatch(/^percent:growth(:|$)/);
    expect(claimOf('ورفع المكتب تقديره لنمو الربع الثاني على أساس سنوي من 2.9% إلى 3.2%.', 3.2)?.concept).toMatch(/^percent:growth:per:q:2/);
  });

  it('reads the output’s expansion as growth', () => {
    expect(claimOf('وسجلت الأرقام توسع الناتج المحلي الإجمالي بنسبة 2.6% خلال الربع الثالث.', 2.6)?.concept).toMatch(/^percent:growth(:|$)/);
  });
});
