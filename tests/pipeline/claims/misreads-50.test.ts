// Readings fixed in the fiftieth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a source revising its own toll is that toll's source,
// and its count one of the event already told (attribution.ts, compare/back-reference.ts); a
// commune's word before a people's plural names a group (text/entities.ts); cases of blindness are
// harm to the living (concepts.ts); the gap between two counts is no count (count-gap.ts); a month
// named in two words, or in construct with reserves, is the sum's month (money.ts, period.ts); a
// figure set against a whole year takes no report's month (report-month.ts); what a sum holds
// «ضمن» it is a part (money.ts); a herd lost after a glued «ب», and a herd vaccinated (livestock.ts);
// the whole of those who voted is no electorate (electorate.ts); «still» right before another
// figure is that figure's (concept-of.ts); «و» and a verbal noun's «ت» after a figure open the next
// item, no counted noun (quantities/kinds.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { extractQuantities } from '../../../lib/pipeline/quantities/index';
import { refersBackToEvent } from '../../../lib/pipeline/compare/back-reference';
import { findEntities } from '../../../lib/pipeline/text/entities';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string, published = '2026-06-10'): Claim[] => extractClaims(text, { published });
const claimOf = (text: string, v: number, published?: string): Claim | undefined => claimsOf(text, published).find((c) => c.value === v);
const conceptOf = (text: string, v: number, published?: string): string | null | undefined => claimOf(text, v, published)?.concept;

describe('a source revising its own toll', () => {
  it('is the source of the revised figure', () => {
    const c = claimOf('أما جمعية الهلال النهري فرفعت حصيلتها إلى 47 قتيلا، مؤكدة أن فرقها أحصت وفيات في قرى نائية.', 47);
    expect(c?.attribution).toContain('جمعية الهلال النهري');
  });

  it('counts the event already told, unless another one is named', () => {
    expect(refersBackToEvent('أما جمعية الهلال النهري فرفعت حصيلتها إلى 47 قتيلا.')).toBe(true);
    expect(refersBackToEvent('أما جمعية الهلال النهري فرفعت عدد الخيام إلى 47 خيمة.')).toBe(false);
    expect(refersBackToEvent('وفي حادث آخر، رفعت الشرطة حصيلتها إلى 47 قتيلا.')).toBe(false);
  });
});

describe('a commune’s word', () => {
  it('before a people’s plural names a group, no place', () => {
    expect(findEntities(tokensOf('وتبادل الأسرى بين الحكومة وجماعة الوادويين')).some((h) => h.key.startsWith('place:'))).toBe(false);
  });

  it('before a name is still a commune', () => {
    expect(findEntities(tokensOf('في جماعة وادي الزيتون')).some((h) => h.key.startsWith('place:'))).toBe(true);
  });
});

describe('cases of blindness', () => {
  it('are harm to the living, not the toll the list opened with', () => {
    const text = 'حصيلة التسمم ترتفع إلى 37 وفاة و23 حالة عمى';
    expect(conceptOf(text, 37)).toBe('death');
    expect(conceptOf(text, 23)).toBe('injured');
  });
});

describe('the gap between two counts', () => {
  it('is no count of its own, the verb before or after the gap', () => {
    expect(conceptOf('وأوضحت الهيئة أن الفارق يعود إلى 3 وفيات في المنازل لم تسجل.', 3)).toBeNull();
    expect(conceptOf('ويعود الفرق إلى 6 قتلى لم تشملهم القوائم.', 6)).toBeNull();
  });

  it('leaves a toll that rose alone', () => {
    expect(conceptOf('وارتفعت الحصيلة إلى 6 قتلى في المنازل.', 6)).toBe('death');
  });
});

describe('a month of reserves', () => {
  it('named in both calendars, the second in two words, is the sum’s month', () => {
    const text = 'عدّل البنك المركزي، في نشرته الشهرية، رقم صافي الاحتياطيات الدولية في نهاية أكتوبر/تشرين الأول الماضي إلى 61.27 مليار دولار.';
    expect(conceptOf(text, 61_270_000_000)).toBe('money:reserves:per:m:10');
  });

  it('named in construct is the sum’s month', () => {
    expect(conceptOf('النشرة تعدّل احتياطي أكتوبر إلى 61.27 مليار دولار', 61_270_000_000)).toBe('money:reserves:per:m:10');
  });
});

describe('a figure set against a whole year', () => {
  it('takes no month the report names for another figure', () => {
    const text =
      'ارتفعت التحويلات الشخصية إلى 28.4 مليار دولار بزيادة 2.9% مقارنة بعام 2024. وفي أحدث البيانات الشهرية، بلغت التحويلات النقدية في يناير/كانون الثاني 2026 نحو 2.17 مليار دولار.';
    expect(conceptOf(text, 2_170_000_000, '2026-03-10')).toContain(':per:m:1');
    expect(conceptOf(text, 28_400_000_000, '2026-03-10')).not.toContain(':per:m:');
  });
});

describe('what a sum holds «ضمن» it', () => {
  it('is a part of the sum', () => {
    expect(conceptOf('وأظهرت النشرة أن قيمة الذهب ضمن الاحتياطي بلغت 9.64 مليار دولار.', 9_640_000_000)).toBe('money:reserves:part');
  });
});

describe('a herd', () => {
  it('lost after a glued «ب» is lost', () => {
    expect(conceptOf('وأفادت الوزارة بنفوق نحو 1700 رأس من الماشية.', 1700)).toBe('livestock:lost');
  });

  it('vaccinated is a count of its own, heads alone enough', () => {
    expect(conceptOf('وقالت إن فرقها البيطرية لقحت حتى الآن 730 ألف رأس.', 730_000)).toBe('livestock:vaccinated');
  });

  it('a campaign targets is no herd vaccinated, whether told before or after', () => {
    const text = 'وقالت إن فرقها لقحت حتى الآن 730 ألف رأس في إطار الحملة التي تستهدف 3 ملايين رأس.';
    expect(conceptOf(text, 730_000)).toBe('livestock:vaccinated');
    expect(conceptOf(text, 3_000_000)).not.toBe('livestock:vaccinated');
    expect(conceptOf('وأطلقت الوزارة حملة تلقيح تستهدف 3 ملايين رأس من الأبقار.', 3_000_000)).not.toBe('livestock:vaccinated');
  });
});

describe('the whole of those who voted', () => {
  it('is no electorate', () => {
    expect(conceptOf('وبلغ عدد الأصوات الصحيحة 611,204 أصوات، من أصل 627,930 مقترعا.', 627_930)).toBe('voter');
  });

  it('while the whole of voters is', () => {
    expect(conceptOf('وشارك 400 ألف من أصل 900 ألف ناخب.', 900_000)).toBe('voter:registered');
  });
});

describe('«still» in a clause of two figures', () => {
  it('right before the other figure is that figure’s', () => {
    const text = 'إن عدد النازحين بلغ 9,214 شخصا، لا يزال 1,870 منهم في مراكز الإيواء البالغ عددها 37 مركزا.';
    expect(conceptOf(text, 37)).toBe('shelter');
  });

  it('in the count’s relative clause is still the figure’s', () => {
    expect(conceptOf('عدد الحرائق التي لا تزال مشتعلة يبلغ 58 في 13 ولاية.', 13)).toMatch(/:active$/);
  });
});

describe('«وت» after a figure', () => {
  it('opens the next item, no counted noun', () => {
    const text = 'ارتفاع وفيات الحريق إلى 19 وتوقيف 4 حراس';
    expect(extractQuantities(text).find((q) => q.value === 19)?.unit).toBeNull();
    expect(conceptOf('وتوفي منهم 312 وتماثل 540 حالة للشفاء.', 312)).toMatch(/^death/);
  });

  it('keeps a noun after «و» that is none', () => {
    expect(extractQuantities('بناء 650 وظيفة').find((q) => q.value === 650)?.unit).toBe('وظيفة');
  });
});
