// Text patterns of the page furniture that Readability keeps on Arabic news sites:
// "read also" / "related" / "most read" lists, datelines, share bars, comment policies,
// photo captions, "click here for the source" lines. All patterns work on folded text
// (see ../text/fold: no diacritics or tatweel, one alef/yaa/taa-marbuta form).

import { fold } from '../text/fold';
import { parseArabicDateline } from './dates';
import { hasArabic } from './script';

/** Folded, punctuation-light form used for matching labels. */
export function labelKey(text: string): string {
  return fold(text)
    .replace(/[:：.،,!؟?…\-–—«»"'()\[\]|/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Headings of lists that follow or surround an article and are not part of it.
const LIST_MARKERS = [
  'اقرا ايضا', 'اقرا كذلك', 'اقرا المزيد', 'اقرا', 'طالع ايضا', 'شاهد ايضا', 'شاهد', 'يهمك ايضا', 'قد يهمك ايضا', 'قد يهمك',
  'قد يعجبك ايضا', 'ننصحك بقراءه', 'مقالات ذات صله', 'اخبار ذات صله', 'مواضيع ذات صله', 'موضوعات ذات صله',
  'موضوعات متعلقه', 'اخبار متعلقه', 'ذات صله', 'الاكثر قراءه', 'الاخبار الاكثر قراءه', 'الاكثر مشاهده',
  'الاكثر تداولا', 'الاكثر تصفحا', 'الاكثر قراءه اليوم', 'اخر الاخبار', 'احدث الاخبار', 'المزيد من الاخبار',
  'عاجل', 'اخبار عاجله', 'شريط الاخبار', 'تابعونا', 'تابعنا على', 'الوسوم', 'كلمات مفتاحيه', 'مواضيع',
];
const LIST_MARKER_SET = new Set(LIST_MARKERS.map(labelKey));

// Markers after which nothing belongs to the article any more (as opposed to an inline "اقرأ أيضا").
const END_MARKER_SET = new Set(
  ['مقالات ذات صله', 'اخبار ذات صله', 'مواضيع ذات صله', 'موضوعات ذات صله', 'موضوعات متعلقه', 'اخبار متعلقه',
    'ذات صله', 'قد يهمك ايضا', 'قد يهمك', 'قد يعجبك ايضا', 'الاكثر قراءه', 'الاخبار الاكثر قراءه', 'الاكثر مشاهده',
    'الاكثر تداولا', 'الاكثر تصفحا', 'اخر الاخبار', 'احدث الاخبار', 'المزيد من الاخبار'].map(labelKey),
);

/** A heading that introduces a list of other stories ("مقالات ذات صلة", "الأكثر قراءة"). */
export function isListMarker(text: string): boolean {
  if (text.length > 40) return false;
  return LIST_MARKER_SET.has(labelKey(text));
}

/** A list heading after which the rest of the content is other stories. */
export function isEndMarker(text: string): boolean {
  if (text.length > 40) return false;
  return END_MARKER_SET.has(labelKey(text));
}

// "اقرأ أيضا: <headline>" inline teaser paragraphs.
const INLINE_TEASER = /^(اقرا ايضا|اقرا كذلك|اقرا|طالع ايضا|شاهد ايضا|شاهد|قد يهمك|يهمك ايضا)\s*[:：]/;

const DATELINE = /(اخر تحديث|تاريخ النشر|نشر في|نشر بتاريخ|نشر يوم|تم النشر|تم نشره|تم نشر في|تم التحديث|محدث في|منذ \d+ (ساعه|ساعات|دقيقه|دقائق|يوم|ايام))/;

const SHARE_WORDS = new Set(
  ['شارك', 'شاركوا', 'مشاركه', 'المقال', 'الخبر', 'عبر', 'على', 'فيسبوك', 'فيس', 'بوك', 'تويتر', 'اكس', 'واتساب', 'واتس', 'اب',
    'تلغرام', 'تيليجرام', 'لينكدان', 'طباعه', 'اطبع', 'نسخ', 'انسخ', 'الرابط', 'رابط', 'مختصر', 'تم', 'ارسال', 'بريد', 'البريد', 'الالكتروني', 'حفظ', 'تعليق', 'تعليقات',
    'share', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'print', 'email', 'copy', 'link', 'tt', 'messenger',
    'on', 'short', 'url', 'tweet', 'pinterest', 'reddit'],
);

const POLICY = /(الاراء الوارده|لا تعبر عن راي|لا تعبر بالضروره|سياسه التعليق|ارشادات الاستخدام|شروط الاستخدام|جميع الحقوق محفوظه|حقوق النشر محفوظه|التعليقات المنشوره|اضف تعليق|اترك تعليقا|مراجعه التعليقات|يرجى الالتزام بالتعليق|سياسه الخصوصيه)/;

const WIDGET = /(انقر هنا|اضغط هنا|لقراءه الخبر من مصدره|لقراءه المقال كاملا|شكرا على الابلاغ|سيتم حجب هذه الصوره|تابعونا على|تابعوا اخر|اشترك في النشره|حمل تطبيق|للاشتراك في)/;

// Agencies and credits that close a photo caption: "(أرشيفية/ رويترز)", "(أ.ف.ب)".
const CAPTION_CREDIT = /\((?:[^()]{0,60}?)(رويترز|ا ?\. ?ف ?\. ?ب|اف ب|ا ف ب|د ?\. ?ب ?\. ?ا|ا ?\. ?ب|واس|الاناضول|ارشيفيه|ارشيف|جيتي|جيتي ايمجز|getty|afp|reuters|ap|epa)[^()]{0,40}\)\s*$/i;
const CAPTION_LEAD = /^(reuters|afp|getty images|getty|epa|ap photo|ap)\s/i;

// Labels of the page's controls and metadata fields, alone on their line: never article text.
const UI_LABELS = new Set(
  ['الموضوع', 'المصدر', 'التاريخ', 'الكاتب', 'المؤلف', 'الوسوم', 'الكلمات المفتاحيه', 'تاريخ النشر', 'اخر تحديث', 'استمع', 'استمع للخبر',
    'استمع الى المقال', 'حجم الخط', 'تكبير الخط', 'تصغير الخط', 'a', 'a a', 'a+', 'a-', 'اضف تعليق', 'اضف تعليقا', 'التعليقات', 'اقرا المزيد',
    'عرض المزيد', 'المزيد', 'تابعنا عبر', 'تابعونا عبر', 'تم نسخ الرابط', 'اغلاق', 'الرئيسيه', 'بحث', 'ابحث', 'إقرأ ايضا',
    'advertisement', 'اعلان', 'إعلان', 'listen', 'read more', 'comments', 'font size'].map((l) => labelKey(l)),
);

// "حوار: فلان", "بقلم: فلان", "كتبت فلانة": a byline line, not a paragraph.
const BYLINE_LINE = /^(بقلم|حوار|اعداد|تحرير|تقرير|كتب|كتبت|متابعه)\s*[:：]?\s+\S/;

export interface BoilerplateContext {
  /** Outlet name, to recognise "City - Outlet" datelines. */
  site: string;
  /** Headline, to drop its repetitions in the body. */
  title: string;
  /** Author's name as found in the page, to drop the byline line. */
  byline?: string | null;
}

// Label keys of the context, computed once per context rather than once per paragraph.
const contextKeys = new WeakMap<BoilerplateContext, { site: string; byline: string }>();
function keysOf(ctx: BoilerplateContext): { site: string; byline: string } {
  let k = contextKeys.get(ctx);
  if (!k) contextKeys.set(ctx, (k = { site: ctx.site ? labelKey(ctx.site) : '', byline: ctx.byline ? labelKey(ctx.byline) : '' }));
  return k;
}

/** Why a paragraph is page furniture, or null when it may be article text. */
export function furnitureKind(text: string, linkDensity: number, ctx: BoilerplateContext): string | null {
  const len = text.length;
  // Every pattern below is for lines shorter than this: a paragraph is article text.
  if (len >= 600) return null;
  // The patterns find their markers near a line's start: folding the first 250 characters is enough.
  const folded = fold(len <= 250 ? text : text.slice(0, 250));
  // Only short lines can be labels: the label key of a paragraph is never needed.
  const key = len < 90 ? labelKey(text) : '';
  const ctxKeys = keysOf(ctx);
  if (len <= 40 && LIST_MARKER_SET.has(key)) return 'list-heading';
  if (len < 40 && UI_LABELS.has(key)) return 'ui-label';
  if (len < 60 && BYLINE_LINE.test(folded) && !/[.!؟?]$/.test(text) && text.split(/\s+/).length <= 6) return 'byline';
  if (len < 80 && ctxKeys.byline && key.endsWith(ctxKeys.byline) && text.split(/\s+/).length <= 8) return 'byline';
  if (len < 200 && INLINE_TEASER.test(folded)) return 'read-also';
  if (linkDensity >= 0.8 && len < 160) return 'link';
  if (len < 600 && POLICY.test(folded)) return 'comment-policy';
  if (len < 160 && WIDGET.test(folded)) return 'widget';
  if (len < 110 && DATELINE.test(folded)) return 'dateline';
  if (len < 70) {
    const date = parseArabicDateline(text);
    // A line that is little more than a date ("الأحد 10 نوفمبر 2024").
    if (date && folded.replace(/[\d\s/.,،:()\-]+/g, ' ').trim().split(' ').length <= 4) return 'dateline';
  }
  if (len < 60 && ctxKeys.site && key.includes(ctxKeys.site) && text.split(/\s+/).length <= 7) return 'dateline';
  if (len < 90) {
    const words = key.split(' ').filter(Boolean);
    if (words.length && words.every((w) => SHARE_WORDS.has(w))) return 'share';
  }
  if (len < 250) {
    // A caption names a photo credit and is not itself a sentence: no full stop before the credit.
    const beforeCredit = folded.replace(/\([^()]*\)\s*$/, '').trim();
    if (CAPTION_CREDIT.test(folded) && !/[.!؟?]/.test(beforeCredit)) return 'caption';
    if (CAPTION_LEAD.test(text) && !/[.!؟?]\s*\S/.test(text)) return 'caption';
  }
  if (len < 100 && /[»›]/.test(text) && !/[.؟!]$/.test(text)) return 'breadcrumbs';
  if (len < 40 && !hasArabic(text)) return 'latin-chrome';
  return null;
}
