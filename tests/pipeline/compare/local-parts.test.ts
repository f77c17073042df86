// A read's whole count beside its places' smaller counts (same-event.ts ROUND_UP_SCOPES
// 'unscoped-parts'): the places are parts of the whole, not incidents of a round-up, so the whole
// still meets another read's; and another read's figure equal to one place's is that place's
// (breakdown.ts). A speed is the event's, whoever measured it (align.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';

const first = mk(
  'الكوليرا: 980 إصابة في البلاد',
  'أعلنت وزارة الصحة تسجيل 980 إصابة بالكوليرا و26 وفاة.\n\nوتتوزع الحالات على النحو التالي:\n\n- كاسيلو: 720 حالة و19 وفاة\n\n- توريما: 260 حالة و7 وفيات',
  'https://a.example/cholera',
  '2025-03-02',
);

describe('a whole count and its places in one read', () => {
  it('sets the whole against another read’s whole', () => {
    const later = mk('ارتفاع إصابات الكوليرا إلى 1040', 'أعلنت وزارة الصحة تسجيل 1040 إصابة بالكوليرا.', 'https://b.example/cholera', '2025-03-03');
    expect(cards([first, later])).toContainEqual([980, 1040]);
  });

  it('never sets the whole against another read’s figure equal to one of its places', () => {
    const local = mk('الكوليرا في كاسيلو', 'قالت السلطات الصحية إن 720 إصابة بالكوليرا سجلت.', 'https://c.example/cholera', '2025-03-03');
    expect(cards([first, local]).flat()).not.toContain(980);
  });
});

describe('a storm’s winds', () => {
  it('sets one agency’s wind speed against another’s, whatever country the agency is in', () => {
    const a = mk('الإعصار يضرب الساحل', 'وصل الإعصار إلى اليابسة برياح بلغت سرعتها 175 كيلومترا في الساعة، بحسب هيئة الأرصاد الوطنية.', 'https://a.example/storm', '2025-03-02');
    const b = mk('الإعصار يضرب الساحل', 'وقدر المركز الأمريكي للأعاصير سرعة رياح الإعصار عند وصوله إلى اليابسة بـ195 كيلومترا في الساعة.', 'https://b.example/storm', '2025-03-02');
    expect(cards([a, b])).toContainEqual([175, 195]);
  });
});
