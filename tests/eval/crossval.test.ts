// Leave-one-story-out (eval/linking.ts leaveOneStoryOut) on invented pair scores: each fold's
// threshold comes from the other stories only, and the left-out story's pairs are scored there.
import { describe, expect, it } from 'vitest';
import { leaveOneStoryOut, type Scored } from '../../eval/linking';

const same = (story: string, score: number): Scored => ({ score, same: true, stream: false, story, other: story });
const stream = (story: string, score: number): Scored => ({ score, same: false, stream: true, story, other: null });
const between = (story: string, other: string, score: number): Scored => ({ score, same: false, stream: false, story, other });

describe('leaveOneStoryOut', () => {
  // Stories a and b separate cleanly above 0.30; story c's own pairs score 0.20 (a story the
  // others would not teach a low threshold), and one stream read scores 0.25 against a.
  const pairs: Scored[] = [
    same('a', 0.5), same('a', 0.4), stream('a', 0.25),
    same('b', 0.45), same('b', 0.35), stream('b', 0.1),
    same('c', 0.2), same('c', 0.21), between('c', 'a', 0.1),
  ];
  const thresholds = [0.1, 0.2, 0.25, 0.3];

  it('chooses each fold threshold without the left-out story', () => {
    const { folds } = leaveOneStoryOut(pairs, ['a', 'b', 'c'], 0.95, thresholds);
    const by = new Map(folds.map((f) => [f.story, f]));
    // Without a, nothing false scores above 0.1 except c–a (gone with a): 0.2 keeps every pair of b and c.
    expect(by.get('a')!.threshold).toBe(0.2);
    // Without c, a's stream read at 0.25 forces 0.3 (precision ≥ 0.95), which c's own pairs never reach.
    expect(by.get('c')!.threshold).toBe(0.3);
    expect(by.get('c')!.result.truePairs).toBe(0);
    // a scored at 0.2 links its stream read: its fold's false pair.
    expect(by.get('a')!.result.falseStream).toBe(1);
  });

  it('pools the folds, a pair of two stories a test pair of both', () => {
    const { pooled } = leaveOneStoryOut(pairs, ['a', 'b', 'c'], 0.95, [0.05]);
    expect(pooled.truePairs).toBe(6);
    expect(pooled.falseStory).toBe(2);
    expect(pooled.falseStream).toBe(2);
    expect(pooled.recall).toBe(1);
  });
});
