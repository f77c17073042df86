// Readings fixed in the fortieth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: a labour survey's employed and their release's month
// (concepts.ts, report-month.ts); a statistics office's preliminary figure and a clause of «فيما» after
// an estimate (modality.ts); the year something began or was built (period.ts); the injured who left
// hospital (concept-of.ts); a rate's adverb before the figure (modality.ts); the dual of «ما زال»
// (counted-among.ts); an electoral district by its name (text/entities.ts); a law's article by its
// number (comparable.ts); a building where a bare figure's people were hurt (concept-of.ts); a year of
// another calendar, and a toll it dates (quantities/kinds.ts, compare/same-event.ts); machines by «آلية» (quantities/kinds.ts, concepts.ts); a toll
// since a season began (measure.ts); a share of the seats and the seats in play (concept-of.ts,
// seat-status.ts); a council's town (scope-words.ts); a turnout estimated by a speaker named between
// commas, «كل» of all (modality.ts); a price group named in quotation marks or before a relative
// clause (rates.ts); a lead in points (margin.ts, claims/index.ts); a candidate of three names by the place he kept (text/people.ts); some of the previous figure, no list's place
// (list-places.ts); a list's quoted name that opens with a country's (text/entities.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { roundUpClaims } from '../../../lib/pipeline/compare/same-event';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-11-20' }).find((c) => c.value === v);
const ELECTION = 'أعلنت الهيئة المستقلة للانتخابات نتائج الانتخابات البلدية. ';
const voteClaim = (text: string, v: number): Claim | undefined => claimOf(ELECTION + text, v);
const articleClaim = (title: string, text: string, v: number): Claim | undefined =>
  analyzeArticle({ url: 'https://example.test/a', canonicalUrl: 'https://example.test/a', site: 'مثال', host: 'example.test', title, text, byline: null, published: '2026-11-20', lang: 'ar', dir: 'rtl' }).claims.find((c) => c.value === v);

describe('a labour survey’s counts', () => {
  it('counts the employed by the survey’s word for them', () => {
    expect(claimOf('وفي المقابل، تراجع عدد المشتغلين إلى 21.4 مليون شخص.', 21_400_000)?.concept).toBe('employed');
  });

  it('dates the employed by the month the release names once for its rate', () => {
    const text = 'ارتفع معدل البطالة في كندا إلى 7.3% في فبراير، وفق هيئة الإحصاء.\n\nوفي المقابل، تراجع عدد المشتغلين إلى 21.4 مليون شخص.';
    expect(articleClaim('البطالة في كندا ترتفع', text, 21_400_000)?.concept).toBe('employed:per:m:2');
  });

  it('reads a figure after the preliminary estimate as a count, not a forecast', () => {
    const employed = claimOf('ورفعت الهيئة عدد العاطلين إلى 1.6 مليون شخص، بدلا من 1.5 مليون في التقدير الأولي، وخفضت عدد المشتغلين إلى 21.3 مليون شخص.', 21_300_000);
    expect(employed?.modality).toBe('count');
  });

  it('reads a clause of «فيما» after an estimate as a count', () => {
    const employed = claimOf('وقال المدير إن عدد العاطلين عن العمل يقدر بنحو 48 ألف شخص، فيما بلغ عدد المشتغلين نحو 1.2 مليون شخص.', 1_200_000);
    expect(employed?.modality).toBe('count');
  });

  it('gives no period nor year to a figure after the year a survey began', () => {
    const unemployed = claimOf('وهو أعلى عدد للمشتغلين منذ بدء المسح الفصلي عام 1971، بينما انخفض عدد العاطلين إلى نحو 48 ألفا.', 48_000);
    expect(unemployed?.concept).toBe('unemployed');
  });
});

describe('what a bridge’s and a blast’s figures count', () => {
  it('gives no period to a length after the year the bridge was built', () => {
    expect(claimOf('فإن الجسر الذي يبلغ طوله 210 أمتار شُيّد عام 1961، وانهار منه مقطع يبلغ طوله نحو 48 مترا.', 48)?.concept).toBe('unit:متر');
  });

  it('counts all the injured when most of them left hospital', () => {
    expect(claimOf('وبلغ عدد المصابين 31 شخصا غادر معظمهم المستشفيات، وفق مديرية الصحة.', 31)?.concept).toBe('injured');
  });

  it('reads a rate named right before the figure', () => {
    expect(claimOf('ويعبره يوميا نحو 25 ألف مركبة، ما يجعله من أكثر جسور المدينة ازدحاما.', 25_000)?.rate).toBe('day');
  });

  it('counts two still among the missing by the dual of «ما زال»', () => {
    expect(claimOf('وأشار إلى أن شخصين ما زالا في عداد المفقودين، فيما يتواصل البحث.', 2)?.concept).toBe('missing');
  });

  it('counts a bare figure’s people, not the building where they were hurt', () => {
    expect(claimOf('مقتل 4 أشخاص وإصابة 17 في انفجار غاز بمبنى سكني في كالغاري', 17)?.concept).toBe('injured');
  });

  it('never compares a law’s article by its number', () => {
    expect(claimOf('ووجه الادعاء التهمة استنادا إلى المادة 412 من قانون العقوبات، مشيرا إلى أن التحقيق مستمر.', 412)?.comparable).toBe(false);
  });

  it('reads a year of another calendar as a year, no toll', () => {
    const year = claimOf('وتوفي 230 شخصا في أنحاء البلاد خلال العام الهجري 1446 جراء حوادث الغاز.', 1446);
    expect(year?.comparable ?? false).toBe(false);
  });

  it('dates a toll by a year of another calendar after it: no second incident beside the story’s', () => {
    const deaths = extractClaims('لقي 11 شخصا حتفهم في انفجار الغاز. وتفيد البيانات بأن 230 شخصا توفوا خلال العام الهجري 1446 جراء حوادث الغاز.', { published: '2026-11-20' }).filter(
      (c) => c.concept === 'death',
    );
    expect(deaths.map((c) => c.value)).toEqual([11, 230]);
    const out = roundUpClaims(deaths, (c) => String(c.concept));
    expect(out.has(deaths[0])).toBe(false);
  });

  it('counts machines sent out by «آلية», no one rescued', () => {
    expect(claimOf('وانتشلت فرق الإنقاذ 14 شخصا أحياء خلال عمليات البحث التي شاركت فيها 18 آلية تابعة للدفاع المدني.', 18)?.concept).toBe('vehicle');
  });

  it('reads a toll since a season began as a running total', () => {
    expect(claimOf('وقال إن 38 شخصا لقوا حتفهم في حوادث مرتبطة بالغاز في المقاطعة منذ بداية فصل الشتاء الحالي.', 38)?.concept).toBe('death:since');
  });

  it('takes no place for some of the previous figure from the verb before it', () => {
    const fallen = claimOf('وتضرر أكثر من 9 آلاف منزل، منها 6,150 منزلا في بلدة سانت ألبرت وحدها، انهار 870 منها انهيارا كليا.', 870);
    expect(fallen?.places ?? []).not.toContain('town:انهار');
  });
});

describe('a price group’s change', () => {
  const REPORT = 'ارتفع معدل التضخم في كندا إلى 2.4% في مارس على أساس سنوي، وفق هيئة الإحصاء. ';

  it('reads a group named in quotation marks after its prices’ verb', () => {
    expect(claimOf(REPORT + 'كما ارتفعت أسعار مجموعة "الإيجارات" بنسبة 3.9%، في حين انخفضت أسعار الوقود.', 3.9)?.concept).toBe('percent:change:rent:up');
  });

  it('reads a group named before a relative clause whose verb moved its prices', () => {
    expect(claimOf(REPORT + 'وطال التعديل مجموعة "الإيجارات"، التي ارتفعت أسعارها بنسبة 5.7% على أساس سنوي.', 5.7)?.concept).toMatch(/^percent:change:rent:up/);
  });
});

describe('a local vote’s seats and districts', () => {
  it('places a share in an electoral district named after «في دائرة»', () => {
    const share = voteClaim('وحصل المرشح كريم داود على 57.1% من الأصوات في دائرة ريو فيردي، كبرى دوائر البلاد.', 57.1);
    expect(share?.places?.some((p) => p.startsWith('place:'))).toBe(true);
    // (Not an idiom's or an office's «دائرة», named with the article.)
    expect(findEntities(tokensOf('وباتت الحكومة في دائرة الضوء بعد النتائج')).filter((h) => h.key.startsWith('place:'))).toEqual([]);
  });

  it('reads a turnout a speaker estimated, his name between commas, as a count', () => {
    expect(voteClaim('وقدّر المتحدث باسم اللجنة، ماركو ريبيرو، نسبة المشاركة بنحو 61%، مشيرا إلى أن الاقتراع جرى في أجواء هادئة.', 61)?.modality).toBe('count');
  });

  it('reads «كل» after a clause of its own as all of them, no rate per one', () => {
    expect(voteClaim('واستقرت نسبة المشاركة النهائية عند 21.4% بعد تجميع كل محاضر الفرز.', 21.4)?.rate).toBeNull();
  });

  it('learns a candidate of three names from the place he kept', () => {
    const third = voteClaim('وحافظ جوزيه ماريو فاريلا على المركز الثالث بـ11.4%، يليه كارلوس دياس بـ5.1%.', 11.4);
    expect(third?.owners).toEqual(['person:جوزيه ماريو فاريلا']);
  });

  it('reads a lead in points as the margin between candidates', () => {
    const PAIR = 'وحصلت سلمى برهان على 47.1% من الأصوات، مقابل 35.7% لكريم داود، ';
    expect(voteClaim(PAIR + 'بفارق 11.4 نقطة.', 11.4)?.concept).toBe('percent:margin');
    expect(voteClaim('وقال إن «الفارق البالغ 9.8 نقطة يمنح برهان أفضلية».', 9.8)?.concept).toBe('percent:margin');
    expect(voteClaim('ويبلغ الفارق بين الأول والثانية 9.8 نقطة.', 9.8)?.concept).toBe('percent:margin');
    expect(voteClaim('وحصلت برهان على 50,140 صوتا، مقابل 48,000 صوت لداود، أي بفارق 2,140 صوتا، أو 1.3 نقطة مئوية.', 1.3)?.concept).toBe('percent:margin');
  });

  it('places a council’s seats in the town the council is of', () => {
    expect(voteClaim('وفازت قائمة المستقبل بـ22 مقعدا من أصل 60 في المجلس البلدي لمدينة كالغاري.', 60)?.places).toEqual(['town:كالغاري']);
  });

  it('reads a share of the seats as one, no share of the votes', () => {
    expect(voteClaim('وأظهرت النتائج تصدر القوائم المستقلة بحصولها على نحو 58% من مجموع المقاعد.', 58)?.concept).toBe('percent:seats');
  });

  it('reads the seats the lists competed for as the whole, not one list’s', () => {
    expect(voteClaim('وتنافست في هذه الانتخابات 1800 قائمة، بين حزبية ومستقلة، على 5210 مقعدا.', 5210)?.concept).toBe('seat:total');
    const list = voteClaim('وحصل تجمع الوسط على 8 مقاعد من أصل 27 مقعدا جرى التنافس عليها، وحركة النهضة المدنية على 5 مقاعد.', 5);
    expect(list?.concept).toBe('seat');
  });

  it('reads a list’s quoted name as the list’s, not the country it opens with', () => {
    const hits = findEntities(tokensOf('وفازت قائمة "كندا أولا" المستقلة بـ19 مقعدا من أصل 45.'));
    expect(hits.map((h) => h.key)).not.toContain('ca');
  });
});
