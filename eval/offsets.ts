// Where a claim stands in its .txt file, in code points (the gold's offsets). The CLI's loader
// turns a file into a title (line 1, spaces collapsed) and a text (non-empty lines trimmed and
// collapsed, joined by blank lines); our claims carry UTF-16 offsets into those. This redoes the
// same transformation while remembering where each output character came from.
import { paragraphsOf } from '../cli/load';

export interface FileMap {
  title: string;
  text: string;
  /** UTF-16 index in the file (BOM removed) of each title / text character; -1 for inserted ones. */
  titleSource: number[];
  textSource: number[];
  /** Code-point offset of each UTF-16 index of the file. */
  codePoint: number[];
}

function collapse(raw: string, from: number, to: number): { out: string; src: number[] } {
  let out = '';
  const src: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = raw[i];
    if (/\s/.test(ch)) {
      if (out.length > 0 && !out.endsWith(' ')) {
        out += ' ';
        src.push(i);
      }
      continue;
    }
    out += ch;
    src.push(i);
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    src.pop();
  }
  return { out, src };
}

export function mapFile(content: string): FileMap {
  const raw = content.replace(/^\uFEFF/, '');
  const nl = raw.indexOf('\n');
  const head = collapse(raw, 0, nl < 0 ? raw.length : nl);
  let text = '';
  const textSource: number[] = [];
  if (nl >= 0) {
    let start = nl + 1;
    while (start <= raw.length) {
      let end = raw.indexOf('\n', start);
      if (end < 0) end = raw.length;
      const line = collapse(raw, start, end);
      if (line.out) {
        if (text) {
          text += '\n\n';
          textSource.push(-1, -1);
        }
        text += line.out;
        textSource.push(...line.src);
      }
      start = end + 1;
    }
  }
  const codePoint: number[] = new Array(raw.length + 1);
  let cp = 0;
  for (let i = 0; i < raw.length; i++) {
    codePoint[i] = cp;
    const c = raw.charCodeAt(i);
    // The low half of a surrogate pair shares its code point with the high half.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && raw.charCodeAt(i - 1) >= 0xd800 && raw.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else codePoint[i] = cp - 1;
  }
  codePoint[raw.length] = cp;
  if (text !== paragraphsOf(nl < 0 ? '' : raw.slice(nl + 1))) throw new Error('offset map disagrees with the loader');
  return { title: head.out, text, titleSource: head.src, textSource, codePoint };
}

/** Code-point span in the file of a UTF-16 span of the title or the text, or null. */
export function fileSpan(map: FileMap, inTitle: boolean, start: number, end: number): { start: number; end: number } | null {
  const src = inTitle ? map.titleSource : map.textSource;
  if (start < 0 || end > src.length || end <= start) return null;
  let a = -1;
  for (let i = start; i < end && a < 0; i++) a = src[i];
  let b = -1;
  for (let i = end - 1; i >= start && b < 0; i--) b = src[i];
  if (a < 0 || b < 0) return null;
  return { start: map.codePoint[a], end: map.codePoint[b + 1] ?? map.codePoint[b] + 1 };
}
