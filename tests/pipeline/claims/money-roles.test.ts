// What a sum of money is by its role and its unit (lib/pipeline/claims/money.ts): a fine, bail, a
// wage, compensation; a commodity's quote per unit; a sum converted into another currency;
// invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number, published?: string): Claim | undefined =>
  extractClaims(text, { published }).find((c) => c.value === v);

describe('a sum by its role', () => {
  it('reads a fine by its noun or its verb, whatever «قدرها» or «بقيمة» stands beside it', () => {
    expect(byValue('وقضت المحكمة بسجنه ثلاث سنوات وبغرامة مالية قدرها 20 ألف دينار.', 20000)?.concept).toBe('money:fine');
    expect(byValue('وغرّمت المحكمة الشركة مبلغ 4 ملايين ريال.', 4e6)?.concept).toBe('money:fine');
    expect(byValue('وقررت الهيئة تغريم المصرف بقيمة 2 مليون درهم.', 2e6)?.concept).toBe('money:fine');
  });

  it("reads no fine in a law's penalty, only in one imposed", () => {
    expect(byValue('ويعاقب القانون بالسجن وبغرامة تصل إلى 100 ألف دينار كل من يخالف أحكامه.', 100000)?.concept).toBeNull();
    expect(byValue('ويفرض التعديل على المخالف غرامة لا تقل عن 50 ألف ريال مع الحبس.', 50000)?.concept).toBeNull();
  });

  it('never takes a gram for a fine («غرام» shares the stem of «غرامة»)', () => {
    expect(byValue('وبلغ سعر غرام الذهب عيار 21 نحو 3100 جنيه.', 3100)?.concept).not.toBe('money:fine');
  });

  it('reads bail only with «ب» (a worker\'s «كفالة» is his sponsorship)', () => {
    expect(byValue('وأفرجت النيابة عن المتهم بكفالة 5 آلاف جنيه.', 5000)?.concept).toBe('money:bail');
    expect(byValue('ونقل كفالة العامل مقابل 3 آلاف ريال.', 3000)?.concept).not.toBe('money:bail');
  });

  it('never takes a rank («المرتبة») for a salary', () => {
    expect(byValue('وجاءت الشركة في المرتبة الأولى بصادرات قيمتها 12 مليون دينار.', 12e6)?.concept).not.toBe('money:wage');
  });

  it('reads wages and compensation by their nouns', () => {
    expect(byValue('ورفعت الحكومة الحد الأدنى للأجور إلى 6 آلاف جنيه.', 6000)?.concept).toBe('money:wage');
    expect(byValue('وصرفت الوزارة تعويضات بقيمة 12 مليون دينار للمتضررين.', 12e6)?.concept).toBe('money:compensation');
  });

  it('takes the economy\'s sum right before the figure over a loan named further back', () => {
    expect(byValue('قرض الصندوق يرفع الاحتياطيات إلى أكثر من 9 مليارات دولار', 9e9)?.concept).toBe('money:reserves');
    expect(byValue('وسيدعم التمويل الجديد الإيرادات نحو 4 مليارات دولار هذا العام', 4e9)?.concept).toMatch(/^money:revenue/);
    // A loan named right before the figure stays a loan.
    expect(byValue('وقالت الوزارة إن الاحتياطيات ستتحسن بحصول البلاد على قرض 3 مليارات دولار', 3e9)?.concept).toBe('money:loan');
  });

  it('leaves a sum of no known role out', () => {
    expect(byValue('وتتهمه النيابة بجمع ثروة مقدارها 30 مليون جنيه من مصادر مجهولة.', 30e6)?.concept).toBeNull();
  });
});

describe('a quote per unit', () => {
  it('is a quote of the commodity the sentence names before it, figures between', () => {
    expect(byValue('وتراجعت الفضة 1.5 بالمئة إلى 16.40 دولار للأوقية.', 16.4)?.concept).toBe('money:quote:فضه:اوقيه');
    expect(byValue('وصعد خام برنت 2% إلى 71.20 دولار للبرميل.', 71.2)?.concept).toBe('money:quote:برنت:برميل');
  });

  it('reads one unit in its two spellings', () => {
    expect(byValue('وصعدت الفضة إلى 16.40 دولار للأونصة.', 16.4)?.concept).toBe('money:quote:فضه:اوقيه');
  });

  it('tells a futures contract from the spot price', () => {
    expect(byValue('وارتفعت العقود الآجلة للنحاس 1% إلى 8200 دولار للطن.', 8200)?.concept).toBe('money:quote:نحاس:طن:futures');
    expect(byValue('وصعدت عقود القمح الأمريكي 2% إلى 190 دولارا للطن.', 190)?.concept).toBe('money:quote:قمح:طن:futures');
  });

  it("takes no period from a contract's delivery month, and still from a month a figure is of", () => {
    const published = '2015-03-02';
    expect(byValue('ونزلت عقود القمح الأمريكي لشهر مايو 12 سنتا إلى 190 دولارا للطن.', 12, published)?.concept).not.toMatch(/:per:/);
    expect(byValue('وارتفعت صادرات القمح في شهر مايو إلى 12 ألف طن.', 12000, published)?.concept).toMatch(/:per:m:5/);
  });

  it("tells the day's low from the latest quote, and takes no period from the record's span", () => {
    expect(byValue('وهبطت الفضة إلى 14.10 دولار للأوقية مسجلة أدنى مستوى في ست سنوات.', 14.1)?.concept).toBe('money:quote:فضه:اوقيه:low');
    expect(byValue('وارتفعت الفضة 1% لتسجل 14.80 دولار للأوقية في التعاملات الآسيوية.', 14.8)?.concept).toBe('money:quote:فضه:اوقيه');
  });

  it('reads no quote in a threshold or per unit of nothing named', () => {
    expect(byValue('وهبط النحاس دون حاجز 8000 دولار للطن.', 8000)?.concept).toBeNull();
    expect(byValue('وبلغ متوسط السعر 90 دولارا للبرميل.', 90)?.concept).toBeNull();
  });
});

describe('a sum converted into another currency', () => {
  it('is the sum before it, in brackets or after «يعادل»', () => {
    const text = 'وغرّمت المحكمة المتهم 90 ألف دينار (127 ألف دولار).';
    expect(byValue(text, 90000)?.concept).toBe('money:fine');
    expect(byValue(text, 127000)?.concept).toBe('money:fine');
    expect(byValue('وبلغت تعويضات المزارعين 40 مليون جنيه، أي ما يعادل 800 ألف دولار.', 800000)?.concept).toBe('money:compensation');
  });

  it('gives a sum of no known role no concept in either currency', () => {
    expect(byValue('وقدرت ثروته بنحو 40 مليون جنيه (800 ألف دولار).', 800000)?.concept).toBeNull();
  });
});

describe('a loan received', () => {
  it('is the loan, in any case ending, not a tranche of it', () => {
    expect(byValue('وتتسلم الحكومة قرضًا عاجلًا بـ3 مليارات دولار.', 3e9)?.concept).toBe('money:loan');
    expect(byValue('ومنح البنك الشركة قرضا بقيمة 400 مليون دولار.', 4e8)?.concept).toBe('money:loan');
    // A sum received with no loan named is still a tranche of the deal.
    expect(byValue('وتسلمت الحكومة 5 مليارات دولار من الصفقة.', 5e9)?.concept).toBe('money:deal:part');
  });
});

