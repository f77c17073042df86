// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeQuote } from '../../../lib/extension/anchor/describe';
import {
  clearHighlights,
  CONFLICT,
  DIFFER,
  FLASH,
  highlightFigures,
  reanchorOnMutation,
  scrollToFigure,
  STYLE_ID,
  type HighlightItem,
} from '../../../lib/extension/highlight';
import { installHighlightDouble, texts, type FakeHighlight } from './highlight-double';

// What Readability gave the background (invented sentences).
const EXTRACTED =
  'قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.\n\n' +
  'وقال المنظمون إن أكثر من 8 آلاف متظاهر يشاركون في المسيرة.\n\n' +
  'وفي وقت سابق تحدثت التقارير عن نحو 10 آلاف لافتة وزعت على المشاركين.';

function item(id: string, quote: string, tone: HighlightItem['tone'], nth = 0): HighlightItem {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = EXTRACTED.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote}`);
  return { id, tone, selector: describeQuote(EXTRACTED, at, at + quote.length) };
}

let registry: Map<string, FakeHighlight>;
let uninstall: () => void;

beforeEach(() => {
  ({ registry, uninstall } = installHighlightDouble());
  document.documentElement.innerHTML = '<head></head><body></body>';
});
afterEach(() => {
  clearHighlights();
  uninstall();
  vi.useRealTimers();
});

describe('highlightFigures', () => {
  it('marks conflict and differ figures under their own names, with one style element', () => {
    document.body.innerHTML =
      '<nav>الرئيسية</nav><article><p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>' +
      '<p>وقال المنظمون إن أكثر من 8 آلاف متظاهر يشاركون في المسيرة.</p></article>';
    const items = [item('a', 'نحو 10 آلاف', 'conflict'), item('b', 'أكثر من 8 آلاف', 'differ')];
    expect(highlightFigures(document, items)).toEqual({ anchored: 2, missed: [] });
    expect(texts(registry.get(CONFLICT))).toEqual(['نحو 10 آلاف']);
    expect(texts(registry.get(DIFFER))).toEqual(['أكثر من 8 آلاف']);
    expect(registry.get(CONFLICT)!.priority).toBeGreaterThan(registry.get(DIFFER)!.priority);

    highlightFigures(document, items);
    const styles = document.querySelectorAll(`#${STYLE_ID}`);
    expect(styles.length).toBe(1);
    expect(styles[0].textContent).toContain(`::highlight(${CONFLICT})`);
    expect(styles[0].textContent).toContain(`::highlight(${DIFFER})`);
    expect(styles[0].textContent).toContain(`::highlight(${FLASH})`);
    // Nothing was wrapped: the article markup is exactly what the page had.
    expect(document.querySelector('article')!.innerHTML).toBe(
      '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>' +
        '<p>وقال المنظمون إن أكثر من 8 آلاف متظاهر يشاركون في المسيرة.</p>',
    );
  });

  it('finds figures despite extra whitespace, diacritics and inline elements in the page', () => {
    document.body.innerHTML =
      '<p>قالت   الشرطة إن\n      نَحْوَ <b>10</b>\n آلاف متظاهر تجمعوا في الساحة الكبرى.</p>' +
      '<p>وقال المنظمون إن أكثر من <span><i>٨</i> آلاف</span> متظاهر يشاركون في المسيرة.</p>';
    const result = highlightFigures(document, [item('a', 'نحو 10 آلاف', 'conflict'), item('b', 'أكثر من 8 آلاف', 'conflict')]);
    expect(result.anchored).toBe(2);
    expect(texts(registry.get(CONFLICT))).toEqual(['نَحْوَ 10\n آلاف', 'أكثر من ٨ آلاف']);
  });

  it('picks, of two identical figures, the one whose context matches', () => {
    document.body.innerHTML =
      '<p id="p1">قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>' +
      '<p id="p3">وفي وقت سابق تحدثت التقارير عن نحو 10 آلاف لافتة وزعت على المشاركين.</p>';
    highlightFigures(document, [item('shells', 'نحو 10 آلاف', 'differ', 1)]);
    const [range] = [...registry.get(DIFFER)!] as Range[];
    expect(range.toString()).toBe('نحو 10 آلاف');
    expect(range.startContainer.parentElement!.id).toBe('p3');
    highlightFigures(document, [item('troops', 'نحو 10 آلاف', 'differ', 0)]);
    expect(([...registry.get(DIFFER)!][0] as Range).startContainer.parentElement!.id).toBe('p1');
  });

  it('uses names a page cannot predict, and leaves nothing in the page when there is nothing to mark', async () => {
    for (const name of [CONFLICT, DIFFER, FLASH, STYLE_ID]) expect(name).toMatch(/^[a-z]{16}$/);
    expect(new Set([CONFLICT, DIFFER, FLASH, STYLE_ID]).size).toBe(4);
    // A new page load (a fresh module) draws new names.
    vi.resetModules();
    const again = await import('../../../lib/extension/highlight');
    expect([again.CONFLICT, again.DIFFER, again.FLASH, again.STYLE_ID]).not.toEqual([CONFLICT, DIFFER, FLASH, STYLE_ID]);
    document.body.innerHTML = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    highlightFigures(document, [item('a', 'نحو 10 آلاف', 'conflict')]);
    expect(registry.size).toBe(1);
    highlightFigures(document, []);
    expect(registry.size).toBe(0);
    expect(document.querySelector('style')).toBeNull();
  });

  it('reports figures the page does not show as missed', () => {
    document.body.innerHTML = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    const result = highlightFigures(document, [item('a', 'نحو 10 آلاف', 'conflict'), item('b', 'أكثر من 8 آلاف', 'differ')]);
    expect(result).toEqual({ anchored: 1, missed: ['b'] });
    expect(registry.has(DIFFER)).toBe(false);
  });

  it('does nothing without the Highlight API, and never wraps text', () => {
    uninstall();
    const html = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    document.body.innerHTML = html;
    const result = highlightFigures(document, [item('a', 'نحو 10 آلاف', 'conflict')]);
    expect(result).toEqual({ anchored: 0, missed: ['a'] });
    expect(document.body.innerHTML).toBe(html);
    expect(document.getElementById(STYLE_ID)).toBeNull();
    expect(scrollToFigure('a')).toBe(false);
  });
});

describe('reanchorOnMutation', () => {
  const flush = async () => {
    for (let i = 0; i < 3; i++) await Promise.resolve();
  };

  it('finds the figure again after the page replaces its DOM', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div id="app"><p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p></div>';
    const items = [item('a', 'نحو 10 آلاف', 'conflict')];
    highlightFigures(document, items);
    const before = [...registry.get(CONFLICT)!][0] as Range;
    const apply = vi.fn((list: HighlightItem[], d: Document) => highlightFigures(d, list));
    const stop = reanchorOnMutation(document, items, apply);

    // A framework re-render: same words, new nodes, different inline structure.
    document.getElementById('app')!.innerHTML = '<section><p>قالت الشرطة إن نحو <strong>10</strong> آلاف متظاهر تجمعوا في الساحة الكبرى.</p></section>';
    document.getElementById('app')!.appendChild(document.createElement('footer'));
    await flush();
    expect(before.toString()).toBe(''); // the old mark now covers nothing
    vi.advanceTimersByTime(300);
    expect(apply).toHaveBeenCalledTimes(1); // one run for the whole burst
    const after = [...registry.get(CONFLICT)!][0] as Range;
    expect(after.toString()).toBe('نحو 10 آلاف');
    expect(after.startContainer.isConnected).toBe(true);
    expect(scrollToFigure('a')).toBe(true);
    stop();
  });

  it('leaves marks alone while they still hold, and ignores its own style element', async () => {
    vi.useFakeTimers();
    document.head.remove(); // the style element then goes into <html>, next to the body
    document.body.innerHTML = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    const items = [item('a', 'نحو 10 آلاف', 'conflict')];
    highlightFigures(document, items);
    const apply = vi.fn((list: HighlightItem[], d: Document) => highlightFigures(d, list));
    const stop = reanchorOnMutation(document, items, apply);

    document.body.appendChild(document.createElement('aside')).textContent = 'إعلان';
    document.getElementById(STYLE_ID)!.textContent += '/* page touched it */';
    await flush();
    vi.advanceTimersByTime(1000);
    expect(apply).not.toHaveBeenCalled();

    // The page changes the figure's own text: the mark no longer holds and is redone.
    document.body.innerHTML = '<p>قالت الشرطة إن نحو <em>10</em> آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    await flush();
    vi.advanceTimersByTime(300);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(texts(registry.get(CONFLICT))).toEqual(['نحو 10 آلاف']);

    stop();
    document.body.innerHTML = '<p>لا شيء هنا</p>';
    await flush();
    vi.advanceTimersByTime(1000);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('does not wake up for changes to its own style element', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    // One figure is missing, so any page change is worth a new try…
    const items = [item('a', 'نحو 10 آلاف', 'conflict'), item('b', 'أكثر من 8 آلاف', 'differ')];
    highlightFigures(document, items);
    const apply = vi.fn((list: HighlightItem[], d: Document) => highlightFigures(d, list));
    const stop = reanchorOnMutation(document, items, apply);
    // …but our own style element being moved into the body or edited is not one.
    const style = document.getElementById(STYLE_ID)!;
    document.body.appendChild(style);
    style.textContent += ' ';
    style.remove();
    await flush();
    vi.advanceTimersByTime(1000);
    expect(apply).not.toHaveBeenCalled();
    document.body.appendChild(document.createElement('p')).textContent = 'وقال المنظمون إن أكثر من 8 آلاف متظاهر يشاركون';
    await flush();
    vi.advanceTimersByTime(300);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(texts(registry.get(DIFFER))).toEqual(['أكثر من 8 آلاف']);
    stop();
  });

  it('reads the current list through a getter, so the caller can swap it', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    let items = [item('a', 'نحو 10 آلاف', 'conflict')];
    highlightFigures(document, items);
    const stop = reanchorOnMutation(document, () => items);
    items = [item('b', 'أكثر من 8 آلاف', 'differ')];
    document.body.appendChild(document.createElement('p')).textContent = 'وقال المنظمون إن أكثر من 8 آلاف متظاهر يشاركون';
    await flush();
    vi.advanceTimersByTime(300);
    expect(registry.has(CONFLICT)).toBe(false);
    expect(texts(registry.get(DIFFER))).toEqual(['أكثر من 8 آلاف']);
    stop();
  });

  it('follows a replaced body element', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>تمهيد</p>';
    const items = [item('a', 'نحو 10 آلاف', 'conflict')];
    expect(highlightFigures(document, items).missed).toEqual(['a']);
    const stop = reanchorOnMutation(document, items);
    const body = document.createElement('body');
    body.innerHTML = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    document.documentElement.replaceChild(body, document.body);
    await flush();
    vi.advanceTimersByTime(300);
    expect(texts(registry.get(CONFLICT))).toEqual(['نحو 10 آلاف']);
    stop();
  });
});

describe('scrollToFigure and clearHighlights', () => {
  it('scrolls the figure into the middle of the view and flashes it briefly', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="p">قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    highlightFigures(document, [item('a', 'نحو 10 آلاف', 'conflict')]);
    const scroll = vi.fn();
    (Element.prototype as { scrollIntoView: unknown }).scrollIntoView = scroll;

    expect(scrollToFigure('nope')).toBe(false);
    expect(scrollToFigure('a')).toBe(true);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(document.getElementById('p'));
    expect(scroll.mock.calls[0][0]).toMatchObject({ block: 'center' });
    expect(texts(registry.get(FLASH))).toEqual(['نحو 10 آلاف']);
    expect(registry.get(FLASH)!.priority).toBeGreaterThan(registry.get(CONFLICT)!.priority);
    vi.advanceTimersByTime(1499);
    expect(registry.has(FLASH)).toBe(true);
    vi.advanceTimersByTime(2);
    expect(registry.has(FLASH)).toBe(false);
  });

  it('clears every mark and the style element', () => {
    document.body.innerHTML = '<p>قالت الشرطة إن نحو 10 آلاف متظاهر تجمعوا في الساحة الكبرى.</p>';
    highlightFigures(document, [item('a', 'نحو 10 آلاف', 'conflict')]);
    scrollToFigure('a');
    clearHighlights();
    expect(registry.size).toBe(0);
    expect(document.getElementById(STYLE_ID)).toBeNull();
    expect(scrollToFigure('a')).toBe(false);
  });
});
