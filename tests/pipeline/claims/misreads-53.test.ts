// Readings fixed in the fifty-third round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a ranking's record «العدد الأكبر من القتلى بـN» counts the
// noun after its «من» (concept-of.ts) and is one member's part (record-holder.ts); a town holding
// that record is where the figure is (scope.ts); a known place right before a list item's «بـ» is one
// item of the list, so an unknown name of the next item is its own place (list-places.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-06-10' }).find((c) => c.value === v);

const RANKING = 'وقال المتحدث إن مدينة بنغازي سجلت العدد الأكبر من القتلى بـ9، تليها مدينة درنة بـ7، ثم قرية بلاطو بـ4.';

describe('a ranking of places by their toll', () => {
  it('reads the noun after «العدد الأكبر من» as what each item counts', () => {
    for (const v of [9, 7, 4]) expect(claimOf(RANKING, v)?.concept).toBe('death');
    expect(claimOf('وسجلت العاصمة النسبة الأعلى من الإصابات بـ40 حالة.', 40)?.concept).not.toMatch(/^unit:/);
  });

  it('reads the record a place holds with no place named as a part of the whole', () => {
    expect(claimOf('وسجلت العاصمة العدد الأكبر من الإصابات بـ40 حالة.', 40)?.concept).toBe('injured:part');
    // (A record over time, «له منذ», is no member's.)
    expect(claimOf('وسجلت البطالة المعدل الأعلى له منذ 2010 بـ14%.', 14)?.concept ?? '').not.toMatch(/:part$/);
  });

  it('places the town holding the record there, not as whose dead they are', () => {
    const first = claimOf(RANKING, 9);
    expect(first?.places).toEqual(['town:بنغازي']);
    expect(first?.owners).toEqual([]);
    // (A town as the plain subject of a count stays as it was read.)
    expect(claimOf('وقال المتحدث إن مدينة بنغازي سجلت 9 وفيات.', 9)?.places ?? []).not.toContain('town:بنغازي');
  });

  it('gives the next item of the list its own unknown place, not the previous item\'s', () => {
    const list = 'وقالت المتحدثة إن مدينة كسلا سجلت 13 وفاة، تليها مقاطعة سنار الشرقية بـ11، ثم زالنجي الغربية بـ5.';
    const last = claimOf(list, 5);
    expect(last?.places).toHaveLength(1);
    expect(last?.places?.[0]).not.toBe(claimOf(list, 11)?.places?.[0]);
    expect(last?.places?.[0]).toMatch(/زالنجي/);
  });
});
