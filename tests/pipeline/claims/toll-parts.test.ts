// Parts of a toll, never the toll itself: one facility's intake (lib/pipeline/claims/received.ts), the dead besides
// victims named (concept-of.ts), one strike of a double strike (measure.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text, { published: '2024-03-02' }).find((c) => c.value === v)?.concept;

describe('a hospital intake is no second toll', () => {
  it('reads a facility receiving the dead or injured as its intake, over a list', () => {
    const quote = 'وقال مدير المستشفى: استقبلنا 14 قتيلا و65 مصابا منذ الصباح.';
    expect(conceptOf(quote, 14)).toBe('death:received');
    expect(conceptOf(quote, 65)).toBe('injured:received');
    expect(conceptOf('وأكد مسؤول طبي وصول أكثر من 35 جريحا إلى قسم الطوارئ.', 35)).toBe('injured:received');
    expect(conceptOf('واستقبل مستشفى الأمير سلمان 22 مصابا في حالات متفاوتة.', 22)).toBe('injured:received');
    // The bodies a hospital received «so far» too.
    expect(conceptOf('وقال مصدر طبي: تلقينا حتى الآن 13 جثة في المستشفى.', 13)).toBe('bodies:received');
    // And what one hospital received «alone».
    expect(conceptOf('وأشار إلى أن مستشفى الرازي استقبل وحده 40 جريحا خلال الساعات الأولى.', 40)).toBe('injured:received');
    expect(conceptOf('وعثرت فرق البحث على 13 جثة في المنطقة.', 13)).toBe('bodies');
  });

  it('leaves the toll and other verbs alone', () => {
    const toll = 'وقتل 40 شخصا وأصيب 120 آخرون في الانفجار.';
    expect(conceptOf(toll, 40)).toBe('death');
    expect(conceptOf(toll, 120)).toBe('injured');
    expect(conceptOf('ونقلت سيارات الإسعاف 18 مصابا إلى المستشفى.', 18)).toMatch(/^injured(?!:received)/);
    expect(conceptOf('واستقبلت المدينة 300 زائر خلال العطلة.', 300)).not.toMatch(/received/);
  });
});

describe('the dead besides those named', () => {
  it('reads «N آخرين» after named victims as the others, not the toll', () => {
    const text = 'وأسفر القصف عن مقتل المصور سامر الخطيب والصحفية ليلى حداد. كما أسفر القصف عن مقتل 9 أشخاص آخرين.';
    expect(conceptOf(text, 9)).toBe('death:others');
  });

  it('keeps «آخرون» after a count as the dead', () => {
    expect(conceptOf('وأصيب 30 شخصا في الهجوم الذي قتل فيه 5 آخرون.', 5)).toBe('death');
    expect(conceptOf('قتل 12 شخصا في الغارة، وقتل 3 آخرون في هجوم ثان.', 3)).toBe('death');
  });
});

describe('one strike of a double strike', () => {
  it('reads the first strike\'s toll as that strike\'s, not the whole event\'s', () => {
    expect(conceptOf('وقالت الوزارة إن الهجوم الأولي أسفر عن مقتل 6 أشخاص.', 6)).toBe('death:nth:1:هجوم');
    expect(conceptOf('وقالت الوزارة إن الغارة الأولى أسفرت عن مقتل 6 أشخاص.', 6)).toBe('death:nth:1:غاره');
    expect(conceptOf('وقالت الوزارة إن الهجوم أسفر عن مقتل 6 أشخاص.', 6)).toBe('death');
  });
});

describe('others after a toll of one side\'s fighters are more of them (others-of-group.ts)', () => {
  it('reads the injured «others» after soldiers or militants killed as that side\'s', () => {
    expect(conceptOf('أعلن الجيش مقتل ثلاثة جنود وإصابة أربعة آخرين في الهجوم.', 4)).toBe('injured:soldier');
    const two = 'قالت القوات إنها قتلت 120 عنصرا من مسلحي الجماعة في معارك الأسبوع. وأوضحت أن عملياتها أدت أيضا إلى إصابة 300 آخرين.';
    expect(conceptOf(two, 300)).toBe('injured:militant');
  });

  it('keeps them all the injured after a toll of everyone, of civilians, or of a part of the toll', () => {
    expect(conceptOf('قتل 15 شخصا وأصيب 28 آخرون في الانفجار.', 28)).toBe('injured');
    expect(conceptOf('قتل 43 مدنيا وأصيب 120 آخرون في القصف.', 120)).toBe('injured');
    expect(conceptOf('قتل 15 شخصا على الأقل، بينهم ثلاثة جنود، وأصيب 28 آخرون في الهجوم.', 28)).toBe('injured');
  });
});
