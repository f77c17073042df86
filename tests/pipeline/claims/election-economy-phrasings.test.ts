// Phrasings of election, economic and epidemic reports (lib/pipeline/claims: parties.ts, margin.ts,
// report-month.ts, previous.ts, rates.ts, money.ts, context.ts; lib/pipeline/compare: interval.ts,
// index.ts). Invented sentences, invented parties and places.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { compareArticles } from '../../../lib/pipeline/compare/index';
import { figuresConflict } from '../../../lib/pipeline/compare/interval';
import type { AnalyzedArticle, Claim } from '../../../lib/types';

const claimsOf = (text: string, published: string | null = '2025-03-04'): Claim[] => extractClaims(text, { published });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const analyzed = (text: string, published: string): Claim[] =>
  analyzeArticle({ url: 'u', canonicalUrl: 'u', site: 'u', host: 'u', title: text.split('\n')[0], byline: null, published, lang: 'ar', dir: 'rtl', text }).claims;

describe('seats of parties', () => {
  it('gives each seat figure the party the sentence names for it', () => {
    const text = 'ومنحت النتائج جبهة الإصلاح 74 مقعدا، مقابل 41 مقعدا لحزب العدالة الجديد، وتوزعت 9 مقاعد على المستقلين.';
    expect(claimOf(text, 74)?.owners).toEqual(['person:جبهه الاصلاح']);
    expect(claimOf(text, 41)?.owners).toEqual(['person:حزب العداله الجديد']);
    expect(claimOf(text, 9)?.owners).toEqual([]);
  });

  it('reads a party as the subject of a verb of winning, and a pronoun for it', () => {
    expect(claimOf('وحصدت كتلة الوفاق 58 مقعدا في المجلس.', 58)?.owners).toEqual(['person:كتله الوفاق']);
    const text = 'وفاز تحالف النهضة بأغلبية واضحة، وهو ما يمنحه 63 مقعدا في البرلمان.';
    expect(claimOf(text, 63)?.owners).toEqual(['person:تحالف النهضه']);
    // («بحصولها على»: the verbal noun with its «ب».)
    const announced = 'وأعلنت اللجنة فوز جبهة الإصلاح في انتخابات المجالس المحلية، بحصولها على 74 مقعدا من أصل 120.';
    expect(claimOf(announced, 74)?.owners).toEqual(['person:جبهه الاصلاح']);
    expect(claimOf(announced, 120)?.owners).toEqual([]);
  });

  it('ends a party’s name before «إلى», which folds like a definite word', () => {
    expect(claimOf('وارتفعت حصة حركة الأحرار المعارضة إلى 16 مقعدا في البرلمان الجديد.', 16)?.owners).toEqual(['person:حركه الاحرار المعارضه']);
  });

  it('leaves the whole a party’s seats are counted in to nobody', () => {
    const text = 'وحصل تحالف النهضة على 63 مقعدا من أصل 120 في البرلمان.';
    expect(claimOf(text, 63)?.owners).toEqual(['person:تحالف النهضه']);
    expect(claimOf(text, 120)?.owners).toEqual([]);
  });
});

describe('whose share: the winner announced and the rivals named after «أبرزهم»', () => {
  const ownerOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];
  it('reads the winner after «فوز/بفوز» (not the body that announced it) as whose share and «his» votes', () => {
    const text = 'وأكد المجلس الدستوري فوز سالم حامد دوكا بالانتخابات الرئاسية بنسبة 51.2 بالمائة، بعد حصوله على أكثر من مليوني صوت.';
    expect(ownerOf(text, 51.2)).toEqual(['person:سالم حامد دوكا']);
    expect(ownerOf(text, 2_000_000)).toEqual(['person:سالم حامد دوكا']);
    expect(ownerOf('وأعلنت اللجنة بفوز سالم دوكا بنسبة 51.2 بالمائة في الانتخابات.', 51.2)).toEqual(['person:سالم دوكا']);
    // («عمر» in a name, Omar, is no age group.)
    expect(conceptOf('وأكد المجلس الدستوري فوز سالم عمر دوكا بالانتخابات الرئاسية بنسبة 51.2 بالمائة.', 51.2)).toBe('percent:vote');
    expect(conceptOf('وصوت 40 بالمائة من الناخبين في الفئة العمرية بين 18 و25 عاما.', 40)).not.toBe('percent:vote');
    // (An adverb after the name is not part of it.)
    expect(ownerOf('وأعلنت اللجنة فوز سالم دوكا رسميا بالرئاسة بنسبة 51.2 بالمائة.', 51.2)).toEqual(['person:سالم دوكا']);
  });
  it('reads a rival named after «أبرزهم» before «التي/الذي حصد», a compound name of four words too', () => {
    const text = 'وتقدم الفائز على خمسة منافسين في الانتخابات أبرزهم مريم عبد الرحيم سعيد التي حصدت 30.4 بالمائة.';
    expect(ownerOf(text, 30.4)).toEqual(['person:مريم عبد الرحيم سعيد']);
  });
});

describe('turnout and the votes of an election', () => {
  it('reads «نسبة الاقتراع» as turnout', () => {
    expect(conceptOf('وقالت اللجنة إن نسبة الاقتراع في الانتخابات البلدية وصلت إلى 41.5% عند الإغلاق.', 41.5)).toBe('percent:turnout');
  });

  it('gives an hour to the earlier value a change started from, not to the latest', () => {
    const text = 'وأفادت اللجنة بأن نسبة المشاركة في الانتخابات بلغت 38% عند إغلاق المكاتب، بعد أن كانت 11% حتى منتصف النهار.';
    expect(conceptOf(text, 38)).toBe('percent:turnout');
    // (The hour of a sentence that lists two figures is both figures': "…، وذلك حتى الساعة 11".)
    const both = 'وقالت اللجنة إن عدد المقترعين في المدن بلغ 120 ألف ناخب، فيما بلغ في القرى 40 ألف ناخب، وذلك حتى الساعة 11.';
    expect(conceptOf(both, 120000)).toBe('voter:at:11');
  });

  it('reads a figure in a relative clause on a past vote as that vote’s', () => {
    const text = 'وبالمقارنة مع الانتخابات السابقة قبل خمس سنوات، التي بلغت نسبة المشاركة فيها 33%، ارتفعت النسبة.';
    expect(conceptOf(text, 33)).not.toBe('percent:turnout');
  });

  it('keeps a lead over a rival apart from the winner’s votes', () => {
    const text = 'وفاز المرشح المستقل بالمقعد بعد حصوله على 22 ألف صوت، متفوقا على منافسه بنحو 3 آلاف صوت.';
    expect(conceptOf(text, 22000)).toBe('votes');
    expect(conceptOf(text, 3000)).toBe('votes:margin');
    // ("يتقدم X بـ N صوت" is X's own tally: a lead names whom it is over.)
    expect(conceptOf('ويتقدم المرشح سامي الحداد بـ 48 ألف صوت في الانتخابات.', 48000)).toBe('votes');
  });

  it('reads «نحو X%» as within a point, not ±10 % of itself', () => {
    const about = { value: 40, min: null, max: null, qualifier: 'about', text: 'نحو 40%' };
    expect(figuresConflict([about, { value: 43.5, min: 43.5, max: 43.5, qualifier: 'exact', text: '43.5%' }])).toBe(true);
    expect(figuresConflict([about, { value: 40.6, min: 40.6, max: 40.6, qualifier: 'exact', text: '40.6%' }])).toBe(false);
    // (A count keeps its ±10 %.)
    expect(figuresConflict([{ value: 400, min: null, max: null, qualifier: 'about', text: 'نحو 400' }, { value: 430, min: 430, max: 430, qualifier: 'exact', text: '430' }])).toBe(false);
  });
});

describe('epidemic reports', () => {
  it('reads deaths among a count of cases as all the deaths', () => {
    const text = 'وأعلنت الوزارة تسجيل أكثر من 5 آلاف حالة منذ بداية الموسم، بينها 61 وفاة.';
    expect(conceptOf(text, 61)).not.toMatch(/:part/);
    expect(conceptOf(text, 61)).toMatch(/^death/);
    // (Deaths among deaths are still a part: "بينها 20 وفاة في الشمال".)
    expect(conceptOf('وارتفع عدد الوفيات إلى 90 وفاة، بينها 20 وفاة جديدة.', 20)).toMatch(/:part|:new/);
  });

  it('counts vaccine doses', () => {
    expect(conceptOf('ووصلت إلى المطار 800 ألف جرعة من اللقاح.', 800000)).toBe('dose');
  });
});

describe('economic series', () => {
  it('reads consumer prices moving as inflation, not one product’s prices', () => {
    expect(conceptOf('وعلى أساس شهري، صعدت الأسعار في البلاد بنسبة 0.9%.', 0.9)).toMatch(/^percent:inflation.*:base:m$/);
    expect(conceptOf('وارتفعت أسعار الخبز 14% خلال الشهر.', 14) ?? '').not.toMatch(/^percent:inflation/);
  });

  it('reads the rate named before a relative aside', () => {
    const text = 'وقال المصرف إن معدل التضخم الأساسي، الذي يستثني الغذاء والطاقة، تراجع إلى 8.4% في مارس.';
    expect(conceptOf(text, 8.4)).toMatch(/^percent:inflation:core/);
  });

  it('gives a monthly report’s month to its series’ figures with no period, not to a forecast', () => {
    const text = [
      'التضخم يتباطأ في مارس',
      'قال مكتب الإحصاء إن معدل التضخم السنوي تراجع إلى 9.2% في مارس.',
      'وصعد التضخم الأساسي إلى 7.7% وفق المكتب.',
      'وتوقع محللون أن يتراجع التضخم إلى 6% بحلول نهاية العام المقبل.',
    ].join('\n');
    const claims = analyzed(text, '2025-04-10');
    expect(claims.find((c) => c.value === 9.2)?.concept).toBe('percent:inflation:per:m:3');
    expect(claims.find((c) => c.value === 7.7)?.concept).toBe('percent:inflation:core:per:m:3');
    expect(claims.find((c) => c.value === 6)?.concept).not.toMatch(/:per:m:3/);
  });

  it('keeps the cities’ rate apart from the nation’s', () => {
    const text = ['الأسعار في أبريل', 'بلغ معدل التضخم السنوي على مستوى البلاد 10.4% في أبريل.', 'وارتفع معدل التضخم في المدن إلى 11.1%.'].join('\n');
    const claims = analyzed(text, '2025-05-10');
    expect(claims.find((c) => c.value === 10.4)?.concept).toBe('percent:inflation:per:m:4');
    expect(claims.find((c) => c.value === 11.1)?.concept).toMatch(/^percent:inflation:urban/);
  });

  it('reads reserves with a possessive, the sum of the noun before «البالغ», and a cue after «بعد» as a cause', () => {
    expect(conceptOf('وقال المصرف إن احتياطياته من العملات الأجنبية بلغت 9.3 مليار دولار.', 9300000000)).toBe('money:reserves');
    expect(conceptOf('وتتسلم الحكومة دفعة جديدة من القرض البالغ 4 مليارات دولار.', 4000000000)).toBe('money:loan');
    expect(conceptOf('وسترتفع السيولة إلى 12 مليار دولار بعد وصول الدفعة الثانية.', 12000000000)).toBeNull();
  });
});

describe('a card never holds two reads’ figures whose places contradict', () => {
  const mk = (text: string, published: string, url: string): AnalyzedArticle =>
    analyzeArticle({ url, canonicalUrl: url, site: url, host: url, title: text.split('\n')[0], byline: null, published, lang: 'ar', dir: 'rtl', text });
  it('keeps a figure of another country off a card another read’s figure fits', () => {
    const a = mk('الانتخابات في المغرب\nوبلغت نسبة المشاركة في المغرب 31% وفق اللجنة.', '2025-01-01', 'a');
    const b = mk('الانتخابات في المغرب\nوبلغت نسبة المشاركة في تونس 22% وفق اللجنة.', '2025-01-02', 'b');
    const c = mk('الانتخابات في المغرب\nوبلغت نسبة المشاركة النهائية 33% وفق اللجنة.', '2025-01-03', 'c');
    const ds = compareArticles([a, b, c], 2, [0, 1]);
    const card = ds.find((d) => d.figures.some((f) => f.value === 33));
    expect(card?.figures.map((f) => f.value).sort()).toEqual([31, 33]);
  });
});
