// «الأول … والثاني» after a list of people name them in order (lib/pipeline/claims/ordinal-referents.ts).
// Invented names and sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const owners = (text: string): string =>
  extractClaims(text)
    .filter((c) => c.concept === 'votes' || c.concept === 'percent:vote')
    .map((c) => `${c.value}:${(c.owners ?? []).join(',')}`)
    .join(' ');

describe('an ordinal that names a listed person', () => {
  it('gives «الأول» the first and «الثاني» the second of the people just named', () => {
    expect(owners('أما المرشحان الآخران رجل الأعمال نبيل كرم، والمحامي عمر فاروق فحصل الأول على 3386 صوتا (7.16 %)، والثاني على 1750 صوتا (3.10%).')).toBe(
      '3386:person:نبيل كرم 7.16:person:نبيل كرم 1750:person:عمر فاروق 3.1:person:عمر فاروق',
    );
  });

  it('counts only the last people named before the ordinals', () => {
    expect(owners('وفاز سامر حداد بـ 25823 صوتا، أما رجل الأعمال نبيل كرم والمحامي عمر فاروق فحصل الأول على 3386 صوتا والثاني على 1750 صوتا.')).toBe(
      '25823:person:سامر حداد 3386:person:نبيل كرم 1750:person:عمر فاروق',
    );
  });

  it('reads no referent from a lone «الأول» or with too few people named', () => {
    expect(owners('وحصل المرشح الأول على 3386 صوتا.')).toBe('3386:');
  });
});
