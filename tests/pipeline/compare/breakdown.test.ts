// A total and its breakdown (lib/pipeline/compare/breakdown.ts, BREAKDOWNS of same-event.ts):
// invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { BREAKDOWNS, roundUpClaims, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import { breakdowns, partOfTotal } from '../../../lib/pipeline/compare/breakdown';
import type { Claim } from '../../../lib/types';

afterEach(() => setSameEventKnobs({ breakdowns: BREAKDOWNS }));

const topic = (c: Claim): string => String(c.concept);
const values = (cs: Iterable<Claim>): number[] => [...cs].map((c) => c.value).sort((a, b) => a - b);
const boats = (title: string, body: string, url = 'https://a.example/1') => mk(title, body, url);
const split = 'أحرق مجهولون 7 قوارب صيد في الميناء فجر اليوم. وقال الشهود إن النيران طالت 4 قوارب تعود لتعاونية الصيادين و3 قوارب لأصحابها.';

describe('a total broken down into parts', () => {
  it('finds the parts of a total told before them', () => {
    const claims = boats('حريق في الميناء', split).claims.filter((c) => c.concept === 'boat' || c.concept?.startsWith('unit:'));
    const found = breakdowns(claims, topic, () => false);
    expect(found.size).toBe(1);
    const [[total, parts]] = [...found];
    expect(total.value).toBe(7);
    expect(values(parts)).toEqual([3, 4]);
  });

  it('is no round-up: the total stays, its parts stay out', () => {
    const claims = boats('حريق في الميناء', split).claims;
    const sevenTopic = topic(claims.find((c) => c.value === 7)!);
    const same = claims.filter((c) => topic(c) === sevenTopic);
    expect(values(roundUpClaims(same, topic))).toEqual([3, 4]);
    setSameEventKnobs({ breakdowns: false });
    expect(values(roundUpClaims(same, topic))).toEqual([3, 4, 7]);
  });

  it('needs the parts to add up to most of the total, and no more than it', () => {
    const tooSmall = 'أحرق مجهولون 20 قاربا في الميناء. وطالت النيران 4 قوارب للتعاونية و3 قوارب لأصحابها.';
    const tooLarge = 'أحرق مجهولون 5 قوارب في الميناء. وطالت النيران 4 قوارب للتعاونية و3 قوارب لأصحابها.';
    for (const body of [tooSmall, tooLarge]) expect(breakdowns(boats('حريق', body).claims, topic, () => false).size).toBe(0);
  });

  it('takes a body\'s total only when the parts add up to it, a headline\'s or lead\'s when they cover most of it', () => {
    const parts = 'وطالت النيران 4 قوارب للتعاونية و3 قوارب لأصحابها.';
    const inBody = breakdowns(boats('حريق في الميناء', `اندلع الحريق في 3 مستودعات. وأحرق مجهولون 8 قوارب في الميناء. ${parts}`).claims, topic, () => false);
    expect(inBody.size).toBe(0);
    const inHeadline = breakdowns(boats('إحراق 8 قوارب في الميناء', parts).claims, topic, () => false);
    expect([...inHeadline.keys()].map((t) => t.value)).toEqual([8]);
  });

  it('never pairs a total with another read\'s figure equal to one of its parts', () => {
    const totalRead = boats('إحراق 7 قوارب', split);
    const partRead = boats('4 قوارب للتعاونية', 'أحرق مجهولون 4 قوارب تعود لتعاونية الصيادين في الميناء.', 'https://b.example/1');
    const seven = totalRead.claims.find((c) => c.value === 7 && !c.inTitle)!;
    const four = partRead.claims.find((c) => c.value === 4 && !c.inTitle)!;
    const totals = breakdowns(totalRead.claims, topic, () => false);
    expect(partOfTotal(totals, seven, new Map(), four)).toBe(true);
    expect(cards([partRead, totalRead]).filter((v) => v.includes(7))).toEqual([]);
    const otherTotal = boats('إحراق 6 قوارب', 'أحرق مجهولون 6 قوارب صيد في الميناء فجر اليوم.', 'https://c.example/1');
    expect(cards([otherTotal, totalRead])).toEqual([[6, 7]]);
  });
});

describe('shares of other sides are no breakdown', () => {
  const results =
    'أعلنت اللجنة الانتخابية النتائج النهائية، مثبتة فوز المرشح سالم الهادي بنسبة 51.2 في المئة من الأصوات. وبحسب اللجنة، حصلت المرشحة نورة الطيب على 30.4 في المئة من الأصوات، وحل المرشح فارس العلي ثالثا بـ7.1 في المئة من الأصوات.';

  it('never takes two candidates\' shares for parts of the winner\'s', () => {
    const read = mk('فوز سالم الهادي بالرئاسة بنسبة 51.2 في المئة', results, 'https://a.example/1');
    const shares = read.claims.filter((c) => c.concept?.startsWith('percent:vote'));
    expect(new Set(shares.map((c) => c.owners?.[0])).size).toBeGreaterThanOrEqual(3);
    expect(breakdowns(shares, topic, () => false).size).toBe(0);
  });

  it('so the runner-up\'s share meets another read\'s', () => {
    const final = mk('فوز سالم الهادي بالرئاسة بنسبة 51.2 في المئة', results, 'https://a.example/1');
    const provisional = mk('النتائج المؤقتة: سالم الهادي يتصدر', 'أظهرت النتائج المؤقتة فوز المرشح سالم الهادي بنسبة 52.6 في المئة من الأصوات، مقابل 29.1 في المئة لمنافسته نورة الطيب.', 'https://b.example/1');
    expect(cards([final, provisional])).toContainEqual([29.1, 30.4]);
  });
});
