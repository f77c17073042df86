import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../lib/extension/anchor/describe';

describe('describeQuote', () => {
  const text = 'قالت المصادر إن نحو 10 آلاف جندي وصلوا إلى المنطقة الحدودية.';
  const start = text.indexOf('نحو');
  const end = text.indexOf(' جندي');

  it('quotes the span and its surroundings', () => {
    const s = describeQuote(text, start, end, 8);
    expect(s.exact).toBe('نحو 10 آلاف');
    expect(s.prefix).toBe(text.slice(start - 8, start));
    expect(s.suffix).toBe(text.slice(end, end + 8));
    expect(s.prefix + s.exact + s.suffix).toBe(text.slice(start - 8, end + 8));
  });

  it('stops the context at the text edges', () => {
    const s = describeQuote(text, 0, 4, 32);
    expect(s.prefix).toBe('');
    expect(s.exact).toBe('قالت');
    const t = describeQuote(text, text.length - 3, text.length, 32);
    expect(t.suffix).toBe('');
    expect(t.prefix.length).toBe(32);
  });

  it('clamps offsets outside the text', () => {
    const s = describeQuote(text, -5, text.length + 10);
    expect(s.exact).toBe(text);
    expect(s.prefix).toBe('');
    expect(s.suffix).toBe('');
  });
});
