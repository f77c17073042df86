// Reading inputs (cli/input.ts, files.ts, progress.ts) in-process: what counts as text,
// which charsets are read, how a file list is split, when a progress line is drawn.

import { describe, expect, it } from 'vitest';
import { CliError } from '../../cli/errors';
import { pathsOfList } from '../../cli/files';
import { binaryReason, decodeText, declaredCharset } from '../../cli/input';
import { EVERY, MIN_BATCH, progressLine } from '../../cli/progress';

const utf8 = (s: string) => new TextEncoder().encode(s);
// "<meta charset="windows-1256"><p>خبر: 300 شخص</p>" as a legacy Arabic page stores it.
const CP1256_PAGE = new Uint8Array([
  60, 109, 101, 116, 97, 32, 99, 104, 97, 114, 115, 101, 116, 61, 34, 119, 105, 110, 100, 111, 119, 115, 45, 49, 50, 53, 54, 34, 62, 60, 112, 62, 206,
  200, 209, 58, 32, 51, 48, 48, 32, 212, 206, 213, 60, 47, 112, 62,
]);
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error('expected a CliError');
}

describe('binaryReason', () => {
  it('passes Arabic text, tabs and CRLF line ends', () => {
    expect(binaryReason(utf8('عنوان\r\nقال\tمسؤول إن 5 أشخاص أصيبوا.\f\n'))).toBeNull();
    expect(binaryReason(new Uint8Array())).toBeNull();
  });

  it('refuses a zero byte anywhere, a file full of control bytes, and UTF-16', () => {
    expect(binaryReason(PNG_HEAD)).toMatch(/binary/);
    const late = new Uint8Array(200_000).fill(0x61);
    late[150_000] = 0;
    expect(binaryReason(late)).toMatch(/binary/);
    const controls = utf8('نص '.repeat(50) + '\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(4));
    expect(binaryReason(controls)).toMatch(/binary/);
    expect(binaryReason(new Uint8Array([0xff, 0xfe, 0x39, 0x06]))).toMatch(/UTF-16/);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and drops nothing but a byte-order mark', () => {
    expect(decodeText(utf8('\ufeffسطر أول\nسطر ثان'), 'x')).toBe('سطر أول\nسطر ثان');
  });

  it('refuses bytes that are not UTF-8, naming the input', () => {
    expect(errorOf(() => decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'notes.txt'))).toBe('notes.txt: not valid UTF-8 text (save it as UTF-8)');
  });

  it('reads a saved page in the charset it declares, and only a page', () => {
    expect(declaredCharset(CP1256_PAGE)).toBe('windows-1256');
    expect(decodeText(CP1256_PAGE, 'page.html', { html: true })).toContain('خبر: 300 شخص');
    expect(errorOf(() => decodeText(CP1256_PAGE, 'page.txt'))).toMatch(/not valid UTF-8/);
    // A UTF-8 page with a stale legacy declaration is read as UTF-8.
    expect(decodeText(utf8('<meta charset="windows-1256"><p>خبر</p>'), 'p.html', { html: true })).toContain('خبر');
    expect(declaredCharset(utf8('<meta charset="utf-8">'))).toBeNull();
  });
});

describe('--files-from lists', () => {
  it('take one path per line, CRLF, surrounding spaces and blank lines ignored', () => {
    expect(pathsOfList('a.html\r\n\n  b dir/c.txt  \n\n')).toEqual(['a.html', 'b dir/c.txt']);
    expect(pathsOfList('\n \n')).toEqual([]);
  });
});

describe('progress line', () => {
  const sink = (tty: boolean) => {
    const out: string[] = [];
    return { out, io: { stderr: (t: string) => void out.push(t), stderrIsTTY: tty } };
  };

  it('says nothing for a short batch, nor to a log unless asked', () => {
    const short = sink(true);
    const p = progressLine(MIN_BATCH - 1, 'read', short.io);
    for (let i = 1; i < MIN_BATCH; i++) p.update(i);
    p.end();
    expect(short.out).toEqual([]);
    const log = sink(false);
    const q = progressLine(2000, 'read', log.io);
    for (let i = 1; i <= 2000; i++) q.update(i);
    q.end();
    expect(log.out).toEqual([]);
  });

  it('with --progress writes one line every EVERY files and at the end', () => {
    const log = sink(false);
    const total = EVERY * 2 + 7;
    const p = progressLine(total, 'read', log.io, true);
    for (let i = 1; i <= total; i++) p.update(i);
    p.end();
    expect(log.out).toEqual([`tabayyun: read ${EVERY}/${total} files\n`, `tabayyun: read ${EVERY * 2}/${total} files\n`, `tabayyun: read ${total}/${total} files\n`]);
  });

  it('on a terminal rewrites one line in place and erases it at the end', () => {
    const term = sink(true);
    const p = progressLine(100, 'read', term.io);
    for (let i = 1; i <= 100; i++) p.update(i);
    p.end();
    expect(term.out[0]).toBe('\rtabayyun: read 1/100 files\x1b[K');
    expect(term.out).toContain('\rtabayyun: read 100/100 files\x1b[K');
    expect(term.out[term.out.length - 1]).toBe('\r\x1b[K');
    expect(term.out.join('')).not.toContain('\n');
  });
});
