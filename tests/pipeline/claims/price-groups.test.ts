// One group's prices in a consumer-price release (lib/pipeline/claims/price-groups.ts, rates.ts,
// report-month.ts): invented sentences. Each group is a rate of its own — never the index's, never
// another group's — and takes the release's month and yearly base as the index does.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { withReportMonth } from '../../../lib/pipeline/claims/report-month';

const PUBLISHED = '2024-06-10';
// As analyze.ts reads an article: the release's month and base given to its figures.
const concept = (text: string, v: number): string | null => withReportMonth(extractClaims(text, { published: PUBLISHED })).find((c) => c.value === v)?.concept ?? null;

describe('a group of the consumer-price index', () => {
  it('reads «أسعار X» moving by a percentage as the change of that group, up or down', () => {
    expect(concept('وارتفعت أسعار مجموعة الاتصالات بنسبة 3.4%.', 3.4)).toBe('percent:change:prices:اتصالات:up');
    expect(concept('وأسعار خدمات الصحة ارتفعت بنسبة 2.7%، وفق الجهاز.', 2.7)).toBe('percent:change:prices:خدمات:up');
    expect(concept('في حين تراجعت أسعار مجموعة الترفيه والثقافة بنسبة 0.6%.', 0.6)).toBe('percent:change:prices:ترفيه:down');
  });

  it('reads a long group name, a noun of moving in the accusative and one with its pronoun', () => {
    expect(concept('وارتفعت أسعار مجموعة الأثاث والتجهيزات والمعدات المنزلية والصيانة الدورية بنسبة 1.3%.', 1.3)).toBe('percent:change:prices:اثاث:up');
    expect(concept('وسجلت أسعار الاتصالات ارتفاعا بنسبة 2.2%.', 2.2)).toBe('percent:change:prices:اتصالات:up');
    expect(concept('وواصلت أسعار الملابس تراجعها مسجلة انخفاضا بنسبة 0.4%.', 0.4)).toBe('percent:change:prices:ملابس:down');
  });

  it('reads the prices a relative clause describes', () => {
    expect(concept('وأشار إلى أسعار اللحوم التي قفزت بنحو 12%.', 12)).toBe('percent:change:prices:لحوم:up');
    expect(concept('وأشار إلى أسعار المواد الغذائية التي صعدت بنحو 6.1%.', 6.1)).toBe('percent:inflation:food');
  });

  it('gives each item of a list of groups its own group, with the move of the list', () => {
    const text = 'كما ارتفعت أسعار مجموعة الاتصالات 2.3%، والصحة 1.4%، والتعليم 0.8%، بينما انخفضت أسعار الملابس 0.5%، وأسعار الترفيه 0.3%.';
    expect(concept(text, 2.3)).toBe('percent:change:prices:اتصالات:up');
    expect(concept(text, 1.4)).toBe('percent:change:prices:صحه:up');
    expect(concept(text, 0.8)).toBe('percent:change:prices:تعليم:up');
    expect(concept(text, 0.5)).toBe('percent:change:prices:ملابس:down');
    expect(concept(text, 0.3)).toBe('percent:change:prices:ترفيه:down');
  });

  it('labels a group\'s change with its group as written', () => {
    const claims = extractClaims('كما ارتفعت أسعار مجموعة الصحة 2.3%، والتعليم 0.8%، بينما تراجعت أسعار الملابس 0.5%.', { published: PUBLISHED });
    expect(claims.map((c) => c.label)).toEqual(['نسبة ارتفاع أسعار الصحة', 'نسبة ارتفاع أسعار التعليم', 'نسبة تراجع أسعار الملابس']);
  });

  it('reads the inflation a food group records as the food part, past an aside, with «تضخما» in the accusative', () => {
    const text = 'وسجل قسم الأغذية والمشروبات، الذي يستحوذ على الوزن الأكبر في السلة، تضخما سنويا بنسبة 11.2%، بينما بلغ معدل التضخم في العاصمة 9.6%.';
    expect(concept(text, 11.2)).toBe('percent:inflation:food');
    expect(concept(text, 9.6)).toBe('percent:inflation');
  });

  it('reads «أسعار المستهلك» (singular) as the index itself: inflation', () => {
    expect(concept('وقالت الهيئة إن المؤشر العام لأسعار المستهلك ارتفع بنسبة 3.1% على أساس سنوي.', 3.1)).toBe('percent:inflation');
  });

  it('reads a rise in rents as a change of rents', () => {
    expect(concept('مدفوعة بارتفاع الإيجارات السكنية بنسبة 5.5%.', 5.5)).toBe('percent:change:rent:up');
  });

  it('keeps a figure another figure is compared with, or one after another clause, out', () => {
    expect(concept('وارتفعت أسعار الاتصالات بنسبة 2.1% مقابل 1.8% في الشهر السابق.', 1.8)).toBeNull();
    expect(concept('وارتفعت أسعار الاتصالات 2.1%، مقابل 1.8% في الشهر السابق.', 1.8)).toBeNull();
  });

  it('gives a group the month and the yearly base of the release, as the index', () => {
    const release = 'ارتفع معدل التضخم السنوي إلى 4.2% في مارس. وارتفعت أسعار مجموعة النقل بنسبة 3.9% على أساس سنوي. وارتفعت أسعار مجموعة الصحة بنسبة 2.6%.';
    expect(concept(release, 3.9)).toBe('percent:change:prices:نقل:up:per:m:3');
    expect(concept(release, 2.6)).toBe('percent:change:prices:صحه:up:per:m:3');
  });
});
