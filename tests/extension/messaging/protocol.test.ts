// Every message is checked against its schema before the receiver acts on it.
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, parseMessage } from '../../../lib/extension/messaging/protocol';

const snapshot = {
  url: 'https://akhbar.example/a?ref=1',
  canonicalUrl: 'https://akhbar.example/a',
  site: 'أخبار المثال',
  host: 'akhbar.example',
  title: 'عنوان مخترع',
  byline: null,
  published: '2024-03-05T19:00:00Z',
  lang: 'ar',
  dir: 'rtl',
  text: 'قالت الوزارة إن 120 شخصا أصيبوا.',
};

describe('message schemas', () => {
  it('accepts a well-formed snapshot, and drops fields a page adds of its own', () => {
    const parsed = parseMessage('articleRead', { ...snapshot, claims: [{ value: 1e9 }] });
    expect(parsed).toEqual({ ok: true, data: snapshot });
  });

  it.each([
    [{ ...snapshot, canonicalUrl: 'javascript:alert(1)' }, 'bad-canonicalUrl'],
    [{ ...snapshot, text: '   \n ' }, 'bad-text'],
    [{ ...snapshot, text: 'ب'.repeat(MAX_TEXT_LENGTH + 1) }, 'bad-text'],
    [{ ...snapshot, dir: 'up' }, 'bad-dir'],
    [{ ...snapshot, byline: 7 }, 'bad-byline'],
    [{ ...snapshot, title: 'ع'.repeat(2_001) }, 'bad-title'],
    ['not an object', 'not-an-object'],
  ])('refuses a snapshot with a bad field (%#)', (data, problem) => {
    expect(parseMessage('articleRead', data)).toEqual({ ok: false, problem });
  });

  it('checks the panel messages too', () => {
    expect(parseMessage('setSameStory', { readId: 3, otherId: 4, same: false })).toMatchObject({ ok: true });
    expect(parseMessage('setSameStory', { readId: '3', otherId: 4, same: false })).toEqual({ ok: false, problem: 'bad-readId' });
    expect(parseMessage('deleteStory', { readIds: [1, 2.5] })).toEqual({ ok: false, problem: 'bad-readIds.1' });
    expect(parseMessage('setRetention', { months: 0 })).toEqual({ ok: false, problem: 'bad-months' });
    expect(parseMessage('setRetention', { months: null })).toEqual({ ok: true, data: { months: null } });
    expect(parseMessage('setUiLanguage', { lang: 'fr' })).toEqual({ ok: false, problem: 'bad-lang' });
    expect(parseMessage('pageSkipped', { url: 'https://x.example/', reason: 'bored' })).toEqual({ ok: false, problem: 'bad-reason' });
    expect(parseMessage('pruneNow', undefined)).toEqual({ ok: true, data: undefined });
  });
});
