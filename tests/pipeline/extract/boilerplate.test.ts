import { describe, expect, it } from 'vitest';
import { furnitureKind, isEndMarker, isListMarker } from '../../../lib/pipeline/extract/boilerplate';
import { collectBlocks, dropFurniture } from '../../../lib/pipeline/extract/text';
import { JSDOM } from 'jsdom';

const ctx = { site: 'صحيفة النهار التجريبية', title: 'فيضانات تضرب الساحل' };

describe('list markers', () => {
  it.each(['اقرأ أيضاً', 'اقرأ أيضــــا:', 'مقالات ذات صلة', 'قد يهمك أيضــــــــا', 'الأكثر قراءة', 'الأخبار الأكثر قراءة', 'أخبار ذات صلة'])(
    '%s is a list heading',
    (t) => expect(isListMarker(t)).toBe(true),
  );
  it('only some headings end the article', () => {
    expect(isEndMarker('مقالات ذات صلة')).toBe(true);
    expect(isEndMarker('اقرأ أيضا')).toBe(false);
  });
  it('a sentence that mentions reading is not a heading', () => {
    expect(isListMarker('اقرأ أيضا ما قاله الوزير عن الخطة الجديدة للنقل العام في المدينة')).toBe(false);
  });
});

describe('furnitureKind', () => {
  it.each([
    ['اقرأ أيضا: ارتفاع أسعار الخضر في الأسواق', 0, 'read-also'],
    ['نشر في صحيفة النهار يوم 12 - 03 - 2024', 0, 'dateline'],
    ['آخر تحديث: 14:20', 0, 'dateline'],
    ['الأحد 10 نوفمبر 2024', 0, 'dateline'],
    ['بيروت - صحيفة النهار التجريبية', 0, 'dateline'],
    ['شارك عبر فيسبوك تويتر واتساب', 0, 'share'],
    ['الآراء الواردة في التعليقات لا تعبر عن رأي الموقع', 0, 'comment-policy'],
    ['رجال الإنقاذ في موقع الانهيار (أ.ف.ب)', 0, 'caption'],
    ['جانب من الاجتماع (أرشيفية/ رويترز)', 0, 'caption'],
    ['Reuters متطوعون يوزعون الماء على السكان', 0, 'caption'],
    ['اضغط هنا لقراءة المقال كاملا.', 0, 'widget'],
    ['الرئيسية » أخبار » العالم', 0, 'breadcrumbs'],
    ['ارتفاع عدد القتلى إلى 12', 1, 'link'],
    ['TT', 0, 'share'],
    ['View on Example.net', 0, 'latin-chrome'],
    ['انسخ الرابط', 0, 'share'],
    ['الموضوع:', 0, 'ui-label'],
    ['استمع', 0, 'ui-label'],
    ['حوار: سلمى الراشد', 0, 'byline'],
    ['كتبت سلمى الراشد', 0, 'byline'],
    ['تم نشره الجمعة 24 نيسان / أبريل 2020', 0, 'dateline'],
  ])('%s → %s', (text, density, kind) => {
    expect(furnitureKind(text, density, ctx)).toBe(kind);
  });

  it.each([
    'وقالت الوزارة إن عدد القتلى ارتفع إلى 45 شخصا، فيما لا يزال 12 آخرون في عداد المفقودين.',
    'وأضاف المسؤول أن الفرق عملت طوال الليل. (رويترز)',
    'وأكد الناطق باسم الحكومة أن الحصيلة نشرت في بيان رسمي يوم الأحد الماضي بعد اجتماع طارئ للجنة.',
    'دعم دولي للمتضررين',
    'كتب الوزير في تغريدة أن الحصيلة ارتفعت إلى 45 قتيلا.',
    'وقال الوزير:',
  ])('keeps article text: %s', (text) => {
    expect(furnitureKind(text, 0, ctx)).toBeNull();
  });
});

describe('dropFurniture', () => {
  const html = `<div>
    <p>فيضانات تضرب الساحل</p>
    <p>قالت السلطات المحلية إن الفيضانات أدت إلى مقتل 17 شخصا على الأقل وإصابة 35 آخرين في ثلاث قرى ساحلية.</p>
    <p>اقرأ أيضا</p>
    <ul><li><a href="/1">عنوان خبر آخر عن الطقس</a></li><li><a href="/2">عنوان ثان</a></li></ul>
    <p>وأضافت أن فرق الإنقاذ ما زالت تبحث عن مفقودين، وأن 4 فرق إضافية وصلت من المدن المجاورة صباح اليوم.</p>
    <p>مقالات ذات صلة</p>
    <p>عاصفة مماثلة ضربت الجنوب العام الماضي وخلفت أضرارا جسيمة في البنية التحتية والطرق الريفية والمزارع.</p>
  </div>`;
  const root = new JSDOM(html).window.document.querySelector('div')!;
  const kept = dropFurniture(collectBlocks(root), ctx).map((b) => b.text);

  it('drops the repeated headline, a read-also list, and everything after an end heading', () => {
    expect(kept).toHaveLength(2);
    expect(kept[0]).toMatch(/^قالت السلطات/);
    expect(kept[1]).toMatch(/^وأضافت/);
  });

  it('collectBlocks splits on blocks and <br>, tracks links', () => {
    const el = new JSDOM('<div>نص حر<br>سطر <a href="#">رابط</a><p>فقرة <b>عريضة</b></p></div>').window.document.querySelector('div')!;
    const blocks = collectBlocks(el);
    expect(blocks.map((b) => b.text)).toEqual(['نص حر', 'سطر رابط', 'فقرة عريضة']);
    expect(blocks[1].linkDensity).toBeGreaterThan(0.3);
    expect(blocks[2].tag).toBe('P');
  });
});
