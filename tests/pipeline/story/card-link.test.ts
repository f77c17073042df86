// lib/pipeline/story/card-link: a related read gives its figures to cards only when strongly
// linked or linked by the reader; the threshold is the documented constant unless the
// evaluation's sweep moves it.
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_LINK_THRESHOLD, feedsCards, setCardLinkThreshold } from '../../../lib/pipeline/story/card-link';
import { SAME_STORY_THRESHOLD } from '../../../lib/pipeline/story/index';

afterEach(() => setCardLinkThreshold(CARD_LINK_THRESHOLD));

describe('feedsCards', () => {
  it('asks at least the same-story bar, so a read linked only through another read never feeds cards', () => {
    expect(CARD_LINK_THRESHOLD).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    expect(feedsCards({ score: SAME_STORY_THRESHOLD - 0.01, linkedByReader: false })).toBe(false);
  });

  it('takes a read at the bar and refuses one just under it', () => {
    expect(feedsCards({ score: CARD_LINK_THRESHOLD, linkedByReader: false })).toBe(true);
    expect(feedsCards({ score: CARD_LINK_THRESHOLD - 0.001, linkedByReader: false })).toBe(false);
  });

  it('always takes a read the reader linked by hand', () => {
    expect(feedsCards({ score: 0, linkedByReader: true })).toBe(true);
  });

  it('follows the sweep when the evaluation moves the bar', () => {
    setCardLinkThreshold(0.9);
    expect(feedsCards({ score: 0.8, linkedByReader: false })).toBe(false);
    setCardLinkThreshold(0);
    expect(feedsCards({ score: 0.01, linkedByReader: false })).toBe(true);
  });
});
