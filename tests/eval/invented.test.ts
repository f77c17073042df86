// The invented stories are our own text with their gold: every claim and non-comparable span must
// point at the words it quotes (code points), and the split table must name every story once.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVENTED_DIR, readSplit } from '../../eval/gold';

interface Span {
  id?: string;
  file: string;
  text: string;
  char_start: number;
  char_end: number;
}

describe('invented stories', () => {
  const stories = fs.readdirSync(INVENTED_DIR).filter((d) => fs.existsSync(path.join(INVENTED_DIR, d, 'gold.json')));
  const split = readSplit(INVENTED_DIR);

  it('are each in the split table exactly once', () => {
    expect(stories.length).toBeGreaterThanOrEqual(12);
    expect([...split.keys()].sort()).toEqual([...stories].sort());
  });

  it('locate every gold span at the words it quotes', () => {
    for (const story of stories) {
      const gold = JSON.parse(fs.readFileSync(path.join(INVENTED_DIR, story, 'gold.json'), 'utf8')) as { claims: Span[]; non_comparable: Span[] };
      for (const span of [...gold.claims, ...gold.non_comparable]) {
        const text = [...fs.readFileSync(path.join(INVENTED_DIR, story, span.file), 'utf8')];
        expect(text.slice(span.char_start, span.char_end).join(''), `${story} ${span.id ?? span.text}`).toBe(span.text);
      }
    }
  });
});
