// Where a figure is, what a sum prices, and when a count was given: the province a quake, blast or
// fire struck is the event's place and no breakdown (claims/scope.ts), a price per barrel in
// construct with its commodity is a quote (claims/money.ts), and a pluperfect after an opening
// phrase recalls an earlier count (claims/modality.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { byValue } from '../../fixtures/invented-compare';
import { isEarlierMention } from '../../../lib/pipeline/claims/modality';

describe('the province an event struck', () => {
  it('is where the event was: its toll is no province\'s part of a larger one', () => {
    const struck = byValue('أعلن متحدث أن الزلزال القوي الذي هز ولاية الوادي الأخضر أسفر عن مقتل 300 شخص.', 300);
    expect(struck.places).toHaveLength(1);
    expect(struck.adminPlace).toBeFalsy();
    // A province that counts its own dead is a breakdown's part; so is one floods swept.
    expect(byValue('وسجلت ولاية الوادي الأخضر وحدها 120 وفاة.', 120).adminPlace).toBe(true);
    expect(byValue('ارتفعت حصيلة السيول التي اجتاحت ولاية الوادي الأخضر إلى 120 قتيلا.', 120).adminPlace).toBe(true);
  });
});

describe('a price per unit in construct with its commodity', () => {
  it('is a quote of that commodity, not the sum the sentence is about', () => {
    expect(byValue('تستند الموازنة إلى سعر 65 دولارا لبرميل النفط.', 65).concept).toBe(byValue('بلغ سعر النفط 65 دولارا للبرميل.', 65).concept);
    expect(byValue('تستند الموازنة إلى سعر 65 دولارا لبرميل النفط.', 65).concept).toMatch(/^money:quote:/);
  });
});

describe('a pluperfect after an opening phrase', () => {
  const earlier = (s: string, fig: string) => isEarlierMention(s, s.indexOf(fig), s.indexOf(fig) + fig.length);
  it('recalls an earlier count when «قد» opens the figure\'s clause', () => {
    expect(earlier('من جانبه، كان محافظ الإقليم، فلان الفلاني، قد أعلن صباح اليوم مقتل نحو 40 شخصا.', '40')).toBe(true);
    expect(earlier('من جانبه، أعلن محافظ الإقليم صباح اليوم مقتل نحو 40 شخصا.', '40')).toBe(false);
    // A later clause after the recalled one is the news's own.
    expect(earlier('من جانبه، كان المحافظ قد أعلن مقتل 30، وارتفع العدد مساء إلى 40 شخصا.', '40')).toBe(false);
  });
});
