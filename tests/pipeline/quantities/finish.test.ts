import { describe, expect, it } from 'vitest';
import { finish } from '../../../lib/pipeline/quantities/finish';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import { at, scan } from './scan';

describe('finish', () => {
  it('takes the counted noun written before "واحدة"', () => {
    const ctx = scan('سجلت حالة وفاة واحدة');
    const i = at(ctx, 'واحده');
    expect(finish(ctx, ctx.readNumber(i)!, null)).toMatchObject({ value: 1, kind: 'count', unit: 'حالة وفاة' });
  });

  it('adds a sub-unit to money and turns degrees below zero negative', () => {
    const ctx = scan('كلف 9 دولارات و40 سنتا والحرارة 6 درجات تحت الصفر');
    const money = finish(ctx, ctx.readNumber(at(ctx, '9'))!, null);
    expect([money.value, money.kind, money.unit]).toEqual([9.4, 'money', 'USD']);
    const cold = finish(ctx, ctx.readNumber(at(ctx, '6'))!, null);
    expect([cold.value, cold.unit]).toEqual([-6, 'درجة']);
  });

  it('reads years of age with the noun left out, and a bare number coordinated before an age or duration', () => {
    const kinds = (text: string) => extractQuantities(text).map((q) => [q.value, q.kind]);
    expect(kinds('وتبلغ الضحيتان 31 و57 من العمر')).toEqual([
      [31, 'age'],
      [57, 'age'],
    ]);
    expect(kinds('وتبلغ الضحيتان 31 و57 عاما')).toEqual([
      [31, 'duration'],
      [57, 'duration'],
    ]);
    expect(kinds('استمرت المعارك 3 و4 أيام')).toEqual([
      [3, 'duration'],
      [4, 'duration'],
    ]);
    // A count beside another count keeps its own reading.
    expect(kinds('قتل 12 و15 جنديا')).toEqual([
      [12, 'count'],
      [15, 'count'],
    ]);
  });

  it('reads a qualifier after the number, but none on a year', () => {
    const ctx = scan('أصيب 70 شخصا على الأقل في 2029 تقريبا');
    expect(finish(ctx, ctx.readNumber(at(ctx, '70'))!, null)).toMatchObject({ qualifier: 'at-least', min: 70, max: null });
    expect(finish(ctx, ctx.readNumber(at(ctx, '2029'))!, null)).toMatchObject({ kind: 'year', qualifier: 'exact' });
  });

  it('reads the counted noun after a number set in quotation marks, and the text without the marks', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.kind, q.unit]);
    expect(read('ويوجد في المنطقة “18” مركزا إسعافيا')).toEqual([['18', 'count', 'مركزا']]);
    expect(read('وباشرت الفرق «1550» بلاغا')).toEqual([['1550', 'count', 'بلاغا']]);
    expect(read('ونقلت الفرق "476" حالة إصابة')).toEqual([['476', 'count', 'حالة إصابة']]);
    // A quoted number with nothing counted after it counts nothing.
    expect(read('وقال إن الرقم «18».')).toEqual([['18', 'count', null]]);
  });

  it('reads the counted noun after a number set in brackets, and nothing after a bracketed article number', () => {
    const read = (text: string) => extractQuantities(text).map((q) => [q.text, q.kind, q.unit]);
    expect(read('وبلغ عدد المتدربين (45) متدربا')).toEqual([['45', 'count', 'متدربا']]);
    expect(read('وفق المادة (12) من النظام')).toEqual([['12', 'count', null]]);
  });
});
