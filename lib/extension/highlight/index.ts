// Marks differing figures in the live page (content script). Quotes come from the extracted
// article text; lib/extension/anchor finds them again in the page's own text nodes.

import { anchorQuotes } from '../anchor';
import { fold } from '../../pipeline/text/fold';
import { CONFLICT, DIFFER, FLASH, highlightApi } from './registry';
import { ensureStyle, isOwnNode, removeStyle } from './style';

export { CONFLICT, DIFFER, FLASH } from './registry';
export { STYLE_ID } from './style';

// One definition of what to mark, shared with the background's report.
export type { HighlightItem, HighlightTone } from '../../pipeline/report/types';
import type { HighlightItem, HighlightTone } from '../../pipeline/report/types';

export interface HighlightResult {
  anchored: number;
  /** Ids whose quote was not found in the page (or all of them without the API). */
  missed: string[];
}

const FLASH_MS = 1500;

/** id → the Range currently marked for it, for scrolling and for checking it still holds. */
const ranges = new Map<string, Range>();
let styledDoc: Document | null = null;
let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Anchors every item in `doc` and (re)registers the conflict and differ highlights. */
export function highlightFigures(doc: Document, items: HighlightItem[]): HighlightResult {
  const api = highlightApi();
  const root = doc.body ?? doc.documentElement;
  if (!api || !root) return { anchored: 0, missed: items.map((i) => i.id) };
  // Nothing to mark (or marks turned off): leave nothing in the page, not even the style.
  if (items.length === 0) {
    clearHighlights();
    return { anchored: 0, missed: [] };
  }

  styledDoc = ensureStyle(doc).ownerDocument;
  const found = anchorQuotes(root, items.map((i) => i.selector));
  ranges.clear();
  const byTone: Record<HighlightTone, Range[]> = { conflict: [], differ: [] };
  const missed: string[] = [];
  items.forEach((item, i) => {
    const range = found[i];
    if (!range) {
      missed.push(item.id);
      return;
    }
    ranges.set(item.id, range);
    byTone[item.tone].push(range);
  });
  // Conflicts win where a figure is in both (priority), the flash wins over both.
  setOrDelete(CONFLICT, byTone.conflict, 1);
  setOrDelete(DIFFER, byTone.differ, 0);
  return { anchored: items.length - missed.length, missed };
}

function setOrDelete(name: string, list: Range[], priority: number): void {
  const api = highlightApi();
  if (!api) return;
  if (list.length === 0) api.registry.delete(name);
  else api.registry.set(name, api.create(list, priority));
}

const squash = (s: string) => fold(s).replace(/\s+/g, '');

/** True when every item has a live range that still reads as its quote. */
function allStillAnchored(items: HighlightItem[]): boolean {
  return items.every((item) => {
    const r = ranges.get(item.id);
    return (
      r !== undefined &&
      r.startContainer.isConnected &&
      r.endContainer.isConnected &&
      squash(r.toString()) === squash(item.selector.exact)
    );
  });
}

/**
 * Re-anchors when the page changes its DOM (re-renders, lazy paragraphs, replaced body).
 * `items` may be a getter so that the caller can swap the list without re-subscribing.
 * Runs `apply` at most once per `delayMs` after a burst starts (a throttle, so that a page
 * that never stops mutating is still served), and not at all while every mark still holds.
 * Returns a function that stops watching.
 */
export function reanchorOnMutation(
  doc: Document,
  items: HighlightItem[] | (() => HighlightItem[]),
  apply: (items: HighlightItem[], doc: Document) => unknown = (list, d) => highlightFigures(d, list),
  delayMs = 300,
): () => void {
  const MO = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (!MO || !doc.documentElement) return () => {};
  const current = typeof items === 'function' ? items : () => items;

  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    const list = current();
    if (list.length > 0 && !allStillAnchored(list)) apply(list, doc);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(run, delayMs);
  };

  let watchedBody: HTMLElement | null = null;
  const bodyObserver = new MO((records) => {
    if (records.every(isOwnMutation)) return;
    schedule();
  });
  const watchBody = () => {
    if (doc.body === watchedBody) return;
    bodyObserver.disconnect();
    watchedBody = doc.body;
    if (watchedBody) bodyObserver.observe(watchedBody, { childList: true, subtree: true, characterData: true });
  };
  // The body itself can be replaced (some single-page apps do): follow it.
  const rootObserver = new MO(() => {
    if (doc.body !== watchedBody) {
      watchBody();
      schedule();
    }
  });
  rootObserver.observe(doc.documentElement, { childList: true });
  watchBody();

  return () => {
    bodyObserver.disconnect();
    rootObserver.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}

function isOwnMutation(record: MutationRecord): boolean {
  if (isOwnNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.length > 0 && changed.every((n) => n.nodeType === 1 && isOwnNode(n));
}

/** Scrolls the figure's mark to the middle of the view and flashes it; false if it is not marked. */
export function scrollToFigure(id: string): boolean {
  const range = ranges.get(id);
  if (!range || !range.startContainer.isConnected) return false;
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  const win = el.ownerDocument.defaultView;
  const reduceMotion = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  if (typeof el.scrollIntoView === 'function') {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  }
  flash(range);
  return true;
}

function flash(range: Range): void {
  const api = highlightApi();
  if (!api) return;
  if (flashTimer !== undefined) clearTimeout(flashTimer);
  api.registry.set(FLASH, api.create([range], 2));
  flashTimer = setTimeout(() => {
    flashTimer = undefined;
    highlightApi()?.registry.delete(FLASH);
  }, FLASH_MS);
}

/** Removes every mark, the flash and the style element. */
export function clearHighlights(): void {
  const api = highlightApi();
  if (api) for (const name of [CONFLICT, DIFFER, FLASH]) api.registry.delete(name);
  if (flashTimer !== undefined) clearTimeout(flashTimer);
  flashTimer = undefined;
  ranges.clear();
  if (styledDoc) removeStyle(styledDoc);
  styledDoc = null;
}
