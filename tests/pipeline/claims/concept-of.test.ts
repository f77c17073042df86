// What a figure counts and which kind of measure it is (lib/pipeline/claims/concept-of.ts, context.ts,
// money.ts): invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number, published?: string): Claim | undefined =>
  extractClaims(text, { published }).find((c) => c.value === v);

describe('the counted noun and the group it names', () => {
  it('reads the noun after من as what is counted', () => {
    expect(byValue('وأفرجت السلطات عن 120 من الأسرى صباح اليوم.', 120)?.concept).toBe('prisoner');
    // (Firefighters are a group of their own, not troops: concept-of.ts firefighters.)
    expect(byValue('ولقي 14 فردا من عناصر الإطفاء حتفهم في الحريق.', 14)?.concept).toBe('death:firefighter');
  });

  it('never takes «أسرة» (a family) for prisoners', () => {
    expect(byValue('وتم إجلاء 240 أسرة من القرية.', 240)?.concept).not.toBe('prisoner');
  });

  it('gives a group after «بينهم» the event of the figure it is part of', () => {
    const text = 'وقال الوزير إن 52 شخصا، بينهم 19 عسكريا، لقوا حتفهم في الحرائق.';
    expect(byValue(text, 52)?.concept).toBe('death');
    expect(byValue(text, 19)?.concept).toBe('death:soldier');
  });

  it('gives every group of a list the event named after it', () => {
    const text = 'وأوضح التلفزيون أن 23 عسكريا، و31 مدنيا، أغلبهم في ولاية النخيل، قضوا في الحرائق.';
    expect(byValue(text, 31)?.concept).toBe('death:civilian');
    expect(byValue(text, 23)?.concept).toBe('death:soldier');
  });

  it('makes the same concept after «بينهم/منها» a part, never the whole', () => {
    const text = 'وأسفر الحريق عن 140 جريحا، بينهم 17 مصابا تحت المراقبة الطبية.';
    expect(byValue(text, 140)?.concept).toBe('injured');
    expect(byValue(text, 17)?.concept).toBe('injured:treated');
    expect(byValue('وأصيب 90 شخصا، بينهم 20 مصابا.', 20)?.concept).toBe('injured:part');
    expect(byValue('وسجلت الفرق 60 حريقا، منها 22 حريقا في الجبال.', 22)?.concept).toMatch(/:part$/);
  });

  it('keeps the identified dead apart from the toll', () => {
    const text = 'وبلغ عدد الضحايا 33 قتيلا معلوم الهوية، و12 مجهول الهوية.';
    expect(byValue(text, 33)?.concept).toBe('death:identified');
  });

  it('reads the verb after an aside about who they are', () => {
    expect(byValue('وقالت المفوضية إن أكثر من 40 ألفا، معظمهم كنديون، عبروا الحدود خلال يومين.', 40000)?.concept).toBe('crossed');
  });

  it('does not take a noun across «بينما» for the figure before it', () => {
    const text = 'وأفادت الوزارة بأن الوفيات وصلت إلى 36 شخصا بينما بلغ عدد المصابين 15 شخصا.';
    expect(byValue(text, 36)?.concept).toBe('death');
    expect(byValue(text, 15)?.concept).toBe('injured');
  });

  it('keeps border crossings apart from the displaced', () => {
    expect(byValue('وقالت الهيئة إن 9 آلاف شخص عبروا الحدود إلى البرازيل.', 9000)?.concept).toBe('crossed');
    expect(byValue('وقالت الهيئة إن 9 آلاف شخص نزحوا من القرى.', 9000)?.concept).toBe('displaced');
  });
});

describe('the kind of measure', () => {
  it('reads «مقابل» or «حصل» as a vote share only in the figure\'s own clause', () => {
    // In an article about an election: the fees' clause has «مقابل», the households' clause has none.
    const article = 'وتتواصل عملية الاقتراع في الانتخابات البرلمانية.';
    const shares = (text: string) => extractClaims(text, { article }).map((c) => [c.value, c.concept]);
    const spending = shares('وارتفعت الرسوم إلى 20 في المائة مقابل 12 في المائة قبل عام، وتتحمل الأسر زيادة في نفقاتها بنحو 8 في المائة.');
    expect(spending.find(([v]) => v === 8)).toEqual([8, null]);
    expect(shares('وحل الحزب الأول بنسبة 52 في المائة مقابل 41 في المائة لمنافسه.').find(([v]) => v === 52)?.[1]).toBe('percent:vote');
  });

  it('makes «كل N» a ratio, never a count', () => {
    const c = byValue('وقال الوسيط إنه مقابل كل 10 محتجزين إضافيين يطلق سراحهم ستمدد الهدنة يوما.', 10);
    expect(c?.rate).toBe('every');
  });

  it('keeps things still going on apart from how many there were', () => {
    const total = byValue('وسجلت الحماية المدنية 90 حريقا منذ الاثنين.', 90);
    const still = byValue('ولا يزال 35 حريقا مشتعلا في الغابات.', 35);
    expect(total?.concept).toBeTruthy();
    expect(still?.concept).toBe(`${total?.concept}:active`);
  });

  it('gives a figure of an earlier year to that year', () => {
    const text = 'وسجلت انتخابات 2011 أعلى نسبة مشاركة، حيث بلغت حوالي 60 %.';
    expect(byValue(text, 60, '2020-05-01T00:00:00Z')?.concept).toMatch(/:in:2011$/);
    expect(byValue('وبلغت نسبة المشاركة في الانتخابات 15 %.', 15, '2020-05-01T00:00:00Z')?.concept).toBe('percent:turnout');
  });

  it('reads turnout named before a comma, and a share of the voters as turnout', () => {
    expect(byValue('وأعلنت الهيئة أن نسبة المشاركة في الدور الثاني للانتخابات، بلغت 13.4 بالمئة.', 13.4)?.concept).toBe('percent:turnout');
    expect(byValue('وشارك في الاقتراع مليون ناخب، بنسبة 12.5% من عدد الناخبين.', 12.5)?.concept).toBe('percent:turnout');
    // Of the votes cast is a candidate's share, not turnout.
    expect(byValue('وحصل المرشح على أكثر من 54% من أصوات الناخبين.', 54)?.concept).toBe('percent:vote');
  });

  it('calls a round "first" only in an article that has a second', () => {
    expect(byValue('وبلغت نسبة المشاركة في الجولة الأولى 10.5%.', 10.5)?.concept).toBe('percent:turnout');
    expect(byValue('وبلغت نسبة المشاركة في الجولة الأولى 10.5%، أما في الجولة الثانية فبلغت 9%.', 10.5)?.concept).toBe('percent:turnout:round1');
  });

  it('reads those who voted among the registered as voters, not the electorate', () => {
    expect(byValue('وبلغ عدد المقترعين من الناخبين المسجلين 250 ألف ناخب.', 250000)?.concept).toBe('voter');
    expect(byValue('وصوت 600 ألف من مجموع 7 ملايين ناخب مسجلا.', 7000000)?.concept).toBe('voter:registered');
  });

  it('reads «تقدر بـ» before a figure as an amount, not a forecast', () => {
    expect(byValue('وسجلت الهيئة مشاركة مليون ناخب، أي بنسبة إقبال تقدر بـ 12.3 في المائة.', 12.3)?.modality).toBe('count');
    expect(byValue('ويتوقع الخبراء أن تصل نسبة المشاركة إلى 20 في المائة.', 20)?.modality).toBe('projection');
  });

  it('reads what «قدّر» names before «بـ» and the figure as measured at that, not forecast', () => {
    expect(byValue('وكان المعهد الجيولوجي قد قدر قوة الزلزال بـ5.4 درجات.', 5.4)?.modality).toBe('count');
    expect(byValue('وقدرت الشركة خسائرها بـ3 ملايين دولار.', 3000000)?.modality).toBe('count');
    // Estimating what is still to come, or an amount said «بنحو» (a rumoured fee), stays an estimate.
    expect(byValue('وذكرت وسائل إعلام أن صفقة انتقاله تقدر بنحو 20 مليون يورو.', 20000000)?.modality).toBe('projection');
    expect(byValue('وتقدر الحكومة أن يصل عدد الزوار إلى 3 ملايين زائر العام المقبل.', 3000000)?.modality).toBe('projection');
  });

  it('leaves out the figure of another, similar event', () => {
    expect(byValue('ويأتي هذا بعد مصرع أكثر من 60 شخصا بحريق مماثل في مدينة أخرى.', 60)?.concept).toBeNull();
  });

  it('reads an exchange rate and the level it moved from', () => {
    const text = 'وهبط الجنيه إلى 47 جنيها للدولار، من نحو 29.5 جنيه قبل القرار.';
    expect(byValue(text, 47)?.concept).toMatch(/^money:price:/);
    expect(byValue(text, 29.5)?.concept).toBeNull();
  });

  it('keeps an additional sum apart from the sum', () => {
    expect(byValue('وحصلت الحكومة على قروض إضافية بقيمة 4 مليارات دولار.', 4e9)?.concept).toBe('money:loan:additional');
    expect(byValue('ورفع الصندوق قيمة القرض إلى 9 مليارات دولار.', 9e9)?.concept).toBe('money:loan');
  });
});

describe('figures that are no count', () => {
  it('reads «السنوات ال 5 الماضية» as a duration', () => {
    expect(byValue('وتعرضت البلاد لهجمات أودت بحياة كثيرين خلال السنوات ال 5 الماضية.', 5)?.comparable).toBe(false);
  });

  it('reads «اثنان» after a dual noun as no figure of its own', () => {
    expect(byValue('وشارك في التصويت 700 ألفا وناخبان اثنان.', 2)?.comparable ?? false).toBe(false);
  });
});
