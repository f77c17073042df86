import { describe, expect, it } from 'vitest';
import { differenceReason, sourceGroups } from '../../../lib/pipeline/compare/reason';

const at = (value: number, published: string | null, attribution: string | null = null) => ({ value, published, attribution });

describe('differenceReason', () => {
  it('a toll one ministry raises over days is an update, not a contradiction', () => {
    const figs = [at(600, '2030-03-01T08:00:00Z', 'وزارة الداخلية'), at(820, '2030-03-01T20:00:00Z', 'الوزارة'), at(2000, '2030-03-02', 'وزارة الداخلية'), at(2100, '2030-03-02', 'السلطات الرسمية')];
    expect(differenceReason(figs, true)).toBe('updated');
  });
  it('a missing count falling over days is an update too', () => {
    expect(differenceReason([at(900, '2030-03-01'), at(400, '2030-03-04'), at(120, '2030-03-09')], true)).toBe('updated');
  });
  it('values that go up and down over time are not one count updated', () => {
    expect(differenceReason([at(900, '2030-03-01'), at(400, '2030-03-04'), at(700, '2030-03-09')], true)).not.toBe('updated');
  });
  it('two authorities at about the same time giving values that cannot both hold contradict', () => {
    expect(differenceReason([at(3000, '2030-03-01', 'وزارة الدفاع'), at(10_000, '2030-03-02', 'منظمة الإغاثة')], true)).toBe('contradiction');
  });
  it('different authorities weeks apart are different sources', () => {
    const figs = [at(3000, '2030-03-01', 'المتحدث باسم البيت الأبيض'), at(8000, '2030-03-14', 'الولايات المتحدة'), at(10_000, '2030-03-18', 'استخبارات الجيران')];
    expect(differenceReason(figs, true)).toBe('different-sources');
  });
  it('undated figures from different authorities are different sources, not a contradiction in time', () => {
    expect(differenceReason([at(3000, null, 'وزارة الدفاع'), at(10_000, null, 'منظمة الإغاثة')], true)).toBe('different-sources');
  });
  it('two versions of one address are an update', () => {
    expect(differenceReason([at(30, '2030-03-01'), at(25, '2030-03-01')], true, true)).toBe('updated');
  });
});

describe('sourceGroups', () => {
  it('one agency written three ways is one source; generic relays name no one', () => {
    const figs = [at(1, null, 'الهيئة الوطنية لإدارة الكوارث'), at(2, null, 'هيئة إدارة الكوارث الوطنية'), at(3, null, 'السلطات'), at(4, null, 'رئيس الوزراء')];
    expect(sourceGroups(figs)).toEqual([2, 1]);
  });
});
