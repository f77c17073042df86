// What the panel's buttons do, driven with a fake background: what is asked, what the reader
// is told, and when the report is asked for again.
import { describe, expect, it, vi } from 'vitest';
import { translator } from '../../../lib/view/i18n/messages';
import { failure, type MessageType, type PanelState } from '../../../lib/extension/messaging/protocol';
import { articleActions, currentReadId, dataActions, sitePattern, type ActionDeps } from '../../../lib/view/panel/actions';
import type { Ask } from '../../../lib/view/panel/ask';
import type { StoryReport } from '../../../lib/pipeline/report/types';

const t = translator('en');

/** A background that answers each type as told (ok by default) and records what it was asked. */
function fakeAsk(replies: Partial<Record<MessageType, object>> = {}) {
  const asked: { type: MessageType; data: unknown; tabId?: number }[] = [];
  const ask = (async (type: MessageType, data: unknown, tabId?: number) => {
    asked.push({ type, data, tabId });
    return replies[type] ?? { ok: true };
  }) as Ask;
  return { ask, asked };
}

const readState = (readId: number): PanelState => ({
  status: 'read',
  tabId: 4,
  report: { articles: [{ readId: 1 }, { readId }], current: 1 } as unknown as StoryReport,
});

function deps(over: Partial<ActionDeps> = {}) {
  const seen = { notices: [] as (string | null)[], readErrors: [] as (string | null)[], refreshes: 0 };
  const d: ActionDeps = {
    ask: fakeAsk().ask,
    t,
    tabId: 4,
    tabUrl: 'https://news.example/a/1?x=2',
    state: readState(9),
    refresh: () => void seen.refreshes++,
    notify: (s) => void seen.notices.push(s),
    readError: (s) => void seen.readErrors.push(s),
    confirm: () => true,
    requestOrigin: async () => true,
    showLang: () => undefined,
    exportAll: async () => undefined,
    ...over,
  };
  return { d, seen };
}

const file = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });

describe('article actions', () => {
  it('reading the tab: a refusal tells the reader what to do; success clears it; both ask again', async () => {
    const refused = deps({ ask: fakeAsk({ readTab: failure('failed', { message: 'Cannot access contents of the page' }) }).ask });
    await articleActions(refused.d).readTab();
    expect(refused.seen.readErrors).toEqual([t('readRefused')]);
    expect(refused.seen.refreshes).toBe(1);
    const fine = deps();
    await articleActions(fine.d).readTab();
    expect(fine.seen.readErrors).toEqual([null]);
  });

  it('“always read this site” asks for the page’s origin first, then reads the tab', async () => {
    const { ask, asked } = fakeAsk();
    const requestOrigin = vi.fn(async () => true);
    const { d, seen } = deps({ ask, requestOrigin });
    await articleActions(d).addSite();
    expect(requestOrigin).toHaveBeenCalledWith('https://news.example/*');
    expect(asked).toEqual([{ type: 'readTab', data: { tabId: 4 }, tabId: undefined }]);
    expect(seen.refreshes).toBe(1);
  });

  it('“always read this site” reads nothing when the permission is declined, and explains when the address is unknown', async () => {
    const declined = fakeAsk();
    await articleActions(deps({ ask: declined.ask, requestOrigin: async () => false }).d).addSite();
    expect(declined.asked).toEqual([]);
    const unknown = deps({ tabUrl: null });
    await articleActions(unknown.d).addSite();
    expect(unknown.seen.readErrors).toEqual([t('readRefused')]);
  });

  it('story corrections name the current read and the other one', async () => {
    const { ask, asked } = fakeAsk();
    const actions = articleActions(deps({ ask }).d);
    actions.notSameStory(3);
    actions.linkToCurrent(5);
    await Promise.resolve();
    expect(asked.map((a) => a.data)).toEqual([
      { readId: 9, otherId: 3, same: false },
      { readId: 9, otherId: 5, same: true },
    ]);
    // Without a read shown there is nothing to correct.
    const none = fakeAsk();
    articleActions(deps({ ask: none.ask, state: { status: 'unknown', tabId: 4, canRead: true } }).d).notSameStory(3);
    expect(none.asked).toEqual([]);
  });

  it('deleting a story asks first; declining deletes nothing', async () => {
    const declined = fakeAsk();
    await articleActions(deps({ ask: declined.ask, confirm: () => false }).d).deleteStory([1, 9]);
    expect(declined.asked).toEqual([]);
    const accepted = fakeAsk();
    const { d, seen } = deps({ ask: accepted.ask });
    await articleActions(d).deleteStory([1, 9]);
    expect(accepted.asked).toEqual([{ type: 'deleteStory', data: { readIds: [1, 9] }, tabId: undefined }]);
    expect(seen.refreshes).toBe(1);
  });

  it('“show in page” goes to the tab’s content script', () => {
    const { ask, asked } = fakeAsk();
    articleActions(deps({ ask }).d).showInPage('f3');
    expect(asked).toEqual([{ type: 'scrollToFigure', data: { id: 'f3' }, tabId: 4 }]);
  });
});

describe('settings actions', () => {
  it('retention: a refused value is explained; an accepted one prunes and says how many went', async () => {
    const refused = deps({ ask: fakeAsk({ setRetention: failure('bad-months') }).ask });
    await dataActions(refused.d).onRetention(0);
    expect(refused.seen.notices).toEqual(['bad-months']);
    const { ask, asked } = fakeAsk({ pruneNow: { ok: true, removed: 2 } });
    const accepted = deps({ ask });
    await dataActions(accepted.d).onRetention(3);
    expect(asked.map((a) => a.type)).toEqual(['setRetention', 'pruneNow']);
    expect(accepted.seen.notices).toEqual([`${t('pruned')}: 2`]);
  });

  it('import: a file that is too large or not JSON is refused before the background sees it', async () => {
    const { ask, asked } = fakeAsk();
    const { d, seen } = deps({ ask });
    await dataActions(d).onImport(file('huge.json', '{}', 200 * 1_048_576));
    await dataActions(d).onImport(file('notes.txt', 'hello'));
    expect(asked).toEqual([]);
    expect(seen.notices[0]).toMatch(/^huge\.json: larger than \d+ MB/);
    expect(seen.notices[1]).toMatch(/^notes\.txt: not JSON/);
  });

  it('import: the parsed file goes to the background, and its counts or its refusal are shown', async () => {
    const { ask, asked } = fakeAsk({ importData: { ok: true, added: 2, updated: 1, skipped: 0 } });
    const { d, seen } = deps({ ask });
    await dataActions(d).onImport(file('export.json', '{"format":"tabayyun-export","reads":[]}'));
    expect(asked[0]).toMatchObject({ type: 'importData', data: { format: 'tabayyun-export', reads: [] } });
    expect(seen.notices).toEqual([`${t('imported')}: 2 ${t('added')}, 1 ${t('updated')}, 0 ${t('skipped')}`]);
    const bad = deps({ ask: fakeAsk({ importData: failure('bad-file', { message: 'This file is not a Tabayyun export.' }) }).ask });
    await dataActions(bad.d).onImport(file('other.json', '{}'));
    expect(bad.seen.notices).toEqual(['This file is not a Tabayyun export.']);
  });

  it('choosing a language shows it at once and stores it through the background', () => {
    const { ask, asked } = fakeAsk();
    const showLang = vi.fn();
    dataActions(deps({ ask, showLang }).d).onLanguage('ar');
    expect(showLang).toHaveBeenCalledWith('ar');
    expect(asked).toEqual([{ type: 'setUiLanguage', data: { lang: 'ar' }, tabId: undefined }]);
  });
});

describe('helpers', () => {
  it('a site permission covers the page’s origin; pages without a web address have none', () => {
    expect(sitePattern('http://news.example:8080/a')).toBe('http://news.example:8080/*');
    expect(sitePattern('chrome://extensions/')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
    expect(sitePattern(null)).toBeNull();
  });

  it('the current read is the report’s current article, only when a read is shown', () => {
    expect(currentReadId(readState(9))).toBe(9);
    expect(currentReadId({ status: 'paused', tabId: 1, url: 'https://a.test/', host: 'a.test' })).toBeNull();
    expect(currentReadId(null)).toBeNull();
  });
});
