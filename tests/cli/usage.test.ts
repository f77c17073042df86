// Exit codes and error messages of the command line (../shared/contract/cli.md).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorLines, runCli } from './helpers';

describe('tabayyun usage', () => {
  it('--help prints usage and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('tabayyun compare');
    expect(r.stdout).toContain('tabayyun quantities');
  });

  it.each([
    [[], /no command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['compare'], /no files given/],
    [['compare', '--fast', 'x.txt'], /unknown option --fast/],
    [['quantities', 'extra'], /unexpected argument/],
  ])('%j exits 2 with one clear line', (args, message) => {
    const r = runCli(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^tabayyun: /);
    expect(lines[0]).toMatch(message);
  }, 60_000);

  it('names a missing file and an unsupported one', () => {
    const missing = runCli(['compare', 'no/such/article.txt']);
    expect(missing.status).toBe(2);
    expect(errorLines(missing)).toEqual(['tabayyun: no/such/article.txt: no such file']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-cli-'));
    const odd = path.join(dir, 'article.pdf');
    fs.writeFileSync(odd, 'x');
    const r = runCli(['compare', odd]);
    expect(r.status).toBe(2);
    expect(errorLines(r)[0]).toContain(`${odd}: unsupported file type`);
  }, 60_000);

  it('says which .html file is not an article and why', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabayyun-cli-'));
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(good, 'عنوان تجريبي\nنص قصير عن خبر مختلق فيه 5 أشخاص.\n');
    const bad = path.join(dir, 'menu.html');
    fs.writeFileSync(bad, '<!DOCTYPE html><html lang="ar"><body><ul><li><a href="/">الرئيسية</a></li><li><a href="/a">أخبار</a></li></ul></body></html>');
    const r = runCli(['compare', good, bad]);
    expect(r.status).toBe(2);
    const lines = errorLines(r);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${bad}: not an article (not-readerable`);
  }, 60_000);
});
