// Input files and stdin → text, or one clear CliError (exit 2) saying what is wrong with them:
// missing, a directory, empty, binary, or not UTF-8 (../shared/contract/cli.md, "Bad input").
// Every command reads its input through here, so each bad input gets the same answer.

import fs from 'node:fs';
import { CliError } from './errors';

// Control characters that never appear in text (everything below 0x20 except tab, line feed,
// form feed and carriage return; 0x1B is kept for the odd terminal escape in a log).
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

// A text file may hold a stray control character; a binary file (image, archive, PDF) is full of them.
const MAX_CONTROL_SHARE = 0.01;
// Binary formats show themselves in their first bytes: the share of control bytes is taken there.
const SNIFF_BYTES = 64 * 1024;

/** Why these bytes are not text, or null where they may be. */
export function binaryReason(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 text (save it as UTF-8)';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 text (save it as UTF-8)';
  // A zero byte anywhere: no text format writes one (a fast native search over the whole input).
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0) >= 0) return 'a binary file, not text';
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControlByte(bytes[i])) control++;
  return n > 0 && control / n > MAX_CONTROL_SHARE ? 'a binary file, not text' : null;
}

/** The label of a non-UTF-8 charset a saved page declares in its first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (!m) return null;
  const label = m[1].toLowerCase();
  return label === 'utf-8' || label === 'utf8' ? null : label;
}

/**
 * Bytes → text: UTF-8 (a leading byte-order mark dropped). A saved page that is not UTF-8 may be
 * in the charset it declares (windows-1256 and the like); valid UTF-8 wins over a declaration,
 * since pages saved by a browser are re-encoded while their old meta tag often stays.
 * `what` names the input in errors.
 */
export function decodeText(bytes: Uint8Array, what: string, opts: { html?: boolean } = {}): string {
  const binary = binaryReason(bytes);
  if (binary) throw new CliError(`${what}: ${binary}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: only a page that names its own charset may still be read.
  }
  const declared = opts.html ? declaredCharset(bytes) : null;
  if (!declared) throw new CliError(`${what}: not valid UTF-8 text (save it as UTF-8)`);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new CliError(`${what}: not valid UTF-8, and its declared character set "${declared}" is unknown`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CliError(`${what}: not valid UTF-8, nor valid ${decoder.encoding} as it declares`);
  }
}

/** Checks a path names a readable, non-empty regular file; the first check that fails throws. */
export function checkInputFile(file: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw new CliError(`${file}: permission denied`);
    throw new CliError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
  if (!stat.isFile()) throw new CliError(`${file}: not a regular file`);
  if (stat.size === 0) throw new CliError(`${file}: empty file`);
  return stat;
}

/** A text input file, checked and decoded (see decodeText); never empty or blank. */
export function readInputText(file: string, opts: { html?: boolean } = {}): string {
  checkInputFile(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const text = decodeText(bytes, file, opts).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new CliError(`${file}: empty file (only white space)`);
  return text;
}
