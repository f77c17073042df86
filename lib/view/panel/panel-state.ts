// The tab's state as the background reports it, asked for first thing and again whenever the
// store or the tab changes; meanwhile, on opening, the report the background shelved for the
// tab's read (lib/view/panel/shelved-report.ts), which needs no running service worker. The first question goes out while the panel's first frame is being
// committed (a layout effect, not a passive one that waits for the next frame), and the
// watchers that open the store start only once the answer is in: nothing competes with the
// first report.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PanelState, ReplyTo } from '../../extension/messaging/protocol';
import type { TabayyunDB } from '../../store/db';
import type { Ask } from './ask';
import { shelvedState, type SessionArea } from './shelved-report';
import { watchStore, watchTab, type TabEvents } from './store-changes';

/** The state to show for an answer: a failed question shows as the tab's error. */
export function stateFromReply(tabId: number, reply: ReplyTo<'panelState'>): PanelState {
  return reply.ok ? reply.state : { status: 'error', tabId, message: reply.message ?? reply.error };
}

export interface PanelStateView {
  state: PanelState | null;
  /** Ask the background again (after an action that changes the report). */
  refresh: () => void;
  /** Reads being re-analysed (0 until the store is watched). */
  updating: number;
  /** The first answer is in (or there is no tab to ask about): secondary queries may start. */
  ready: boolean;
}

/**
 * `database`: opens the store, asked only once the answer is in (lib/view/panel/panel-database.ts);
 * `events`: the browser's session-storage and tab events (wxt's `browser`); `session`: its
 * session storage area, to show the background's shelved report before the answer comes.
 */
export function usePanelState(database: () => Promise<TabayyunDB>, tabId: number | null, ask: Ask, events: TabEvents, session?: SessionArea): PanelStateView {
  const [state, setState] = useState<PanelState | null>(null);
  const [answered, setAnswered] = useState(false);
  const [tick, setTick] = useState(0);
  const [updating, setUpdating] = useState(0);
  const asked = useRef(0);
  const shelfAskedFor = useRef<number | null>(null);
  const refresh = () => setTick((n) => n + 1);

  useLayoutEffect(() => {
    if (tabId === null) return;
    // Only the latest question's answer is shown (an older one may arrive later).
    const question = ++asked.current;
    let answeredNow = false;
    void ask('panelState', { tabId }).then((reply) => {
      if (question !== asked.current) return;
      answeredNow = true;
      setState(stateFromReply(tabId, reply));
      setAnswered(true);
    });
    // The background's shelved report for the tab's read, until its answer comes (on opening
    // and on switching tabs, not when asking again).
    if (session && shelfAskedFor.current !== tabId) {
      shelfAskedFor.current = tabId;
      void shelvedState(session, tabId)
        .then((shelved) => shelved && question === asked.current && !answeredNow && setState(shelved))
        .catch(() => undefined);
    }
  }, [tabId, tick]);

  useEffect(() => {
    if (tabId === null || !answered) return;
    let stopStore: (() => void) | undefined;
    let stopped = false;
    void database().then((db) => {
      if (stopped) return;
      stopStore = watchStore(db, (marks, changed) => {
        setUpdating(marks.updating);
        if (changed) refresh();
      });
    });
    const stopTab = watchTab(events, tabId, refresh);
    return () => {
      stopped = true;
      stopStore?.();
      stopTab();
    };
  }, [database, tabId, answered]);

  return { state, refresh, updating, ready: answered || tabId === null };
}
