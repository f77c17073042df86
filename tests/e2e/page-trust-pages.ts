// Pages that try to tamper with what the reader keeps (issue 15), generated at test time. One
// invented flood story told by two outlets with different tolls. All text here is invented.
import { buildPage, type Block } from '../../samples/page-builder';

export const VICTIM = { host: 'www.aljazeera.net', path: '/news/valley-floods', site: 'الجزيرة نت (صفحة اختبار مختلقة)' };
export const VICTIM_CANONICAL = `https://${VICTIM.host}${VICTIM.path}`;
export const HOSTILE = { host: 'www.hespress.com', site: 'هسبريس (صفحة اختبار مختلقة)' };

const story = (dead: number, families: number): Block[] =>
  [
    `أعلنت السلطات المحلية في مدينة الوادي الأخضر أن الفيضانات التي ضربت المنطقة أدت إلى مقتل ${dead} شخصا وإصابة عشرات آخرين، بحسب حصيلة أولية.`,
    'وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن مفقودين في الأحياء المنخفضة، مشيرا إلى أن الأمطار تواصلت طوال الليل.',
    `وأضاف أن نحو ${families} آلاف أسرة نقلت إلى مراكز إيواء مؤقتة في المدارس والملاعب، وأن المساعدات بدأت تصل من المحافظات المجاورة.`,
    'وأكدت وزارة الصحة أن المستشفيات استقبلت المصابين وأن حالات عدد منهم حرجة، داعية المواطنين إلى التبرع بالدم في أقرب مركز.',
  ].map((text) => ({ kind: 'p' as const, text }));

const HEADLINE = 'فيضانات الوادي الأخضر: ارتفاع الحصيلة';
const PUBLISHED = '2025-03-02T09:00:00Z';

export interface TrustPage {
  host: string;
  path: string;
  html: string;
}

/** The outlet whose stored read a hostile page tries to overwrite. */
export const victimPage = (): TrustPage => ({ ...VICTIM, html: buildPage({ ...VICTIM, headline: HEADLINE, published: PUBLISHED, blocks: story(27, 3) }) });

/** A page on another outlet that names the victim's canonical address and outlet name, with other figures. */
export const forgedCanonicalPage = (): TrustPage => {
  const path = '/h/forged-canonical';
  return { host: HOSTILE.host, path, html: buildPage({ host: HOSTILE.host, path, site: VICTIM.site, canonical: VICTIM_CANONICAL, headline: HEADLINE, published: PUBLISHED, blocks: story(31, 4) }) };
};

/** Page script that keeps every message and document event posted to it, to show what it could learn. */
const RECORDER = `<script>window.__heard = []; addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));</script>`;

/** An article of the hostile outlet that will fire forged events at the content script. */
export const hostileArticle = (name: string): TrustPage => {
  const path = `/h/${name}`;
  const html = buildPage({ host: HOSTILE.host, path, site: HOSTILE.site, headline: HEADLINE, published: PUBLISHED, blocks: story(31, 4) });
  return { host: HOSTILE.host, path, html: html.replace('</head>', `${RECORDER}</head>`) };
};
