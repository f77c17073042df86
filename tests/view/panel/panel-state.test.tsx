// @vitest-environment jsdom
// The panel asks for its tab's report the moment it first renders, shows the answer (a failed
// question as the tab's error), and opens the store to watch it only once the answer is in.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failure, type PanelState, type ReplyTo } from '../../../lib/extension/messaging/protocol';
import type { Ask } from '../../../lib/view/panel/ask';
import { stateFromReply, usePanelState, type PanelStateView } from '../../../lib/view/panel/panel-state';
import type { SessionArea } from '../../../lib/view/panel/shelved-report';
import type { TabEvents } from '../../../lib/view/panel/store-changes';
import type { StoryReport } from '../../../lib/pipeline/report/types';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';

let db: TabayyunDB;
let host: HTMLElement;
let n = 0;
let view: PanelStateView;
const database = async () => db;

/** The session-storage and tab events, as a test drives them. */
function fakeEvents() {
  const session = new Set<(changes: Record<string, unknown>) => void>();
  const updated = new Set<(id: number, info: { status?: string }) => void>();
  const events: TabEvents = {
    storage: { session: { onChanged: { addListener: (f) => void session.add(f), removeListener: (f) => void session.delete(f) } } },
    tabs: { onUpdated: { addListener: (f) => void updated.add(f), removeListener: (f) => void updated.delete(f) } },
  };
  return { events, sessionChanged: (changes: Record<string, unknown>) => session.forEach((f) => f(changes)) };
}
let tabEvents: ReturnType<typeof fakeEvents>;

function Probe({ ask, tabId, session }: { ask: Ask; tabId: number | null; session?: SessionArea }) {
  view = usePanelState(database, tabId, ask, tabEvents.events, session);
  return null;
}

/** An ask whose panelState answers wait until `answer` is called. */
function heldAsk() {
  const pending: ((r: ReplyTo<'panelState'>) => void)[] = [];
  const ask = vi.fn(() => new Promise((resolve) => pending.push(resolve))) as unknown as Ask & ReturnType<typeof vi.fn>;
  return { ask, answer: (r: ReplyTo<'panelState'>, i = pending.length - 1) => pending[i](r) };
}

const unknown: PanelState = { status: 'unknown', tabId: 5, canRead: true };

beforeEach(() => {
  tabEvents = fakeEvents();
  db = openDatabase(`state-${n++}`);
  host = document.createElement('div');
  document.body.appendChild(host);
});
afterEach(async () => {
  render(null, host);
  host.remove();
  await db.delete();
});

describe('usePanelState', () => {
  it('asks during the first render, before any frame, and watches the store only after the answer', async () => {
    const count = vi.spyOn(db.storyLinks, 'count'); // one of the store marks the panel watches
    const { ask, answer } = heldAsk();
    render(<Probe ask={ask} tabId={5} />, host);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith('panelState', { tabId: 5 });
    expect(view.state).toBeNull();
    expect(view.ready).toBe(false);
    await new Promise((r) => setTimeout(r, 60));
    expect(count).not.toHaveBeenCalled();
    answer({ ok: true, state: unknown });
    await vi.waitFor(() => expect(view.state).toEqual(unknown));
    expect(view.ready).toBe(true);
    await vi.waitFor(() => expect(count).toHaveBeenCalled());
  });

  it('asks again when the tab’s state changes in session storage', async () => {
    const ask = vi.fn(async () => ({ ok: true, state: unknown })) as unknown as Ask;
    render(<Probe ask={ask} tabId={5} />, host);
    await vi.waitFor(() => expect(view.ready).toBe(true));
    await new Promise((r) => setTimeout(r, 30));
    tabEvents.sessionChanged({ 'tab:4': {} });
    await new Promise((r) => setTimeout(r, 20));
    expect(ask).toHaveBeenCalledTimes(1);
    tabEvents.sessionChanged({ 'tab:5': {} });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
  });

  it('shows only the latest answer when an older one arrives late', async () => {
    const { ask, answer } = heldAsk();
    render(<Probe ask={ask} tabId={5} />, host);
    render(<Probe ask={ask} tabId={6} />, host);
    answer({ ok: true, state: { status: 'unknown', tabId: 6, canRead: true } }, 1);
    await vi.waitFor(() => expect(view.state).toMatchObject({ tabId: 6 }));
    answer({ ok: true, state: unknown }, 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(view.state).toMatchObject({ tabId: 6 });
  });

  it('shows the shelved report until the background answers, and never over its answer', async () => {
    const shelved = { status: 'read', tabId: 5, report: { claimCount: 1 } as unknown as StoryReport } as const;
    const session: SessionArea = { get: async () => ({ 'tab:5': { status: 'read', url: 'https://a.test/', readId: 2 }, reports: { 2: shelved.report } }) };
    const { ask, answer } = heldAsk();
    render(<Probe ask={ask} tabId={5} session={session} />, host);
    await vi.waitFor(() => expect(view.state).toEqual(shelved));
    // Still not the background's answer: the store is not watched yet.
    expect(view.ready).toBe(false);
    answer({ ok: true, state: unknown });
    await vi.waitFor(() => expect(view.state).toEqual(unknown));
    // An answer that comes first is not replaced by a slower shelf.
    render(null, host);
    let release!: () => void;
    const slow: SessionArea = { get: () => new Promise((r) => (release = () => r({ 'tab:6': { status: 'read', url: 'https://a.test/', readId: 2 }, reports: { 2: shelved.report } }))) };
    const fast = vi.fn(async () => ({ ok: true, state: { ...unknown, tabId: 6 } })) as unknown as Ask;
    render(<Probe ask={fast} tabId={6} session={slow} />, host);
    await vi.waitFor(() => expect(view.state).toMatchObject({ status: 'unknown', tabId: 6 }));
    release();
    await new Promise((r) => setTimeout(r, 20));
    expect(view.state).toMatchObject({ status: 'unknown', tabId: 6 });
  });

  it('with no tab it asks nothing and is ready at once', () => {
    const { ask } = heldAsk();
    render(<Probe ask={ask} tabId={null} />, host);
    expect(ask).not.toHaveBeenCalled();
    expect(view.ready).toBe(true);
  });
});

describe('stateFromReply', () => {
  it('a failed question is the tab’s error, with its message when there is one', () => {
    expect(stateFromReply(5, failure('failed', { message: 'database closed' }))).toEqual({ status: 'error', tabId: 5, message: 'database closed' });
    expect(stateFromReply(5, failure('refused'))).toEqual({ status: 'error', tabId: 5, message: 'refused' });
    expect(stateFromReply(5, { ok: true, state: unknown })).toBe(unknown);
  });
});
