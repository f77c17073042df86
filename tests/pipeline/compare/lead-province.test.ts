// A figure of no place in a read about one province meets that province's figure in another read
// (lib/pipeline/compare/lead-province.ts), and one fire's toll placed in its province meets its
// country's (align.ts, means.ts); invented places and figures.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { leadProvince, placedByLead } from '../../../lib/pipeline/compare/lead-province';
import type { Claim } from '../../../lib/types';

describe('the province a read is about', () => {
  it('is the one administrative unit its headline and lead name, else none', () => {
    expect(leadProvince('الجفاف يشرد الآلاف في إقليم دورانا\nأعلنت السلطات في إقليم دورانا، الثلاثاء، نزوح 61 ألفا.')).toBe('place:دورانا');
    expect(leadProvince('نزوح الآلاف في إقليم دورانا وإقليم ساليما')).toBeNull();
    expect(leadProvince('نزوح الآلاف بسبب الجفاف')).toBeNull();
  });

  it('is the innermost of a unit and the one it lies in', () => {
    expect(leadProvince('انهيار منجم للذهب بمنطقة كالوندا في إقليم سيرامبا الشمالي')).toBe('place:كالوندا');
  });

  it('places only a figure with no place and no owner of its own but a party or a person', () => {
    const bare = { places: [], owners: [] } as unknown as Claim;
    expect(placedByLead(bare, 'place:دورانا').places).toEqual(['place:دورانا']);
    const placed = { places: ['place:ساليما'], owners: [] } as unknown as Claim;
    expect(placedByLead(placed, 'place:دورانا').places).toEqual(['place:ساليما']);
    const party = { places: [], owners: ['person:قايمه النهر'] } as unknown as Claim;
    expect(placedByLead(party, 'place:دورانا').places).toEqual(['place:دورانا']);
    const national = { places: [], owners: ['fr'] } as unknown as Claim;
    expect(placedByLead(national, 'place:دورانا').places).toEqual([]);
  });
});

describe('a province’s figure against a figure of a read about that province', () => {
  const first = mk(
    'الفيضانات تغمر إقليم دورانا',
    'أعلنت السلطات في إقليم دورانا، الثلاثاء، مقتل 19 شخصا جراء الفيضانات.',
    'https://a.example/1',
    '2026-11-10',
  );
  const second = (province: string): ReturnType<typeof mk> =>
    mk(`ارتفاع حصيلة فيضانات إقليم ${province}`, `قالت وزارة الداخلية إن حصيلة الفيضانات في إقليم ${province} ارتفعت إلى 26 قتيلا، الأربعاء.`, 'https://b.example/2', '2026-11-11');

  it('puts them on one card', () => {
    expect(cards([first, second('دورانا')])).toContainEqual([19, 26]);
  });

  it('keeps another province’s figure off it', () => {
    expect(cards([first, second('ساليما')]).some((c) => c.includes(19) && c.includes(26))).toBe(false);
  });
});

describe('a read about a unit within a province', () => {
  it('meets the unit’s figure in another read', () => {
    const first = mk('انهيار منجم كالوندا', 'لا يزال 30 عاملا عالقين إثر انهيار منجم صغير للذهب بمنطقة كالوندا في إقليم سيرامبا، فيما انتشلت فرق الإنقاذ 3 جثث.', 'https://a.example/1', '2026-11-10');
    const second = mk('ارتفاع عدد الجثث المنتشلة', 'ارتفع عدد الجثث التي انتشلتها فرق الإنقاذ من المنجم المنهار في منطقة كالوندا إلى 14 جثة.', 'https://b.example/2', '2026-11-11');
    expect(cards([first, second])).toContainEqual([3, 14]);
  });
});

describe('one fire’s toll placed in its province', () => {
  it('meets the toll another read gives its country by a guess', () => {
    const first = mk('حريق صهريج وقود', 'موكو (زامبيا) (وكالة السهل للأنباء) - قُتل 18 شخصا على الأقل وأصيب 40 آخرون بحروق، إثر اشتعال النار في صهريج للوقود انقلب بعد اصطدامه بشاحنة على الطريق السريع في مقاطعة روفانا غربي زامبيا مساء السبت، وفق ما أعلنته الشرطة.', 'https://a.example/1', '2026-11-10');
    const second = mk('ارتفاع حصيلة حريق الصهريج', 'ارتفعت حصيلة ضحايا حريق صهريج الوقود الذي اندلع مساء السبت على الطريق السريع بين بلدتي موكو وتالا في مقاطعة روفانا إلى 26 قتيلا، بعد وفاة 8 من المصابين متأثرين بحروقهم في المستشفيات.', 'https://b.example/2', '2026-11-11');
    expect(cards([first, second])).toContainEqual([18, 26]);
  });
});

describe('a party’s figure in a read about one region’s election', () => {
  it('meets the party’s figure another read places in that region', () => {
    const first = mk(
      'النتائج الأولية لانتخابات إقليم سارون',
      'أعلنت المفوضية، مساء الثلاثاء، النتائج الأولية لانتخابات برلمان إقليم سارون، وأظهرت تصدر «قائمة النهر الوطنية» بحصولها على 38 مقعدا من أصل 90.',
      'https://a.example/1',
      '2026-11-10',
    );
    const second = mk(
      'المصادقة على نتائج انتخابات إقليم سارون',
      'صادقت المحكمة العليا، الأحد، على النتائج النهائية لانتخابات برلمان إقليم سارون بعد البت في الطعون.\n\nوأدى ذلك إلى انتقال مقعد واحد في دائرة بيرام إلى «قائمة النهر الوطنية».\n\nوبموجب النتائج النهائية، حصلت «قائمة النهر الوطنية» على 39 مقعدا من أصل 90.',
      'https://b.example/2',
      '2026-11-22',
    );
    expect(cards([first, second])).toContainEqual([38, 39]);
  });
});

describe('a figure told over every region in a read about one province', () => {
  const first = (clause: string): ReturnType<typeof mk> =>
    mk(
      'العاصفة «ريما» تضرب إقليم دورانا',
      `أجلت السلطات في إقليم دورانا، الأربعاء، آلاف السكان قبل وصول العاصفة «ريما».\n\nوبحسب هيئة الطوارئ الوطنية، ${clause}`,
      'https://a.example/1',
      '2026-11-10',
    );
  const second = mk('إجلاء 64 ألفا في إقليم دورانا', 'قال مكتب الطوارئ في إقليم دورانا إن 64 ألف شخص أُجلوا في الإقليم قبل وصول العاصفة.', 'https://b.example/2', '2026-11-12');

  it('is not the province’s when its clause says every region', () => {
    expect(cards([first('بلغ عدد الذين تم إجلاؤهم في عموم المناطق المتأثرة 180 ألف شخص.'), second]).some((c) => c.includes(180000))).toBe(false);
  });

  it('is not the province’s when several provinces follow it', () => {
    expect(cards([first('أُجلي 180 ألف شخص في 5 أقاليم.'), second]).some((c) => c.includes(180000))).toBe(false);
  });

  it('is still the province’s with neither', () => {
    expect(cards([first('أُجلي 71 ألف شخص قبل وصول العاصفة.'), second])).toContainEqual([64000, 71000]);
  });
});
