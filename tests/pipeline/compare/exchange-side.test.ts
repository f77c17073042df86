// What one party gives and what it gets in an exchange are two groups, never one count told twice
// (lib/pipeline/compare/exchange-side.ts, the 'sides' gate of same-event.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { exchangeSide, oppositeSides } from '../../../lib/pipeline/compare/exchange-side';

describe('the side of an exchange a count stands on', () => {
  it('reads the count before «مقابل» as given and the one after a figure and «مقابل» as received', () => {
    const s = 'وينص الاتفاق على تبادل 40 محتجزا مقابل 120 أسيرا.';
    expect(exchangeSide(byValue(s, 40))).toBe('given');
    expect(exchangeSide(byValue(s, 120))).toBe('received');
    expect(exchangeSide(byValue('ويشمل الاتفاق الإفراج عن 40 من المحتجزين مقابل إطلاق سراح عدد من الأسرى.', 40))).toBe('given');
  });

  it('reads no side without an exchange, after «مقابل» with no figure before it, or for a share', () => {
    expect(exchangeSide(byValue('وأفرج عن 40 محتجزا أمس.', 40))).toBeNull();
    expect(exchangeSide(byValue('وسيطلق سراح الأسرى مقابل 120 يوما من الهدنة.', 120))).toBeNull();
    expect(exchangeSide(byValue('وصوت 61 في المئة بلا مقابل 39 في المئة بنعم.', 61))).toBeNull();
  });

  it('keeps the two sides apart, not two counts of one side', () => {
    const given = byValue('ويشمل الاتفاق الإفراج عن 40 من المحتجزين مقابل إطلاق سراح عدد من الأسرى.', 40);
    const received = byValue('وينص الاتفاق على تبادل 40 محتجزا مقابل 120 أسيرا.', 120);
    expect(oppositeSides(given, received)).toBe(true);
    expect(oppositeSides(given, byValue('وينص الاتفاق على تبادل 45 محتجزا مقابل 120 أسيرا.', 45))).toBe(false);
  });
});

describe('on the cards', () => {
  it('gives one read’s hostages and another’s prisoners no card, one side’s two counts a card', () => {
    const day = '2024-05-10';
    const first = mk('اتفاق تبادل', 'ويشمل الاتفاق الإفراج عن 40 من الأسرى المحتجزين في المدينة مقابل إطلاق سراح عدد من الأسرى في السجون.', 'https://a.example/1', day);
    const second = mk('اتفاق تبادل', 'وينص الاتفاق على تبادل 40 محتجزا مقابل الإفراج عن 120 أسيرا.', 'https://b.example/1', day);
    expect(cards([first, second]).some((card) => card.includes(120) && card.includes(40))).toBe(false);
    const third = mk('اتفاق تبادل', 'وينص الاتفاق على تبادل 40 محتجزا مقابل الإفراج عن 150 أسيرا.', 'https://c.example/1', day);
    expect(cards([second, third])).toEqual([[120, 150]]);
  });
});
