// An event's whole toll and the local figures a read gives beside it (lib/pipeline/compare/local-whole.ts):
// another read's whole never meets one of those local figures. Invented sentences.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { wholeAgainstLocal, wholeAndLocals } from '../../../lib/pipeline/compare/local-whole';

const day = '2024-10-28';
const split = mk(
  'العاصفة تضرب وسط البلاد وتوقع ثلاثة قتلى',
  'لقي ثلاثة أشخاص على الأقل حتفهم في وسط البلاد وشرقها بعدما ضربت العاصفة الساحل.\n\nوقالت السلطات إن قتيلين سقطا في سانتا لوريا وقتيلا واحدا في كوستانيا، وبين الضحايا رجل جرفته السيول.',
  'https://a.example/storm',
  day,
);

describe('a read that gives the whole toll and the places', () => {
  it('reads the places of a breakdown told in words, the verb of falling between', () => {
    const places = split.claims.filter((c) => c.concept === 'death' && (c.places ?? []).length > 0).map((c) => [c.value, c.places]);
    expect(places).toEqual([
      [2, ['town:سانتا لوريا']],
      [1, ['town:كوستانيا']],
    ]);
    expect([...wholeAndLocals(split.claims)]).toEqual(['death']);
  });

  it('never sets another read\'s whole toll beside one of its local figures', () => {
    const later = mk('ارتفاع حصيلة العاصفة إلى 7 قتلى', 'ارتفعت حصيلة ضحايا العاصفة في البلاد إلى سبعة قتلى بحسب الدفاع المدني.', 'https://b.example/storm', '2024-10-29');
    const seven = later.claims.find((c) => c.value === 7 && !c.inTitle)!;
    const oneLocal = split.claims.find((c) => c.value === 1 && c.concept === 'death')!;
    const threeWhole = split.claims.find((c) => c.value === 3 && c.concept === 'death' && !c.inTitle)!;
    const splits = wholeAndLocals(split.claims);
    expect(wholeAgainstLocal(seven, new Set(), oneLocal, splits)).toBe(true);
    expect(wholeAgainstLocal(seven, new Set(), threeWhole, splits)).toBe(false);
    expect(cards([split, later])).toEqual([[3, 7]]);
  });

  it('reads a figure of no place in a read that leads with the town as the town’s', () => {
    const first = mk('فيضان يغرق مدينة نهرية', 'لقي خمسة أشخاص حتفهم ونزح نحو 40 ألف شخص من منازلهم في مدينة ريفانو بعدما فاض النهر ليل الأحد.', 'https://a.example/flood', '2024-10-20');
    const later = mk(
      'ارتفاع حصيلة الفيضان',
      'ارتفعت حصيلة ضحايا الفيضان في مدينة ريفانو إلى 9 قتلى بحسب الإدارة المحلية.\n\nوعلى الصعيد الوطني، أعلنت هيئة الكوارث وفاة 16 شخصا في ثلاث ولايات منذ بداية موسم الأمطار.',
      'https://b.example/flood',
      '2024-10-22',
    );
    const nine = later.claims.find((c) => c.value === 9)!;
    const five = first.claims.find((c) => c.value === 5)!;
    expect(nine.places).toEqual(['town:ريفانو']);
    expect(five.places ?? []).toEqual([]);
    expect(cards([first, later])).toEqual([[5, 9]]);
  });
});
