// Readings fixed in the forty-first round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: the Maghreb's «أثمان» for prices (text/tokens.ts); the
// index of prices «عند الاستهلاك» and «أسعار الاستهلاك», with a year dating the clause and not the
// prices a sum is valued at (price-groups.ts); a release's month named by its headline
// (report-month.ts); a base opening the sentence (period.ts); «متعطل» (concepts.ts); the floors of
// many buildings (comparable.ts); how far a count had got, on no card (compare/index.ts); a
// referendum's sides by their nouns (options.ts); a place after a plural division word
// (scope-words.ts); a party's share in a list by its quoted name (parties.ts, claims/index.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { analyzeArticle } from '../../../lib/pipeline/analyze';
import type { Claim } from '../../../lib/types';
import { cards, mk } from '../../fixtures/invented-compare';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-06-10' }).find((c) => c.value === v);
const articleClaim = (title: string, text: string, v: number): Claim | undefined =>
  analyzeArticle({ url: 'https://example.test/a', canonicalUrl: 'https://example.test/a', site: 'مثال', host: 'example.test', title, text, byline: null, published: '2026-06-10', lang: 'ar', dir: 'rtl' }).claims.find((c) => c.value === v && !c.inTitle);

describe('consumer prices in a statistics office’s words', () => {
  it('reads the Maghreb’s «أثمان» as prices', () => {
    expect(claimOf('وأوضح المكتب أن هذا الارتفاع نتج عن تزايد أثمان المواد الغذائية بنسبة 3.7% على أساس سنوي.', 3.7)?.concept).toMatch(/^percent:inflation:food(:|$)/);
  });

  it('reads the index of prices «عند الاستهلاك» as inflation, past a year dating the clause', () => {
    expect(claimOf('أعلن المكتب أن الرقم الاستدلالي للأثمان عند الاستهلاك سجل خلال شهر مايو 2026 ارتفاعا بنسبة 1.8%.', 1.8)?.concept).toMatch(/^percent:inflation:per:m:5/);
    expect(claimOf('وأعلن المكتب أن مؤشر أسعار الاستهلاك سجل خلال شهر مايو ارتفاعا بنسبة 1.8%.', 1.8)?.concept).toMatch(/^percent:inflation/);
  });

  it('keeps the prices a sum is valued at out of a price group, past the same year', () => {
    const growth = claimOf('سجل الناتج المحلي الإجمالي بالأسعار الثابتة خلال الربع الأول من العام الجاري 2026 نموا نسبته 2.2% على أساس سنوي.', 2.2);
    expect(growth?.concept ?? '').not.toMatch(/change:prices/);
    expect(claimOf('سجلت الأسعار عند الاستهلاك خلال شهر مايو 2026 ارتفاعا بنسبة 1.6%.', 1.6)?.concept).toMatch(/^percent:inflation/);
  });

  it('dates a release’s food prices by the month its headline names, not the month before it recalls', () => {
    const body = 'أعلن المكتب أن مؤشر أسعار المستهلكين سجل خلال شهر مايو ارتفاعا بنسبة 2.4% مقارنة بالشهر نفسه من السنة الماضية، بعدما كان معدل التضخم قد بلغ 3.1% في أبريل.\n\nوأوضح المكتب أن هذا الارتفاع نتج عن تزايد أسعار المواد الغذائية بنسبة 4.2% على أساس سنوي.';
    expect(articleClaim('التضخم في كندا يرتفع إلى 2.4% خلال مايو', body, 4.2)?.concept).toBe('percent:inflation:food:per:m:5');
  });

  it('gives a base that opens the sentence to every figure after it, and not past another base', () => {
    expect(claimOf('وعلى أساس شهري، ارتفع مؤشر أسعار المستهلكين بنسبة 0.5%، نتيجة ارتفاع أسعار المواد الغذائية بنسبة 1.1% وأسعار المواد غير الغذائية بنسبة 0.2%.', 0.2)?.concept).toContain(':base:m');
    expect(claimOf('وعلى أساس شهري، ارتفع مؤشر أسعار المستهلكين 1.1%، بينما سجل تضخم الغذاء 14.9% على أساس سنوي، مقابل 9.3% للمواد غير الغذائية.', 9.3)?.concept ?? '').not.toContain(':base:m');
  });
});

describe('a labour survey’s unemployed by «متعطل»', () => {
  it('counts the unemployed', () => {
    expect(claimOf('وعدّل الجهاز عدد المتعطلين إلى 1.35 مليون متعطل.', 1_350_000)?.concept).toBe('unemployed');
  });
});

describe('the floors of buildings', () => {
  it('keeps how tall many buildings are out, and one collapsed building’s floors in', () => {
    expect(claimOf('وأغلب البيوت المتضررة من طابق أو ثلاثة طوابق.', 3)?.comparable).toBe(false);
    expect(claimOf('وانهارت 12 بناية، معظمها منازل من أربعة طوابق.', 4)?.comparable).toBe(false);
    expect(claimOf('وانهار برج سكني من 14 طابقا في وسط المدينة.', 14)?.comparable).toBe(true);
  });
});

describe('how far a count had got', () => {
  it('puts no card on two reads’ shares of the ballots counted', () => {
    const a = mk('نتائج أولية للانتخابات البرلمانية', 'تصدر حزب النهضة الجديدة النتائج الأولية للانتخابات البرلمانية بحصوله على 27.6% من الأصوات، بعد فرز 62.5% من محاضر مراكز الاقتراع.', 'https://a.example/v1', '2026-06-08T08:00:00Z');
    const b = mk('نتائج أولية للانتخابات البرلمانية', 'واحتفظ حزب النهضة الجديدة بالصدارة في الانتخابات البرلمانية بحصوله على 27.1% من الأصوات، بعد فرز 97.8% من محاضر مراكز الاقتراع.', 'https://b.example/v1', '2026-06-08T20:00:00Z');
    // The party's share has its card; the share counted, none.
    expect(cards([a, b])).toEqual([[27.1, 27.6]]);
  });
});

const ELECTION = 'أعلنت اللجنة المستقلة للانتخابات نتائج الانتخابات التشريعية. ';
const REFERENDUM = 'أعلنت اللجنة المستقلة للانتخابات نتائج الاستفتاء الدستوري. ';

describe('a referendum’s sides', () => {
  it('reads the supporters and the opponents as the options', () => {
    const text = REFERENDUM + 'وأظهرت النتائج الجزئية تقدم المؤيدين للدستور الجديد بنسبة 64.2% من الأصوات الصحيحة، مقابل 35.8% للرافضين.';
    expect(claimOf(text, 64.2)?.owners).toEqual(['option:yes']);
    expect(claimOf(text, 35.8)?.owners).toEqual(['option:no']);
  });

  it('reads the adoption of the text as its «نعم», and the option named as the subject', () => {
    expect(claimOf(REFERENDUM + 'وأعلن المجلس الدستوري النتائج النهائية، مؤكدا إقرار الدستور بنسبة 66.1% من الأصوات.', 66.1)?.owners).toEqual(['option:yes']);
    const votes = claimOf('وحصل خيار «نعم» على 512,300 صوت في العد النهائي.', 512_300);
    expect([votes?.concept, votes?.owners]).toEqual(['votes', ['option:yes']]);
  });
});

describe('a place after a plural division word', () => {
  it('places a turnout fronted by «وفي ولايات X»', () => {
    expect(claimOf(ELECTION + 'وفي مقاطعات تورونتو الثلاث، بلغت نسبة المشاركة 38.5%.', 38.5)?.places?.length).toBe(1);
  });
});

describe('a party’s share in a list of results', () => {
  it('gives each share to the party its quoted name gives, after a verb of following, «ثم», an aside or «و»', () => {
    const text = ELECTION + 'وجاء حزب «الوسط الجديد» في المرتبة الثانية بـ21.3%، تلته «حركة الغد» بـ12.4%، ثم حزب «الخضر والعمل»، الذي يعتمد على أصوات الأرياف، بـ8.2%، و«تحالف الإصلاح» الليبرالي بـ6.5%.';
    expect([claimOf(text, 12.4)?.concept, claimOf(text, 12.4)?.owners]).toEqual(['percent:vote', ['person:حركه الغد']]);
    expect(claimOf(text, 8.2)?.owners).toEqual(['person:حزب الخضر والعمل']);
    expect(claimOf(text, 6.5)?.concept).toBe('percent:vote');
  });

  it('reads a share after «ثم» past the seats of the share before it', () => {
    const text = ELECTION + 'يليه حزب «الوسط الجديد» بنسبة 19.1% و51 مقعدا، ثم «حركة الغد» بنسبة 13.2% و36 مقعدا.';
    expect([claimOf(text, 13.2)?.concept, claimOf(text, 13.2)?.owners]).toEqual(['percent:vote', ['person:حركه الغد']]);
  });
});

describe('an inflation release’s groups in its own turns of phrase', () => {
  it('reads «أما» + a core rate + its relative clause before the comma', () => {
    expect(claimOf('أما التضخم الأساسي الذي يتابعه البنك المركزي، فبلغ 2.7% في مايو.', 2.7)?.concept).toMatch(/^percent:inflation:core/);
  });

  it('gives «أسعارها» to the food goods named before, and a share «فقط للمواد غير الغذائية» to the rest', () => {
    const text = 'وتظهر تفاصيل النشرة أن المواد الغذائية كانت المحرك الرئيسي لهذا الارتفاع، إذ صعدت أسعارها بنسبة 5.3% على أساس سنوي، مقابل 0.9% فقط للمواد غير الغذائية.';
    expect(claimOf(text, 5.3)?.concept).toMatch(/^percent:inflation:food/);
    expect(claimOf(text, 0.9)?.concept).toBe('percent:inflation:nonfood');
  });

  it('reads no base off a publication that comes out monthly', () => {
    expect(claimOf('أما التضخم الأساسي، فبلغ 2.7% في مايو بحسب المذكرة الشهرية للبنك المركزي.', 2.7)?.concept ?? '').not.toContain(':base:m');
  });
});

describe('voters abroad', () => {
  it('reads «أما في الخارج،» as where the sentence’s voters voted', () => {
    expect(claimOf(ELECTION + 'أما في الخارج، فقد صوت 9,400 ناخب فقط.', 9_400)?.concept).toBe('voter:abroad');
  });

  it('keeps some of the registered voters registered', () => {
    expect(claimOf(ELECTION + 'ودعي نحو 2.6 مليون ناخب مسجل، بينهم قرابة 52 ألفا في الخارج، إلى الإدلاء بأصواتهم.', 52_000)?.concept).toBe('voter:registered:abroad');
  });
});
