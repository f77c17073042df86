// The panel's words in Arabic and English. Arabic first: it is the readers' language.
export type Lang = 'ar' | 'en';

const ar = {
  appName: 'تبيّن',
  tagline: 'قارن أرقام الخبر بما قرأته من قبل',
  loading: 'جارٍ التحميل…',
  currentArticle: 'المقال الحالي',
  noTab: 'لا توجد علامة تبويب نشطة.',
  unknownTitle: 'لم تُقرأ هذه الصفحة بعد',
  unknownBody: 'تقرأ تبيّن المقالات تلقائيًا في المواقع الإخبارية المعروفة. لقراءة هذه الصفحة الآن:',
  readThisPage: 'اقرأ هذه الصفحة',
  alwaysReadSite: 'اقرأ هذا الموقع دائمًا',
  skippedTitle: 'هذه الصفحة ليست مقالًا',
  skippedBody: 'لم تجد تبيّن فيها نص خبر تقارنه (صفحة رئيسية، قائمة، فيديو، أو نص قصير).',
  errorTitle: 'تعذّر عرض المقارنة',
  noRelatedTitle: 'لا قراءات سابقة لهذه القصة بعد',
  noRelatedBody: 'حين تقرأ الخبر نفسه في موقع آخر، ستظهر هنا الأرقام التي تختلف.',
  noDifferenceTitle: 'لا رقم يختلف',
  noDifferenceBody: 'الأرقام المشتركة بين هذا المقال والقراءات السابقة متطابقة.',
  differences: 'أرقام تختلف',
  conflict: 'تعارض',
  differs: 'تختلف لكنها قد تصحّ معًا',
  changed: 'تغيّر منذ قرأته',
  thisArticle: 'هذا المقال',
  according: 'بحسب',
  openSource: 'افتح المصدر عند الجملة',
  showInPage: 'أظهره في الصفحة',
  relatedReads: 'قراءات سابقة للقصة نفسها',
  notSameStory: 'ليست القصة نفسها',
  sameStory: 'القصة نفسها',
  linkedByYou: 'ربطتَها بنفسك',
  agreements: 'أرقام تتفق عليها المصادر',
  similarity: 'تشابه',
  unknownDate: 'تاريخ غير معروف',
  previousVersion: 'نسختك السابقة من هذا المقال',
  claimsFound: 'رقمًا قابلًا للمقارنة',
  relatedCount: 'قراءات سابقة',
  language: 'English',
  more: 'أكثر من',
  less: 'أقل من',
  about: 'نحو',
  atLeast: 'على الأقل',
  atMost: 'حتى',
  between: 'بين',
  and: 'و',
} as const;

export type MessageKey = keyof typeof ar;

const en: Record<MessageKey, string> = {
  appName: 'Tabayyun',
  tagline: 'Compare this story’s numbers with what you read before',
  loading: 'Loading…',
  currentArticle: 'Current article',
  noTab: 'No active tab.',
  unknownTitle: 'This page has not been read yet',
  unknownBody: 'Tabayyun reads articles on known news sites by itself. To read this page now:',
  readThisPage: 'Read this page',
  alwaysReadSite: 'Always read this site',
  skippedTitle: 'This page is not an article',
  skippedBody: 'Tabayyun found no news text to compare here (a home page, a list, a video, or very short text).',
  errorTitle: 'The comparison could not be shown',
  noRelatedTitle: 'No earlier read of this story yet',
  noRelatedBody: 'When you read the same story on another site, the figures that differ will show here.',
  noDifferenceTitle: 'No figure differs',
  noDifferenceBody: 'The figures this article shares with earlier reads are the same.',
  differences: 'Figures that differ',
  conflict: 'Conflict',
  differs: 'Differ, may both be true',
  changed: 'Changed since you read it',
  thisArticle: 'This article',
  according: 'according to',
  openSource: 'Open the source at the sentence',
  showInPage: 'Show in page',
  relatedReads: 'Earlier reads of this story',
  notSameStory: 'Not the same story',
  sameStory: 'Same story',
  linkedByYou: 'linked by you',
  agreements: 'Figures the sources agree on',
  similarity: 'similarity',
  unknownDate: 'date unknown',
  previousVersion: 'your earlier version of this article',
  claimsFound: 'comparable figures',
  relatedCount: 'earlier reads',
  language: 'العربية',
  more: 'more than',
  less: 'less than',
  about: 'about',
  atLeast: 'at least',
  atMost: 'up to',
  between: 'between',
  and: 'and',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { ar, en };

/** The browser's language decides, unless the reader chose one. */
export function pickLang(chosen: string | null | undefined, browserLang: string): Lang {
  if (chosen === 'ar' || chosen === 'en') return chosen;
  return browserLang.toLowerCase().startsWith('ar') ? 'ar' : browserLang.toLowerCase().startsWith('en') ? 'en' : 'ar';
}

export type Translate = (key: MessageKey) => string;

export const translator = (lang: Lang): Translate => (key) => MESSAGES[lang][key];
