import { describe, expect, it } from 'vitest';
import { shortenAtWord } from '../../../lib/view/format/shorten';

describe('shortenAtWord', () => {
  it('keeps a label that fits', () => {
    expect(shortenAtWord('وزارة الصحة', 24)).toBe('وزارة الصحة');
  });
  it('cuts between words, never inside one', () => {
    const out = shortenAtWord('المتحدث باسم وزارة الداخلية في الحكومة المؤقتة', 24);
    expect(out.endsWith('…')).toBe(true);
    expect([...out].length).toBeLessThanOrEqual(24);
    const words = out.slice(0, -1).trim().split(' ');
    for (const w of words) expect('المتحدث باسم وزارة الداخلية في الحكومة المؤقتة'.split(' ')).toContain(w);
  });
  it('shows one long word whole rather than half of it', () => {
    expect(shortenAtWord('والاستخباراتيةالعسكرية', 8)).toBe('والاستخباراتيةالعسكرية…');
  });
});
