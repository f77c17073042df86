// Towns of lib/pipeline/text/data/towns.json (GeoNames, scripts/build-towns.ts): read after a place
// word or a glued «ب», as the data writes them, kept out of story features. Invented sentences,
// one rule each; the towns named are large towns of the data, not places of any test story.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { displayName, parentOf, townCountries } from '../../../lib/pipeline/text/gazetteer';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import { storyFeatures } from '../../../lib/pipeline/story/features';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';

const towns = (text: string): string[] => findEntities(tokensOf(text)).filter((h) => h.listed).map((h) => h.key);

describe('towns from the data (towns.ts)', () => {
  it('holds towns of Arabic-speaking countries and abroad, each in its country', () => {
    expect(townCountries().get('حمص')).toEqual({ country: 'sy', arab: true });
    expect(townCountries().get('مومباسا')).toEqual({ country: 'ke', arab: false });
    expect(parentOf('town:حمص')).toBe('sy');
  });

  it('reads a town after a place word or a glued «ب», keyed as «مدينة X» is', () => {
    expect(towns('وقع الانفجار في حمص صباح اليوم')).toEqual(['town:حمص']);
    expect(towns('وقع الانفجار بحمص صباح اليوم')).toEqual(['town:حمص']);
    expect(towns('وصلت القافلة إلى مومباسا')).toEqual(['town:مومباسا']);
    expect(findEntities(tokensOf('وقع الانفجار بمدينة حمص')).map((h) => h.key)).toEqual(['town:حمص']);
    expect(displayName('town:حمص')).toBe('حمص');
  });

  it('reads a town joined by «و» to the place right before it, and the figure is of both', () => {
    expect(towns('وقع الانفجار في حمص وحماة')).toEqual(['town:حمص', 'town:حماه']);
    expect(towns('وقع الانفجار في سوريا وحماة')).toEqual(['town:حماه']);
    // Not after a word that is no place, nor a «و» apart from the name.
    expect(towns('قال المسؤول وحماة')).toEqual([]);
    const [claim] = extractClaims('تخرج في مركزي التدريب بحمص وحماة 63 متدربا.');
    expect(claim.places).toEqual(['town:حمص', 'town:حماه']);
  });

  it('reads no town without a place word, nor a word the name spells with another article', () => {
    expect(towns('قال حمص')).toEqual([]);
    // «السيول» (torrents) is no «سيول» (Seoul): the name is read as the data writes it.
    expect(towns('لقوا حتفهم في السيول التي ضربت المنطقة')).toEqual([]);
  });

  it('reads a foreign town after a place word only, never from a word that begins with «ب»', () => {
    expect(towns('وصلت القافلة بمومباسا')).toEqual([]);
    expect(towns('وقال باراك أوباما')).toEqual([]);
  });

  it('leaves towns out of a story\'s features: linking was calibrated without them', () => {
    const text = 'وقع انفجار في حمص وأسفر عن مقتل 12 شخصا. وقالت الشرطة إن الانفجار وقع في سوق مزدحم في حمص.';
    expect(storyFeatures(text, 'انفجار في سوق').entities.some((k) => k.startsWith('town:'))).toBe(false);
  });

  it('keeps a town\'s rate apart from its country\'s, and lets a town\'s toll meet the national one', () => {
    const claim = (text: string, v: number) => extractClaims(text).find((c) => c.value === v)!;
    const townRate = claim('وبلغت نسبة المشاركة في حمص 19.6%.', 19.6);
    const nationalRate = claim('وبلغت نسبة المشاركة في سوريا 29.8%.', 29.8);
    expect([townRate.places, nationalRate.places]).toEqual([['town:حمص'], ['sy']]);
    expect(matchScore(townRate, nationalRate)).toBeNull();
    const townToll = claim('وارتفعت حصيلة ضحايا الفيضانات في حمص إلى 40 قتيلا.', 40);
    const nationalToll = claim('وارتفعت حصيلة ضحايا الفيضانات في سوريا إلى 45 قتيلا.', 45);
    expect(matchScore(townToll, nationalToll)).not.toBeNull();
  });
});
