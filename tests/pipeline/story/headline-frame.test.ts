// lib/pipeline/story/headline-frame: two headlines of one frame — a subject, one same verb, the
// same words after it — whose subjects share no word are two bodies' notices of one kind.
// Invented headlines.
import { describe, expect, it } from 'vitest';
import { differentSubjects } from '../../../lib/pipeline/story/headline-frame';

describe('differentSubjects', () => {
  it('tells two bodies announcing the same kind of thing apart, whichever headline comes first', () => {
    const a = 'هيئة الموانئ تطرح 45 فرصة تدريب للشباب';
    const b = 'جامعة الساحل الشرقي تطرح 120 فرصة تدريب';
    expect(differentSubjects(a, b)).toBe(true);
    expect(differentSubjects(b, a)).toBe(true);
  });

  it('takes a subject of several words before the verb', () => {
    expect(differentSubjects('الإدارة العامة للمرور في المنطقة الوسطى تصرف مكافآت لـ 300 موظف', 'شركة النخيل تصرف مكافآت لموظفيها')).toBe(true);
  });

  it('keeps one body named two ways together: a shared word, or a foreign name spelled two ways', () => {
    expect(differentSubjects('وزارة الموانئ تطرح 45 فرصة تدريب', 'الموانئ تطرح فرص تدريب جديدة')).toBe(false);
    expect(differentSubjects('«بيرسون» تسحب 800 سيارة من الأسواق', '«بيرصون» تسحب سيارات من الأسواق')).toBe(false);
  });

  it('needs the same verb after a subject, and a word of the frame after the verb', () => {
    // The event first, not a body: no subject before a verb.
    expect(differentSubjects('انهيار جسر في مدينة الساحل', 'مقتل 3 في انهيار جسر')).toBe(false);
    // Two verbs.
    expect(differentSubjects('هيئة الموانئ تطرح 45 فرصة تدريب', 'جامعة الساحل تعلن 45 فرصة تدريب')).toBe(false);
    // One verb, nothing else in common: two different acts.
    expect(differentSubjects('هيئة الموانئ تبحث تطوير الأرصفة', 'جامعة الساحل تبحث قبول الطلاب')).toBe(false);
  });
});
