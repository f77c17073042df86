// Readings fixed in the thirty-eighth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: a party named «X من أجل Y» after its noun, «الاتحاد» as a
// party's noun, a list item's name in construct, parties counted together as one owner of seats
// (parties.ts, claims/index.ts); a party's seats in partial results (seat-status.ts); a month
// pointed back to, «ذلك الشهر» (period.ts); an epidemic's cases counted by «حالة» alone
// (concept-of.ts); cases registered since the outbreak, past an aside, and a place «alone» that
// registered them (measure.ts); a nationality's women, a group past its nationality's adjective or
// past the ages that define youth, a group's participation rate (rate-group.ts, rates.ts, concept-of.ts);
// the municipalities a list won or leads in (concepts.ts, claims/index.ts, seat-status.ts); a date's
// year in Arabic-Indic digits (claims/index.ts); the count a toll rose from, reported by a verb
// (modality.ts); women members by the feminine «نائبة» (concept-of.ts); abroad set at the
// sentence's head (home-abroad.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { isEarlierMention } from '../../../lib/pipeline/claims/modality';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-11-20' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];
const articleClaim = (title: string, text: string, v: number): Claim | undefined =>
  analyzeArticle({ url: 'https://example.test/a', canonicalUrl: 'https://example.test/a', site: 'مثال', host: 'example.test', title, text, byline: null, published: '2026-11-20', lang: 'ar', dir: 'rtl' }).claims.find((c) => c.value === v);
const ELECTION = 'أعلنت لجنة الانتخابات نتائج الانتخابات التشريعية. ';
const OUTBREAK_TITLE = 'ارتفاع إصابات الكوليرا في إقليم الساحل الشرقي';

describe('a party’s name and the parties of a list of seats', () => {
  it('reads a name of «من أجل» and what it is for, a definite noun or any other name', () => {
    expect(ownersOf(ELECTION + 'وحصل الاتحاد من أجل برقان على 6 مقاعد.', 6)).toEqual(['person:اتحاد من اجل برقان']);
    expect(ownersOf(ELECTION + 'وحصل التجمع من أجل التقدم على 9 مقاعد.', 9)).toEqual(['person:تجمع من اجل التقدم']);
    expect(conceptOf(ELECTION + 'وحصل الاتحاد من أجل برقان على 6 مقاعد.', 6)).toBe('seat');
  });

  it('gives a list item named in construct its own name, not the previous item’s party', () => {
    const text = ELECTION + 'وحصل حزب النهار على 44 مقعدا، وقوى الإصلاح على 7 مقاعد.';
    expect(ownersOf(text, 44)).toEqual(['person:حزب النهار']);
    expect(ownersOf(text, 7)).toEqual(['person:قوي الاصلاح']);
    // (A verb of winning opening the item is no name.)
    expect(ownersOf(ELECTION + 'وحصل حزب النهار على 44 مقعدا، وحصلت الكتلة الخضراء على 7 مقاعد.', 7)).toEqual(['person:كتله الخضراء']);
  });

  it('counts seats given to several parties together, «لأحزاب صغيرة», as seats of those parties', () => {
    const text = ELECTION + 'وتوزعت المقاعد على النحو التالي: 71 لحزب النهار، و18 لجبهة الوفاق، و3 لأحزاب صغيرة.';
    expect(conceptOf(text, 3)).toBe('seat');
    expect(ownersOf(text, 3)).toEqual(['person:احزاب صغيره']);
    expect(ownersOf(text, 18)).toEqual(['person:جبهه الوفاق']);
  });
});

describe('a party’s seats in partial results', () => {
  it('are another count than its final seats, for every party of the sentence', () => {
    const partial = ELECTION + 'وتصدر حزب النهار النتائج الجزئية بحصوله على 64 مقعدا، تلته جبهة الوفاق بـ11 مقعدا.';
    expect(conceptOf(partial, 64)).toBe('seat:partial');
    expect(conceptOf(partial, 11)).toBe('seat:partial');
    expect(ownersOf(partial, 64)).toEqual(['person:حزب النهار']);
    const declared = ELECTION + 'وحلت جبهة الوفاق ثانية بـ11 مقعدا في الدوائر المعلنة، يليها التجمع الأخضر بخمسة مقاعد.';
    expect(conceptOf(declared, 11)).toBe('seat:partial');
    expect(conceptOf(declared, 5)).toBe('seat:partial');
    expect(conceptOf(ELECTION + 'وحصل حزب النهار على 64 مقعدا في النتائج النهائية.', 64)).toBe('seat');
    // (The complete results named, the partial ones are what they corrected.)
    expect(conceptOf(ELECTION + 'وأظهرت النتائج الكاملة حصول حزب النهار على 64 مقعدا، بعدما كانت النتائج الجزئية قد منحته مقعدا إضافيا.', 64)).toBe('seat');
  });
});

describe('a month the sentence points back to', () => {
  it('is the one month it named before «ذلك الشهر»', () => {
    const text = 'وتضمنت النشرة تعديلا لبيانات شهر يوليو، إذ رفع مكتب الإحصاء تقديره لعجز ذلك الشهر إلى 2.46 مليار دولار.';
    expect(conceptOf(text, 2460000000)).toBe('money:deficit:per:m:7');
    // (No month named before: none.)
    expect(conceptOf('ورفع المكتب تقديره لعجز ذلك الشهر إلى 2.46 مليار دولار.', 2460000000)).toBe('money:deficit');
  });
});

describe('an epidemic’s cases counted by «حالة» alone', () => {
  it('are the disease’s cases in its article, a place’s share of them not the day’s', () => {
    const text = 'وتتواصل الإصابات بالكوليرا. وقال مدير الصحة إن بلدة مارو وحدها سجلت 184 حالة، وارتفع عدد الحالات في مقاطعة الوادي إلى 47 حالة.';
    expect(articleClaim(OUTBREAK_TITLE, text, 184)?.concept).toBe('injured');
    expect(articleClaim(OUTBREAK_TITLE, text, 47)?.concept).toBe('injured');
    // (No concept outside an epidemic's article.)
    expect(articleClaim('حصيلة الأسبوع في البلدية', 'وقال المدير إن بلدة مارو وحدها سجلت 184 حالة.', 184)?.concept ?? null).toBeNull();
    // (A death counted by the word is still a death.)
    expect(articleClaim(OUTBREAK_TITLE, 'وتتواصل الإصابات بالكوليرا. وسجلت الوزارة حالتي وفاة جديدتين.', 2)?.concept).toMatch(/^death/);
    // (Those its words date to a week are that week's new cases.)
    expect(articleClaim(OUTBREAK_TITLE, 'وتتواصل الإصابات بالكوليرا. وأحصت المنظمة 164 حالة في الأسبوع نفسه.', 164)?.concept).toBe('injured:new');
  });

  it('registered since the outbreak began, past an aside, are a running total', () => {
    const text = 'أعلنت وزارة الصحة تسجيل 356 حالة إصابة بالكوليرا، بينها 8 وفيات، منذ الإعلان عن تفشي المرض في الإقليم مطلع الشهر.';
    expect(articleClaim(OUTBREAK_TITLE, text, 356)?.concept).toBe('injured');
    // (A total they raise, between, leaves them the day's.)
    expect(articleClaim(OUTBREAK_TITLE, 'أعلنت وزارة الصحة تسجيل 21 حالة إصابة في مدن الإقليم الثلاث، ليرتفع العدد منذ بدء التفشي إلى 377 حالة.', 21)?.concept).toBe('injured:new');
  });
});

describe('a labour-market rate of one group', () => {
  it('reads a nationality’s women by the feminine plural, and a group past its nationality’s adjective', () => {
    const text = 'وانخفض معدل البطالة بين الفنلنديات إلى 12.4%، في حين بلغ المعدل بين الذكور الفنلنديين 5.2%.';
    expect(conceptOf(text, 12.4)).toBe('percent:unemployment:among:women');
    expect(conceptOf('وانخفض معدل البطالة بين المواطنات إلى 12.4%.', 12.4)).toBe('percent:unemployment:among:women');
    expect(conceptOf(text, 5.2)).toBe('percent:unemployment:among:men');
  });

  it('passes over the ages that define youth, not those that narrow another group', () => {
    expect(conceptOf('وأظهرت النشرة أن معدل البطالة بين الشباب في الفئة العمرية 15-24 عاما بلغ 17.3%.', 17.3)).toBe('percent:unemployment:among:youth');
    const item = 'إذ لا تزال البطالة بين الإناث عند 12.4%، وترتفع بين الشباب في الفئة العمرية من 15 إلى 24 عاما إلى 17.3%.';
    expect(conceptOf(item, 17.3)).toBe('percent:unemployment:among:youth');
    expect(conceptOf('وكشفت البيانات أن معدل البطالة بين الإناث في الفئة العمرية 20-24 سنة تجاوز 61%.', 61)).not.toBe('percent:unemployment:among:women');
  });

  it('gives a participation rate its group, as an unemployment rate has', () => {
    expect(conceptOf('وواصل معدل مشاركة الإناث في القوى العاملة ارتفاعه، مسجلا 31.6%.', 31.6)).toBe('percent:rate:مشارك:among:women');
    expect(conceptOf('كما سجل معدل المشاركة في القوى العاملة بين المواطنين 49.8%.', 49.8)).toBe('percent:rate:مشارك');
  });
});

describe('the municipalities a list won in local elections', () => {
  const LOCAL = 'أعلنت اللجنة نتائج الانتخابات البلدية. ';
  it('are counted things, each list’s own, the whole they are told out of no one’s', () => {
    const text = LOCAL + 'وفاز تحالف «الفجر» بأغلبية المقاعد في 214 بلدية من أصل 402 بلدية، مقابل 96 بلدية لائتلاف «النخيل».';
    expect(conceptOf(text, 214)).toBe('municipality');
    expect(ownersOf(text, 214)).toEqual(['person:تحالف الفجر']);
    expect(ownersOf(text, 96)).toEqual(['person:ايتلاف النخيل']);
    expect(ownersOf(text, 402)).toEqual([]);
  });

  it('where a list only leads, are a partial count; a party ahead with its seats is not', () => {
    expect(conceptOf(LOCAL + 'وحل ائتلاف «النخيل» ثانيا بتقدمه في 58 بلدية.', 58)).toBe('municipality:partial');
    expect(conceptOf(ELECTION + 'وتقدم حزب النهار بـ52 مقعدا في المجلس الجديد.', 52)).toBe('seat');
  });
});

describe('an earlier time, an earlier count, women members', () => {
  it('reads a date’s year in Arabic-Indic digits as a year another figure is of', () => {
    expect(conceptOf('وذكّر بالزلزال الذي ضرب الإقليم في مارس ٢٠١٩، وأودى بحياة نحو ٦٠٠ شخص.', 600)).toBe('death:in:2019');
  });

  it('reads the count a toll rose from, reported by a verb past a relative clause', () => {
    const earlier = (s: string): boolean => isEarlierMention(s, s.indexOf('14'), s.indexOf('14') + 2);
    expect(earlier('وارتفعت الحصيلة إلى 22 قتيلا، بعدما كانت الحصيلة الأولى التي نشرتها الوزارة صباحا تشير إلى 14 قتيلا.')).toBe(true);
    expect(earlier('بعدما كانت الحصيلة الأولى تتحدث عن 14 قتيلا.')).toBe(true);
    expect(earlier('وغرق القارب بعد أن كان يقل 14 راكبا.')).toBe(false);
  });

  it('counts women members by «نائبة», not men by «نائب»', () => {
    expect(conceptOf(ELECTION + 'وبلغ عدد النساء في المجلس الجديد 47 نائبة.', 47)).toBe('woman');
    expect(conceptOf(ELECTION + 'وفاز 116 نائبا على الأقل.', 116)).not.toBe('woman');
  });
});

describe('home or abroad set at the sentence’s head', () => {
  it('holds for the sentence’s turnout and registered voters', () => {
    const text = ELECTION + 'وفي الخارج، لم تتجاوز نسبة المشاركة 28.4% من نحو 305 آلاف ناخب مسجلين.';
    expect(conceptOf(text, 28.4)).toBe('percent:turnout:abroad');
    expect(conceptOf(ELECTION + 'وفي الداخل، بلغت نسبة المشاركة 71.5%.', 71.5)).toBe('percent:turnout:home');
    expect(conceptOf(ELECTION + 'وبلغت نسبة المشاركة 71.5%.', 71.5)).toBe('percent:turnout');
  });
});
