// Two prices quoted at different stated times of day are two moments, not one price reported
// twice (lib/pipeline/compare/clock.ts, SEPARATE_CLOCKS of same-event.ts): invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { SEPARATE_CLOCKS, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import { statedClock } from '../../../lib/pipeline/compare/clock';

afterEach(() => setSameEventKnobs({ clocks: SEPARATE_CLOCKS }));

describe('the time of day a price is quoted at', () => {
  it('reads hours and minutes written together or apart, only for prices', () => {
    expect(statedClock(byValue('وبلغ سعر الفضة 15.20 دولار للأوقية الساعة 0945 بتوقيت جرينتش.', 15.2))).toBe(9 * 60 + 45);
    expect(statedClock(byValue('وبلغ سعر الفضة 15.20 دولار للأوقية الساعة 09:45 بتوقيت جرينتش.', 15.2))).toBe(9 * 60 + 45);
    expect(statedClock(byValue('وارتفع سعر الفضة إلى 15.20 دولار للأوقية.', 15.2))).toBe(null);
  });
});

describe('quotes at two stated times never share a card', () => {
  // (Quotes of one stated day, quote-day.ts: a quote no sentence dates meets no other.)
  const day = '2025-03-05T12:00:00Z';
  const morning = mk('الفضة تتراجع', 'وبلغ سعر الفضة 15.20 دولار للأوقية الساعة 0945 بتوقيت غرينتش مساء أمس.', 'https://a.example/c1', day);
  const evening = mk('الفضة تتراجع', 'وبلغ سعر الفضة 15.05 دولار للأوقية الساعة 1610 بتوقيت غرينتش مساء أمس.', 'https://b.example/c1', day);
  const sameTime = mk('الفضة تتراجع', 'وبلغ سعر الفضة 15.10 دولار للأوقية الساعة 1610 بتوقيت غرينتش مساء أمس.', 'https://c.example/c1', day);

  it('keeps two moments apart and compares two quotes of one moment', () => {
    expect(SEPARATE_CLOCKS).toBe(true);
    expect(cards([morning, evening])).toEqual([]);
    expect(cards([sameTime, evening])).toEqual([[15.05, 15.1]]);
    setSameEventKnobs({ clocks: false });
    expect(cards([morning, evening])).toEqual([[15.05, 15.2]]);
  });
});
