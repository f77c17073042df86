// Those moved somewhere («نقل 9 آلاف لاجئ إلى مخيم») are not the group's whole count
// (lib/pipeline/claims/concept-of.ts movedThere). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text).find((c) => c.value === v)?.concept;

describe('people moved somewhere', () => {
  it('reads a group moved by a verb before the figure or after its noun as moved', () => {
    expect(conceptOf('وبحسب الوكالة، نقل نحو 4 آلاف لاجئ حتى الآن إلى مخيم في الشمال.', 4000)).toBe('migrant:moved');
    expect(conceptOf('وتم نقل 700 لاجئ إلى مخيم ثان.', 700)).toBe('migrant:moved');
    expect(conceptOf('وأوضح أن ثلاثة آلاف لاجئ نقلوا إلى المخيم الجديد.', 3000)).toBe('migrant:moved');
  });

  it('keeps the group\'s own count as the group', () => {
    expect(conceptOf('وتستضيف البلاد أصلا أكثر من 60 ألف لاجئ.', 60000)).toBe('migrant');
  });

  it('names them as moved on a card', () => {
    expect(conceptNoun('migrant:moved')).toMatch(/المنقولون$/);
  });
});
