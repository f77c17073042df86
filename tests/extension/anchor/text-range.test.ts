// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { rangeFromOffsets, textOfNode } from '../../../lib/extension/anchor/text-range';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('textOfNode', () => {
  it('concatenates text nodes in document order with their start offsets', () => {
    const root = page('<p>قال <b>10</b> آلاف</p><p>ثم <i>انتهى</i></p>');
    const index = textOfNode(root);
    expect(index.text).toBe('قال 10 آلافثم انتهى');
    expect(index.nodes.map((n) => n.data)).toEqual(['قال ', '10', ' آلاف', 'ثم ', 'انتهى']);
    index.nodes.forEach((n, i) => expect(index.text.slice(index.starts[i], index.starts[i] + n.data.length)).toBe(n.data));
  });

  it('skips scripts, styles, templates and hidden subtrees', () => {
    const root = page(
      '<p>أ</p><script>var x = 5;</script><style>p{}</style><noscript>ن</noscript>' +
        '<template><p>ق</p></template><div hidden>خفي</div><span aria-hidden="true">٣</span><p>ب</p>',
    );
    expect(textOfNode(root).text).toBe('أب');
  });

  it('indexes a detached subtree and a single text node', () => {
    const div = document.createElement('div');
    div.innerHTML = '<span>x</span>y';
    expect(textOfNode(div).text).toBe('xy');
    expect(textOfNode(document.createTextNode('وحده')).text).toBe('وحده');
    expect(textOfNode(document.createElement('div')).nodes).toEqual([]);
  });
});

describe('rangeFromOffsets', () => {
  it('maps offsets across several text nodes back to a Range', () => {
    const root = page('<p>قال نحو <b>10</b> آلاف جندي</p>');
    const index = textOfNode(root);
    const start = index.text.indexOf('نحو');
    const end = index.text.indexOf(' جندي');
    const range = rangeFromOffsets(index, start, end, document)!;
    expect(range.toString()).toBe('نحو 10 آلاف');
    expect(range.startContainer).toBe(index.nodes[0]);
    expect(range.endContainer).toBe(index.nodes[2]);
  });

  it('keeps boundaries inside the nodes holding the first and last characters', () => {
    const root = page('<p>قال <b>10</b> آلاف</p>');
    const index = textOfNode(root);
    const range = rangeFromOffsets(index, 4, 6, document)!; // exactly the <b> text
    expect(range.toString()).toBe('10');
    expect(range.startContainer).toBe(index.nodes[1]);
    expect(range.endContainer).toBe(index.nodes[1]);
    expect(range.endOffset).toBe(2);
  });

  it('rejects empty or out-of-bounds spans', () => {
    const index = textOfNode(page('<p>نص</p>'));
    expect(rangeFromOffsets(index, 1, 1, document)).toBeNull();
    expect(rangeFromOffsets(index, -1, 1, document)).toBeNull();
    expect(rangeFromOffsets(index, 0, 3, document)).toBeNull();
    expect(rangeFromOffsets(textOfNode(page('')), 0, 0, document)).toBeNull();
  });
});
