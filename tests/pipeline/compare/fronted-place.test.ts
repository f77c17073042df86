// A sentence turned to one town of several («وفي مدينة X، …», lib/pipeline/compare/fronted-place.ts):
// its figure is that town's share, never the whole another read gives. Invented sentences.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { frontedPlace } from '../../../lib/pipeline/compare/fronted-place';

const day = '2025-03-10';
const whole = mk('زلزال يضرب ريف المحافظة', 'وأوضح الدفاع المدني أن 22 مبنى انهارت بشكل كامل جراء الزلزال.', 'https://a.example/1', day);
const read = (body: string) => mk('أضرار واسعة بعد الزلزال', body, 'https://b.example/1', day);

describe('a town the sentence turns to', () => {
  const turned = read('وفي مدينة حمص، انهارت 18 مبنى سكنيا بشكل كامل جراء الزلزال.');

  it('reads the fronted town as the figure\'s share', () => {
    const share = turned.claims.find((c) => c.value === 18)!;
    expect(share.places).toEqual(['town:حمص']);
    expect(frontedPlace(share)).toBe(true);
  });

  it('keeps that share off the card of another read\'s whole, which an unplaced count still meets', () => {
    expect(cards([whole, turned])).toEqual([]);
    expect(cards([whole, read('وقال مجلس المدينة إن 18 مبنى انهارت بشكل كامل جراء الزلزال.')])).toEqual([[18, 22]]);
  });

  it('is no share where the sentence turns to a country: a survey\'s one country\'s incident', () => {
    const country = read('وفي تونس، انهارت 18 مبنى سكنيا بشكل كامل جراء الزلزال.').claims.find((c) => c.value === 18)!;
    expect(frontedPlace(country)).toBe(false);
  });
});
