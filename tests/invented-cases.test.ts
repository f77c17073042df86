// Unit-test cases are invented, not pasted from the test stories: no Arabic string literal of a
// test file (nor a sentence of one) that is 40 characters or longer appears in ../shared's seeds,
// corpus or corpus-dev texts and gold. Tests that need the real stories read them by path
// (tests/fixtures/shared.ts); a literal that repeats them would turn a rule into a copy of one
// outlet's sentence. Shorter literals (a figure with its unit, a phrase) may coincide.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { describeShared } from './fixtures/describe-shared';
import { CORPUS_DEV_DIR, CORPUS_DIR, SEEDS_DIR } from './fixtures/shared';

const TESTS = __dirname;
const MIN_LENGTH = 40;
const ARABIC = /[\u0600-\u06FF]/;

/** Whitespace runs as one space, tatweel and short vowels dropped: a copy is found however it is spaced. */
const squash = (s: string): string => s.replace(/[\u0640\u064B-\u0652]/g, '').replace(/\s+/g, ' ').trim();

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : filesUnder(p, keep);
    return keep(d.name) ? [p] : [];
  });
}

interface Literal {
  file: string;
  line: number;
  text: string;
}

/** Every string, template and JSX text of a TypeScript source, with its line. */
function literalsOf(file: string, source: string): Literal[] {
  const src = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: Literal[] = [];
  const add = (text: string, node: ts.Node) => out.push({ file, line: src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1, text });
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) add(node.text, node);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) add(node.text, node);
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

/** The literal and each of its sentences and lines: a copied sentence inside an invented paragraph counts. */
function piecesOf(text: string): string[] {
  const whole = squash(text);
  const parts = text.split(/\n+|(?<=[.!?؟])\s+/).map(squash);
  return [...new Set([whole, ...parts])].filter((p) => p.length >= MIN_LENGTH && ARABIC.test(p));
}

/**
 * The shared texts, indexed once by the first MIN_LENGTH characters after each word start: a piece
 * (which starts at a word) can only occur where its own start does, and is then checked in full.
 */
class SharedTexts {
  private readonly starts = new Map<string, number[]>();
  constructor(private readonly texts: string[]) {
    texts.forEach((t, i) => {
      let at = 0;
      while (at + MIN_LENGTH <= t.length) {
        const key = t.slice(at, at + MIN_LENGTH);
        const seen = this.starts.get(key);
        if (!seen) this.starts.set(key, [i]);
        else if (seen[seen.length - 1] !== i) seen.push(i);
        const space = t.indexOf(' ', at);
        if (space < 0) break;
        at = space + 1;
      }
    });
  }
  has(piece: string): boolean {
    return (this.starts.get(piece.slice(0, MIN_LENGTH)) ?? []).some((i) => this.texts[i].includes(piece));
  }
}

/** The test literals found in the shared texts, as "file:line «piece»". */
function copiesIn(shared: SharedTexts, literals: Literal[]): string[] {
  const hits: string[] = [];
  for (const l of literals) {
    for (const piece of piecesOf(l.text)) if (shared.has(piece)) hits.push(`${path.relative(TESTS, l.file)}:${l.line} «${piece}»`);
  }
  return hits;
}

describe('the copy check itself', () => {
  it('finds a pasted sentence inside an invented paragraph, and only pieces of 40 characters or more with Arabic', () => {
    const story = new SharedTexts([squash('عنوان\n\nقالت الهيئة المحلية إن المياه غمرت 14 قرية على ضفاف النهر الكبير. وأضافت أن الفرق تعمل.')]);
    const literals: Literal[] = [
      { file: path.join(TESTS, 'a.test.ts'), line: 3, text: 'حصيلة السيول\n\nقالت الهيئة المحلية إن المياه غمرت 14 قرية على ضفاف النهر الكبير. وجملة مخترعة بعدها.' },
      { file: path.join(TESTS, 'b.test.ts'), line: 9, text: 'قالت الهيئة المحلية إن المياه غمرت 15 قرية على ضفاف النهر الكبير.' },
      { file: path.join(TESTS, 'c.test.ts'), line: 1, text: 'وأضافت أن الفرق تعمل.' },
    ];
    expect(copiesIn(story, literals)).toEqual(['a.test.ts:3 «قالت الهيئة المحلية إن المياه غمرت 14 قرية على ضفاف النهر الكبير.»']);
  });

  it('reads string, template and JSX literals with their lines', () => {
    const found = literalsOf('x.tsx', "const a = 'أ';\nconst b = `ب ${a} ج`;\nconst c = <p>د</p>;").map((l) => [l.line, l.text]);
    expect(found).toEqual([[1, 'أ'], [2, 'ب '], [2, ' ج'], [3, 'د']]);
  });
});

describeShared('test cases are invented, not copied from ../shared', () => {
  it('no test file repeats a sentence of the seeds, corpus or corpus-dev', () => {
    const shared = [SEEDS_DIR, CORPUS_DIR, CORPUS_DEV_DIR]
      .flatMap((dir) => filesUnder(dir, (name) => /\.(txt|json)$/.test(name)))
      .map((f) => squash(fs.readFileSync(f, 'utf8')));
    expect(shared.length).toBeGreaterThan(100);
    const literals = filesUnder(TESTS, (name) => /\.tsx?$/.test(name)).flatMap((f) => literalsOf(f, fs.readFileSync(f, 'utf8')));
    expect(copiesIn(new SharedTexts(shared), literals).join('\n')).toBe('');
  });
});
