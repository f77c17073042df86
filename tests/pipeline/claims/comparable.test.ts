// Which figures may be compared at all (lib/pipeline/claims/comparable.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const claimOf = (text: string, v: number) => extractClaims(text, { published: '2024-05-04' }).find((c) => c.value === v);

describe('an age is never a figure to compare', () => {
  it('keeps a decade of life and a child\'s age off every card, whatever event word stands near', () => {
    expect(claimOf('واحتجزت دورية المرور سائقا متهورا يبلغ من العمر ما بين العشرين والثلاثين، أي في العقد الثالث من عمره.', 3)?.comparable).toBe(false);
    expect(claimOf('وأصيبت طفلة في العاشرة من عمرها بجروح.', 10)?.comparable).toBe(false);
  });

  it('still compares the count beside it', () => {
    const c = claimOf('واعتقلت الشرطة 4 أشخاص، أحدهم في العقد الثالث من العمر.', 4);
    expect(c?.comparable).toBe(true);
    expect(c?.concept).toBe('arrested');
  });
});

describe('the agencies\' decimal mark «ر»', () => {
  it('reads «64ر52 بالمائة» as a share like 52.64, not a name with digits', () => {
    const c = claimOf('وحصل المرشح على 64ر52 بالمائة من الأصوات في الانتخابات الرئاسية.', 52.64);
    expect(c?.comparable).toBe(true);
    expect(c?.concept).toBe('percent:vote');
    // Letters glued to digits still make a name.
    expect(claimOf('وحلقت طائرة من طراز إف16 فوق المدينة.', 16)?.comparable ?? false).toBe(false);
  });
});

describe('a number to call', () => {
  it('is no figure after a phone word («الاتصال بالخط الساخن 111»), a count with its noun still is', () => {
    expect(claimOf('ودعت الوزارة المواطنين إلى الاتصال بالخط الساخن 111.', 111)?.comparable ?? false).toBe(false);
    expect(claimOf('ودعت الوزارة المواطنين إلى الاتصال على الهاتف 19999.', 19999)?.comparable ?? false).toBe(false);
    expect(claimOf('وقالت الوزارة إن 111 شخصا توفوا بالكوليرا.', 111)?.comparable).toBe(true);
  });
});

describe('a Latin code before a number, with a space', () => {
  it('names a flight or a model («الرحلة رقم “XY 482”», «iPhone 15»): no figure', () => {
    expect(claimOf('وقال المسؤول إن الرحلة “XY 482” تحطمت بعد دقائق من الإقلاع.', 482)?.comparable).toBe(false);
    expect(claimOf('وأعلنت الشركة بيع أكثر من 482 هاتفا من طراز جديد.', 482)?.comparable).toBe(true);
  });
});

describe('a formation or a list named by its number', () => {
  it('keeps the number naming a brigade or a list off every card', () => {
    expect(claimOf('وتقدمت قوات اللواء 41 نحو المدينة.', 41)?.comparable).toBe(false);
    expect(claimOf('وأدرج اسمه بقائمة الـ 27 مطلوبا.', 27)?.comparable).toBe(false);
  });

  it('reads a sum after «القائمة» (outstanding) as a sum', () => {
    const c = claimOf('وبلغت القروض القائمة 64.2 مليار ريال.', 64_200_000_000);
    expect(c?.comparable).toBe(true);
    expect(c?.concept).toBe('money:loan');
  });
});

describe('numbers that name a flight, a road mark or a model', () => {
  it('keeps them off every card', () => {
    expect(claimOf('وكانت الطائرة تقوم بالرحلة 318 المتجهة إلى المدينة.', 318)?.comparable).toBe(false);
    expect(claimOf('وانقلبت مركبة بالكيلو 45 بطريق المدينة.', 45)?.comparable).toBe(false);
    expect(claimOf('وتسلم الجيش طائرات الـF- 35 الجديدة.', 35)?.comparable).toBe(false);
  });

  it('still measures a trip in a measure', () => {
    expect(claimOf('وقطعت الرحلة 420 كيلومترا.', 420)?.comparable).toBe(true);
  });
});

describe('a clock time told by its time zone', () => {
  it('is no figure', () => {
    expect(claimOf('وهاجمت الطائرات في السادسة صباحا (2.45 توقيت غرينتش).', 2.45)?.comparable).toBe(false);
    expect(claimOf('وبدأ التصويت عند 7.30 بتوقيت غرينتش.', 7.3)?.comparable).toBe(false);
  });
});
