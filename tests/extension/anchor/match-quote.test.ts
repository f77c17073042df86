import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeQuote } from '../../../lib/extension/anchor/describe';
import { matchQuote } from '../../../lib/extension/anchor/match-quote';
import { fold } from '../../../lib/pipeline/text/fold';
import { describeShared } from '../../fixtures/describe-shared';
import { seedFile } from '../../fixtures/shared';

const squash = (s: string) => fold(s).replace(/\s+/g, '');

describe('matchQuote', () => {
  it('returns the exact original offsets of a plain occurrence', () => {
    const hay = 'أعلنت الوزارة أن نحو 10 آلاف شخص نزحوا.';
    const m = matchQuote(hay, { exact: 'نحو 10 آلاف', prefix: 'أن ', suffix: ' شخص' });
    expect(m).not.toBeNull();
    expect(hay.slice(m!.start, m!.end)).toBe('نحو 10 آلاف');
    expect(m!.score).toBe(1);
  });

  it('returns null when the quote is absent', () => {
    expect(matchQuote('لا أرقام هنا على الإطلاق', { exact: '10 آلاف', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote('بعض النص', { exact: '   ', prefix: '', suffix: '' })).toBeNull();
  });

  const cases: { name: string; hay: string; expected: string }[] = [
    { name: 'extra whitespace and newlines', hay: 'وقال المتحدث إن\n  نحو   10\n آلاف جندي قتلوا', expected: 'نحو   10\n آلاف' },
    { name: 'no whitespace between text nodes', hay: 'وقال المتحدث إن نحو10آلاف جندي قتلوا', expected: 'نحو10آلاف' },
    { name: 'diacritics and tatweel in the page', hay: 'وقال المتحدث إن نَحْوَ 10 آلاف جندي قتلوا', expected: 'نَحْوَ 10 آلاف' },
    { name: 'Arabic-Indic digits in the page', hay: 'وقال المتحدث إن نحو ١٠ آلاف جندي قتلوا', expected: 'نحو ١٠ آلاف' },
    { name: 'alef without hamza in the page', hay: 'وقال المتحدث إن نحو 10 الاف جندي قتلوا', expected: 'نحو 10 الاف' },
    { name: 'no-break space and a direction mark', hay: 'وقال المتحدث إن نحو\u00a0\u200f10 آلاف جندي قتلوا', expected: 'نحو\u00a0\u200f10 آلاف' },
  ];
  for (const c of cases) {
    it(`is robust to ${c.name}`, () => {
      const m = matchQuote(c.hay, { exact: 'نحو 10 آلاف', prefix: 'وقال المتحدث إن ', suffix: ' جندي قتلوا' });
      expect(m).not.toBeNull();
      expect(c.hay.slice(m!.start, m!.end)).toBe(c.expected);
      expect(m!.score).toBe(1);
    });
  }

  it('matches a quote with marks against a page without them, and keeps trailing marks on the last letter', () => {
    const hay = 'قتل أكثر من 280 عسكريًّا في الهجوم';
    const m = matchQuote(hay, { exact: '280 عسكريا', prefix: 'أكثر من ', suffix: ' في' });
    expect(hay.slice(m!.start, m!.end)).toBe('280 عسكريًّا');
    const back = 'قتل أكثر من 280 عسكريا في الهجوم';
    const n = matchQuote(back, { exact: '280 عسكريًّا', prefix: 'أكثر من ', suffix: ' في' });
    expect(back.slice(n!.start, n!.end)).toBe('280 عسكريا');
  });

  it('picks the occurrence whose prefix and suffix match', () => {
    const hay =
      'أفادت وزارة الصحة بمقتل 10 آلاف مدني حتى الآن. ' +
      'وفي سياق آخر قالت الأمم المتحدة إن 10 آلاف منزل تضررت بالكامل.';
    const second = matchQuote(hay, { exact: '10 آلاف', prefix: 'قالت الأمم المتحدة إن ', suffix: ' منزل تضررت' });
    expect(second!.start).toBe(hay.lastIndexOf('10 آلاف'));
    const first = matchQuote(hay, { exact: '10 آلاف', prefix: 'وزارة الصحة بمقتل ', suffix: ' مدني' });
    expect(first!.start).toBe(hay.indexOf('10 آلاف'));
  });

  it('uses the hint only when the context does not decide', () => {
    const hay = 'سقط 5 قتلى. ثم سقط 5 قتلى. ثم سقط 5 قتلى.';
    const sel = { exact: '5 قتلى', prefix: 'سقط ', suffix: '.' };
    const positions = [...hay.matchAll(/5 قتلى/g)].map((m) => m.index!);
    expect(matchQuote(hay, sel)!.start).toBe(positions[0]);
    expect(matchQuote(hay, sel, positions[2] + 1)!.start).toBe(positions[2]);
    expect(matchQuote(hay, sel, positions[1] - 2)!.start).toBe(positions[1]);
  });

  it('never anchors a number inside a longer number', () => {
    expect(matchQuote('وصل 110 آلاف شخص', { exact: '10 آلاف', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote('بلغ العدد 1,100 شخص', { exact: '100', prefix: '', suffix: '' })).toBeNull();
    expect(matchQuote('بلغ العدد 1005', { exact: '100', prefix: '', suffix: '' })).toBeNull();
    const hay = 'وصل 110 آلاف شخص ثم 10 آلاف آخرون';
    const m = matchQuote(hay, { exact: '10 آلاف', prefix: '', suffix: '' });
    expect(m!.start).toBe(hay.lastIndexOf('10 آلاف'));
    // A number right after a year, separated by a space only, is its own number.
    const y = 'في عام 2024 10 آلاف';
    expect(y.slice(matchQuote(y, { exact: '10 آلاف', prefix: '', suffix: '' })!.start)).toBe('10 آلاف');
  });
});

describeShared('matchQuote on a real article', () => {
  it('finds every number of a real article in a page-like rendering of it', () => {
    const text = readFileSync(seedFile('000'), 'utf8');
    // What a DOM might give: paragraphs glued together, no tanween, Arabic-Indic digits.
    const page = text
      .replace(/\n+/g, '')
      .replace(/[\u064b-\u0652]/g, '')
      .replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    const numbers = [...text.matchAll(/[0-9]+(?:[.,][0-9]+)?(?: [^\s0-9]+)?/g)];
    expect(numbers.length).toBeGreaterThan(5);
    for (const n of numbers) {
      const start = n.index!;
      const sel = describeQuote(text, start, start + n[0].length);
      const m = matchQuote(page, sel);
      expect(m, n[0]).not.toBeNull();
      expect(squash(page.slice(m!.start, m!.end))).toBe(squash(n[0]));
      // The right occurrence: the same position in the squashed texts.
      expect(squash(page.slice(0, m!.start)).length).toBe(squash(text.slice(0, start)).length);
    }
  });
});
