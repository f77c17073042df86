// Readings fixed in the fifty-second round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: an infection called suspected is a suspected case and a
// test's confirmed patients are confirmed cases (concept-of.ts); cases counted since the first
// cases were found are a running total (measure.ts); a toll counted in cases is no death toll, and a
// word joined to a ministry's name counts no one (concept-of.ts); the places a campaign's doses went
// to are no places struck (claims/index.ts); the year a bond was issued is its own, not the next
// figure's (claims/index.ts); «of them, recorded in X» is the part in X (context.ts, scope.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-06-10' }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;

describe('cases of an outbreak', () => {
  it('reads an infection called suspected as a suspected case', () => {
    expect(conceptOf('الوزارة: 14 وفاة و930 إصابة مشتبها بها بالحصبة في الإقليم', 930)).toBe('injured:suspected');
    expect(conceptOf('الوزارة: 14 وفاة و930 إصابة بالحصبة في الإقليم', 930)).toBe('injured');
  });

  it('reads patients a test confirmed infected as the confirmed cases', () => {
    expect(conceptOf('وقالت الوزارة إن الفحوص المخبرية أثبتت الإصابة لدى 57 مريضا.', 57)).toBe('injured');
    expect(conceptOf('وثبتت الإصابة مخبريا لدى 57 مريضا.', 57)).toBe('injured');
    expect(conceptOf('ونقل 57 مريضا إلى مستشفى آخر بعد الحريق.', 57)).not.toBe('injured');
  });

  it('reads cases counted since the first cases were found as a running total, not new cases', () => {
    const since = 'أعلنت الوزارة، الخميس، تسجيل 640 حالة يشتبه في إصابتها بالحصبة و9 وفيات في الإقليم الشمالي منذ رصد أولى الحالات في 3 آذار/مارس.';
    expect(conceptOf(since, 640)).toBe('injured:suspected');
    expect(conceptOf('أعلنت الوزارة، الخميس، تسجيل 640 حالة يشتبه في إصابتها بالحصبة و9 وفيات في الإقليم الشمالي.', 640)).toBe('injured:suspected:new');
  });

  it('reads a toll counted in cases as cases, and a ministry\'s name as no one counted', () => {
    expect(conceptOf('راجعت وزارة الصحة والسكان حصيلة الوباء، لتعلن تسجيل 1480 حالة مشتبها بها و31 وفاة منذ بدء التفشي.', 1480)).toBe('injured:suspected');
    expect(conceptOf('ارتفعت حصيلة الوباء إلى 212 حالة.', 212)).toBe('injured');
    expect(conceptOf('ارتفعت حصيلة الفيضانات إلى 212 شخصا.', 212)).toBe('death');
  });
});

describe('the places a campaign reached', () => {
  it('are no count of places struck', () => {
    const doses = 'وتسلمت البلاد 250 ألف جرعة من اللقاح، أعطي منها حتى الأحد 118 ألف جرعة في 4 بلديات.';
    expect(conceptOf(doses, 4)).toBeNull();
    expect(conceptOf('وقالت الوزارة إن الوباء امتد إلى 4 بلديات.', 4)).toBe('municipality');
  });
});

describe('the year a thing was issued', () => {
  const bonds = 'وتستحق على الحكومة أقساط بنحو 2.3 مليار دولار، بينها سندات دولية بقيمة 850 مليون دولار صدرت عام 2018، في حين طرحت الحكومة في آذار الماضي سندات جديدة بقيمة 600 مليون دولار.';

  it('belongs to the figure it trails, not to the figure a contrast sets apart', () => {
    expect(conceptOf(bonds, 850000000)).toMatch(/:in:2018$/);
    expect(conceptOf(bonds, 600000000)).not.toMatch(/:in:2018/);
  });

  it('still dates a figure it is named before', () => {
    expect(conceptOf('بلغت الصادرات عام 2018 نحو 850 مليون دولار، في حين بلغت الواردات 600 مليون دولار.', 850000000)).toMatch(/2018$/);
  });
});

describe('a part of a toll recorded in a place', () => {
  it('is that place\'s part, not a figure of no topic', () => {
    const toll = 'ارتفع عدد الوفيات إلى 23 حالة، بحسب المتحدث باسم وزارة الصحة والسكان، موضحا أن 15 منها سجلت في أسوان.';
    const part = claimOf(toll, 15);
    expect(part?.concept).toBe('death:part');
    expect(part?.places).toContain('town:اسوان');
    expect(conceptOf('ارتفع عدد الوفيات إلى 23 حالة، وقال إن 15 منهم أطفال.', 15)).not.toBe('death:part');
  });
});
