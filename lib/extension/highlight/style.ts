// One <style> element that colours our named highlights. ::highlight() only paints what the
// page already shows, so the page's text and layout stay untouched.

import { CONFLICT, DIFFER, FLASH, unpredictableName } from './registry';

/** Random like the highlight names: a fixed id would mark every page this reader opens. */
export const STYLE_ID = unpredictableName();

// Translucent backgrounds read on light and dark pages alike; the underline keeps the two tones
// apart for readers who do not tell the colours apart.
export const HIGHLIGHT_CSS = `
::highlight(${CONFLICT}) { background-color: rgba(192, 57, 43, 0.28); color: inherit; text-decoration: underline 2px rgba(192, 57, 43, 0.9); }
::highlight(${DIFFER}) { background-color: rgba(214, 137, 16, 0.26); color: inherit; text-decoration: underline dotted 2px rgba(214, 137, 16, 0.9); }
::highlight(${FLASH}) { background-color: rgba(26, 95, 180, 0.45); color: inherit; }
@media (forced-colors: active) {
  ::highlight(${CONFLICT}), ::highlight(${DIFFER}), ::highlight(${FLASH}) { background-color: Mark; color: MarkText; }
}
`;

/** Adds the style element once (again if the page removed it); returns it. */
export function ensureStyle(doc: Document): HTMLStyleElement {
  const existing = doc.getElementById(STYLE_ID);
  if (existing) return existing as HTMLStyleElement;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

export function removeStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
}

/** True for nodes that are, or are inside, our style element. */
export function isOwnNode(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).id === STYLE_ID) return true;
  }
  return false;
}
