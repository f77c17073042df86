// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { anchorQuotes, describeQuote } from '../../../lib/extension/anchor';
import { fold } from '../../../lib/pipeline/text/fold';
import { describeShared } from '../../fixtures/describe-shared';
import { CNN_HTML } from '../../fixtures/shared';

const squash = (s: string) => fold(s).replace(/\s+/g, '');

describe('anchorQuotes', () => {
  it('anchors several figures in one pass, null for the missing one', () => {
    document.body.innerHTML =
      '<article><p>قالت الشرطة إن <b>10</b> آلاف جندي وصلوا.</p>' +
      '<p>وقالت النقابة إن أكثر من 8 آلاف جندي وصلوا.</p></article>';
    const extracted = 'قالت الشرطة إن 10 آلاف جندي وصلوا.\n\nوقالت النقابة إن أكثر من 8 آلاف جندي وصلوا.';
    const sel = (q: string) => {
      const i = extracted.indexOf(q);
      return describeQuote(extracted, i, i + q.length);
    };
    const ranges = anchorQuotes(document.body, [
      sel('10 آلاف'),
      sel('أكثر من 8 آلاف'),
      { exact: '3 آلاف', prefix: '', suffix: '' },
    ]);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual(['10 آلاف', 'أكثر من 8 آلاف', null]);
  });
});

describeShared('anchorQuotes on a real page', () => {
  it('finds in a real news page the numbers Readability extracted from a clone of it', () => {
    const html = readFileSync(CNN_HTML, 'utf8');
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const article = new Readability(document.cloneNode(true) as Document).parse();
    expect(article?.textContent).toBeTruthy();
    const text = article!.textContent!;
    const numbers = [...text.matchAll(/[0-9\u0660-\u0669]+(?: [^\s0-9\u0660-\u0669]+)?/g)];
    expect(numbers.length).toBeGreaterThan(2);
    const ranges = anchorQuotes(
      document.body,
      numbers.map((n) => describeQuote(text, n.index!, n.index! + n[0].length)),
    );
    numbers.forEach((n, i) => {
      expect(ranges[i], n[0]).not.toBeNull();
      expect(squash(ranges[i]!.toString())).toBe(squash(n[0]));
      // Anchored inside the article's own paragraphs, not in the page chrome around it.
      expect(ranges[i]!.startContainer.parentElement!.closest('#cnnContentContainer')).not.toBeNull();
    });
  });
});
