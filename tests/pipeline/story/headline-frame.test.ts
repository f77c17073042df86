// lib/pipeline/story/headline-frame: two headlines of one frame — a subject, one same verb, the
// same words after it — whose subjects share no word are two bodies' notices of one kind.
// Invented headlines.
import { describe, expect, it } from 'vitest';
import { differentNotices } from '../../../lib/pipeline/story/headline-frame';

describe('differentNotices: a subject, then one verb', () => {
  it('tells two bodies announcing the same kind of thing apart, whichever headline comes first', () => {
    const a = 'هيئة الموانئ تطرح 45 فرصة تدريب للشباب';
    const b = 'جامعة الساحل الشرقي تطرح 120 فرصة تدريب';
    expect(differentNotices(a, b)).toBe(true);
    expect(differentNotices(b, a)).toBe(true);
  });

  it('takes a subject of several words before the verb', () => {
    expect(differentNotices('الإدارة العامة للمرور في المنطقة الوسطى تصرف مكافآت لـ 300 موظف', 'شركة النخيل تصرف مكافآت لموظفيها')).toBe(true);
  });

  it('keeps one body named two ways together: a shared word, or a foreign name spelled two ways', () => {
    expect(differentNotices('وزارة الموانئ تطرح 45 فرصة تدريب', 'الموانئ تطرح فرص تدريب جديدة')).toBe(false);
    expect(differentNotices('«بيرسون» تسحب 800 سيارة من الأسواق', '«بيرصون» تسحب سيارات من الأسواق')).toBe(false);
  });

  it('reads no verb after a preposition: «في تصادم» is a verbal noun', () => {
    expect(differentNotices('ارتفاع حصيلة تصادم قطاري الولاية إلى 53 قتيلا', 'مقتل 41 شخصا على الأقل في تصادم قطار ركاب بقطار شحن في الولاية')).toBe(false);
  });

  it('needs the same verb after a subject, and a word of the frame after the verb', () => {
    // The event first, not a body: no subject before a verb.
    expect(differentNotices('انهيار جسر في مدينة الساحل', 'مقتل 3 في انهيار جسر')).toBe(false);
    // Two verbs.
    expect(differentNotices('هيئة الموانئ تطرح 45 فرصة تدريب', 'جامعة الساحل تعلن 45 فرصة تدريب')).toBe(false);
    // One verb, nothing else in common: two different acts.
    expect(differentNotices('هيئة الموانئ تبحث تطوير الأرصفة', 'جامعة الساحل تبحث قبول الطلاب')).toBe(false);
  });
});

describe('differentNotices: the same offer after different numbers', () => {
  it('tells two notices apart when all they share is the counted thing after their numbers', () => {
    const a = 'الهيئة تعلن عن 120 وظيفة شاغرة في المنطقة الشرقية';
    const b = '«45» وظيفة شاغرة بجامعة الساحل للعلوم';
    expect(differentNotices(a, b)).toBe(true);
    expect(differentNotices(b, a)).toBe(true);
  });

  it('keeps a toll\'s update, the same figure, or headlines sharing more words together', () => {
    // Tolls and people are a story's updates, written with new numbers and little else in common.
    expect(differentNotices('مقتل 30 شخصا في تفجير بالعاصمة', '35 شخصا ضحايا الهجوم')).toBe(false);
    // The same number: one notice told twice.
    expect(differentNotices('الهيئة تعلن عن 120 وظيفة شاغرة', '«120» وظيفة شاغرة بالهيئة')).toBe(false);
    // A word of the notice besides its figure in common: one body.
    expect(differentNotices('جامعة الساحل تعلن عن 120 وظيفة شاغرة', '«45» وظيفة شاغرة بجامعة الساحل')).toBe(false);
  });
});
