// Which tab `?tabId=` pins the panel to: only ids the browser's tabs API accepts, because
// Firefox throws synchronously (uncaught in an effect) for any other value.
import { describe, expect, it } from 'vitest';
import { pinnedTabId } from '../../../lib/view/panel/pinned-tab';

describe('pinnedTabId', () => {
  it('pins to a real tab id', () => {
    expect(pinnedTabId('?tabId=0')).toBe(0);
    expect(pinnedTabId('?tabId=42')).toBe(42);
    expect(pinnedTabId('?lang=en&tabId=7')).toBe(7);
  });

  it('treats tabs.TAB_ID_NONE (-1), fractions, text and huge numbers as no tab', () => {
    for (const bad of ['-1', '1.5', 'abc', '1e3', ' 3', '99999999999999999999']) expect(pinnedTabId(`?tabId=${encodeURIComponent(bad)}`), bad).toBeNull();
  });

  it('follows the active tab when nothing is pinned', () => {
    expect(pinnedTabId('')).toBeUndefined();
    expect(pinnedTabId('?tabId=')).toBeUndefined();
    expect(pinnedTabId('?other=1')).toBeUndefined();
  });
});
