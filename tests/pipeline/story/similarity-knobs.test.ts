// The knobs eval/crossval.ts measures (setSimilarityKnobs): each changes only its part of the
// score, and the defaults are the rules in use. Invented reads.
import { afterEach, describe, expect, it } from 'vitest';
import { scoreParts, setSimilarityKnobs, similarityKnobs } from '../../../lib/pipeline/story/similarity';
import { keywordStems } from '../../../lib/pipeline/text/normalize';

const defaults = similarityKnobs();
afterEach(() => setSimilarityKnobs(defaults));

// The current read carries its text (a lookup's current read); the candidate only its fingerprint.
const current = {
  keywords: keywordStems('قزحلان سد انهيار فيضان القرى'),
  entities: ['town:برمونه', 'city:القاهره'],
  title: 'انهيار سد قزحلان قرب برمونة',
  text: 'انهار سد قزحلان وغمرت المياه القرى، وفتحت السلطات طريق الجسر الحجري ونقلت السكان بالحافلات.',
  published: '2030-03-01',
};
const candidate = {
  keywords: keywordStems('قزحلان الجسر الحجري الحافلات السكان'),
  entities: ['town:برمونه', 'city:القاهره'],
  title: 'سد قزحلان: نقل السكان',
  published: '2030-03-20',
};

describe('similarity knobs', () => {
  it('cover: the larger of cosine and cover, their mean, or the cosine alone', () => {
    const max = scoreParts(current, candidate);
    expect(max.cover).toBeGreaterThan(0.9);
    setSimilarityKnobs({ cover: 'blend' });
    const blend = scoreParts(current, candidate);
    setSimilarityKnobs({ cover: 'off' });
    const off = scoreParts(current, candidate);
    expect(off.cover).toBe(0);
    expect(off.kw).toBeLessThan(blend.kw);
    expect(blend.kw).toBeLessThan(max.kw);
  });

  it('a gazetteer city counts its specificity, or 1 as a village', () => {
    const on = scoreParts(current, candidate).evidence;
    setSimilarityKnobs({ citySpecificity: false });
    expect(scoreParts(current, candidate).evidence).toBeGreaterThan(on);
  });

  it('headline evidence: off removes it, flat drops the telling-entity weight', () => {
    const telling = scoreParts(current, candidate).headline;
    expect(telling).toBeGreaterThan(0);
    setSimilarityKnobs({ headline: 'flat' });
    expect(scoreParts(current, candidate).headline).toBeCloseTo(telling / 3, 6);
    setSimilarityKnobs({ headline: 'off' });
    expect(scoreParts(current, candidate).headline).toBe(0);
  });

  it('the date factor of once-only events follows sameDays and halfDays', () => {
    const quake = { ...current, keywords: [...current.keywords, '#quake'] };
    const quake2 = { ...candidate, keywords: [...candidate.keywords, '#quake'] };
    const today = scoreParts(quake, quake2).date;
    expect(today).toBeLessThan(1);
    setSimilarityKnobs({ sameDays: 20 });
    expect(scoreParts(quake, quake2).date).toBe(1);
    setSimilarityKnobs({ sameDays: 10, halfDays: 7.5 });
    expect(scoreParts(quake, quake2).date).toBeLessThan(today);
  });
});
