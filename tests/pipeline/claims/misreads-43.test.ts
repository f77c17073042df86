// Readings fixed in the forty-third round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a heatwave's illness counted in cases (measure.ts);
// a candidate described before her name after «لل» (parties.ts); a minister's portfolio and an
// election's round taken for names (text/people.ts); «توقعاته», a forecast (modality.ts); who
// forecasts, before «يتوقع» (attribution.ts); two forecasters' projections (compare/forecasters.ts);
// the unemployed on a register (rate-group.ts); another event recalled in a month gone by
// (context.ts); an earlier vote's month (previous.ts); a turnout set against another with the
// Arabic «٪» (concept-of.ts), and against the preliminary figures (modality.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { isEarlierMention } from '../../../lib/pipeline/claims/modality';
import type { Claim } from '../../../lib/types';
import { cards, mk } from '../../fixtures/invented-compare';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-06-10' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);

describe('a heatwave’s illness, counted in cases', () => {
  const bulletin = 'أعلنت وزارة الصحة أن المستشفيات استقبلت 418 حالة إجهاد حراري منذ بدء موجة الحر. وتوزعت الحالات على المحافظات: المحافظة الشمالية 163 حالة.';

  it('reads the cases of a heat illness, and the bare cases of its bulletin, as those taken ill', () => {
    expect(claimOf(bulletin, 418)?.concept).toMatch(/^injured(:|$)/);
    expect(claimOf(bulletin, 163)?.concept).toMatch(/^injured(:|$)/);
    expect(claimOf('وسجلت المراكز الصحية 57 حالة ضربة شمس خلال يومين.', 57)?.concept).toMatch(/^injured(:|$)/);
  });

  it('leaves bare cases of an article about no illness unread', () => {
    expect(claimOf('وأعلنت الشرطة أنها تعاملت مع 418 حالة منذ بدء الصيف.', 418)?.concept ?? null).toBeNull();
  });
});

describe('a candidate described before her name', () => {
  it('gives a share «للاشتراكية فلانة …» to the name, not to the description', () => {
    const c = claimOf('وحصل المرشح المحافظ ياروسلاف كوديرا على 31.2% من الأصوات، مقابل 27.8% للاشتراكية ميلينا تاركوفا دوسيك، فيما جاء البقية بعيدا.', 27.8);
    expect(c?.owners).toEqual(['person:ميلينا تاركوفا دوسيك']);
  });

  it('keeps a party named with «لل» by its definite words', () => {
    const c = claimOf('وحصلت قائمة الوفاق على 40% من الأصوات، مقابل 17.7% للسيادة الوطنية.', 17.7);
    expect(c?.owners).toEqual(['person:السياده الوطنيه']);
  });
});

describe('words taken for a candidate’s name', () => {
  const text = 'تصدر المرشح المحافظ ياروسلاف كوديرا الجولة الأولى من الانتخابات الرئاسية بنسبة 31.2%. وحصل كوديرا، وهو وزير مالية سابق، على نحو 1.41 مليون صوت.';

  it('ends a name before the round it tops', () => {
    expect(claimOf(text, 31.2)?.owners).toEqual(['person:ياروسلاف كوديرا']);
  });

  it('gives the votes after an aside to the candidate, not to a minister’s portfolio', () => {
    expect(claimOf(text, 1410000)?.owners).toEqual(['person:ياروسلاف كوديرا']);
  });
});

describe('forecasts and who makes them', () => {
  it('reads a figure a body raised or cut «its forecast» to as a projection', () => {
    expect(claimOf('ورفع المكتب توقعاته لنمو الاقتصاد في عام 2026 إلى 3.7%.', 3.7)?.modality).toBe('projection');
    expect(claimOf('البنك المركزي يخفض توقعه للنمو إلى 3.2% هذا العام', 3.2)?.modality).toBe('projection');
  });

  it('names the forecaster before «يتوقع», without the topic’s «أما»', () => {
    expect(claimOf('ويتوقع البنك المركزي أن يبلغ متوسط التضخم 2.4% في عام 2026.', 2.4)?.attribution).toBe('البنك المركزي');
    expect(claimOf('أما البنك المركزي فيتوقع أن يبلغ متوسط التضخم 2.4% في عام 2026.', 2.4)?.attribution).toBe('البنك المركزي');
  });

  it('puts two forecasters’ projections on no card, and one forecaster’s on one', () => {
    const title = 'التضخم يرتفع إلى 2.9% في مايو';
    const a = mk(title, 'أعلن المعهد أن التضخم بلغ 2.9% في مايو. وقال الخبير الاقتصادي في مصرف الوادي، فلان الفلاني، إنه يتوقع أن يبلغ متوسط التضخم 2.1% في عام 2026.', 'https://a.example/i', '2026-06-01T08:00:00Z');
    const b = mk(title, 'أعلن المعهد أن التضخم بلغ 2.9% في مايو. ويتوقع البنك المركزي أن يبلغ متوسط التضخم 1.8% في عام 2026.', 'https://b.example/i', '2026-06-02T08:00:00Z');
    const c = mk(title, 'أعلن المعهد أن التضخم بلغ 2.9% في مايو. أما البنك المركزي فيتوقع أن يبلغ متوسط التضخم 1.6% في عام 2026.', 'https://c.example/i', '2026-06-03T08:00:00Z');
    expect(cards([a, b])).toEqual([]);
    expect(cards([b, c])).toEqual([[1.6, 1.8]]);
  });

  it('still sets sources’ estimates of an event’s toll against each other', () => {
    const title = 'مخاوف من ارتفاع حصيلة الانهيار';
    const a = mk(title, 'وقالت السلطات المحلية إنها تتوقع أن يرتفع عدد القتلى إلى 300 قتيل.', 'https://a.example/t', '2026-06-01T08:00:00Z');
    const b = mk(title, 'وقال الصليب الأحمر إنه يتوقع أن يرتفع عدد القتلى إلى 450 قتيلا.', 'https://b.example/t', '2026-06-02T08:00:00Z');
    expect(cards([a, b])).toEqual([[300, 450]]);
  });
});

describe('the unemployed on an employment office’s register', () => {
  it('counts them apart from a labour survey’s unemployed', () => {
    expect(claimOf('وأظهرت بيانات الوزارة أن عدد العاطلين المسجلين لدى مكاتب التشغيل بلغ 1,204,300 شخص.', 1204300)?.concept).toBe('unemployed:registered');
    expect(claimOf('وبلغ عدد العاطلين عن العمل 1.9 مليون شخص، وفق مسح القوى العاملة.', 1900000)?.concept).toMatch(/^unemployed(:per:|$)/);
  });
});

describe('another event recalled', () => {
  it('leaves out the toll of an indefinite event recalled in a month gone by', () => {
    expect(claimOf('وكان انفجار في مستودع للوقود بالمدينة قد أودى بحياة 6 عمال في فبراير الماضي.', 6)?.concept ?? null).toBeNull();
  });

  it('keeps the story’s own event told again in the pluperfect', () => {
    expect(claimOf('وكان حريق هائل قد اندلع في المستودع صباح اليوم، وأسفر عن إصابة 27 شخصا.', 27)?.concept).toMatch(/^injured(:|$)/);
  });
});

describe('an earlier vote’s rates', () => {
  it('dates a share by its vote’s month and year', () => {
    expect(claimOf('ويأتي الاستفتاء بعد رفض الناخبين مشروعا سابقا بنحو 58% من الأصوات في استفتاء أكتوبر 2022.', 58)?.concept).toBe('percent:vote:in:2022');
  });

  it('reads a rate set right against a turnout as that vote’s turnout', () => {
    // (Arabic-Indic digits, whose «٪» had let the vote's words name the second rate.)
    const text = 'وبحسب الأرقام الرسمية، أدلى ٤٬١٢٠٬٥٠٠ ناخب بأصواتهم من أصل ٥٬٧٧٩٬١٠٠ ناخب مسجل، أي بنسبة مشاركة بلغت ٧١٫٣٪، مقابل ٦٨٫٨٪ في استفتاء عام ٢٠٢٢.';
    expect(claimOf(text, 71.3)?.concept).toBe('percent:turnout');
    expect(claimOf(text, 68.8)?.concept).toBe('percent:turnout:in:2022');
  });

  it('keeps the preliminary rate a final one is set against out of the read’s figures', () => {
    const sentence = 'وأكدت اللجنة أن نسبة المشاركة بلغت 64.8%، مقابل 63.1% في الأرقام الأولية التي أعلنت فجر اليوم.';
    const at = sentence.indexOf('63.1');
    expect(isEarlierMention(sentence, at, at + '63.1%'.length)).toBe(true);
    const own = sentence.indexOf('64.8');
    expect(isEarlierMention(sentence, own, own + '64.8%'.length)).toBe(false);
  });
});

describe('youth named by the age they are under', () => {
  it('reads youth under 25 as the standard youth, and youth under another age apart', () => {
    expect(claimOf('وارتفع معدل البطالة بين النساء إلى 12.2%، وبين الشباب دون 25 عاما إلى 27.9%.', 27.9)?.concept).toBe('percent:unemployment:among:youth');
    const other = claimOf('وبلغ معدل البطالة بين الشباب دون 30 عاما 19.4%.', 19.4);
    expect(other?.concept).toBe('percent:unemployment:among:youth-under-30');
    expect(other?.label).toContain('دون 30 عاما');
  });
});

describe('a series’ rate beside places its sentence names', () => {
  it('sets two reads’ national youth rates on one card, whatever towns their sentences name', () => {
    const title = 'البطالة ترتفع في الربع الأول';
    const a = mk(title, 'أعلن المعهد أن معدل البطالة بلغ 9.2% في الربع الأول. وبلغ معدل البطالة بين الشباب 24.6%، فيما سجلت مدينة ترانيا أعلى معدل بين المدن.', 'https://a.example/y', '2026-04-28T08:00:00Z');
    const b = mk(title, 'أعلن المعهد أن معدل البطالة بلغ 9.2% في الربع الأول. وبلغ معدل البطالة بين الشباب 25.3%، فيما سجلت مدينة كوريلا أدنى معدل بين المدن.', 'https://b.example/y', '2026-05-12T08:00:00Z');
    expect(cards([a, b])).toEqual([[24.6, 25.3]]);
  });
});

describe('who raises or cuts a forecast', () => {
  it('names the body that revises its own forecast, after the verb or before it', () => {
    expect(claimOf('ورفع المكتب توقعاته لنمو الاقتصاد في عام 2026 إلى 3.7%.', 3.7)?.attribution).toBe('المكتب');
    expect(claimOf('وخفض البنك المركزي، الخميس، توقعه لنمو الاقتصاد في عام 2026 إلى 3.2%.', 3.2)?.attribution).toBe('البنك المركزي');
    expect(claimOf('وجاء ذلك قريبا من مكتب الإحصاء، الذي رفع الثلاثاء توقعه لنمو العام إلى 3.4%.', 3.4)?.attribution).toBe('مكتب الإحصاء');
  });

  it('keeps the statistics office’s and the bank’s revised forecasts off one card', () => {
    const title = 'النمو يتسارع في الربع الثالث';
    const a = mk(title, 'أعلن مكتب الإحصاء أن الاقتصاد نما 4.1% في الربع الثالث. ورفع المكتب توقعاته لنمو الاقتصاد في عام 2026 إلى 3.7%.', 'https://a.example/g', '2026-12-01T08:00:00Z');
    const b = mk(title, 'أعلن مكتب الإحصاء أن الاقتصاد نما 4.1% في الربع الثالث. وخفض البنك المركزي، الخميس، توقعه لنمو الاقتصاد في عام 2026 إلى 3.2%.', 'https://b.example/g', '2026-12-03T08:00:00Z');
    expect(cards([a, b])).toEqual([]);
  });
});

describe('an analyst’s reading of a vote', () => {
  it('reads the seats an analyst gives as his projection, and the electoral body’s as the count', () => {
    expect(claimOf('وقال المحلل السياسي فلان الفلاني إن النتائج الحالية تشير إلى حصول تحالف الوادي على 12 مقعدا.', 12)?.modality).toBe('projection');
    expect(claimOf('وأعلنت اللجنة الانتخابية حصول تحالف الوادي على 11 مقعدا.', 11)?.modality).toBe('count');
  });
});

describe('trade on the balance-of-payments basis', () => {
  it('keys a central bank’s trade figures on that basis apart, and labels them so', () => {
    const bop = claimOf('وأظهرت بيانات ميزان المدفوعات أن صادرات السلع بلغت 3.12 مليار دولار في أبريل.', 3120000000);
    expect(bop?.concept).toMatch(/^money:exports:bop(:|$)/);
    expect(bop?.label).toContain('ميزان المدفوعات');
    expect(claimOf('وبلغت صادرات السلع 3.26 مليار دولار في أبريل، وفق وزارة التجارة.', 3260000000)?.concept).toMatch(/^money:exports(:per:|$)/);
  });
});

describe('a per-place list with the noun and its verb before the first place', () => {
  it('gives each item only its own place', () => {
    const text = 'وقال المتحدث إن 27 من القتلى سقطوا في منطقة بارنيا و11 في منطقة كوليسا.';
    expect(claimOf(text, 11)?.places).toEqual(['place:كوليسا']);
    expect(claimOf(text, 27)?.places).toEqual(['place:بارنيا']);
  });
});
