// Readings fixed in the fifty-second round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: an infection called suspected is a suspected case and a
// test's confirmed patients are confirmed cases (concept-of.ts); cases counted since the first
// cases were found are a running total (measure.ts); a toll counted in cases is no death toll, and a
// word joined to a ministry's name counts no one (concept-of.ts); the places a campaign's doses went
// to are no places struck (claims/index.ts); the year a bond was issued is its own, not the next
// figure's (claims/index.ts); «of them, recorded in X» is the part in X (context.ts, scope.ts); cases
// a relative clause says hospitals received are their intake (received.ts); those who managed to
// flee, or fled their captors' grip, escaped (concept-of.ts); a flow per second is a rate
// (modality.ts); a two-word unit is keyed word by word (concept-of.ts); households a disaster reached
// are affected ones, and some of a country's divisions a count of places (concept-of.ts); a country
// that locates a province («في شمال X») is no second place (scope.ts); a sum restated «ليعادل N%
// من الناتج» is its share of the output (claims/index.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { receivedByRelative } from '../../../lib/pipeline/claims/received';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
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

  it('is no issue year where no verb of issuing says so: «the same year» after a contrast is that year', () => {
    const same = 'وبحسب اتحاد العمال، فقد لقي 58 عاملا حتفهم في مناجم الإقليم خلال عام 2025، في حين يقدر الاتحاد عدد قتلى المناجم في عموم البلاد خلال العام نفسه بنحو 130.';
    expect(extractClaims(same, { published: '2026-06-10' }).find((c) => c.value === 130)?.concept).toMatch(/:in:2025$/);
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

describe('cases hospitals received, said by a relative clause', () => {
  const at = (s: string, fig: string): boolean => {
    const tokens = tokensOf(s);
    return receivedByRelative(tokens, tokens.findIndex((t) => t.raw === fig));
  };

  it('are the hospitals\' intake', () => {
    expect(at('وقال إن إجمالي الحالات التي استقبلتها المستشفيات منذ بداية الموجة بلغ 420 حالة.', '420')).toBe(true);
    expect(at('وقال إن إجمالي الحالات منذ بداية الموجة بلغ 420 حالة.', '420')).toBe(false);
    expect(at('الحالات التي استقبلتها المستشفيات بلغت 300 حالة، وتوفي 12 منها.', '12')).toBe(false);
  });
});

describe('those who escaped their captors', () => {
  it('are escaped, whether some of the abducted, the verb of managing read as their noun, or the verb before them', () => {
    expect(conceptOf('وأكدت الشرطة أن 7 من المخطوفين تمكنوا من الفرار حتى الآن.', 7)).toBe('escaped');
    expect(conceptOf('وأوضح أن 9 من المخطوفين أنقذتهم قوات الأمن، و7 تمكنوا من الفرار.', 7)).toBe('escaped');
    expect(conceptOf('فيما فر ثلاثة آخرون من قبضة الخاطفين.', 3)).toBe('escaped');
    expect(conceptOf('وأكدت الشرطة أن 7 من المخطوفين ما زالوا في الأسر.', 7)).toBe('abducted');
  });
});

describe('a flow and a volume', () => {
  it('reads a flow per second as a rate, and keys a two-word unit as its singular words', () => {
    const flow = extractClaims('وتراجع تصريف النهر إلى 140 مترا مكعبا في الثانية.', { published: '2026-06-10' }).find((c) => c.value === 140);
    expect(flow?.rate).toBe('second');
    expect(conceptOf('وتراجع تصريف النهر إلى 160 أمتار مكعبة.', 160)).toBe(flow?.concept);
    expect(flow?.concept).toBe(conceptOf('وبلغ المخزون 6 مليارات متر مكعب.', 6_000_000_000));
  });
});

describe('households a disaster reached, and the divisions it struck', () => {
  const sentence = 'وقال رئيس لجنة الطوارئ إن السيول طالت نحو 3700 أسرة في أربع من محليات الولاية.';

  it('reads the households as affected ones and the divisions as no item of their list', () => {
    expect(conceptOf(sentence, 3700)).toBe('affected:family');
    expect(conceptOf(sentence, 4)).not.toBe('affected:family');
    expect(conceptOf('وتعيش في المنطقة 3700 أسرة.', 3700)).not.toBe('affected:family');
  });
});

describe('a country that locates a province', () => {
  it('is no second place of the figure', () => {
    const toll = 'ارتفعت حصيلة ضحايا السيول التي اجتاحت ولاية كسلا في شرق السودان إلى 14 قتيلا.';
    expect(claimOf(toll, 14)?.places).toEqual(['place:كسلا']);
  });
});

describe('a sum restated as a share of the output', () => {
  it('reads «ليعادل» as «يعادل»', () => {
    expect(conceptOf('ارتفع الدين العام إلى 31.4 مليار دينار، ليعادل 92.6% من الناتج المحلي الإجمالي.', 92.6)).toBe('percent:debt');
    expect(conceptOf('ارتفع الدين العام إلى 31.4 مليار دينار، أي ما يعادل 92.6% من الناتج المحلي الإجمالي.', 92.6)).toBe('percent:debt');
  });
});
