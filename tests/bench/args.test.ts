// The bench's flags (bench/util/args.ts): what a paired lookup run relies on.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../bench/util/args';

describe('bench flags', () => {
  it('reads the lookup store sizes, and none by default', () => {
    expect(parseArgs(['--only=lookup', '--store-sizes=1000,10000']).storeSizes).toEqual([1000, 10_000]);
    expect(parseArgs(['--only=lookup']).storeSizes).toBeNull();
  });
  it('refuses a size the lookup section does not report, naming the sizes it takes', () => {
    expect(() => parseArgs(['--store-sizes=5000'])).toThrow(/1000,10000,100000/);
    expect(() => parseArgs(['--store-sizes=1k'])).toThrow(/--store-sizes/);
  });
});
