// Readings fixed in the fifty-eighth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: «منذ» right after an ordinal dates the ordinal's
// frame («نشرتها الثالثة منذ بدء الأزمة»), not a running total (measure.ts); a province named with a
// compass word («ولاية شمال X») is that province, not «north» (entities.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('«منذ» after an ordinal', () => {
  it('leaves a figure of that sentence the event’s own, not a running total', () => {
    expect(claimOf('وقالت الهيئة في نشرتها الثالثة منذ بدء الأزمة إن المحافظة سجلت 9 قتلى.', 9)?.concept).toBe('death');
  });

  it('still reads a running total where «منذ» follows no ordinal', () => {
    expect(claimOf('وقالت الهيئة إن المحافظة سجلت منذ بدء الأزمة 9 قتلى.', 9)?.concept).toBe('death:since');
  });
});

describe('a province named with a compass word', () => {
  it('keeps the compass word and the name together', () => {
    expect(claimOf('وأصيب 12 شخصا في ولاية شمال زمردان.', 12)?.places).toEqual(['place:شمال زمردان']);
  });

  it('tells two provinces opening with the same compass word apart', () => {
    const a = claimOf('وأصيب 12 شخصا في محافظة جنوب زمردان.', 12)?.places;
    const b = claimOf('وأصيب 12 شخصا في محافظة جنوب بلوران.', 12)?.places;
    expect(a).not.toEqual(b);
  });
});
