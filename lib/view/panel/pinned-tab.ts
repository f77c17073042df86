// `?tabId=N` pins the panel to one tab (tests drive the panel as a page). Only a real tab id
// counts: Firefox checks tab ids against the API schema and *throws* (synchronously, so no
// promise handler sees it) for -1 (tabs.TAB_ID_NONE), fractions or text; such a value means
// "no tab" instead.

/** The pinned tab id, null when pinned to no tab, undefined when the panel follows the active tab. */
export function pinnedTabId(search: string): number | null | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || raw === '') return undefined;
  return /^\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : null;
}
