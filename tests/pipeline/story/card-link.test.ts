// lib/pipeline/story/card-link: a related read gives its figures to cards only when linked at
// the card bar and sharing a rare word, or linked very closely, or linked by the reader. The
// knobs are the documented constants unless the evaluation's sweep moves them.
import { afterEach, describe, expect, it } from 'vitest';
import {
  CARD_LINK_THRESHOLD,
  CLOSE_DAYS,
  CLOSE_MIN_SHARED,
  feedsCards,
  MIN_SHARED_FIGURES,
  MIN_SHARED_SPECIFICITY,
  rarestShared,
  setCardLinkKnobs,
  SHARED_AMOUNTS,
  SHARED_COUNTRY,
  sharedFigures,
  significantDigits,
} from '../../../lib/pipeline/story/card-link';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { findRelated, specificity } from '../../../lib/pipeline/story/index';
import { daysApart } from '../../../lib/pipeline/story/similarity';

afterEach(() =>
  setCardLinkKnobs({
    threshold: CARD_LINK_THRESHOLD,
    minShared: MIN_SHARED_SPECIFICITY,
    country: SHARED_COUNTRY,
    closeDays: CLOSE_DAYS,
    closeMinShared: CLOSE_MIN_SHARED,
    figures: MIN_SHARED_FIGURES,
    amounts: SHARED_AMOUNTS,
  }),
);

// Invented stems: never in the background table, so as specific as a stem can be.
const RARE = ['قزحلان', 'برمونة'];
const COMMON = 'قوات';

describe('rarestShared', () => {
  it('is the specificity of the rarest content keyword both reads carry, entity and event keys aside', () => {
    setCardLinkKnobs({ country: 'off' });
    expect(specificity(COMMON)).toBeLessThan(specificity(RARE[0]));
    expect(rarestShared([COMMON, RARE[0], '@ly'], [RARE[0], COMMON, '@ly'])).toBe(specificity(RARE[0]));
    expect(rarestShared([COMMON, RARE[1]], [COMMON, RARE[0]])).toBe(specificity(COMMON));
    expect(rarestShared(['@ly', '#flood'], ['@ly', '#flood'])).toBe(0);
  });

  it('counts the country both name most, by how seldom the news names it, when both tell the same kind of event', () => {
    // A country the background table seldom names is rarer than one it names every day.
    expect(specificity('@mw')).toBeGreaterThan(MIN_SHARED_SPECIFICITY);
    expect(specificity('@eg')).toBeLessThan(MIN_SHARED_SPECIFICITY);
    setCardLinkKnobs({ country: 'kind' });
    expect(rarestShared([COMMON, '@mw', '#election'], ['#election', '@mw', COMMON])).toBe(specificity('@mw'));
    // Another kind of event in the same country, or no kind said: the country is no evidence.
    expect(rarestShared([COMMON, '@mw', '#election'], ['#flood', '@mw', COMMON])).toBe(specificity(COMMON));
    expect(rarestShared([COMMON, '@mw'], ['@mw', COMMON])).toBe(specificity(COMMON));
    // Only the country each read names most: one a digest of the day's news names after another says nothing.
    expect(rarestShared([COMMON, '@eg', '@mw', '#election'], ['@mw', '#election', COMMON])).toBe(specificity(COMMON));
    // An organisation or a province is not a country.
    expect(rarestShared(['@un', '#election'], ['@un', '#election'])).toBe(0);
    expect(rarestShared(['@place:قزحلان', '#election'], ['@place:قزحلان', '#election'])).toBe(0);
    setCardLinkKnobs({ country: 'any' });
    expect(rarestShared([COMMON, '@mw', '#election'], ['#flood', '@mw', COMMON])).toBe(specificity('@mw'));
  });
});

describe('feedsCards', () => {
  it('takes a listed read sharing a rare word, and refuses one sharing only words of its kind', () => {
    expect(feedsCards({ score: 0.5, linkedByReader: false, rarestShared: MIN_SHARED_SPECIFICITY })).toBe(true);
    expect(feedsCards({ score: 0.5, linkedByReader: false, rarestShared: MIN_SHARED_SPECIFICITY - 0.01 })).toBe(false);
  });

  it('refuses a read under the score floor when the sweep sets one, whatever it shares', () => {
    setCardLinkKnobs({ threshold: 0.3, minShared: 0.6 });
    expect(feedsCards({ score: 0.29, linkedByReader: false, rarestShared: 1 })).toBe(false);
    expect(feedsCards({ score: 0.3, linkedByReader: false, rarestShared: 0.6 })).toBe(true);
    expect(feedsCards({ score: 0.9, linkedByReader: false, rarestShared: 0.59 })).toBe(false);
  });

  it('always takes a read the reader linked by hand', () => {
    setCardLinkKnobs({ threshold: 0.9, minShared: 0.9 });
    expect(feedsCards({ score: 0, linkedByReader: true, rarestShared: 0 })).toBe(true);
    expect(feedsCards({ score: 0, linkedByReader: true, rarestShared: 0, differentNotices: true })).toBe(true);
  });

  it('refuses a read whose headline is another body\'s notice of the same kind, whatever it shares', () => {
    expect(feedsCards({ score: 0.9, linkedByReader: false, rarestShared: 1, sharedFigures: 5, differentNotices: true })).toBe(false);
    expect(feedsCards({ score: 0.9, linkedByReader: false, rarestShared: 1, sharedFigures: 5, differentNotices: false })).toBe(true);
  });
});

describe('close publication dates', () => {
  it('lowers the rare-word floor only for two reads whose dates are both known and close', () => {
    setCardLinkKnobs({ minShared: 0.54, closeDays: 2, closeMinShared: 0.44 });
    const pair = (daysApart: number | null | undefined) => feedsCards({ score: 0.4, linkedByReader: false, rarestShared: 0.48, daysApart });
    expect(pair(0.5)).toBe(true);
    expect(pair(2)).toBe(true);
    expect(pair(2.5)).toBe(false);
    // An undated read (the history of the evaluation, a page without a date) keeps the full floor.
    expect(pair(null)).toBe(false);
    expect(pair(undefined)).toBe(false);
    expect(feedsCards({ score: 0.4, linkedByReader: false, rarestShared: 0.43, daysApart: 0 })).toBe(false);
  });
});

describe('daysApart', () => {
  it('is the distance between two known dates, and null when either is unknown or unreadable', () => {
    expect(daysApart('2025-06-10', '2025-06-12')).toBe(2);
    expect(daysApart('2025-06-12T18:00:00Z', '2025-06-12T06:00:00Z')).toBe(0.5);
    expect(daysApart('2025-06-10', null)).toBeNull();
    expect(daysApart(undefined, '2025-06-10')).toBeNull();
    expect(daysApart('غدا', '2025-06-10')).toBeNull();
  });

  it('comes with each related read, for the card link', () => {
    const read = (published: string | null) => ({ keywords: [RARE[0], RARE[1], COMMON], entities: ['town:قزحلان'], published, title: 'حريق في قزحلان' });
    const found = findRelated(read('2025-06-13'), [read('2025-06-10'), read(null)]);
    expect(found.map((r) => [r.index, r.daysApart])).toEqual([
      [0, 3],
      [1, null],
    ]);
  });
});

describe('shared figures', () => {
  // Invented reports of an invented loan: the tranche, the programme and the forecast given alike.
  const first = extractClaims('وافق الصندوق على صرف شريحة بقيمة 370 مليون دولار ضمن برنامج بقيمة 2.8 مليار دولار، وتوقع نموا بنسبة 4.8% هذا العام، وقتل 3 أشخاص.');
  const second = extractClaims('تسلمت الحكومة 370 مليون دولار من الصندوق، ليبلغ ما صرف من البرنامج 2.8 مليار دولار، فيما يتوقع الصندوق نموا بنسبة 4.8% وأصيب 3 أشخاص.');
  const other = extractClaims('أعلنت الوزارة أن 370 مليون دولار خصصت للطرق، وأصيب 3 أشخاص في حادث سير.');

  it('counts the distinct figures of two or more significant digits both reads give alike', () => {
    expect([370_000_000, 4.8, 48_312, 200, 3_000, 7].map(significantDigits)).toEqual([2, 2, 5, 1, 1, 1]);
    expect(sharedFigures(first, second)).toBe(3);
    // One amount alike is chance; a single digit (3 injured) is every accident's.
    expect(sharedFigures(first, other)).toBe(1);
  });

  it('takes a count as telling only with what it counts: two long reads share 18 and 23 of different things by chance', () => {
    const first = extractClaims('وقتل 18 جنديا في الهجوم، ودمر المسلحون 23 سيارة، وأصيب 145 شخصا.');
    const second = extractClaims('وقال إن 18 صحفيا غادروا ومعهم 23 طفلا، وإن 145 شخصا أصيبوا.');
    expect(sharedFigures(first, second)).toBe(1);
  });

  it('counts an amount of millions however round, by value, when amounts count (one outlet leaves the currency out)', () => {
    const loan = extractClaims('وافق المجلس على قرض بقيمة 3 مليارات دولار، ويتوقع نمو بنسبة 4.8%.');
    const noCurrency = extractClaims('وبعد صرف الدفعة يصل إجمالي المدفوعات إلى 1.5 مليار دولار من أصل 3 مليارات، ويتوقع نموا بنسبة 4.8%.');
    setCardLinkKnobs({ amounts: true });
    expect(sharedFigures(loan, noCurrency)).toBe(2);
    setCardLinkKnobs({ amounts: false });
    expect(sharedFigures(loan, noCurrency)).toBe(1);
  });

  it('lets a read under the rare-word floor feed cards when it gives enough figures alike', () => {
    const weak = { score: 0.4, linkedByReader: false, rarestShared: MIN_SHARED_SPECIFICITY - 0.05 };
    setCardLinkKnobs({ figures: 3 });
    expect(feedsCards({ ...weak, sharedFigures: 3 })).toBe(true);
    expect(feedsCards({ ...weak, sharedFigures: 2 })).toBe(false);
    expect(feedsCards(weak)).toBe(false);
    // Off, and under a score floor, figures alike are no evidence.
    setCardLinkKnobs({ figures: 0 });
    expect(feedsCards({ ...weak, sharedFigures: 5 })).toBe(false);
    setCardLinkKnobs({ figures: 3, threshold: 0.5 });
    expect(feedsCards({ ...weak, sharedFigures: 5 })).toBe(false);
  });
});
