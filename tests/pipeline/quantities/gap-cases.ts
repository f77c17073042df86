// Invented sentences for the classes of cases the recognizer once missed (issue 11): each
// class has several variants, and neighbours that must stay as they were. Same keys as
// cases.ts; every case is strict (exactly the listed quantities, in order).

import type { Case, Expect } from './cases';

const gapCases: Case[] = [];
function add(group: string, list: [string, ...Expect[]][]): void {
  for (const [s, ...e] of list) gapCases.push({ group, s, e });
}

// Words that fold to the letters of a number word but are another word.
add('false friends', [
  ['وأثني الوزير على جهود فرق الإنقاذ'],
  ['وأثنى المدير على العاملين'],
  ['فأثنت اللجنة على التقرير'],
  ['أثنى الحضور على الخطة'],
  ['وأثنى عشرة أشخاص على المبادرة', { t: 'عشرة', v: 10, u: 'أشخاص' }],
  ['لست متأكدا من الرقم'],
  ['قال: لست أدري'],
  ['القاعة تسع 500 شخص', { t: '500', v: 500, u: 'شخص' }],
  ['الحافلة تسع 40 راكبا', { t: '40', v: 40, u: 'راكبا' }],
  // The number words themselves, with and without clitics, stay numbers.
  ['وصل اثنا عشر جنديا', { t: 'اثنا عشر', v: 12, u: 'جنديا' }],
  ['واثنا عشر مصابا', { t: 'اثنا عشر', v: 12, u: 'مصابا' }],
  ['خلال اثني عشر شهرا', { t: 'اثني عشر', v: 12, k: 'duration' }],
  ['نجت إثنتا عشرة عائلة', { t: 'إثنتا عشرة', v: 12, u: 'عائلة' }],
  ['بلغ العدد مائة واثنا عشر', { t: 'مائة واثنا عشر', v: 112 }],
  ['وقع مائة وأثنى الحاضرون على المنظمين', { t: 'مائة', v: 100 }],
  ['واثنين من الجرحى', { t: 'اثنين', v: 2 }],
  ['سجن لست سنوات', { t: 'ست', v: 6, k: 'duration', u: 'سنوات' }],
  ['لست عشرة دولة', { t: 'ست عشرة', v: 16, u: 'دولة' }],
  ['أو لست وثلاثين ساعة', { t: 'ست وثلاثين', v: 36, k: 'duration' }],
  ['للسنوات العشر 2001-2011', { t: 'عشر', v: 10 }, { t: '2001-2011', k: 'year', min: 2001, max: 2011 }],
  ['تسع سنوات من الحرب', { t: 'تسع', v: 9, k: 'duration' }],
  // Weekdays, adjectives and other words built on the same roots are no numbers.
  ['يوم الثلاثاء الماضي'],
  ['مساء الأربعاء المقبل'],
  ['وقع اتفاق ثنائي بين البلدين'],
  ['اجتماع يوم الاثنين'],
  ['وصل والأربعاء والثلاثاء عطلتان'],
  ['أثناء الاجتماع وفي أثنائه'],
  ['رفع الحد الأدنى ثلاثي الأبعاد'],
  ['بلغت الحرارة أربعين درجة مئوية', { t: 'أربعين', v: 40, k: 'other', u: 'درجة' }],
  ['عشرات القتلى', { t: 'عشرات', vague: true, min: 20, max: 99, u: 'القتلى' }],
  ['الخطوة الثانية', { t: 'ثانية', v: 2, k: 'ordinal' }],
  // An ordinal hour before a part of the day is a clock time; the evening of a day is not.
  ['انطلق الموكب في الثانية عشرة ظهرا', { t: 'ثانية عشرة', v: 12, k: 'date', u: 'time' }],
  ['يبدأ البث في الثانية ظهرا', { t: 'ثانية', v: 14, k: 'date', u: 'time' }],
  ['استيقظ السكان في السادسة صباحا', { t: 'سادسة', v: 6, k: 'date', u: 'time' }],
  ['تعرض الحلقة الثانية مساء الخميس', { t: 'ثانية', v: 2, k: 'ordinal' }],
  ['اختتم المهرجان الخامس مساء أمس', { t: 'خامس', v: 5, k: 'ordinal' }],
]);

// Numbers in English sentences (quotes, mixed text): thousands commas, scales, qualifiers.
add('english', [
  ['The company hired about 10,000 workers', { t: 'about 10,000', v: 10000, q: 'about', min: 9000, max: 11000 }],
  ['There were 1,000,000 people', { t: '1,000,000', v: 1e6, q: 'exact' }],
  ['It raised 3.5 million dollars', { t: '3.5 million dollars', v: 3.5e6, k: 'money', u: 'USD' }],
  ['The deal was worth $4.2 billion', { t: '$4.2 billion', v: 4.2e9, k: 'money', u: 'USD' }],
  ['In 2024, more than 2,500 people fled', { t: '2024', k: 'year' }, { t: 'more than 2,500', v: 2500, q: 'more-than', min: 2500, max: null }],
  ['at least 300 were killed and up to 1,200 injured', { t: 'at least 300', v: 300, q: 'at-least' }, { t: 'up to 1,200', v: 1200, q: 'at-most', max: 1200 }],
  ['Over 5,000 homes were hit', { t: 'Over 5,000', v: 5000, q: 'more-than' }],
  ['Unemployment rose to 12.5 percent', { t: '12.5 percent', v: 12.5, k: 'percent' }],
  ['قال المتحدث: "around 40,000 displaced" اليوم', { t: 'around 40,000', v: 40000, q: 'about' }],
  ['وصل العدد إلى 25,000 according to officials', { t: '25,000', v: 25000 }],
  // Capitalised names with plain digits stay names.
  ['أطلقت الشركة Windows 11 وiPhone 15', { t: 'Windows 11', k: 'other' }, { t: 'iPhone 15', k: 'other' }],
  ['حدث إلى Android 4.4 مجانا', { t: 'Android 4.4', v: 4.4, k: 'other' }],
  ['أطلقت شبكات 5G وشاشات 4K', { t: '5G', v: 5, k: 'other' }, { t: '4K', v: 4, k: 'other' }],
  ['دفع 50USD فقط', { t: '50USD', v: 50, k: 'money', u: 'USD' }],
  ['بدقة 1536x2048 بكسل', { t: '1536x2048', k: 'other' }],
]);

// Phone numbers are labels (kind other), with or without a cue word.
add('phone numbers', [
  ['اتصل على +966 11 234 5678', { t: '+966 11 234 5678', k: 'other' }],
  ['للحجز: 0501234567', { t: '0501234567', k: 'other' }],
  ['الرقم الدولي 00966501234567', { t: '00966501234567', k: 'other' }],
  ['هاتف: 011 234 5678', { t: '011 234 5678', k: 'other' }],
  ['اتصلوا بـ 050 123 4567 للاستفسار', { t: '050 123 4567', k: 'other' }],
  ['الهاتف (011) 4567890', { k: 'other' }],
  ['للاستفسار (02) 2345 6789 يوميا', { t: '(02) 2345 6789', k: 'other' }],
  ['أو على ٠٥٥ ١٢٣ ٤٥٦٧', { t: '٠٥٥ ١٢٣ ٤٥٦٧', k: 'other' }],
  ['+966-11-234-5678 للطوارئ', { t: '+966-11-234-5678', k: 'other' }],
  // A date with a leading zero is no phone number.
  ['صدر بتاريخ 02/10/2024', { t: '02/10/2024', v: 2, k: 'date' }],
]);

// A space groups thousands only where that is the writing convention (README "Separators").
add('space groups', [
  ['الرقمان ٣٤٥ ٦٧٨ في القائمة', { t: '٣٤٥', v: 345 }, { t: '٦٧٨', v: 678 }],
  ['سجلت المحطتان ١٢ ٥٠٠ في الجدول', { t: '١٢', v: 12 }, { t: '٥٠٠', v: 500 }],
  ['بلغ عدد السكان 1 000 000 نسمة', { t: '1 000 000', v: 1e6, u: 'نسمة' }],
  ['استقبل الميناء 12 500 حاوية', { t: '12 500', v: 12500, u: 'حاوية' }],
  ['عدد السكان ٣ ٤٥٦ ٧٨٩ نسمة', { t: '٣ ٤٥٦ ٧٨٩', v: 3456789, u: 'نسمة' }],
  ['بلغ عدد الزوار ١٢\u202f٥٠٠ زائر', { t: '١٢\u202f٥٠٠', v: 12500, u: 'زائر' }],
  ['بلغ عدد الزوار 12\u00a0500 زائر', { t: '12\u00a0500', v: 12500, u: 'زائر' }],
  ['العمود 150  000', { t: '150', v: 150 }, { t: '000', v: 0 }],
  ['السجل 12 345 6', { t: '12', v: 12 }, { t: '345', v: 345 }, { t: '6', v: 6 }],
]);

// Years printed with a thousands comma, next to year wording or in a list of years.
add('comma years', [
  ['الأعوام 1,998 و1,999 و2,000', { t: '1,998', v: 1998, k: 'year' }, { t: '1,999', k: 'year' }, { t: '2,000', v: 2000, k: 'year' }],
  ['| السنة | 1,998 | 1,999 | 2,000 |', { v: 1998, k: 'year' }, { v: 1999, k: 'year' }, { v: 2000, k: 'year' }],
  ['عام 1,998 شهد تحولات', { t: 'عام 1,998', v: 1998, k: 'year' }],
  ['في عام 2,001', { t: 'عام 2,001', v: 2001, k: 'year' }],
  ['الأعوام 1,998 و1,999 و2,000 شهدت نموا', { k: 'year' }, { k: 'year' }, { t: '2,000', k: 'year' }],
  ['1,998; 1,999; 2,003', { k: 'year' }, { k: 'year' }, { v: 2003, k: 'year' }],
  // Counts keep their reading.
  ['قتل 2,000 شخص', { t: '2,000', v: 2000, k: 'count', u: 'شخص' }],
  ['بلغ العدد 1,998 شخصا', { v: 1998, k: 'count', u: 'شخصا' }],
  ['1,995 و2,000 مقاتل', { v: 1995, k: 'count' }, { v: 2000, k: 'count', u: 'مقاتل' }],
  ['بلغ 1,950 و2,000 و2,050 على التوالي', { v: 1950, k: 'count' }, { v: 2000, k: 'count' }, { v: 2050, k: 'count' }],
]);

// Sums with sub-units: the sub-unit is added to the sum in its base currency.
add('sub-units', [
  ['دفع 20 دولار و43 سنت', { t: '20 دولار و43 سنت', v: 20.43, k: 'money', u: 'USD' }],
  ['دفع سبعة دولار وخمسون سنت', { t: 'سبعة دولار وخمسون سنت', v: 7.5, k: 'money', u: 'USD' }],
  ['بلغ سعر اللتر 3 ريالات و25 هللة', { t: '3 ريالات و25 هللة', v: 3.25, u: 'SAR' }],
  ['السعر 5 جنيهات و 50 قرشا', { t: '5 جنيهات و 50 قرشا', v: 5.5, u: 'EGP' }],
  ['ثمن التذكرة جنيهان وخمسون قرشا', { t: 'جنيهان وخمسون قرشا', v: 2.5, u: 'EGP' }],
  ['دفع 3 دنانير كويتية و250 فلسا', { v: 3.25, u: 'KWD' }],
  ['دفع 3 دنانير و250 فلسا', { v: 3.25, u: 'دنانير' }],
  ['بيع بـ 12 درهما و50 سنتيما', { t: '12 درهما و50 سنتيما', v: 12.5, u: 'MAD' }],
  ['تكلفة الرحلة 10 يورو و20 سنتا', { v: 10.2, u: 'EUR' }],
  // Not sub-units: more than one unit's worth, another currency, a scale.
  ['دفع 20 دولارا و150 سنتا', { t: '20 دولارا', v: 20, u: 'USD' }, { v: 150, u: 'سنتا' }],
  ['دفع 20 دولارا و3 يورو', { v: 20, u: 'USD' }, { v: 3, u: 'EUR' }],
  ['تبرع بعشرين ريالا و30 سنتا', { v: 20, u: 'SAR' }, { v: 30, u: 'سنتا' }],
]);

// Ranges written with a dash, with marks on either end; dates, scores and names unchanged.
add('dash ranges', [
  ['بلغ السعر ١٠٠٠ - ٥٠٠٠ ريال', { t: '١٠٠٠ - ٥٠٠٠ ريال', q: 'range', min: 1000, max: 5000, k: 'money', u: 'SAR' }],
  ['السعر 10$-20$ للقطعة', { t: '10$-20$', q: 'range', min: 10, max: 20, k: 'money', u: 'USD' }],
  ['السعر $10-$20 للقطعة', { t: '$10-$20', q: 'range', min: 10, max: 20, u: 'USD' }],
  ['السعر 10-20$ للقطعة', { t: '10-20$', min: 10, max: 20, u: 'USD' }],
  ['ارتفعت الأسعار 10%-20%', { t: '10%-20%', q: 'range', min: 10, max: 20, k: 'percent' }],
  ['ارتفعت الأسعار ١٠٪ - ٢٠٪', { t: '١٠٪ - ٢٠٪', min: 10, max: 20, k: 'percent' }],
  ['ارتفعت الأسعار 5%-8 في بعض المدن', { t: '5%-8', min: 5, max: 8, k: 'percent' }],
  ['بين 20-30 ألف شخص', { t: '20-30 ألف', min: 20000, max: 30000, u: 'شخص' }],
  ['تتراوح الرواتب 500 – 800 دولار', { t: '500 – 800 دولار', min: 500, max: 800, u: 'USD' }],
  ['كلفت 5-10 مليون دولار', { min: 5e6, max: 1e7, k: 'money' }],
  ['في 19 - 06 - 2024', { t: '19 - 06 - 2024', v: 19, k: 'date' }],
  ['طائرة إف-16', { t: 'إف-16', k: 'other' }],
  ['فاز الفريق 3-1', { v: 3, k: 'other' }, { v: 1, k: 'other' }],
]);

// "X من Y": a part of a stated total is one label, never two counts.
add('shares', [
  ['حصل على سبعة من عشرة', { t: 'سبعة من عشرة', v: 7, k: 'other', u: null, q: 'exact' }],
  ['منح الحكم العرض 7 من 10', { t: '7 من 10', v: 7, k: 'other' }],
  ['سبعة من كل عشرة أطفال يعانون', { t: 'سبعة من كل عشرة أطفال', v: 7, k: 'other' }],
  ['اثنان من كل ثلاثة', { v: 2, k: 'other' }],
  ['فاز في 1 من 2 فقط', { t: '1 من 2', v: 1, k: 'other' }],
  // Not shares: a counted noun after the total (both count it), a change, a date, a counted
  // noun before من.
  ['وصلت ثلاث من 24 طائرة', { t: 'ثلاث', v: 3, k: 'count' }, { t: '24', v: 24, k: 'count', u: 'طائرة' }],
  ['ثمانية من أصل عشرة مرشحين', { t: 'ثمانية', v: 8 }, { t: 'عشرة', v: 10, u: 'مرشحين' }],
  ['ارتفع العدد 5 من 10 إلى 20', { v: 5 }, { v: 10 }, { v: 20 }],
  ['وصل 15 من مايو', { t: '15 من مايو', k: 'date' }],
  ['فاز الحزب بـ 40 مقعدا من أصل 90', { t: '40', u: 'مقعدا' }, { t: '90', v: 90 }],
]);

// "بين X و Y" with Arabic-Indic digits, after label words too.
add('between', [
  ['الرقم بين ٢٠ و٣٠', { t: 'بين ٢٠ و٣٠', q: 'range', min: 20, max: 30 }],
  ['الرقم بين ٢٠ و ٣٠', { t: 'بين ٢٠ و ٣٠', min: 20, max: 30 }],
  ['رقم بين ٤ و٩ يختاره اللاعب', { q: 'range', min: 4, max: 9 }],
  ['سجل رقما بين ٥ و٧', { q: 'range', min: 5, max: 7 }],
  ['العدد ما بين ٢٠ و٣٠ شخصا', { t: 'ما بين ٢٠ و٣٠', min: 20, max: 30, u: 'شخصا' }],
  ['الخط الساخن 19999', { t: '19999', k: 'other' }],
  ['القرار رقم ٢٣٣٤', { t: '٢٣٣٤', k: 'other' }],
]);

export default gapCases;
