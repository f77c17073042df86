// Invented sentences: «آخرين» (other people) is no second quake (concept-of.ts magnitude), and a
// similar earlier event named anywhere in the figure's clause makes the figure that event's
// (context.ts isOtherEvent).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const concept = (text: string, v: number): string | null =>
  extractClaims(text, { published: '2025-05-04' }).find((c) => c.value === v)?.concept ?? null;

describe('magnitude of the main quake after a count of «others»', () => {
  it('reads «وإصابة N آخرين» as people, not as another quake', () => {
    expect(concept('وأعلنت السلطات مقتل أربعة أشخاص وإصابة 31 آخرين في الزلزال الذي بلغت قوته 5.9 درجات.', 5.9)).toBe('magnitude');
  });
  it('still reads «زلزال آخر» and a following tremor as an aftershock', () => {
    expect(concept('وبعد ساعات ضرب زلزال آخر بقوة 4.4 درجات المنطقة نفسها.', 4.4)).toBe('magnitude:aftershock');
  });
});

describe('the depth of a quake', () => {
  it('is a figure of its own in a sentence that names the quake, in its unit', () => {
    expect(concept('ضرب زلزال بقوة 5.9 درجات على عمق 10 كيلومترات المنطقة.', 10)).toBe('depth:km');
    expect(concept('وقع الزلزال على عمق 6 أميال.', 6)).toBe('depth:mile');
    // (A well's depth, or a quake's distance from a town, is not.)
    expect(String(concept('وحققت الشركة الكشف على عمق 3600 متر.', 3600))).not.toMatch(/^depth/);
    expect(String(concept('ووقع الزلزال على بعد 20 كيلومترا من المدينة.', 20))).not.toMatch(/^depth/);
  });
});

describe('a similar earlier event named late in the clause', () => {
  it('gives the toll no concept when the likeness comes after the verb', () => {
    expect(concept('وكان 27 مهاجرا على الأقل قد لقوا حتفهم في غرق زورق مماثل قبالة الجزيرة قبل ثلاث سنوات.', 27)).toBeNull();
  });
  it("keeps the story's own toll when no likeness is named", () => {
    expect(concept('وكان 27 مهاجرا على الأقل قد لقوا حتفهم في غرق الزورق قبالة الجزيرة فجر اليوم.', 27)).toBe('death:migrant');
  });
});
