import { describe, expect, it } from 'vitest';
import { lazy, lazySet, memoized } from '../lib/lazy';

describe('lazy', () => {
  it('builds nothing until the first call, then builds once and keeps the value', () => {
    let builds = 0;
    const table = lazy(() => {
      builds++;
      return new Map([['a', 1]]);
    });
    expect(builds).toBe(0);
    const first = table();
    expect(table()).toBe(first);
    expect(builds).toBe(1);
  });

  it('keeps a value that is falsy', () => {
    let builds = 0;
    const zero = lazy(() => {
      builds++;
      return 0;
    });
    expect([zero(), zero()]).toEqual([0, 0]);
    expect(builds).toBe(1);
  });
});

describe('lazySet', () => {
  it('answers has() like the set it builds, built on the first question only', () => {
    let builds = 0;
    const words = lazySet(() => {
      builds++;
      return ['قال', 'أعلن'];
    });
    expect(builds).toBe(0);
    expect(words.has('قال')).toBe(true);
    expect(words.has('كتب')).toBe(false);
    expect(builds).toBe(1);
  });
});

describe('memoized', () => {
  it('computes once per key, a false value included, and forgets everything when full', () => {
    const computed: string[] = [];
    const long = memoized((s) => {
      computed.push(s);
      return s.length > 2;
    }, 2);
    expect([long('ab'), long('ab'), long('abc'), long('abc')]).toEqual([false, false, true, true]);
    expect(computed).toEqual(['ab', 'abc']);
    // A third key empties the memory: the first is computed again.
    long('abcd');
    long('ab');
    expect(computed).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });
});
