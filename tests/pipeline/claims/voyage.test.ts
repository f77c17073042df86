// Those aboard a vessel, its survivors, «في عداد», bodies, an aside after a verb, a nationality
// list, a hotline number, a place located by its country, the geological survey
// (lib/pipeline/claims/voyage.ts, counted-among.ts, concept-of.ts, scope.ts, modality.ts):
// invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text).find((c) => c.value === v);

describe('those aboard a vessel', () => {
  it('reads a verb of carrying before the figure as those aboard, whatever word of drowning follows', () => {
    expect(byValue('وقال الحرس البحري إن زورقا يقل نحو 300 مهاجر انقلب قرب الساحل.', 300)?.concept).toBe('aboard');
    expect(byValue('وكانت السفينة تحمل 45 راكبا عندما غرقت في النهر.', 45)?.concept).toBe('aboard');
  });

  it('reads «على متنه» before the figure as those aboard', () => {
    expect(byValue('وأبحر المركب من الميناء وعلى متنه أكثر من 90 شخصا.', 90)?.concept).toBe('aboard');
    expect(byValue('وقدرت المنظمة أن عدد من كانوا على متنه يزيد على 70 مهاجرا.', 70)?.concept).toBe('aboard');
  });

  it('reads «كانوا على متن» after the figure as those aboard unless a verb before it says what happened', () => {
    expect(byValue('ونجا 20 مهاجرا من بين 64 كانوا على متن المركب الغارق.', 64)?.concept).toBe('aboard');
    expect(byValue('وغرق 30 شخصا كانوا على متن العبارة.', 30)?.concept).toBe('death');
    expect(byValue('وأنقذ الحرس البحري 50 مهاجرا كانوا على متن قارب مطاطي.', 50)?.concept).toBe('rescued:migrant');
  });

  it('reads «على متن» right after the noun as those aboard, whoever told the figure', () => {
    expect(byValue('وتحدث ناجون عن وجود ما بين 400 و750 شخصا على متن السفينة.', 400)?.concept).toBe('aboard');
    expect(byValue('وقال ناجون إن 500 شخص على متن القارب.', 500)?.concept).toBe('aboard');
    expect(byValue('وغرق 30 شخصا على متن قارب صيد.', 30)?.concept).toBe('death');
    expect(byValue('وأنقذت البحرية 50 مهاجرا على متن قارب مطاطي.', 50)?.concept).toBe('rescued:migrant');
  });

  it('never reads bodies found aboard as those aboard', () => {
    expect(byValue('وعثرت الفرق على متن المركب على جثث خمسة أشخاص.', 5)?.concept).toBe('bodies');
  });

  it('counts those a boat brought to land as survivors', () => {
    expect(byValue('ورسا في الميناء مساء أمس مركب خشبي على متنه 130 مهاجرا.', 130)?.concept).toBe('rescued');
  });
});

describe('survivors', () => {
  it('reads a verb of survival before the figure as survivors, never as deaths', () => {
    expect(byValue('ونجا 36 شخصا من الغرق بعد انقلاب الزورق.', 36)?.concept).toBe('rescued');
    expect(byValue('فيما نجا 8 عمال من تحت الركام.', 8)?.concept).toBe('rescued:worker');
  });

  it('reads a verb of survival or rescue right after the figure as survivors', () => {
    expect(byValue('وقال المسؤول إن 73 شخصا نجوا من الحادث.', 73)?.concept).toBe('rescued');
    expect(byValue('وأكد الحرس أن 19 شخصا أنقذوا قبالة الجزيرة.', 19)?.concept).toBe('rescued');
  });

  it('keeps a nationality of a list of survivors out of the whole count: a part, its nationality the owner', () => {
    const text = 'وقال المتحدث إن الناجين هم 12 تونسيا و9 سوريين.';
    expect([byValue(text, 12)?.concept, byValue(text, 12)?.owners]).toEqual(['rescued:part', ['tn']]);
    expect([byValue(text, 9)?.concept, byValue(text, 9)?.owners]).toEqual(['rescued:part', ['sy']]);
    // (A list of nationalities of whom nothing is said counts no clear thing.)
    expect(byValue('وصل 12 تونسيا و9 سوريين إلى الميناء.', 12)?.concept).toBeNull();
  });
});

describe('what a figure is counted among', () => {
  it('reads «في عداد X» after «ما زالوا» as X', () => {
    expect(byValue('وأضاف أن 17 شخصا ما زالوا في عداد المفقودين.', 17)?.concept).toBe('missing');
  });

  it('keeps the verb before an aside as the figure\'s event, not the verb of the next figure', () => {
    const text = 'قتل 11 شخصا على الأقل، بينهم طفلان، وأصيب 30 آخرون في الهجوم.';
    expect(byValue(text, 11)?.concept).toBe('death');
    expect(byValue(text, 30)?.concept).toBe('injured');
  });
});

describe('numbers that name, and who a figure belongs to', () => {
  it('never compares a telephone or hotline number', () => {
    expect(byValue('ودعت الوزارة الأهالي إلى الاتصال بالرقم 1455 للإبلاغ عن المفقودين.', 1455)?.comparable).toBe(false);
    expect(byValue('وخصصت الهيئة الخط الساخن 190 لأسر الضحايا.', 190)?.comparable).toBe(false);
  });

  it('reads the country after a direction word as where the province lies, not whose toll', () => {
    const c = byValue('ارتفعت حصيلة الفيضانات التي ضربت محافظة الوادي الأخضر جنوب شرقي مصر إلى 44 قتيلا.', 44);
    expect(c?.owners ?? []).not.toContain('eg');
    expect((c?.places ?? []).length).toBe(1);
    expect(c?.adminPlace).toBe(true);
  });

  it('never takes the geological survey for a poll', () => {
    const text = 'وقالت السلطات إن الزلزال الذي بلغت قوته 5.9 درجة بحسب هيئة المسح الجيولوجي الأمريكية أودى بحياة 12 شخصا.';
    expect(byValue(text, 12)?.modality).toBe('count');
    expect(byValue('وأظهر مسح للرأي أن 40 بالمئة من الناخبين يؤيدون الاقتراح.', 40)?.modality).toBe('projection');
  });
});

describe('groups, teams and places of a disaster', () => {
  it('counts rescue teams apart from any other team', () => {
    expect(byValue('وأرسلت الحكومة 18 فريق إنقاذ إلى القرى المنكوبة.', 18)?.concept).toBe('team:rescue');
    expect(byValue('ويشارك 18 فريقا في البطولة هذا الموسم.', 18)?.concept).not.toBe('team:rescue');
  });

  it('reads some of the inhabitants by what happened to them', () => {
    expect(byValue('وأفاد المسؤول بأن نحو 600 من السكان نزحوا إلى المدينة.', 600)?.concept).toBe('displaced');
    expect(byValue('وقال إن قرابة 700 من السكان فروا من البلدة.', 700)?.concept).toBe('displaced');
    expect(byValue('وتقع البلدة التي يبلغ عدد سكانها نحو 4 آلاف نسمة قرب الحدود.', 4000)?.concept).toBe('population');
  });

  it('counts foreigners after «، بينهم» among the toll given before', () => {
    const text = 'وقالت الشرطة إن 12 شخصا قتلوا في التفجير الذي استهدف مطعما في وسط العاصمة، بينهم خمسة أجانب.';
    expect(byValue(text, 5)?.concept).toBe('death:foreigner');
  });

  it('reads the province a toll\'s cause struck as the toll\'s place', () => {
    const c = byValue('لقي 13 شخصا حتفهم جراء سيول اجتاحت ولاية الوادي الأخضر ليل الجمعة.', 13);
    expect(c?.concept).toBe('death');
    expect((c?.places ?? []).length).toBe(1);
    expect(c?.adminPlace).toBe(true);
    // (The side that struck is no place: "جراء غارة إسرائيلية".)
    expect(byValue('قتل 6 أشخاص جراء غارة إسرائيلية على البلدة.', 6)?.places ?? []).toEqual([]);
  });
});

describe('a list interrupted by an aside', () => {
  it('gives the item after «، بينهم …،» the scope of the figure before the aside', () => {
    const text = 'وأعلنت السلطات في ولاية الوادي الأخضر أن الحصيلة استقرت عند 31 قتيلا، بينهم أربعة أطفال، و57 مصابا.';
    const dead = byValue(text, 31);
    const injured = byValue(text, 57);
    expect(dead?.places?.length).toBe(1);
    expect(injured?.places).toEqual(dead?.places);
    expect(injured?.adminPlace).toBe(true);
  });
});

describe('survivors among those aboard («نجا منهم N»)', () => {
  it('reads the figure after «نجا منهم» as the survivors, not as a second count aboard', () => {
    const text = 'وأوضح خفر السواحل أن الزورق كان يقل 80 شخصا، نجا منهم 52، بينهم 10 أطفال.';
    expect(byValue(text, 80)?.concept).toBe('aboard');
    expect(byValue(text, 52)?.concept).toBe('rescued');
  });
});
