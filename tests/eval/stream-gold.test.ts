// The fresh split's texts are rebuilt from ../shared/stream: the rule must give back, character
// for character, the files the reader annotated (Python's strip set), or every offset moves.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllGold } from '../../eval/gold';
import { STREAM_GOLD_BATCHES, storyFileText, streamGoldFiles, urlHash } from '../../eval/stream-gold';
import { describeShared } from '../fixtures/describe-shared';

describe('fresh story texts', () => {
  it('puts the headline on line 1 and each non-empty line as a paragraph', () => {
    expect(storyFileText('  عنوان الخبر ', 'سطر أول\n\n  سطر ثان  \n')).toBe('عنوان الخبر\nسطر أول\n\nسطر ثان');
  });

  it('strips what Python strips (no-break spaces, separators) and keeps what it keeps (zero-width joiners)', () => {
    expect(storyFileText('ع', '\u00a0\n\u001c نص \u00a0\n\u200bكلمة')).toBe('ع\nنص\n\n\u200bكلمة');
  });
});

describeShared('the stream\'s own annotated stories (fresh, fresh2, stream-tune)', () => {
  const stories = loadAllGold(new Set(STREAM_GOLD_BATCHES.map((b) => b.split)));
  const annotated = STREAM_GOLD_BATCHES.flatMap((b) => streamGoldFiles(b.dir));

  it('rebuilds every annotated article, and every gold span lies inside its file', () => {
    expect(stories.length).toBe(annotated.length);
    for (const s of stories) {
      for (const c of s.claims) {
        const text = [...fs.readFileSync(path.join(s.dir, c.file), 'utf8')];
        expect(c.start, `${s.name} ${c.id}`).not.toBeNull();
        expect(c.end! <= text.length && c.start! < c.end!, `${s.name} ${c.id}`).toBe(true);
        // A claim's span holds a digit or a number word, never only spaces.
        expect(text.slice(c.start!, c.end!).join('').trim().length, `${s.name} ${c.id}`).toBeGreaterThan(0);
      }
    }
  });

  // Reads the whole stream (~14,000 articles from its zips): seconds of I/O, more on a loaded machine.
  it('keeps the fresh stories out of the unrelated history', { timeout: 120_000 }, async () => {
    const { loadStream } = await import('../../eval/stream');
    const hashes = new Set(loadStream().map((a) => urlHash(a.url)));
    for (const s of annotated) for (const a of s.articles) expect(hashes.has(a.url_sha1), `${s.story}/${a.file}`).toBe(false);
  });
});
