// People by pattern (lib/pipeline/text/people.ts): titles, reporting and winning verbs, and the
// shapes of an election result. Invented names and sentences; never a list of names.
import { describe, expect, it } from 'vitest';
import { learnPeople } from '../../../lib/pipeline/text/people';
import { tokensOf } from '../../../lib/pipeline/text/tokens';

const people = (text: string): string[] => [...new Set(learnPeople(tokensOf(text)).values())];

describe('people named by an election result', () => {
  it('reads the name after a verb of winning or ranking', () => {
    expect(people('ونال عمر فاروق 40 ألف صوت.')).toEqual(['person:عمر فاروق']);
    expect(people('وحصد هشام الطيب 55% من الأصوات.')).toEqual(['person:هشام الطيب']);
    expect(people('وتصدر عادل منصور النتائج بنسبة 48% من الأصوات.')).toEqual(['person:عادل منصور']);
    expect(people('وتصدر عادل منصور بنسبة 48% من الأصوات.')).toEqual(['person:عادل منصور']);
    expect(people('يليه سامر حداد بـ 1.2 مليون صوت.')).toEqual(['person:سامر حداد']);
  });

  it('reads no person where a place ranks first («تتصدر منطقة X القائمة»)', () => {
    expect(people('وتتصدر منطقة كاسيندي قائمة المناطق المنكوبة بأكثر من 55 وفاة.')).toEqual([]);
    expect(people('وتصدرت مدينة موراتي الترتيب بـ40 حالة.')).toEqual([]);
  });

  it('reads a name placed by «حل»/«جاء» only when its rank follows it', () => {
    expect(people('وحل سامر حداد ثالثا بعدما نال 7% من الأصوات.')).toEqual(['person:سامر حداد']);
    expect(people('وجاء نبيل كرم في المركز الرابع بنسبة 3% من الأصوات.')).toEqual(['person:نبيل كرم']);
    expect(people('وحل الفريق ثالثا في الدوري.')).toEqual([]);
    expect(people('وجاء القرار بعد اجتماع طويل.')).toEqual([]);
  });

  it('takes no verb of winning for a name after an office («مرشح الحزب يفوز …»)', () => {
    expect(people('مرشح التحالف يفوز في الانتخابات البلدية')).toEqual([]);
    expect(people('وقالت المرشحة منى سعيد إنها تفوز بسهولة')).toEqual(['person:مني سعيد']);
  });

  it('reads one name word between a result’s verb and its result', () => {
    expect(people('وحصل حداد على 39 مليون صوت في الانتخابات.')).toEqual(['person:حداد']);
    expect(people('وحصل حداد على نسبة نحو 53% من الأصوات.')).toEqual(['person:حداد']);
    expect(people('حصل حداد على جائزة الدولة.')).toEqual([]);
    expect(people('وحصلت الشركة على 5% من الأسهم.')).toEqual([]);
  });

  it('reads a name right before «بـ N صوت» or «بنسبة N%»', () => {
    expect(people('وحل ثانيا في الانتخابات، ثم نادر حداد بـ 800 ألف صوت.')).toContain('person:نادر حداد');
    expect(people('ثم عبد الكريم الحداد بـ 900 ألف صوت.')).toContain('person:عبد الكريم الحداد');
    expect(people('وجاء المرشحون: رامي سالم بنسبة 30% من الأصوات، وهادي عمران بنسبة 12%.')).toEqual(
      expect.arrayContaining(['person:رامي سالم', 'person:هادي عمران']),
    );
  });

  it('reads a list item after «و … على N%» and whom a result is «لصالح»', () => {
    expect(people('ويحصل رامي سالم على 55 في المئة من الأصوات وهادي عمران على 45 في المئة.')).toContain('person:هادي عمران');
    expect(people('وجاءت نتائج الانتخابات 52.5% مقابل 47.5% لصالح كريم داود.')).toContain('person:كريم داود');
  });

  it('skips a place the office is in, and a preposition after the name', () => {
    expect(people('فاز مرشح التحالف الحاكم في كندا جون بول سميث بولاية جديدة.')).toEqual(['person:جون بول سميث']);
    expect(people('وفاز المرشح جون بول سميث بنسبة 54%.')).toEqual(['person:جون بول سميث']);
  });

  it('keeps a third name word that begins with «ب» («بريمة», «بدران»), and reads «منافسته» as a title', () => {
    expect(people('وأظهرت النتائج فوز المرشح آدم حسن بريمة من الدور الأول.')).toEqual(['person:ادم حسن بريمه']);
    expect(people('ونال سميث 1.5 مليون صوت مقابل مليون لمنافسته ماري جونز.')).toContain('person:ماري جونز');
  });

  it('reads a name right after a definite title, where an indefinite one heads an office', () => {
    expect(people('وأعلنت الهيئة فوز الرئيس سامي الحداد بولاية ثالثة.')).toEqual(['person:سامي الحداد']);
    expect(people('وقال المرشح الرئاسي سامي الحداد إن النتائج مرضية.')).toEqual(['person:سامي الحداد']);
    expect(people('وقال رئيس حزب الشعب رامي سالم إن الحزب سيطعن.')).toEqual(['person:رامي سالم']);
    expect(people('وقال رئيس حزب الشعب إن الحزب سيطعن.')).toEqual([]);
  });

  it('names no one outside an election or in a run of common words', () => {
    expect(people('ارتفعت أسعار الذهب بنسبة 5% اليوم.')).toEqual([]);
    expect(people('وارتفع عدد المصابين بنسبة 20% خلال يومين.')).toEqual([]);
    expect(people('وفازت الأحزاب المعارضة بنسبة 40% من الأصوات.')).toEqual([]);
    expect(people('وباع التاجر 300 ألف قطعة بـ 5 ملايين دولار.')).toEqual([]);
  });
});
