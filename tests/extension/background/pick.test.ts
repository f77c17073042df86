// What the background keeps of a content script's message: the named fields only, addresses
// from the background's own check, known values or a safe default, long strings clipped.
import { describe, expect, it } from 'vitest';
import { skippedState, snapshotFields } from '../../../lib/extension/background/pick';
import type { FiledAddresses } from '../../../lib/pipeline/extract/canonical';
import type { ArticleSnapshot, SkipReason } from '../../../lib/types';

const SNAPSHOT: ArticleSnapshot = {
  url: 'https://outlet.test/a/1?ref=feed',
  canonicalUrl: 'https://outlet.test/a/1',
  site: 'صحيفة مختلقة',
  host: 'outlet.test',
  title: 'افتتاح جسر جديد',
  byline: 'محرر التجربة',
  published: '2026-04-02T08:00:00Z',
  lang: 'ar',
  dir: 'rtl',
  text: 'افتتحت البلدية جسرا جديدا فوق النهر.',
};
const FILED: FiledAddresses = { url: 'https://m.outlet.test/a/1', canonicalUrl: 'https://outlet.test/a/1', host: 'm.outlet.test' };

describe('snapshotFields', () => {
  it('keeps the article fields, with the addresses the background checked in place of the page’s', () => {
    const claimed = { ...SNAPSHOT, url: 'https://elsewhere.test/x', canonicalUrl: 'https://elsewhere.test/x', host: 'elsewhere.test' };
    expect(snapshotFields(claimed, FILED)).toEqual({ ...SNAPSHOT, url: FILED.url, canonicalUrl: FILED.canonicalUrl, host: FILED.host });
  });

  it('drops every field it does not name, whatever the message adds', () => {
    const hostile = { ...SNAPSHOT, id: 7, status: 'read', readId: 3, claims: [{ value: 1 }], savedBytes: 1, engine: 999 } as ArticleSnapshot;
    const picked = snapshotFields(hostile, FILED);
    expect(Object.keys(picked).sort()).toEqual(['byline', 'canonicalUrl', 'dir', 'host', 'lang', 'published', 'site', 'text', 'title', 'url']);
  });

  it('does not take a prototype from a parsed message', () => {
    // JSON.parse makes "__proto__" an own field, which a spread would copy over a record.
    const parsed = JSON.parse('{"__proto__":{"status":"read","readId":1},' + JSON.stringify(SNAPSHOT).slice(1)) as ArticleSnapshot;
    expect(Object.keys(parsed)).toContain('__proto__');
    const picked = snapshotFields(parsed, FILED) as ArticleSnapshot & { status?: unknown };
    expect(Object.getPrototypeOf(picked)).toBe(Object.prototype);
    expect(picked.status).toBeUndefined();
    expect(Object.keys(picked)).not.toContain('__proto__');
  });

  it.each([
    ['rtl', 'rtl'],
    ['ltr', 'ltr'],
    ['auto', null],
    ['RTL', null],
    ['', null],
    [null, null],
    [undefined, null],
    [{ toString: (): string => 'rtl' }, null],
  ])('direction %j is kept as %j', (dir, expected) => {
    expect(snapshotFields({ ...SNAPSHOT, dir: dir as ArticleSnapshot['dir'] }, FILED).dir).toBe(expected);
  });
});

describe('skippedState', () => {
  const REASONS: SkipReason[] = ['not-readerable', 'too-short', 'not-arabic', 'too-large', 'failed'];

  it.each(REASONS)('keeps the known reason %s', (reason) => {
    expect(skippedState({ url: 'https://outlet.test/', reason })).toEqual({ status: 'skipped', url: 'https://outlet.test/', reason });
  });

  it.each([['hacked'], ['TOO-SHORT'], ['too-short '], [''], [42], [null], [undefined], [{ reason: 'too-short' }], [['too-short']]])('takes reason %j as failed', (reason) => {
    expect(skippedState({ url: 'https://outlet.test/', reason }).reason).toBe('failed');
  });

  it('files the state under the tab’s own address when the sender gives one', () => {
    expect(skippedState({ url: 'https://claimed.test/', reason: 'too-short' }, 'https://tab.test/page').url).toBe('https://tab.test/page');
    expect(skippedState({ url: 'https://claimed.test/', reason: 'too-short' }).url).toBe('https://claimed.test/');
  });

  it('takes an address that is not text as empty', () => {
    for (const url of [undefined, 12, { href: 'https://x.test/' }, ['https://x.test/']]) expect(skippedState({ url, reason: 'failed' }).url).toBe('');
  });

  it('clips the address to 2,000 characters and the detail to 500', () => {
    const base = 'https://outlet.test/';
    const exact = base + 'a'.repeat(2_000 - base.length);
    expect(skippedState({ url: exact }).url).toBe(exact);
    expect(skippedState({ url: exact + 'bcd' }).url).toBe(exact);
    expect(skippedState({}, exact + 'bcd').url).toBe(exact);
    const detail = 'س'.repeat(500);
    expect(skippedState({ detail }).detail).toBe(detail);
    expect(skippedState({ detail: detail + 'ص' }).detail).toBe(detail);
  });

  it('adds a detail only when the message gives text, an empty one included', () => {
    expect('detail' in skippedState({ reason: 'failed' })).toBe(false);
    for (const detail of [404, null, { message: 'x' }, ['x']]) expect('detail' in skippedState({ reason: 'failed', detail })).toBe(false);
    expect(skippedState({ reason: 'failed', detail: '' }).detail).toBe('');
    expect(skippedState({ reason: 'too-large', detail: 'نص أطول من الحد' })).toEqual({ status: 'skipped', url: '', reason: 'too-large', detail: 'نص أطول من الحد' });
  });

  it('keeps nothing else the message carries', () => {
    const state = skippedState({ url: 'https://outlet.test/', reason: 'too-short', status: 'read', readId: 4 } as { url: string; reason: string });
    expect(state).toEqual({ status: 'skipped', url: 'https://outlet.test/', reason: 'too-short' });
  });
});
