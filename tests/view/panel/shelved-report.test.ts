// The report the background shelved is shown only for the read the tab shows.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SHELVED_REPORTS_KEY } from '../../../lib/extension/messaging/protocol';
import { shelvedState, type SessionArea } from '../../../lib/view/panel/shelved-report';
import type { StoryReport } from '../../../lib/pipeline/report/types';

const report = (claimCount: number) => ({ claimCount }) as unknown as StoryReport;
const session = () => fakeBrowser.storage.session as unknown as SessionArea;

beforeEach(() => fakeBrowser.reset());

describe('shelvedState', () => {
  it('gives the shelved report of the read the tab shows', async () => {
    await fakeBrowser.storage.session.set({ 'tab:3': { status: 'read', url: 'https://a.test/1', readId: 12 }, [SHELVED_REPORTS_KEY]: { 11: report(1), 12: report(2) } });
    expect(await shelvedState(session(), 3)).toEqual({ status: 'read', tabId: 3, report: report(2) });
  });

  it('gives nothing when the tab shows no read, another read, or nothing is shelved', async () => {
    await fakeBrowser.storage.session.set({ 'tab:3': { status: 'read', url: 'https://a.test/1', readId: 13 }, 'tab:4': { status: 'skipped', url: 'https://a.test/2', reason: 'too-short' } });
    expect(await shelvedState(session(), 3)).toBeNull();
    await fakeBrowser.storage.session.set({ [SHELVED_REPORTS_KEY]: { 12: report(2) } });
    expect(await shelvedState(session(), 3)).toBeNull();
    expect(await shelvedState(session(), 4)).toBeNull();
    expect(await shelvedState(session(), 5)).toBeNull();
  });
});
