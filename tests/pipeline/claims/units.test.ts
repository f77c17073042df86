// Provinces referred back to by their unit word alone (lib/pipeline/claims/units.ts): invented
// sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text).find((c) => c.value === v);

describe('«في الإقليم», «بالولاية ذاتها»: the province the article named before', () => {
  it('takes the last province named with that unit word', () => {
    const text = 'وأسفر الزلزال عن مقتل 900 شخص. وتضرر إقليم النخيل أكثر من غيره. وبلغت حصيلة الوفيات في الإقليم 300.';
    expect(byValue(text, 300)?.places).toEqual(['place:نخيل']);
    expect(byValue(text, 300)?.adminPlace).toBe(true);
    const same = 'وفي ولاية النخيل، اندلع 20 حريقا. وسجلت بالولاية ذاتها 12 وفاة، من أصل 44 وفاة في البلاد.';
    expect(byValue(same, 12)?.places).toEqual(['place:نخيل']);
    // "في البلاد" is the whole country, never the next place of a breakdown.
    expect(byValue(same, 44)?.places ?? []).toEqual([]);
  });

  it('guesses no province when the article named none, nor for a term of office', () => {
    expect(byValue('وأسفر الزلزال عن مقتل 900 شخص. وبلغت حصيلة الوفيات في الإقليم 300.', 300)?.places ?? []).toEqual([]);
    expect(byValue('وفاز الرئيس في ولاية النخيل. وقتل في الولاية الثانية 60 معارضا.', 60)?.places ?? []).toEqual([]);
  });
});
