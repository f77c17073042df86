// Invented sentences: an adjective after a province's name (position, terrain, a country's
// adjective) is no part of the name (entities.ts isNameContinuation), so two outlets that write
// it or not name one place.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';

const placeKeys = (text: string): string[] => findEntities(tokensOf(text)).map((h) => h.key).filter((k) => k.startsWith('place:'));

describe('a province named with or without an adjective', () => {
  it('drops an adjective of position or terrain', () => {
    expect(placeKeys('غمرت المياه قرى في مقاطعة تامارو الساحلية')).toEqual(placeKeys('غمرت المياه قرى في مقاطعة تامارو'));
    expect(placeKeys('وقع الهجوم في ولاية نوكالا الحدودية')).toEqual(placeKeys('وقع الهجوم في ولاية نوكالا'));
  });
  it("drops a country's adjective", () => {
    expect(placeKeys('في مقاطعة تامارو النرويجية')).toEqual(placeKeys('في مقاطعة تامارو'));
  });
  it('keeps a definite word that is part of the name', () => {
    expect(placeKeys('في محافظة وادي الندى')).not.toEqual(placeKeys('في محافظة وادي'));
  });
});

describe("a masculine country's adjective after a region", () => {
  it('drops it too', () => {
    expect(placeKeys('في إقليم تامارو النرويجي')).toEqual(placeKeys('في إقليم تامارو'));
  });
});
