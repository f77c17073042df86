// Bad input, per ../shared/contract/cli.md: every command answers with exit status 2, exactly
// one line on stderr naming the input and what is wrong, and nothing on stdout.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../cli/run';
import { errorLines, runCli, type CliRun } from './helpers';

// Every command that reads FILEs, as its usage line says (a new one is tested as it is added).
const FILE_COMMANDS = [...USAGE.matchAll(/tabayyun (\w+) \[[^\]]*\] FILE/g)].map((m) => m[1]);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-bad-'));
const file = (name: string, bytes: string | Uint8Array): string => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
};
// Invented article text: a bad file among good ones still stops the command.
const good = file('good.txt', 'عنوان خبر مختلق\nقال مسؤول محلي إن نحو 40 شخصا أصيبوا في حادث سير.\n');
const folder = (name: string): string => {
  const p = path.join(dir, name);
  fs.mkdirSync(p);
  return p;
};
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const INPUTS = {
  'a missing file': [path.join(dir, 'missing.txt'), /missing\.txt: no such file$/],
  'a directory': [folder('folder.html'), /folder\.html: is a directory/],
  'an empty file': [file('empty.txt', ''), /empty\.txt: empty file$/],
  'a file of blank lines': [file('blank.html', '\n  \n\t\n'), /blank\.html: empty file/],
  'a PNG renamed .txt': [file('photo.txt', png), /photo\.txt: a binary file, not text$/],
  'a PNG renamed .html': [file('photo.html', png), /photo\.html: a binary file, not text$/],
  'text that is not UTF-8': [file('latin1.txt', new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a])), /latin1\.txt: not valid UTF-8/],
  'UTF-16 text': [file('utf16.txt', new Uint8Array([0xff, 0xfe, 0x39, 0x06, 0x0a, 0x00])), /utf16\.txt: UTF-16 text/],
} as const;

function expectOneLine(r: CliRun, message: RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.status).toBe(2);
  const lines = errorLines(r);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^tabayyun: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('bad input', () => {
  it('the commands that read files are found in the usage text', () => {
    expect(FILE_COMMANDS).toContain('compare');
  });

  for (const command of FILE_COMMANDS) {
    describe(command, () => {
      it.each(Object.entries(INPUTS))('%s: one line, exit 2', (_what, [input, message]) => {
        expectOneLine(runCli([command, input]), message);
      }, 60_000);

      const listed = (['a missing file', 'a PNG renamed .txt', 'text that is not UTF-8'] as const).map((k) => [k, INPUTS[k]] as const);
      it.each(listed)('%s in a --files-from list: one line, exit 2', (_what, [input, message]) => {
        expectOneLine(runCli([command, '--files-from', '-'], `${input}\n`), message);
      }, 60_000);

      it.each([
        [['--fast', good], /unknown option --fast/],
        [['--files-from'], /--files-from needs a file name/],
        [['--files-from', path.join(dir, 'no-list.txt')], /no-list\.txt: no such file/],
        [['--files-from', INPUTS['a PNG renamed .txt'][0]], /photo\.txt: a binary file/],
      ])('%j: one line, exit 2', (args, message) => {
        expectOneLine(runCli([command, ...args]), message);
      }, 60_000);

      it('an empty --files-from list on stdin: one line, exit 2', () => {
        expectOneLine(runCli([command, '--files-from', '-'], '\n\n'), /--files-from stdin: lists no files/);
      }, 60_000);
    });
  }

  describe('compare: a bad file among good ones', () => {
    it.each((['a missing file', 'a PNG renamed .html', 'text that is not UTF-8'] as const).map((k) => [k, INPUTS[k]] as const))(
      '%s after a good article: one line, exit 2, no report',
      (_what, [input, message]) => {
        expectOneLine(runCli(['compare', good, input, good]), message);
      },
      60_000,
    );
  });

  describe('quantities (stdin)', () => {
    it.each([
      ['binary', png, /stdin: a binary file, not text/],
      ['not UTF-8', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), /stdin: not valid UTF-8/],
    ])('%s stdin: one line, exit 2', (_what, bytes, message) => {
      expectOneLine(runCli(['quantities', '--json'], Buffer.from(bytes)), message);
    }, 60_000);

    it('an unknown option: one line, exit 2', () => {
      expectOneLine(runCli(['quantities', '--files-from', '-'], ''), /unknown option --files-from/);
    }, 60_000);
  });
});
