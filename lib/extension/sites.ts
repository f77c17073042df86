// Arabic news outlets where the content script runs on its own. Every other site is read
// only when the reader asks (toolbar icon → activeTab) or adds it (optional host permission).

export interface NewsSite {
  name: string;
  /** Match patterns with the `*://` scheme, so http and https both match. */
  matches: string[];
}

// `*.domain` matches the bare domain too.
const whole = (domain: string): string[] => [`*://*.${domain}/*`];

export const NEWS_SITES: NewsSite[] = [
  // The seed articles' outlets.
  { name: 'المغرب اليوم', matches: whole('almaghribtoday.net') },
  { name: 'الشرق الأوسط', matches: whole('aawsat.com') },
  { name: 'الأيام 24', matches: whole('alayam24.com') },
  { name: 'مغرس', matches: whole('maghress.com') },
  // Major pan-Arab and national outlets.
  { name: 'الجزيرة نت', matches: whole('aljazeera.net') },
  { name: 'العربية', matches: whole('alarabiya.net') },
  { name: 'بي بي سي عربي', matches: ['*://*.bbc.com/arabic*', '*://*.bbc.co.uk/arabic*'] },
  { name: 'سكاي نيوز عربية', matches: whole('skynewsarabia.com') },
  { name: 'سي إن إن بالعربية', matches: ['*://arabic.cnn.com/*'] },
  { name: 'فرانس 24', matches: ['*://*.france24.com/ar/*'] },
  { name: 'آر تي عربي', matches: ['*://arabic.rt.com/*'] },
  { name: 'إندبندنت عربية', matches: whole('independentarabia.com') },
  { name: 'هسبريس', matches: whole('hespress.com') },
  { name: 'اليوم السابع', matches: whole('youm7.com') },
  { name: 'مصراوي', matches: whole('masrawy.com') },
  { name: 'الأهرام', matches: whole('ahram.org.eg') },
  { name: 'المصري اليوم', matches: whole('almasryalyoum.com') },
  { name: 'الخليج', matches: whole('alkhaleej.ae') },
  { name: 'النهار', matches: whole('annahar.com') },
  { name: 'القدس العربي', matches: whole('alquds.co.uk') },
  { name: 'القدس', matches: whole('alquds.com') },
  { name: 'العين الإخبارية', matches: whole('al-ain.com') },
  { name: 'الاتحاد', matches: whole('aletihad.ae') },
  { name: 'قناة الغد', matches: whole('alghad.tv') },
  { name: 'الفجر', matches: whole('elfagr.com') },
  { name: 'عربي 21', matches: whole('arabi21.com') },
  { name: 'الشروق', matches: whole('shorouknews.com') },
  { name: 'الوطن', matches: whole('elwatannews.com') },
  { name: 'عكاظ', matches: whole('okaz.com.sa') },
  { name: 'البيان', matches: whole('albayan.ae') },
  { name: 'الرأي', matches: whole('alraimedia.com') },
  { name: 'العربي الجديد', matches: whole('alaraby.co.uk') },
  { name: 'عنب بلدي', matches: whole('enabbaladi.net') },
  { name: 'الشرق', matches: whole('asharq.com') },
];

export const NEWS_SITE_MATCHES: string[] = NEWS_SITES.flatMap((s) => s.matches);
