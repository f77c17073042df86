// A count that disputes the one before it (lib/pipeline/compare/disputed-count.ts, DISPUTED_COUNTS
// of same-event.ts): invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { DISPUTED_COUNTS, roundUpClaims, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import { disputesEarlierCount } from '../../../lib/pipeline/compare/disputed-count';
import type { Claim } from '../../../lib/types';

afterEach(() => setSameEventKnobs({ disputedCounts: DISPUTED_COUNTS }));

const soldiers = (body: string): Claim[] => mk('غارة على موقع للجيش', body, 'https://a.example/1').claims.filter((c) => c.concept === 'death:soldier');
const disputed = 'وقال محافظ المنطقة إن 12 جنديا قتلوا في الغارة. لكن قائد الشرطة في الإقليم، وهو ضابط كبير، تحدث عن مقتل تسعة جنود فقط.';

describe('a sentence disputing the count before it', () => {
  it('opens with a contrast and reports the figure', () => {
    const [, nine] = soldiers(disputed);
    expect(nine.value).toBe(9);
    expect(disputesEarlierCount(nine)).toBe(true);
  });

  it('opens with «في المقابل» as with «لكن»', () => {
    const [, eight] = soldiers('وقال محافظ المنطقة إن 12 جنديا قتلوا في الغارة. في المقابل، قالت منظمة محلية إن متطوعيها أحصوا ثمانية جنود قتلى.');
    expect(eight.value).toBe(8);
    expect(disputesEarlierCount(eight)).toBe(true);
  });

  it('is not a contrast that reports nothing, nor a report with no contrast', () => {
    const [, nine] = soldiers('وقال محافظ المنطقة إن 12 جنديا قتلوا في الغارة. لكن تسعة جنود قتلوا في هجوم على حاجز.');
    expect(disputesEarlierCount(nine)).toBe(false);
    const [, seven] = soldiers('وقال محافظ المنطقة إن 12 جنديا قتلوا في الغارة. وتحدث قائد الشرطة عن مقتل سبعة جنود.');
    expect(disputesEarlierCount(seven)).toBe(false);
  });

  it('makes the two counts one incident told twice, not a round-up', () => {
    expect(roundUpClaims(soldiers(disputed), (c) => String(c.concept)).size).toBe(0);
    setSameEventKnobs({ disputedCounts: false });
    expect(roundUpClaims(soldiers(disputed), (c) => String(c.concept)).size).toBe(2);
  });

  it('stays a round-up where the disputing sentence counts some more', () => {
    const more = 'وقال محافظ المنطقة إن 12 جنديا قتلوا في الغارة. لكن قائد الشرطة تحدث عن مقتل تسعة جنود آخرين في هجوم ثان.';
    expect(roundUpClaims(soldiers(more), (c) => String(c.concept)).size).toBe(2);
  });

  it('lets another read\'s count meet the disputed read on a card', () => {
    const other = mk('مقتل 15 جنديا في غارة', 'قتل 15 جنديا في غارة جوية على موقع للجيش.', 'https://b.example/1');
    const read = mk('غارة على موقع للجيش', disputed, 'https://a.example/1');
    expect(cards([read, other]).length).toBe(1);
    setSameEventKnobs({ disputedCounts: false });
    expect(cards([read, other])).toEqual([]);
  });
});
