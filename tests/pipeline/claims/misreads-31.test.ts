// Readings fixed in the thirty-first round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: an economy's output and remittances are sums of their own,
// the output at current apart from constant prices and cash apart from personal remittances
// (money.ts); a calendar period with its year after a figure dates it (previous.ts); a share of
// the output that rose is no growth (rates.ts); a list of sectors' rates, an activity as a sector,
// a ranking of sectors no sector (sector.ts); a toll's places — «منهم في X», a verb of falling no
// place's name, «في بلدة X» a placed part, an area that locates a town, a parish, a saint's name
// (list-places.ts, index.ts, scope.ts, gazetteer.ts, entities.ts); what came with a count's change
// names no one it counts (concept-of.ts); a list of parties' shares and seats (index.ts,
// concept-of.ts); a rate's yearly adjective beside its month, a report's own date, a list line's
// label, a change named by its base, «متوقعا» (period.ts, rates.ts, index.ts, report-month.ts,
// modality.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-11-20'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);
const conceptOf = (text: string, v: number, published = '2026-11-20'): string | null | undefined => claimOf(text, v, published)?.concept;
const placesOf = (text: string, v: number): string[] => claimOf(text, v)?.places ?? [];
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];

describe('an economy’s output', () => {
  it('reads the output at current prices as the output, never a price', () => {
    expect(conceptOf('وبالأسعار الجارية، بلغ الناتج المحلي الإجمالي 7.25 مليار دينار خلال الربع.', 7.25e9)).toBe('money:gdp:current');
    expect(conceptOf('فيما تراجع الناتج بالأسعار الجارية إلى 61,4 مليار روبية.', 61.4e9)).toBe('money:gdp:current');
  });

  it('keeps the output at constant prices apart', () => {
    expect(conceptOf('وبلغ الناتج المحلي الإجمالي بالأسعار الثابتة 58.3 مليار ريال.', 58.3e9)).toBe('money:gdp:constant');
    expect(conceptOf('إذ بات الناتج الحقيقي لتلك الفترة يقدر بنحو 58.9 مليار ريال.', 58.9e9)).toBe('money:gdp:constant');
  });

  it('reads the basis a headline names after the figure', () => {
    expect(conceptOf('58.3 مليار ريال الناتج الحقيقي للبلاد في الربع الثاني', 58.3e9)).toBe('money:gdp:constant');
  });
});

describe('remittances', () => {
  it('reads money sent home as remittances', () => {
    expect(conceptOf('وارتفعت تحويلات المغتربين إلى 4.6 مليار دولار.', 4.6e9)).toBe('money:remittance');
  });

  it('keeps cash and personal remittances apart', () => {
    const cash = conceptOf('وبلغت التحويلات النقدية 12.4 مليار دولار.', 12.4e9);
    const personal = conceptOf('وبلغت التحويلات الشخصية 13.9 مليار دولار.', 13.9e9);
    expect(cash).toMatch(/^money:remittance:/);
    expect(personal).toMatch(/^money:remittance:/);
    expect(cash).not.toBe(personal);
  });
});

describe('a calendar period with its year after the figure', () => {
  it('dates a figure of an earlier year’s quarter', () => {
    expect(conceptOf('وكان الناتج المحلي الإجمالي بالأسعار الثابتة قد بلغ 54.2 مليار ريال في الربع الثاني من 2025، وفق المجلس.', 54.2e9)).toBe('money:gdp:constant:in:2025');
  });

  it('leaves a figure of the year of publication undated, whatever later year the article names', () => {
    const text = 'وقال المكتب إن الاقتصاد نما بنسبة 2.6% في الربع الثالث من 2026. ويتوقع المكتب نموا بنسبة 3% في 2027.';
    expect(conceptOf(text, 2.6)).not.toMatch(/:in:/);
  });
});

describe('sectors of an economy', () => {
  it('reads a share of the output that rose as no growth', () => {
    expect(conceptOf('وسجلت الأنشطة غير النفطية نموا بنسبة 4.2%، لترتفع حصتها من الناتج إلى 61.7%.', 61.7)).toBeNull();
  });

  it('reads an activity’s growth as a sector’s, and a ranking of sectors as no sector', () => {
    expect(conceptOf('في المقابل، انكمش نشاط البناء بنسبة 2.9% على أساس سنوي.', 2.9)).toMatch(/^percent:growth:sector:بناء:down/);
    expect(conceptOf('وتصدر قطاع تجارة الجملة قائمة القطاعات الأسرع نموا بارتفاع نسبته 8.3%.', 8.3) ?? '').not.toMatch(/sector:اسرع/);
  });

  it('reads the next items of a list of sectors’ rates as those sectors’', () => {
    const text = 'وارتفعت تقديرات نمو قطاع السياحة والضيافة إلى 11.6%، والصناعات التحويلية إلى 2.4%.';
    expect(conceptOf(text, 2.4)).toMatch(/^percent:growth:sector:/);
    expect(conceptOf(text, 2.4)).not.toBe(conceptOf(text, 11.6));
    expect(conceptOf('وتسارع نمو قطاع الصيد البحري إلى 6.2%، ثم الخدمات المالية بنسبة 3.1%.', 3.1)).toMatch(/^percent:growth:sector:/);
  });
});

describe('a toll’s places', () => {
  const toll = 'ارتفعت حصيلة ضحايا السيل إلى 31 قتيلا، سقط 17 منهم في بلدة ريفاكوتا، و9 في قرية مالوشان، و5 في أطراف المدينة.';
  it('reads «منهم» before a place as that place’s part, never a verb as a place', () => {
    expect(conceptOf(toll, 17)).toBe('death');
    expect(placesOf(toll, 17).join()).not.toMatch(/سقط/);
  });

  it('reads some of the dead in a named town as that town’s dead', () => {
    expect(conceptOf('قتل 31 شخصا في السيل. وسقط 17 من القتلى في بلدة ريفاكوتا، و9 في قرية مالوشان.', 17)).toBe('death');
  });

  it('reads the area that locates a town as no second place', () => {
    expect(placesOf('وأوضحت الوزارة أن 11 من القتلى سقطوا في بلدة ريفاكوتا بمنطقة تولوسا، و5 في قرية مالوشان.', 11)).toHaveLength(1);
  });

  it('reads a parish with a saint’s name as one place of its own', () => {
    const a = placesOf('وقال المكتب إن 4 من القتلى سقطوا في أبرشية سانت أوريان، و3 في أبرشية سانت ميلور.', 4);
    const b = placesOf('وقال المكتب إن 4 من القتلى سقطوا في أبرشية سانت أوريان، و3 في أبرشية سانت ميلور.', 3);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]).not.toBe(b[0]);
  });

  it('reads zones named by their direction, and a list’s counts in brackets after them', () => {
    const text = 'وسجلت المنطقة الشمالية العدد الأكبر من النازحين بـ71,200 شخص، تلتها المنطقة الجنوبية الغربية (43,900) ثم المنطقة الوسطى (28,650).';
    expect(placesOf(text, 71200)).toEqual(['place:منطقه شماليه']);
    expect(conceptOf(text, 43900)).toBe('displaced');
    expect(placesOf(text, 43900)).toEqual(['place:منطقه جنوبيه غربيه']);
    expect(placesOf(text, 28650)).toEqual(['place:منطقه وسطي']);
  });

  it('keeps a footnote’s small number and a phone number in brackets out', () => {
    expect(claimOf('وقال التقرير إن الحادث وقع في المنطقة الشرقية (3) من المخطط.', 3)?.comparable).toBe(false);
    // (Nor a phone number in brackets.)
    expect(extractClaims('للتواصل مع أسرة الفقيد (0561234987) أو (0598765432).', { published: '2026-11-20' }).some((c) => c.comparable)).toBe(false);
  });

  it('reads a toll’s own adjective as no counted noun', () => {
    expect(conceptOf('ارتفعت الحصيلة الرسمية للقتلى في الجزيرة إلى 23، بحسب آخر تحديث.', 23)).toBe('death');
  });

  it('keeps a parent’s children out', () => {
    expect(claimOf('وقالت المرأة، وهي أم لستة أطفال، إنها مشت ثلاثة أيام.', 6)?.comparable).toBe(false);
    expect(claimOf('وقال الرجل، وهو أب لـ4 أبناء، إن المياه غمرت بيته.', 4)?.comparable).toBe(false);
  });

  it('reads those missing whatever rescue came with the count’s change', () => {
    expect(conceptOf('وتراجع عدد المفقودين إلى 19 مع عثور فرق الإنقاذ على عدد منهم أحياء.', 19)).toBe('missing');
  });
});

describe('a list of parties’ results', () => {
  const vote = 'جرت الانتخابات البرلمانية الأحد. ';
  const list = vote + 'وحصلت جبهة الرواسي على 26.3% و23 مقعدا، وحزب الضفاف على 12.8% و10 مقاعد، والوفاق الأزرق على 6.1% وأربعة مقاعد.';
  it('reads the next party’s share and seats, its party noun or its name opening the item', () => {
    expect(conceptOf(list, 12.8)).toBe('percent:vote');
    expect(ownersOf(list, 12.8)).toEqual(['person:حزب الضفاف']);
    expect(conceptOf(list, 6.1)).toBe('percent:vote');
    expect(ownersOf(list, 6.1)).toEqual(['person:الوفاق الازرق']);
  });

  it('gives seats written in words with their «و» to the party whose share they follow', () => {
    const words = vote + 'وحصلت جبهة الرواسي على 26.3% و23 مقعدا، وحركة الوفاق على 9.7% وأربعة عشر مقعدا.';
    expect(ownersOf(words, 14)).toEqual(['person:حركه الوفاق']);
  });

  it('reads the seats a majority takes apart from a party’s seats', () => {
    expect(conceptOf(vote + 'ويحتاج أي حزب إلى 19 مقعدا لتشكيل الحكومة.', 19)).toBe('seat:majority');
    expect(conceptOf(vote + 'وبقي التحالف دون الأغلبية المطلقة البالغة 46 مقعدا.', 46)).toBe('seat:majority');
    // (A party's majority is its own seats.)
    expect(conceptOf(vote + 'المحكمة تقلص أغلبية الحزب الحاكم إلى 47 مقعدا', 47)).toBe('seat');
  });

  it('reads some of the assembly’s seats as seats', () => {
    expect(conceptOf(vote + 'وأعلنت اللجنة حصول التحالف على 33.2% من الأصوات، ما يمنحه 29 من مقاعد البرلمان الـ90.', 29)).toBe('seat');
  });
});

describe('a monthly report’s rates', () => {
  const published = '2026-12-07';
  it('reads a rate’s yearly adjective as its base and the month after it as its period', () => {
    expect(conceptOf('فقد بلغ التضخم السنوي 5.2% في نوفمبر/تشرين الثاني.', 5.2, published)).toMatch(/^percent:inflation:per:m:11/);
  });

  it('reads the month a report came out as no month of its figures', () => {
    expect(conceptOf('وكان البنك قد توقع في تقرير السياسة النقدية الصادر في سبتمبر أن يبلغ التضخم 4.2% في نهاية العام.', 4.2, published) ?? '').not.toMatch(/:per:m:9/);
  });

  it('reads a list line’s label before its colon as the rate, with its period', () => {
    expect(conceptOf('- التضخم الأساسي (باستثناء الأغذية الطازجة والطاقة): 3.3% على أساس سنوي', 3.3, published)).toMatch(/^percent:inflation:core/);
    expect(conceptOf('- التضخم المتراكم منذ مطلع العام: 2.9%', 2.9, published)).toMatch(/^percent:inflation:per:ytd/);
  });

  it('reads a change named only by its base as the sentence’s rate on that base', () => {
    const text = 'سجل مؤشر أسعار المستهلك ارتفاعا سنويا بنسبة 5.2% في نوفمبر، بعد 4.8% في أكتوبر، فيما بلغ الارتفاع الشهري 0.4%.';
    expect(conceptOf(text, 0.4, published)).toBe('percent:inflation:base:m');
  });

  it('reads a rate an economist is «expecting» as a projection', () => {
    expect(claimOf('ويرى الاقتصادي أن البنك لن يرفع الفائدة، متوقعا أن يغلق التضخم العام عند 5.6%.', 5.6, published)?.modality).toBe('projection');
  });
});
