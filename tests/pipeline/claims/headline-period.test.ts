// A headline's undated series figure takes the one period the body names for its measure
// (lib/pipeline/claims/headline-period.ts, called by analyzeArticle): invented articles.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';

const read = (title: string, body: string) =>
  analyzeArticle({ url: 'https://a.example/1', canonicalUrl: 'https://a.example/1', site: 'a', host: 'a.example', title, byline: null, published: '2021-03-10', lang: 'ar', dir: 'rtl', text: body }).claims;
const inTitle = (title: string, body: string, value: number) => read(title, body).find((c) => c.inTitle && c.value === value);

const LAST_YEAR = 'وبلغ عدد العمليات المنفذة عبر نظام المدفوعات خلال العام الماضي 12.3 مليون عملية، وفق التقرير السنوي للمصرف.';

describe('a headline figure dated by its body', () => {
  it('takes the year the body gives for the same measure', () => {
    expect(inTitle('تنفيذ 12 مليون عملية عبر نظام المدفوعات', LAST_YEAR, 12_000_000)?.concept).toMatch(/:per:y:2020$/);
  });

  it('stays undated when the body gives the measure for two periods', () => {
    const c = inTitle('تنفيذ 12 مليون عملية عبر نظام المدفوعات', `${LAST_YEAR} وخلال الربع الأول من العام الجاري بلغ عدد العمليات المنفذة 3.1 مليون عملية.`, 12_000_000);
    expect(c?.concept).toBeTruthy();
    expect(c?.concept).not.toMatch(/:per:/);
  });

  it('stays undated when the body dates another measure only', () => {
    const c = inTitle('تنفيذ 12 مليون عملية عبر نظام المدفوعات', 'وبلغت قيمة التحويلات خلال العام الماضي 900 مليار ريال.', 12_000_000);
    expect(c?.concept).toBeTruthy();
    expect(c?.concept).not.toMatch(/:per:/);
  });

  it('is left out as a repeat when it is the body\'s dated figure', () => {
    expect(read('تنفيذ 12.3 مليون عملية عبر نظام المدفوعات', LAST_YEAR).filter((c) => c.value === 12_300_000).map((c) => !!c.inTitle)).toEqual([false]);
  });
});

describe('a headline figure beside a forecast', () => {
  it('is never dated by a forecast of another period', () => {
    const c = inTitle('البطالة في البلاد 17.4% والشباب الأكثر تضررا', 'وبلغ معدل البطالة بين الذكور 15.2%. ويتوقع الخبير أن تتراجع البطالة إلى ما دون 17% في الربع الأخير من العام.', 17.4);
    expect(c?.concept).toBe('percent:unemployment');
  });
});

describe('a body sentence dated by its headline', () => {
  const title = 'عائدات البن تبلغ 86.4 مليار شلن في تسعة أشهر';
  const body = 'وبحسب النشرة الفصلية، بلغت عائدات البن 86.4 مليار شلن، أي ما يعادل 668 مليون دولار. وبلغت عائدات الشاي 140 مليار شلن.';
  const bodyClaim = (value: number) => read(title, body).find((c) => !c.inTitle && c.value === value);

  it('repeating the headline’s dated figure undated takes its period, its converted sum too', () => {
    expect(bodyClaim(86_400_000_000)?.concept).toBe('money:revenue:per:months:9');
    expect(bodyClaim(668_000_000)?.concept).toBe('money:revenue:per:months:9');
  });

  it('leaves the headline figure out as a repeat, and another sentence undated', () => {
    expect(read(title, body).filter((c) => c.value === 86_400_000_000).map((c) => !!c.inTitle)).toEqual([false]);
    expect(bodyClaim(140_000_000_000)?.concept).toBe('money:revenue');
  });
});
