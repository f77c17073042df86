// Under a headline about a poll, the body's vote figures are the poll's
// (lib/pipeline/claims/poll-shares.ts, called by analyzeArticle): invented articles.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/pipeline/analyze';

const read = (title: string, body: string) =>
  analyzeArticle({ url: 'https://a.example/1', canonicalUrl: 'https://a.example/1', site: 'a', host: 'a.example', title, byline: null, published: '2021-03-10', lang: 'ar', dir: 'rtl', text: body }).claims;
const BODY = 'ونال المرشح كمال الحداد 52.4 بالمئة من أصوات الناخبين، فيما حصل نادر الوافي على 31 بالمئة في انتخابات النادي.';

describe('a poll\'s shares under its headline', () => {
  it('reads the body\'s vote shares as a projection when the headline names a poll', () => {
    const share = read('استطلاع عند الخروج يرجح فوز الحداد برئاسة النادي', BODY).find((c) => c.value === 52.4);
    expect(share?.concept).toBe('percent:vote');
    expect(share?.modality).toBe('projection');
  });

  it('reads them as a poll\'s after a poll named far back in their sentence', () => {
    const body = 'وأعلنت قناة محلية نتائج استطلاع شمل ثلاثة آلاف من أعضاء النادي الذين أدلوا بأصواتهم في الانتخابات وجاءت لصالح الحداد الذي حصل على 52.4 بالمئة من الأصوات.';
    expect(read('الحداد يتقدم في انتخابات النادي', body).find((c) => c.value === 52.4)?.modality).toBe('projection');
  });

  it('leaves them results under another headline, or a geological survey\'s', () => {
    expect(read('الحداد يفوز برئاسة النادي', BODY).find((c) => c.value === 52.4)?.modality).toBe('count');
    expect(read('هيئة المسح الجيولوجي: لا أضرار في النادي', BODY).find((c) => c.value === 52.4)?.modality).toBe('count');
  });
});
