// A commodity's quote per unit, or a currency's move on the market, is a day's: two reads' figures share a card only when their own
// sentences date them on one day (lib/pipeline/compare/quote-day.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';

const wednesday = '2025-03-05T12:00:00Z';

describe('quotes of a commodity on a stated day', () => {
  it('compares two reads quoting the same day', () => {
    const a = mk('النحاس يرتفع', 'وصعد النحاس أمس 1.1 بالمئة إلى 9120 دولارا للطن في بورصة المعادن.', 'https://a.example/q1', wednesday);
    const b = mk('النحاس يرتفع', 'وارتفع النحاس يوم الثلاثاء إلى 9135 دولارا للطن في بورصة المعادن.', 'https://b.example/q1', wednesday);
    expect(cards([a, b])).toEqual([[9120, 9135]]);
  });

  it('keeps two days apart, and a quote no sentence dates', () => {
    const monday = mk('النحاس يرتفع', 'وصعد النحاس يوم الاثنين إلى 9050 دولارا للطن في بورصة المعادن.', 'https://a.example/q2', wednesday);
    const tuesday = mk('النحاس يرتفع', 'وارتفع النحاس يوم الثلاثاء إلى 9135 دولارا للطن في بورصة المعادن.', 'https://b.example/q2', wednesday);
    const undated = mk('النحاس يرتفع', 'وارتفع النحاس إلى 9140 دولارا للطن في بورصة المعادن.', 'https://c.example/q2', wednesday);
    expect(cards([monday, tuesday])).toEqual([]);
    expect(cards([undated, tuesday])).toEqual([]);
  });

  it('reads a currency\'s move on the market as one day\'s, like a quote', () => {
    const today = mk('اليورو يتراجع', 'وانخفض اليورو 0.5 في المئة اليوم أمام سلة من العملات.', 'https://a.example/q3', wednesday);
    const yesterday = mk('اليورو يتراجع', 'وانخفض اليورو 0.1 في المئة أمس أمام سلة من العملات.', 'https://b.example/q3', wednesday);
    const sameDay = mk('اليورو يتراجع', 'وتراجع اليورو يوم الثلاثاء 0.7 في المئة أمام سلة من العملات.', 'https://c.example/q3', wednesday);
    expect(cards([today, yesterday])).toEqual([]);
    expect(cards([yesterday, sameDay])).toEqual([[0.1, 0.7]]);
  });
});
