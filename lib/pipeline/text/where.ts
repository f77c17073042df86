// Where a town or city lies (data/towns.json `at` and `cityAt`, built by scripts/build-towns.ts from
// GeoNames, to a tenth of a degree): enough to tell two towns' incidents apart when no name is
// shared — a district and its neighbouring capital are a few kilometres apart, two cities of one
// country often hundreds.
import townData from './data/towns.json';
import { lazy } from '../../lazy';

type LatLon = readonly [number, number];

const data = lazy(() => {
  const d = townData as unknown as { at: Record<string, LatLon>; cityAt: Record<string, LatLon> };
  return { at: new Map(Object.entries(d.at)), cityAt: new Map(Object.entries(d.cityAt)) };
});

/** Where a place key lies: a listed or patterned town («town:X», with or without its article), a gazetteer city; null when unknown. */
export function whereIs(key: string): LatLon | null {
  const { at, cityAt } = data();
  if (key.startsWith('town:')) {
    const name = key.slice('town:'.length);
    return at.get(name) ?? at.get('ال' + name) ?? null;
  }
  return cityAt.get(key) ?? null;
}

const EARTH_KM = 6371;
const rad = (d: number): number => (d * Math.PI) / 180;

/** Great-circle distance in kilometres. */
export function kmBetween(a: LatLon, b: LatLon): number {
  const h = Math.sin(rad(b[0] - a[0]) / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(rad(b[1] - a[1]) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
