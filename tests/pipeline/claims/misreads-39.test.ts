// Readings fixed in the thirty-ninth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: a clause of «حيث» about the place named before it (scope.ts);
// the candidate led or beaten is not whose share follows (scope-words.ts); a share set «مقابل N% له»
// (rival-share.ts); votes cast in the diaspora's polling stations (home-abroad.ts); a count set
// against a candidate's takes no ballot kind from the share between (ballots.ts); a gap named a few
// words before its figure (margin.ts); names learned by pattern: a verbal noun, a quoted party after a
// title, a preposition's noun after a family name, a family name met alone before the full name, a
// party's leader (people.ts); a person's age set off after the name, a person before a country
// (scope.ts); a bare whole after a count of things (claims/index.ts); a referendum's option named by
// the sentence's verb or a camp, in a sentence of the count, none before «مقابل» (options.ts); the
// count's figures under a poll's headline (poll-shares.ts); a series not seasonally adjusted, a labour
// survey's counts by period (seasonal.ts, period.ts); the round named last (concept-of.ts); survivors
// still in treatment (concept-of.ts); a document's adjectives before the body that issued it
// (attribution.ts); a sum's change recorded as an object (sum-change.ts); a quake's toll, not the
// province's it struck (scope.ts); a headline's first round beside its body's run-off
// (claims/index.ts); the trade figures of a sentence that names a month (report-month.ts); a toll
// distributed over places past an aside (distributed.ts), a district named after a verb of recording
// or a ranking's next item (entities.ts), a place where a speaker spoke (scope.ts); an economy's
// growth recorded by its output or named before a quarter's words (rates.ts); a group among the dead
// past the previous group's ages (context.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { learnPeople } from '../../../lib/pipeline/text/people';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import type { Claim } from '../../../lib/types';

const ELECTION = 'أعلنت لجنة الانتخابات نتائج الانتخابات الرئاسية. ';
const CANDIDATES = 'وتنافس في الجولة الثانية المرشحة سلمى برهان والمرشح كريم داود. ';
const claimOf = (text: string, v: number): Claim | undefined => extractClaims(ELECTION + text, { published: '2026-11-20' }).find((c) => c.value === v);
const articleClaim = (title: string, text: string, v: number): Claim | undefined =>
  analyzeArticle({ url: 'https://example.test/a', canonicalUrl: 'https://example.test/a', site: 'مثال', host: 'example.test', title, text, byline: null, published: '2026-11-20', lang: 'ar', dir: 'rtl' }).claims.find((c) => c.value === v);

describe('where and whose a share is', () => {
  it('places a clause of «حيث» in the town named before it, a part of the whole’s share', () => {
    const share = claimOf('وتظهر النتائج تفوقا واضحا لسلمى برهان في جزيرة تيراسيل، ثانية جزر البلاد، حيث حصلت على 64% من الأصوات.', 64);
    expect(share?.places).toEqual(['town:تيراسيل']);
    expect(share?.adminPlace).toBe(true);
  });

  it('never gives a share to the candidate led, nor one set «مقابل N% له» to the leader', () => {
    const text = 'وتتقدم المرشحة سلمى برهان على منافسها كريم داود في جولة الإعادة، بحصولها على 53.7% من الأصوات الصحيحة مقابل 46.3% له.';
    expect(claimOf(text, 53.7)?.owners).toEqual(['person:سلمي برهان']);
    expect(claimOf(text, 46.3)?.owners).toEqual(['person:كريم داود']);
    expect(claimOf(text, 46.3)?.concept).toBe('percent:vote');
  });

  it('reads a count set against a candidate’s as votes, and the gap a few words after «الفارق»', () => {
    const text = CANDIDATES + 'ونالت سلمى برهان 71 ألف صوت، بنسبة 52.9% من الأصوات الصحيحة، مقابل 63 ألف صوت لكريم داود، بنسبة 47.1%، واستقر الفارق بينهما عند 8 آلاف صوت.';
    expect(claimOf(text, 63000)?.concept).toBe('votes');
    expect(claimOf(text, 47.1)?.concept).toBe('percent:vote');
    expect(claimOf(text, 47.1)?.owners).toEqual(['person:كريم داود']);
    expect(claimOf(text, 8000)?.concept).toBe('votes:margin');
    expect(claimOf(CANDIDATES + 'وكانت النتائج المؤقتة قد منحتها أفضلية 9 آلاف صوت.', 9000)?.concept).toBe('votes:margin');
  });

  it('counts the votes of the diaspora’s polling stations as votes abroad', () => {
    expect(claimOf('وحصد كريم داود 61.5% من أصوات المقترعين في دوائر المهجر.', 61.5)?.concept).toBe('percent:vote:abroad');
  });

  it('finds the candidate past an age set off by commas, and before a country named after', () => {
    expect(claimOf('وأعلنت اللجنة فوز المرشح سلمان فيرا، البالغ 63 عاما، بمنصب الرئيس بنسبة 44% من الأصوات.', 44)?.owners).toEqual(['person:سلمان فيرا']);
    const mayor = articleClaim('سانتوس يتصدر سباق العمادة', 'تصدر مرشح «ائتلاف النور للتغيير» إميليو سانتوس سباق منصب عمدة المدينة الكندية فانكوفر، بحصوله على 44% من الأصوات الصحيحة، وفق نتائج الفرز الأولي.', 44);
    expect(mayor?.owners).toEqual(['person:اميليو سانتوس']);
  });
});

describe('names learned by pattern', () => {
  const learned = (text: string): Map<string, string> => new Map(learnPeople(tokensOf(text)));

  it('takes no verbal noun, preposition, verb or office for a name', () => {
    const people = learned('وأعلنت اللجنة فوز سانتوس بعمادة أوتاوا. وقال المتحدث إن العمدة المنتخب بات بحاجة إلى دعم المجلس. وتحدث سانتوس أمام أنصاره. وتصدر المرشح البلدي، بحصوله على 44% من الأصوات.');
    for (const word of ['بحصوله', 'امام', 'بات', 'بعماده', 'سانتوس امام']) expect(people.has(word)).toBe(false);
  });

  it('learns the name of a party’s leader after «بزعامة»', () => {
    expect(learned('وحل «حزب النهار» بزعامة إيلينا سانتوس ثانيا بـ9 مقاعد.').get('سانتوس')).toBe('person:ايلينا سانتوس');
  });

  it('gives a family name met alone first to the full name met later', () => {
    const people = learned('النتائج تثبت فوز سانتوس بعمادة أوتاوا. وأعلن المجلس فوز المرشح إميليو سانتوس بالمنصب.');
    expect(people.get('سانتوس')).toBe('person:اميليو سانتوس');
  });
});

describe('a whole, a referendum’s options and the count under a poll’s headline', () => {
  const REFERENDUM = 'أظهرت النتائج الرسمية المعلنة في 17 دائرة من أصل 19 أن الناخبين وافقوا على التعديل الذي يوسع صلاحيات البلديات، بنسبة 61.4% من الأصوات الصحيحة، مقابل 38.6% رفضوه.';

  it('counts no voters in a bare whole after a count of constituencies, and keeps a whole of seats', () => {
    expect(articleClaim('استفتاء على التعديل الدستوري', REFERENDUM, 19)?.concept).toBeNull();
    expect(claimOf('وحصل حزب النهار على 48 مقعدا من أصل 120 بنسبة 33.2%.', 120)?.concept).toBe('seat:total');
  });

  it('reads the option from the sentence’s verb over the comma before «بنسبة», and none before «مقابل»', () => {
    expect(articleClaim('استفتاء على التعديل الدستوري', REFERENDUM, 61.4)?.owners).toEqual(['option:yes']);
    const against = 'وبحسب النتائج النهائية للاستفتاء، صوت 612,300 ناخب بـ«نعم» مقابل 498,150 صوتوا بـ«لا».';
    expect(claimOf(against, 498150)?.owners).toEqual(['option:no']);
  });

  it('keeps the count’s figures apart from the exit poll its headline names', () => {
    const title = 'استطلاع يرجح فوز معسكر لا في الاستفتاء';
    const text = 'أظهر استطلاع للرأي عند خروج الناخبين أن 54% صوتوا بـ«لا» في الاستفتاء.\n\nوتظهر أرقام الفرز الأولية تقدم معسكر «لا» بنحو 53% على المستوى الوطني، مقابل نحو 47% لمعسكر «نعم».';
    expect(articleClaim(title, text, 54)?.modality).toBe('projection');
    expect(articleClaim(title, text, 53)?.modality).toBe('count');
    expect(articleClaim(title, text, 53)?.owners).toEqual(['option:no']);
  });
});

describe('a series’ basis, a round named last, survivors in treatment, a document’s source', () => {
  const LABOUR = 'أعلنت هيئة الإحصاء أن معدل البطالة المعدل موسميا بلغ 7.2% في أبريل. ';

  it('keeps the rate and count not seasonally adjusted apart from the adjusted ones', () => {
    const text = LABOUR + 'وبلغ معدل البطالة غير المعدل موسميا 8.1% في أبريل، فيما وصل عدد العاطلين وفق هذا القياس إلى 2.4 مليون شخص.';
    expect(claimOf(text, 8.1)?.concept).toMatch(/^percent:unemployment:nsa/);
    expect(claimOf(text, 7.2)?.concept).not.toMatch(/:nsa/);
    expect(claimOf(text, 2400000)?.concept).toBe('unemployed:nsa');
  });

  it('dates a labour survey’s counts as its rates, month by month', () => {
    expect(claimOf('وارتفع عدد العاطلين عن العمل في مارس إلى 2.71 مليون شخص.', 2_710_000)?.concept).toBe('unemployed:per:m:3');
    expect(claimOf('كما رفعت الهيئة تقديرها لعدد العاطلين عن العمل في فبراير إلى 2.64 مليون شخص.', 2_640_000)?.concept).toBe('unemployed:per:m:2');
  });

  it('gives a turnout the round named last before its clause ends', () => {
    const text = 'وجرت جولة الإعادة من انتخابات مجلس الشيوخ يوم السبت. وبلغت نسبة المشاركة في جولة الإعادة نحو 22%، بحسب مكتب الإحصاء، وهي نسبة متدنية مقارنة بنحو 37% في الجولة الأولى التي تزامنت مع الانتخابات البلدية، لكنها أعلى قليلا من نسبة 15.3% المسجلة في جولة الإعادة لانتخابات عام 2022.';
    expect(claimOf(text, 37)?.concept).toBe('percent:turnout:round1');
    expect(claimOf(text, 15.3)?.concept ?? '').not.toMatch(/:round1/);
  });

  it('counts survivors still receiving treatment among the injured in hospital', () => {
    expect(claimOf('وغادر معظم المصابين المستشفى، ولم يبق فيه سوى أربعة ناجين يتلقون العلاج.', 4)?.concept).toBe('injured:treated');
  });

  it('takes no place from the body that issued a report named with its adjectives', () => {
    expect(claimOf('وبحسب التقرير النهائي لإدارة مقاطعة الوادي، نجا 52 شخصا من الغرق.', 52)?.places ?? []).toEqual([]);
  });

  it('reads a sum’s change recorded as an object of its verb', () => {
    const recorded = claimOf('وأظهرت البيانات أن إيرادات الموانئ بلغت 6.2 مليارات دينار في 2025، مسجلة ارتفاعا بنسبة 12.4% مقارنة بالعام السابق.', 12.4);
    expect(recorded?.concept).toMatch(/^percent:change:revenue:up/);
  });

  it('places no toll of a quake in the province it struck, where a flood’s toll is that province’s', () => {
    expect(claimOf('وقتل 17 شخصا على الأقل جراء زلزال قوي ضرب ولاية الوادي ليل الاثنين.', 17)?.places ?? []).toEqual([]);
    expect(claimOf('وقتل 17 شخصا على الأقل جراء سيول اجتاحت ولاية الوادي ليل الاثنين.', 17)?.places).toEqual(['place:وادي']);
  });

  it('reads a headline’s first round as such where its body speaks of a run-off', () => {
    const title = 'النتائج الرسمية للجولة الأولى: مشاركة 64.2% وحسم 5 مقاعد';
    const text = 'أعلنت اللجنة العليا للانتخابات النتائج الرسمية للجولة الأولى من الانتخابات النيابية، على أن تجرى جولة الإعادة في الدوائر المتبقية السبت المقبل.';
    expect(articleClaim(title, text, 64.2)?.concept).toBe('percent:turnout:round1');
  });

  it('gives exports and imports the month their sentence names for the trade balance', () => {
    const title = 'العجز التجاري يتراجع إلى 6.41 مليار دولار في أبريل';
    const text = 'تراجع العجز التجاري للبلاد في أبريل/نيسان إلى 6.41 مليار دولار، وفق بيانات أولية أعلنتها وزارة التجارة، بعدما سجلت الصادرات 18.36 مليار دولار والواردات 24.77 مليار دولار.';
    expect(articleClaim(title, text, 24_770_000_000)?.concept).toBe('money:imports:per:m:4');
    expect(articleClaim(title, text, 18_360_000_000)?.concept).toBe('money:exports:per:m:4');
  });
});

describe('a toll place by place', () => {
  it('reads the items of a toll distributed over places past an aside set off by commas', () => {
    const text = 'وتوزعت الوفيات، بحسب التقرير، على ثلاث مناطق: 17 في برقان، و6 في الوادي الأخضر.';
    expect(claimOf(text, 17)?.concept).toBe('death');
    expect(claimOf(text, 6)?.concept).toBe('death');
  });

  it('names a district after a verb of recording or a ranking’s next item, and not where a speaker spoke', () => {
    const text = 'وقال المتحدث باسم الهيئة في مؤتمر صحفي في العاصمة برقان إن منطقة تيراسيل سجلت العدد الأكبر من الضحايا بـ17 قتيلا، تليها منطقة كوراني بستة قتلى.';
    expect(claimOf(text, 17)?.places).toEqual(['place:تيراسيل']);
    expect(claimOf(text, 6)?.places).toEqual(['place:كوراني']);
    expect(claimOf('وسجلت منطقة تيراسيل وحدها 23 وفاة.', 23)?.places).toEqual(['place:تيراسيل']);
  });
});

describe('a group among the dead past the ages of the group before it', () => {
  it('counts the next group of the list as some of the dead', () => {
    const text = 'وأسفر الحادث عن مقتل 23 شخصا. وأوضحت المديرة أن من بين الضحايا 4 أطفال تتراوح أعمارهم بين 6 و11 عاما و7 نساء.';
    expect(claimOf(text, 7)?.concept).toBe('death:woman');
    expect(claimOf(text, 4)?.concept).toBe('death:child');
  });
});

describe('an economy’s growth', () => {
  it('is read from the economy or its output recording it, a place between, and past a quarter’s words', () => {
    expect(claimOf('سجل الناتج المحلي الإجمالي الحقيقي في البلاد نموا بنسبة 3.9% خلال الربع الثالث.', 3.9)?.concept).toMatch(/^percent:growth/);
    expect(claimOf('وأظهرت البيانات أن الاقتصاد الكندي حقق نموا بنسبة 4.4% خلال الربع الثالث.', 4.4)?.concept).toMatch(/^percent:growth/);
    expect(claimOf('وقدرت الوزارة نمو الاقتصاد خلال الربع الأول من العام المالي 2026/2027 بـ4.7%.', 4.7)?.concept).toMatch(/^percent:growth/);
  });
});
