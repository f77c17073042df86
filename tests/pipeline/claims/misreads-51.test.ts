// Readings fixed in the fifty-first round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: the count a recalled count rose to, in a sentence
// recalling both, is a step the read's latest figure supersedes (claims/modality.ts
// isTimelineStep, compare/index.ts); a count that then rose, and the figure a correction rejects
// («لا 38 كما أعلن»), are earlier ones (modality.ts isEarlierMention); «عدد الحالات» in a
// figure's own clause, and cases after deaths, are the sick, not the dead; a week's or a day's
// cases are new ones (measure.ts); records deleted from a count are no count (removed.ts); a
// sector's prices are keyed by its kind (price-groups.ts); a counted noun carries no conjunction
// (normalize.ts countedNounStem); who «holds to» a toll gave it (attribution.ts); a vaccination
// campaign that reached people vaccinated them (vaccinated.ts); the confirmed among suspected cases
// are the confirmed count (context.ts); what went «على متن» after a comma is the instance's before it
// (measure.ts).
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { isEarlierMention, isTimelineStep } from '../../../lib/pipeline/claims/modality';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2026-06-10' }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;

const at = (f: (s: string, from: number, to: number) => boolean, s: string, fig: string): boolean => f(s, s.indexOf(fig), s.indexOf(fig) + fig.length);

describe('a step of a recalled count', () => {
  const recalled = 'وكانت إدارة الإطفاء قد أعلنت صباح الأحد مقتل 12 عاملا، قبل أن ترتفع الحصيلة إلى 17 قتيلا الاثنين.';

  it('is the figure a recalled count rose to, not the recalled count nor a count told as new', () => {
    expect(at(isTimelineStep, recalled, '17')).toBe(true);
    expect(at(isTimelineStep, recalled, '12')).toBe(false);
    expect(at(isTimelineStep, 'أعلنت إدارة الإطفاء صباح الأحد مقتل 12 عاملا، قبل أن ترتفع الحصيلة إلى 17 قتيلا الاثنين.', '17')).toBe(false);
  });

  it('gives way to the read\'s latest figure, which then meets another read\'s', () => {
    const before = mk('حريق مصنع النسيج', 'قتل 17 عاملا في حريق اندلع في مصنع للنسيج في المدينة الصناعية، بحسب إدارة الإطفاء.', 'https://a.example/1', '2026-03-03T08:00:00Z');
    const now = mk('حريق مصنع النسيج: ارتفاع عدد القتلى إلى 21', `ارتفعت حصيلة حريق مصنع النسيج في المدينة الصناعية إلى 21 قتيلا بعد انتشال جثث من الطابق العلوي. ${recalled}`, 'https://b.example/2', '2026-03-05T08:00:00Z');
    expect(cards([before, now])).toContainEqual([17, 21]);
  });
});

describe('an earlier count said after its figure', () => {
  it('is a count that then rose', () => {
    expect(at(isEarlierMention, 'فالحصيلة التي أعلنتها البلدية صباح الأحد بـ12 قتيلا ارتفعت يوما بعد يوم مع انتشال الجثث.', '12')).toBe(true);
    expect(at(isEarlierMention, 'وأعلنت البلدية صباح الأحد مقتل 12 شخصا وإصابة 30 آخرين.', '12')).toBe(false);
    expect(at(isEarlierMention, 'وقالت الهيئة إن حصيلة الزلزال الذي ضرب المنطقة بقوة 5.8 درجات، ارتفعت إلى 70 قتيلا.', '5.8')).toBe(false);
  });

  it('is the figure a correction rejects, not the one it gives', () => {
    const s = 'وأكد المدير أن عدد العمال في النفق بلغ 27 عاملا، لا 31 كما أعلن في اليوم الأول.';
    expect(at(isEarlierMention, s, '31')).toBe(true);
    expect(at(isEarlierMention, s, '27')).toBe(false);
  });
});

describe('cases in an outbreak', () => {
  it('counted with «عدد الحالات» in their own clause are no death told before them', () => {
    expect(conceptOf('ارتفع عدد الوفيات بالحصبة إلى 41 وفاة، فيما بلغ عدد الحالات 930 حالة.', 930)).not.toMatch(/^death/);
    expect(conceptOf('ارتفع عدد الوفيات بالحصبة إلى 41 وفاة، فيما بلغ عدد الحالات المشتبه بها 930 حالة.', 930)).toBe('injured:suspected');
    expect(conceptOf('سجلت 3 وفيات بالحصبة، فيما بلغ عدد حالات الوفاة 12 حالة.', 12)).toBe('death');
  });

  it('given under their own noun after the deaths are the sick; the deaths\' own case noun goes on with them', () => {
    expect(conceptOf('الحصبة في الإقليم: 41 وفاة و930 حالة مشتبه بها', 930)).toBe('injured:suspected');
    expect(conceptOf('وسجلت 5 حالات وفاة أمس و3 حالات اليوم.', 3)).toBe('death');
  });

  it('of a week or a day are new ones', () => {
    expect(conceptOf('وسجلت الولاية خلال الأسبوع الأخير 77 حالة حصبة مشتبه بها.', 77)).toBe('injured:suspected:new');
    expect(conceptOf('وتباطأ تفشي الحصبة بعد أن تجاوز عدد الحالات الأسبوعية المؤكدة 240 حالة.', 240)).toBe('injured:new');
    expect(conceptOf('وسجلت الولاية نحو 240 حالة حصبة مؤكدة أسبوعيا في ذروة التفشي.', 240)).toBe('injured:new');
    expect(conceptOf('وسجلت الولاية 930 حالة حصبة مشتبه بها منذ مطلع العام.', 930)).not.toMatch(/:new/);
  });

  it('deleted from a count are no count of cases', () => {
    expect(conceptOf('وبلغ عدد حالات الحصبة 930 حالة بعد مراجعة البيانات وحذف 31 حالة تبين أنها سُجلت مرتين.', 31)).toBeNull();
    expect(conceptOf('وبلغ عدد حالات الحصبة المؤكدة 930 حالة بعد مراجعة البيانات وحذف 31 حالة تبين أنها سُجلت مرتين.', 930)).toBe('injured');
  });
});

describe('a sector\'s prices', () => {
  it('are keyed by the kind the adjective names, however the sector is called', () => {
    const residential = conceptOf('وارتفعت أسعار العقارات السكنية بنسبة 3.7% على أساس سنوي.', 3.7);
    expect(residential).toBe(conceptOf('وارتفعت أسعار القطاع السكني بنسبة 3.7% على أساس سنوي.', 3.7));
    expect(residential).not.toBe(conceptOf('وارتفعت أسعار القطاع التجاري بنسبة 3.7% على أساس سنوي.', 3.7));
    expect(claimOf('وارتفعت أسعار القطاع التجاري بنسبة 1.8% على أساس سنوي.', 1.8)?.label).toBe('نسبة ارتفاع أسعار القطاع التجاري');
  });

  it('leave a group with no sector noun as it was', () => {
    expect(conceptOf('وارتفعت أسعار النقل بنسبة 1.8% على أساس سنوي.', 1.8)).toBe('percent:change:prices:نقل:up');
  });
});

describe('a counted noun right after its number', () => {
  it('carries no conjunction: «فلاح» is the farmers «الفلاحين» counts', () => {
    expect(conceptOf('وألحقت العاصفة أضرارا بنحو 1500 فلاح في السهل.', 1500)).toBe(conceptOf('وبلغ عدد الفلاحين المتضررين 1500 فلاح في السهل.', 1500));
    expect(conceptOf('وألحقت العاصفة أضرارا بنحو 1500 فلاح في السهل.', 1500)).toBe('unit:فلاح');
  });
});

describe('who holds to a toll', () => {
  it('gave it, beside the other sources of its sentence', () => {
    const s = 'فبينما يتمسك الجيش بحصيلة 19 قتيلا، أكدت منظمة إغاثية مقتل 26 شخصا.';
    expect(claimOf(s, 19)?.attribution).toBe('الجيش');
    expect(claimOf(s, 26)?.attribution).toBe('منظمة إغاثية');
  });
});

describe('a vaccination campaign', () => {
  it('that reached people vaccinated them; one that only aimed at them did not', () => {
    expect(conceptOf('وعلى صعيد التطعيم، قالت المنسقة إن الحملة الطارئة وصلت حتى الآن إلى 410 آلاف طفل.', 410000)).toBe('vaccinated:child');
    expect(conceptOf('وقالت المنسقة إن الحملة الإعلامية وصلت حتى الآن إلى 410 آلاف طفل.', 410000)).not.toMatch(/^vaccinated/);
  });
});

describe('the confirmed among suspected cases', () => {
  it('are the confirmed count, not a part of the suspected', () => {
    expect(conceptOf('وبلغ عدد الحالات المشتبه بها 930 حالة، بينها 260 حالة مؤكدة مخبريا.', 260)).toBe('injured');
    expect(conceptOf('وبلغ عدد الحالات المشتبه بها 930 حالة، ثبتت إصابة 260 منها مخبريا.', 260)).toBe('injured');
  });
});

describe('what went aboard, after a comma', () => {
  it('is of the instance the clause before it names', () => {
    expect(conceptOf('أُطلق سراح 210 محتجزين في اليوم الأول من عملية التبادل، على متن 5 رحلات جوية.', 5)).toMatch(/:nth:1:/);
    expect(conceptOf('أُطلق سراح 210 محتجزين في اليوم الأول من عملية التبادل، ونُفذت 5 رحلات جوية.', 5)).not.toMatch(/:nth:/);
  });
});
