// A fallback figure's fate, as the words before it say (lib/pipeline/compare/fate.ts): invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { fateOf, SEPARATE_FATES, setFateKnobs } from '../../../lib/pipeline/compare/fate';

afterEach(() => setFateKnobs({ fates: SEPARATE_FATES }));

describe('the fate the words before a figure name', () => {
  it('reads an event verb just before the figure, and none in a clause naming no event', () => {
    expect(fateOf(byValue('واعتقلت الشرطة أمس 40 صيادا قرب الساحل.', 40))).toBe('arrested');
    expect(fateOf(byValue('وكان القارب يقل 40 صيادا.', 40))).toBeNull();
  });

  it('stops at the clause: a verb before a comma is not the figure\'s', () => {
    expect(fateOf(byValue('واعتقلت الشرطة رئيس النقابة، فيما تجمع 300 صياد أمام الميناء.', 300))).toBeNull();
  });
});

describe('different fates (SEPARATE_FATES)', () => {
  const whole = 'وشارك نحو 200 صياد في الاعتصام أمام مقر الوزارة.';
  const arrested = 'واعتقلت الشرطة أكثر من 90 صيادا خلال فض الاعتصام.';

  it('keeps the arrested off the card of the whole (on by default), and lets them meet when off', () => {
    expect(SEPARATE_FATES).toBe(true);
    const before = mk('اعتصام الصيادين أمام الوزارة', whole, 'https://a.example/f1');
    const now = mk('اعتقال عشرات الصيادين في اعتصام أمام الوزارة', arrested, 'https://b.example/f1');
    expect(cards([before, now])).toEqual([]);
    setFateKnobs({ fates: false });
    expect(cards([before, now])).toEqual([[90, 200]]);
  });

  it('keeps two reports of the same fate on one card', () => {
    const before = mk('اعتقال عشرات الصيادين في اعتصام أمام الوزارة', 'واعتقلت الشرطة 70 صيادا خلال فض الاعتصام.', 'https://a.example/f2');
    const now = mk('اعتقال عشرات الصيادين في اعتصام أمام الوزارة', arrested, 'https://b.example/f2');
    expect(cards([before, now])).toEqual([[70, 90]]);
  });
});
