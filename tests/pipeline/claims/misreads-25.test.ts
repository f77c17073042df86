// Numbers read wrong in real news of the stream and in the sixth invented batch's developed half
// (the twenty-fifth round). Invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number, published: string | null = null): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('a year written with its era letter («2025م», «1447هـ»)', () => {
  it('keeps the noun before it within reach of the figure after it', () => {
    // (The same sentence without the letter reads the loan; with it, the letter was one word too many.)
    const c = byValue('وأوضح أن رصيد القروض القائمة في نهاية العام 2025م ارتفع ليبلغ نحو 210.5 مليار ريال.', 210_500_000_000, '2026-03-02');
    expect(c?.concept).toMatch(/^money:loan/);
    expect(byValue('وأوضح أن رصيد القروض القائمة في نهاية العام 2025 ارتفع ليبلغ نحو 210.5 مليار ريال.', 210_500_000_000, '2026-03-02')?.concept).toBe(c?.concept);
  });
});

describe('attackers an event struck («مقتل 12 مهاجما»)', () => {
  it('are counted as the militants other outlets call them', () => {
    expect(byValue('وقتلت قوات الأمن 12 مهاجما خلال الاشتباكات.', 12)?.concept).toBe('death:militant');
    expect(byValue('وأسفرت الاشتباكات عن مقتل 17 من المهاجمين.', 17)?.concept).toBe(byValue('وأسفرت الاشتباكات عن مقتل 17 من المسلحين.', 17)?.concept);
  });

  it('stay a team’s strikers when nothing struck them', () => {
    expect(byValue('وتعاقد النادي مع 3 مهاجمين هذا الصيف.', 3)?.concept).not.toMatch(/militant/);
  });
});

describe('people «من السيول»: what struck them, not a group they are some of', () => {
  it('keeps the verb’s event and the counted people', () => {
    expect(byValue('وتضرر 430 ألف شخص من السيول.', 430_000)?.concept).toBe('affected');
    expect(byValue('وقتل 43 شخصا من الزلزال.', 43)?.concept).toBe('death');
    // A group they are some of stays the group: «120 من الأسرى».
    expect(byValue('وأفرج عن 120 من الأسرى.', 120)?.concept).not.toBe(null);
  });

  it('reads «تضرروا» after its subject', () => {
    expect(byValue('وأشار المتحدث إلى أن نحو 430 ألف شخص تضرروا في مختلف المناطق.', 430_000)?.concept).toBe('affected');
  });
});

describe('a province a list item’s figure follows', () => {
  it('is that figure’s place, not a later figure’s', () => {
    const text = 'وسجلت منطقة كاسيندي 19 وفاة، والعاصمة 7 وفيات، بحسب المتحدث، الذي أشار إلى أن نحو 430 ألف شخص تضرروا في مختلف المناطق.';
    expect(byValue(text, 19)?.places).toEqual(['place:كاسيندي']);
    expect(byValue(text, 430_000)?.places ?? []).toEqual([]);
  });

  it('stays the place of the event it names for every figure after it', () => {
    const text = 'ارتفعت حصيلة الزلزال الذي ضرب محافظة كاسيندي إلى 52 قتيلا، فيما تجاوز عدد الجرحى 600 شخص.';
    expect(byValue(text, 600)?.places).toEqual(byValue(text, 52)?.places);
    expect(byValue(text, 600)?.places?.length).toBe(1);
  });
});

describe('an emergency or free number («برقم الطوارئ 118»)', () => {
  it('is a number to call, no count', () => {
    expect(byValue('ودعت السكان إلى الاتصال برقم الطوارئ 118 للإبلاغ عن أي تشققات.', 118)?.comparable).toBe(false);
    expect(byValue('ويمكن الاتصال بالرقم المجاني 8002 على مدار الساعة.', 8002)?.comparable).toBe(false);
  });
});

describe('houses a disaster buried, and houses still standing but threatened', () => {
  it('reads «طمر» as destroyed and «مهددا بالانهيار» as threatened, whatever collapse it fears', () => {
    const text = 'وطمر الانزلاق 57 منزلا، وأُخلي نحو 150 منزلا آخر مهددا بالانهيار.';
    expect(byValue(text, 57)?.concept).toBe('building:destroyed');
    expect(byValue(text, 150)?.concept).toBe('building:threatened');
    expect(byValue('وأمرت السلطات بإخلاء 112 منزلا مهددا في الأحياء المجاورة.', 112)?.concept).toBe('building:threatened');
  });
});

describe('people in the shelters an authority opened', () => {
  it('are counted by the shelter, whichever verb or noun names them', () => {
    expect(byValue('ولجأ نحو 420 شخصا من سكان الحي إلى مدارس حولتها البلدية إلى مراكز إيواء.', 420)?.concept).toBe('sheltered');
    expect(byValue('وأفادت البلدية بأن عدد من لجأوا إلى مراكز الإيواء تجاوز 600 شخص.', 600)?.concept).toBe('sheltered');
    expect(byValue('فيما بلغ عدد المقيمين في مراكز الإيواء 612 شخصا.', 612)?.concept).toBe('sheltered');
  });

  it('stay the displaced where the head before the figure names them so', () => {
    expect(byValue('وارتفع عدد النازحين إلى 1200 شخص لجؤوا إلى مدارس في بلدة مجاورة.', 1200)?.concept).toBe('displaced');
    expect(byValue('ويبلغ عدد سكان المدينة 400 ألف نسمة.', 400_000)?.concept).toBe('population');
  });
});

describe('growth of an economy’s output named with its adjectives', () => {
  it('reads «الناتج المحلي الإجمالي بالأسعار الثابتة نما» as the economy’s growth', () => {
    expect(byValue('وأفاد بأن الناتج المحلي الإجمالي بالأسعار الثابتة نما بنسبة 3.4% خلال العام.', 3.4)?.concept).toMatch(/^percent:growth/);
  });

  it('leaves a sector a minister of the economy speaks of, and a sum’s own growth, out', () => {
    expect(byValue('وقال وزير الاقتصاد إن القطاع نما بنسبة 5%.', 5)?.concept ?? null).toBeNull();
    expect(byValue('لتبلغ التحويلات 35.8 مليار دولار بنمو نسبته 3.7%.', 3.7)?.concept ?? '').not.toMatch(/^percent:growth/);
  });
});

describe('a banking sector’s assets and the credit it extended', () => {
  it('are sums of their own, never a deal’s value', () => {
    expect(byValue('في حين بلغ إجمالي أصول القطاع المصرفي 48.7 مليار ريال.', 48_700_000_000)?.concept).toBe('money:assets');
    expect(byValue('وأشارت البيانات إلى ائتمان بقيمة 33.8 مليار ريال.', 33_800_000_000)?.concept).toBe('money:credit');
    expect(byValue('وأظهرت البيانات أن إجمالي الائتمان المصرفي بلغ 34.1 مليار ريال.', 34_100_000_000)?.concept).toBe('money:credit');
  });
});

describe('«N منهم» right after a figure of what was counted before', () => {
  it('is some of them, no topic of its own', () => {
    const text = 'وأضاف أن الوفيات الثلاث لعمال وافدين، توفي اثنان منهم في موقعي بناء.';
    expect(byValue(text, 3)?.concept).toMatch(/^death/);
    expect(byValue(text, 2)?.concept ?? null).toBeNull();
  });

  it('leaves those of the registered who voted a count of voters', () => {
    expect(byValue('وبلغ عدد المسجلين 9 ملايين ناخب، أدلى 5 ملايين منهم بأصواتهم.', 5_000_000)?.concept).toMatch(/^voter/);
  });
});

describe('a toll of what has gone on for weeks («منذ أسابيع»)', () => {
  it('is its running total, as one «منذ مطلع يونيو» is', () => {
    const weeks = byValue('وارتفعت حصيلة ضحايا الفيضانات التي تضرب البلاد منذ أسابيع إلى 203 قتلى.', 203, '2026-08-25');
    const month = byValue('وأودت الفيضانات بحياة 187 شخصا في مختلف أنحاء البلاد منذ مطلع يونيو.', 187, '2026-08-25');
    expect(weeks?.concept).toBe(month?.concept);
    expect(weeks?.concept).toMatch(/:since$/);
  });

  it('leaves a fire of some hours the event’s own toll', () => {
    expect(byValue('وقتل 5 أشخاص في الحريق الذي اندلع منذ عدة ساعات.', 5, '2026-08-25')?.concept).toBe('death');
  });
});

describe('a rate named by «معدل» and a noun in construct («معدل كفاية رأس المال»)', () => {
  it('is that rate in each outlet’s wording', () => {
    const a = byValue('إذ بلغ معدل كفاية رأس المال 18.9%، وهو أعلى من الحد الأدنى.', 18.9);
    const b = byValue('وأوضح التقرير أن معدل كفاية رأس المال للقطاع المصرفي بلغ 19.1%.', 19.1);
    expect(a?.concept).toMatch(/^percent:rate:/);
    expect(b?.concept).toBe(a?.concept);
  });
});
