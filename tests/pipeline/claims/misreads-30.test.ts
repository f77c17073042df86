// Readings fixed in the thirtieth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented parties: a place in the ranking of an election's results is a
// vote share (concepts.ts); a party described by an aside, and a party's name whose first word is in
// construct (parties.ts); the non-food part of consumer prices, and a group a rate is given to
// with «لل» (price-groups.ts, rates.ts); the prices of a group «أما» fronts (price-groups.ts); a rate
// restated on another base (period.ts, index.ts); the year's months up to a report's month leave
// it the report's month (report-month.ts); a count's word ends a place's name (text/entities.ts);
// a breakdown's items with «بـ» joined to a number word or after «سجلت» (list-places.ts); an
// earlier turnout's hour past another figure (concept-of.ts); a party's list of results — the next
// one, a country's adjective in its name, «حصلت», its seats «إلى» a number, seats «لل» a party,
// a share after its seats or their whole, a rally, the topic «أما» sets (concepts.ts, parties.ts,
// shares.ts, index.ts); «بنسبة» is never a counted noun (quantities/kinds.ts); a list of
// candidates' shares — a name before a title set between commas, the next name after «، و», a rank
// after a name, «نال» (text/people.ts, concept-of.ts, concepts.ts, index.ts); abstention apart from
// the turnout, and the turnout as the count goes on (concept-of.ts, nouns.ts).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2025-03-04' }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];
const analysedConcept = (text: string, v: number): string | null | undefined =>
  analyzeArticle({ url: 'u', canonicalUrl: 'u', site: 'u', host: 'u', title: text.split('\n')[0], byline: null, published: '2025-11-12', lang: 'ar', dir: 'rtl', text }).claims.find((c) => c.value === v)?.concept;

describe('a place in the ranking of the results', () => {
  const vote = 'جرت الانتخابات التشريعية يوم الأحد في البلاد. ';
  it('reads a share given with its rank as the party’s share of the votes', () => {
    expect(conceptOf(vote + 'وحلّت جبهة السنابل في المركز الثاني بنسبة 21.4%.', 21.4)).toBe('percent:vote');
    expect(conceptOf(vote + 'وجاء حزب الموج ثالثا بنسبة 9.2%.', 9.2)).toBe('percent:vote');
  });

  it('keeps a rank outside an article about an election no vote share', () => {
    expect(conceptOf('وحلّت الشركة في المركز الثاني بنسبة 21.4% من السوق.', 21.4)).not.toBe('percent:vote');
  });

  it('gives the share to a party described by an aside between commas', () => {
    expect(ownersOf(vote + 'وحلّت جبهة السنابل، المعارضة والمقربة من النقابات، في المركز الثاني بنسبة 21.4%.', 21.4)).toEqual(['person:جبهه السنابل']);
  });
});

describe('a party whose name opens with a noun in construct', () => {
  const vote = 'جرت الانتخابات التشريعية يوم الأحد في البلاد. ';
  it('names the party with its first word and the definite word after it', () => {
    expect(ownersOf(vote + 'ونال حزب نداء الجبال 6.3% من الأصوات و7 مقاعد.', 6.3)).toEqual(['person:حزب نداء الجبال']);
    expect(ownersOf(vote + 'ونال حزب نداء الجبال 6.3% من الأصوات و7 مقاعد.', 7)).toEqual(['person:حزب نداء الجبال']);
  });

  it('takes no verb after an indefinite party noun for a name', () => {
    expect(ownersOf(vote + 'وحصل تحالف يضم الأحزاب الثلاثة على 12 مقعدا.', 12)).toEqual([]);
  });
});

describe('the parts of consumer prices', () => {
  it('reads non-food goods as the non-food part of inflation, and a group given a rate with «لل»', () => {
    const parts = 'وأوضح المكتب أن أسعار المواد الغذائية صعدت 7.7% على أساس سنوي، مقابل 2.9% للسلع غير الغذائية، وارتفعت أسعار السلع غير الغذائية في العاصمة 3.4%.';
    expect(conceptOf(parts, 2.9)).toMatch(/^percent:inflation:nonfood/);
    expect(conceptOf(parts, 3.4)).toMatch(/^percent:inflation:nonfood/);
    expect(conceptOf('وارتفعت الأجور 2.9% للعمال غير المهرة.', 2.9)).toBeNull();
  });

  it('reads the prices of a group «أما» fronts as that group’s', () => {
    expect(conceptOf('أما السلع غير الغذائية فارتفعت أسعارها 3.1%، والخدمات المدفوعة 4.4%.', 3.1)).toBe('percent:inflation:nonfood');
    expect(conceptOf('أما السلع غير الغذائية فارتفعت أسعارها 3.1%، والخدمات المدفوعة 4.4%.', 4.4)).toBe('percent:change:prices:خدمات:up');
  });

  it('reads a rate joined by «و» with a base of its own as the rate before it on that base', () => {
    const food = 'وعلى أساس شهري، زادت الأسعار 0.6%، مدفوعة بأسعار الغذاء التي ارتفعت 1.3% خلال الشهر وحده، و7.2% على أساس سنوي.';
    expect(conceptOf(food, 1.3)).toBe('percent:inflation:food:base:m');
    expect(conceptOf(food, 7.2)).toBe('percent:inflation:food:base:y');
    expect(conceptOf('وارتفعت الأسعار 0.6%، وزاد عدد السياح 7.2% على أساس سنوي.', 7.2)).not.toBe('percent:inflation:base:y');
  });
});

describe('the month of a monthly report', () => {
  it('gives the report’s month to its undated figures beside the average of the year’s months to it', () => {
    const report = [
      'التضخم السنوي يرتفع إلى 5.4% في سبتمبر',
      'أظهرت بيانات المكتب أن معدل التضخم السنوي بلغ 5.4 في المئة في سبتمبر الماضي.',
      'وبلغ متوسط التضخم في الأشهر التسعة الأولى من العام 4.8 في المئة.',
      'وقفزت أسعار المواد الغذائية 7.7 في المئة على أساس سنوي.',
    ].join('\n');
    expect(analysedConcept(report, 7.7)).toBe('percent:inflation:food:per:m:9');
    expect(analysedConcept(report, 4.8)).toBe('percent:inflation:average:per:months:9');
  });
});

describe('a breakdown of a toll by district', () => {
  it('ends a district’s name before a count’s word', () => {
    const toll = 'وسجلت مقاطعة كاروندا العدد الأكبر من الضحايا بتسعة قتلى و7 مفقودين.';
    expect(claimOf(toll, 9)?.places).toEqual(['place:كاروندا']);
  });

  it('reads the districts of a list whose numbers carry «بـ», or that «سجلت» names', () => {
    const list = 'وتبقى مقاطعة كاروندا الأكثر تضررا، تليها مورانيا بثمانية قتلى، ثم تيمبا بخمسة قتلى، فيما سجلت لوفاني ثلاثة قتلى.';
    expect(claimOf(list, 8)?.places).toEqual(['town:مورانيا']);
    expect(claimOf(list, 5)?.places).toEqual(['town:تيمبا']);
    // (The town that «سجلت» the toll is its subject, read as a place-owner as in «إن X سجلت 19».)
    expect(claimOf(list, 3)?.owners).toEqual(['town:لوفاني']);
  });
});

describe('an election’s list of results', () => {
  const vote = 'جرت الانتخابات التشريعية يوم الأحد في البلاد. ';
  const list = vote + 'وحلّ التحالف المدني الديمقراطي المعارض ثانيا بنسبة 21.3% و26 مقعدا، تلته الجبهة الديمقراطية التشيكية بنسبة 14.2% و18 مقعدا، ثم حركة الطريق الجديد بنسبة 10.4% و12 مقعدا.';
  it('gives each party of the list its own share and seats', () => {
    expect(conceptOf(list, 21.3)).toBe('percent:vote');
    expect(ownersOf(list, 26)).toEqual(ownersOf(list, 21.3));
    expect(ownersOf(list, 14.2)).toEqual(['person:جبهه الديمقراطيه التشيكيه']);
    expect(ownersOf(list, 18)).toEqual(['person:جبهه الديمقراطيه التشيكيه']);
    expect(conceptOf(list, 10.4)).toBe('percent:vote');
    expect(ownersOf(list, 12)).toEqual(['person:حركه الطريق الجديد']);
  });

  it('reads «حصلت» as «حصل», and a party’s seats that rose to a number', () => {
    expect(conceptOf(vote + 'وقالت إن الجبهة الوطنية حصلت على 14.2%.', 14.2)).toBe('percent:vote');
    const rose = vote + 'وجاء التغيير لصالح الجبهة الوطنية، التي ارتفعت حصتها إلى 12.8% ومقاعدها إلى 17، على حساب الحركة.';
    expect(conceptOf(rose, 12.8)).toBe('percent:vote');
    expect(conceptOf(rose, 17)).toBe('seat');
    expect(ownersOf(rose, 17)).toEqual(['person:جبهه الوطنيه']);
  });

  it('gives seats «لل» a party named without its party noun, never to the assembly', () => {
    const small = vote + 'وبقيت حصيلة الحزبين على حالها: 7 مقاعد للوسط الجديد بنسبة 5.8%، و4 مقاعد لقائمة الواحات بنسبة 3.9%.';
    expect(ownersOf(small, 7)).toEqual(['person:الوسط الجديد']);
    expect(conceptOf(small, 5.8)).toBe('percent:vote');
    expect(ownersOf(small, 5.8)).toEqual(['person:الوسط الجديد']);
    expect(ownersOf(small, 3.9)).toEqual(['person:قايمه الواحات']);
    expect(ownersOf(vote + 'وتنافس المرشحون على 120 مقعدا للبرلمان.', 120)).toEqual([]);
  });

  it('reads a share of the seats as no vote share, and a share past the seats’ whole as the party’s', () => {
    expect(conceptOf(vote + 'وحصل الحزب على 48 مقعدا بنسبة 40% من المقاعد.', 40)).toBeNull();
    const whole = vote + 'وثبتت النتائج حصول حزب الفجر على 52 مقعدا من أصل 150 بنسبة 34.2%.';
    expect(conceptOf(whole, 150)).toBe('seat:total');
    expect(ownersOf(whole, 34.2)).toEqual(['person:حزب الفجر']);
  });

  it('gives a rally its seats and the share joined to them, and the topic «أما» sets its figures', () => {
    const rally = vote + 'وحل التجمع الوطني الجديد، حليف الحكومة، ثانيا بـ31 مقعدا و21.7% من الأصوات.';
    expect(ownersOf(rally, 31)).toEqual(['person:تجمع الوطني الجديد']);
    expect(ownersOf(rally, 21.7)).toEqual(['person:تجمع الوطني الجديد']);
    const topic = vote + 'أما الوسط المستقل فحافظ على مقاعده السبعة بعد حصوله على 6.2 في المائة.';
    expect(conceptOf(topic, 7)).toBe('seat');
    expect(ownersOf(topic, 6.2)).toEqual(['person:الوسط المستقل']);
    // (Not the topic's: the party «أن» names after it, «الاتحاد» a party noun.)
    expect(ownersOf(vote + 'أما المعارضة فترى أن الاتحاد الوطني نال 30 مقعدا.', 30)).toEqual(['person:اتحاد الوطني']);
  });

  it('dates a final turnout by no earlier hour told after another figure', () => {
    const turnout = vote + 'وأوضحت أن نسبة المشاركة النهائية بلغت 47.3% من نحو 2.4 مليون ناخب مسجل، بعد أن كانت 12.5% عند العاشرة صباحا.';
    expect(conceptOf(turnout, 47.3)).toBe('percent:turnout');
  });
});

describe('a list of candidates’ shares', () => {
  const vote = 'جرت الانتخابات الرئاسية يوم الأحد في البلاد. ';
  it('gives a share to the candidate named before a title set between commas', () => {
    const titled = vote + 'وحصلت منافسته لويزا فيرانتي موليدو، مرشحة حزب الغد الأخضر، على 24.6%.';
    expect(conceptOf(titled, 24.6)).toBe('percent:vote');
    expect(ownersOf(titled, 24.6)).toEqual(['person:لويزا فيرانتي موليدو']);
  });

  it('reads «نال» as a vote’s verb, and the next name after «، و» as the next candidate', () => {
    const list = vote + 'وحصل رامون أوستيريا على 41.2%، بينما نال خوليو فاسكيز برادو 12.6%، وكارمينا لوبيث دوران 8.8%.';
    expect(conceptOf(list, 12.6)).toBe('percent:vote');
    expect(ownersOf(list, 12.6)).toEqual(['person:خوليو فاسكيز برادو']);
    expect(conceptOf(list, 8.8)).toBe('percent:vote');
    expect(ownersOf(list, 8.8)).toEqual(['person:كارمينا لوبيث دوران']);
  });

  it('keeps a rank after a name out of the name', () => {
    const ranked = vote + 'وجاء خوليو فاسكيز برادو ثالثا بنسبة 12.6%، وكارمينا لوبيث دوران رابعة بنسبة 8.8%.';
    expect(conceptOf(ranked, 8.8)).toBe('percent:vote');
    expect(ownersOf(ranked, 8.8)).toEqual(['person:كارمينا لوبيث دوران']);
  });
});

describe('abstention and turnout', () => {
  const vote = 'جرت الانتخابات الرئاسية يوم الأحد في البلاد. ';
  it('reads those who stayed away as abstention, never as the turnout', () => {
    const rest = vote + 'وأضافت أن نسبة المشاركة ارتفعت مع تقدم الفرز إلى 57.3%، مقابل امتناع 42.7% من الناخبين المسجلين.';
    expect(conceptOf(rest, 57.3)).toBe('percent:turnout');
    expect(conceptOf(rest, 42.7)).toBe('percent:abstention');
    expect(conceptOf(vote + 'أي أن نسبة الامتناع عن التصويت بلغت 42.7% من أصل نحو 3 ملايين ناخب.', 42.7)).toBe('percent:abstention');
  });

  it('keeps the share of ballots counted apart from the turnout', () => {
    const counted = vote + 'وبلغت نسبة المشاركة 51% بعد فرز 96% من الأصوات.';
    expect(conceptOf(counted, 51)).toBe('percent:turnout');
    expect(conceptOf(counted, 96)).toBe('percent:counted');
  });
});
