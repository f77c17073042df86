// What is counted, among whom, and which kind of measure: invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text).find((c) => c.value === v);

describe('an event among one group is a part, never the total', () => {
  it('counts the dead among soldiers and civilians apart from the toll', () => {
    const text = 'ارتفعت حصيلة الحرائق إلى 65 قتيلا، بينهم 28 عسكريا لقوا حتفهم، و37 مدنيا قتلوا في القرى.';
    expect(byValue(text, 65)?.concept).toBe('death');
    expect(byValue(text, 28)?.concept).toBe('death:soldier');
    expect(byValue(text, 37)?.concept).toBe('death:civilian');
  });

  it('keeps troops sent as troops, and the badly hurt among them apart', () => {
    expect(byValue('وأرسلت الدولة 5 آلاف جندي إلى الحدود.', 5000)?.concept).toBe('soldier');
    expect(byValue('ونقل 12 عسكريا في حالة حرجة إلى المستشفى.', 12)?.concept).toBe('injured:critical:soldier');
  });

  it('reads a generic noun by the verb that says what happened', () => {
    expect(byValue('وقال المسعفون إن 27 شخصا لقوا مصرعهم في الحريق.', 27)?.concept).toBe('death');
    expect(byValue('وارتفعت الحصيلة إلى 114 بين قتيل وجريح.', 114)?.concept).toBe('casualties');
  });

  it('gives a nationality counted as a noun to its country', () => {
    const c = byValue('وعبر أكثر من 6 آلاف كندي الحدود خلال ثلاثة أيام.', 6000);
    expect(c?.owners).toEqual(['ca']);
  });
});

describe('the kind of measure', () => {
  it('tells turnout from a vote share, and a share of one group of voters from both', () => {
    expect(byValue('وبلغت نسبة المشاركة في الانتخابات 11.3 بالمئة.', 11.3)?.concept).toBe('percent:turnout');
    expect(byValue('وحصل المرشح على 52 بالمئة من الأصوات في الانتخابات.', 52)?.concept).toBe('percent:vote');
    expect(byValue('وشكلت النساء 34 بالمئة من الناخبين في الانتخابات.', 34)?.concept).toBeNull();
  });

  it('keeps a figure at a time of day apart from the final one', () => {
    expect(byValue('وبلغت نسبة المشاركة في الانتخابات 4.7 بالمئة حتى الساعة 11 صباحا.', 4.7)?.concept).toBe('percent:turnout:at:11');
  });

  it('keeps new cases, a per-unit ratio and the base of a change out of the total', () => {
    expect(byValue('وسجلت السلطات 4 وفيات جديدة اليوم.', 4)?.concept).toBe('death:new');
    expect(byValue('ويفرج عن 10 رهائن مقابل كل يوم تمديد.', 10)?.rate).toBe('day');
    expect(byValue('ويطلق سراح 3 أسرى مقابل كل رهينة.', 3)?.rate).toMatch(/^per:/);
    expect(byValue('وارتفع القرض إلى 8 مليارات دولار بزيادة عن 3 مليارات دولار.', 3e9)?.concept ?? null).toBeNull();
    expect(byValue('وارتفع عدد القتلى من 30 قتيلا إلى 50 قتيلا.', 30)?.concept ?? null).toBeNull();
    expect(byValue('وارتفع عدد القتلى من 30 قتيلا إلى 50 قتيلا.', 50)?.concept).toBe('death');
  });

  it('leaves another event\'s figure and an unnamed sum out of every card', () => {
    expect(byValue('وفي العام الماضي، قتل 45 شخصا في فيضانات مماثلة.', 45)?.concept ?? null).toBeNull();
    expect(byValue('ووصل المبلغ إلى 49 جنيها.', 49)?.concept ?? null).toBeNull();
    expect(byValue('وحصلت الدولة على قرض بقيمة 8 مليارات دولار.', 8e9)?.concept).toBe('money:loan');
  });
});

describe('a candidate\'s votes never meet all the votes cast', () => {
  it('refuses a person\'s count against an unnamed one', () => {
    const text = 'وقال رئيس الهيئة إن عدد الأصوات بلغ 44 مليون صوت. وحصل المرشح جون سميث على 39 مليون صوت.';
    const total = byValue(text, 44e6);
    const one = byValue(text, 39e6);
    expect(one?.owners).toEqual(['person:جون سميث']);
    expect(total && one && matchScore(total, one)).toBeNull();
  });
});
