// Where towns lie (lib/pipeline/text/where.ts, data/towns.json from GeoNames): the data's own
// coordinates, read back through the keys entities.ts gives towns and cities.
import { describe, expect, it } from 'vitest';
import { kmBetween, whereIs } from '../../../lib/pipeline/text/where';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';

const keyOf = (text: string): string => findEntities(tokensOf(text)).find((h) => h.type === 'city')!.key;

describe('whereIs', () => {
  it('places a listed town (with or without its article) and a gazetteer city', () => {
    const dammam = whereIs(keyOf('وقع الحريق في الدمام'));
    const riyadh = whereIs(keyOf('وقع الحريق في الرياض'));
    expect(dammam).not.toBeNull();
    expect(riyadh).not.toBeNull();
    // Both in the Arabian peninsula's east and centre: latitude 20–30 N, longitude 40–55 E.
    for (const [lat, lon] of [dammam!, riyadh!]) {
      expect(lat).toBeGreaterThan(20);
      expect(lat).toBeLessThan(30);
      expect(lon).toBeGreaterThan(40);
      expect(lon).toBeLessThan(55);
    }
  });

  it('knows no place found only by pattern, nor a country', () => {
    expect(whereIs('place:وادي الندى')).toBeNull();
    expect(whereIs('sa')).toBeNull();
  });
});

describe('kmBetween', () => {
  it('is a great-circle distance: a degree of latitude is about 111 km, and symmetric', () => {
    expect(kmBetween([10, 20], [11, 20])).toBeCloseTo(111.2, 0);
    expect(kmBetween([21.4, 39.8], [26.4, 50.1])).toBeCloseTo(kmBetween([26.4, 50.1], [21.4, 39.8]), 6);
    expect(kmBetween([30, 31.2], [30, 31.2])).toBe(0);
  });
});
