// Candidates found by pattern in the phrasings results are written in (lib/pipeline/text/people.ts,
// claims/scope.ts, context.ts inheritsScope): a figure whose candidate no pattern finds stays
// nobody's — off a card — rather than joining another candidate's. Invented names and sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2025-02-11' });
const ownersOf = (text: string, v: number): string[] => claimsOf(text).find((c) => c.value === v)?.owners ?? [];

describe('candidates named by the phrasings of results', () => {
  it('reads a one-word name after a verb that takes the votes as its object', () => {
    expect(ownersOf('ونال سليم 412 ألف صوت في الانتخابات.', 412000)).toEqual(['person:سليم']);
    // (A name that opens with ب is no place "in X".)
    const b = claimsOf('ونال بدران 412 ألف صوت في الانتخابات.').find((c) => c.value === 412000);
    expect(b?.owners).toEqual(['person:بدران']);
    expect(b?.places).toEqual([]);
  });

  it('reads a name set off by commas after a title, the Maghrebi «المترشح», the party a candidate runs for, and «السيد»', () => {
    const text = 'وأعلنت الهيئة أن المترشح الحر، سليم الخطيب، تحصل على 412 ألف صوت، فيما نال المرشح عن حركة النهوض الوطني، فارس الحلبي، 96 ألف صوت.';
    expect(ownersOf(text, 412000)).toEqual(['person:سليم الخطيب']);
    expect(ownersOf(text, 96000)).toEqual(['person:فارس الحلبي']);
    expect(ownersOf('وحصل السيد سليم الخطيب على 412 ألف صوت في الانتخابات.', 412000)).toEqual(['person:سليم الخطيب']);
  });

  it('reads the votes expressed that a candidate got as the candidate\'s votes, not the valid total', () => {
    const got = claimsOf('وتحصل المرشح سليم الخطيب على 412 ألف صوت معبر عنه بنسبة 61 بالمائة.');
    expect(got.find((c) => c.value === 412000)?.concept).toBe('votes');
    expect(got.find((c) => c.value === 61)?.concept).toBe('percent:vote');
    expect(claimsOf('وقد بلغت الأصوات المعبر عنها 680 ألف صوت.').find((c) => c.value === 680000)?.concept).toBe('votes:valid');
  });

  it('takes no verbal noun of the news for a name after a title', () => {
    const c = claimsOf('أفاد ناطق باسم الدفاع المدني بمقتل 40 شخصا في الزلزال.').find((x) => x.value === 40);
    expect([...(c?.owners ?? []), ...(c?.places ?? [])].some((k) => k.startsWith('person:'))).toBe(false);
  });

  it('reads the rival named after a possessive title', () => {
    const text = 'وحصل المرشح سليم الخطيب على 412 ألف صوت في الانتخابات، فيما حصل منافسه فارس الحلبي على 96 ألف صوت.';
    expect(ownersOf(text, 412000)).toEqual(['person:سليم الخطيب']);
    expect(ownersOf(text, 96000)).toEqual(['person:فارس الحلبي']);
  });

  it('reads a name after a party that names the office', () => {
    expect(ownersOf('وجاء في المركز الثاني مرشح حزب النهضة فارس الحلبي بحصوله على 96 ألف صوت في الانتخابات.', 96000)).toEqual(['person:فارس الحلبي']);
  });

  it('reads names before a bracketed result and in a list of shares', () => {
    const brackets = 'وجاءت نتائج الانتخابات: سليم الخطيب (412 ألف صوت)، وفارس الحلبي (96 ألف صوت)، ورامز الجندي (31 ألف صوت).';
    expect(ownersOf(brackets, 412000)).toEqual(['person:سليم الخطيب']);
    expect(ownersOf(brackets, 96000)).toEqual(['person:فارس الحلبي']);
    expect(ownersOf(brackets, 31000)).toEqual(['person:رامز الجندي']);
    const list = 'وأظهرت نتائج الانتخابات فوز سليم الخطيب بنسبة 76.4%، وفارس الحلبي بنسبة 14.2%، ورامز الجندي بنسبة 9.4%.';
    expect(ownersOf(list, 76.4)).toEqual(['person:سليم الخطيب']);
    expect(ownersOf(list, 14.2)).toEqual(['person:فارس الحلبي']);
    expect(ownersOf(list, 9.4)).toEqual(['person:رامز الجندي']);
  });

  it('never takes a ranking adverb for a name', () => {
    expect(ownersOf('وحل ثانيا فارس الحلبي بـ 96 ألف صوت في الانتخابات.', 96000)).toEqual(['person:فارس الحلبي']);
  });
});

describe('a figure whose candidate is not found', () => {
  it("stays nobody's rather than the candidate named before another figure", () => {
    // «منافسه العلي»: a one-word name no pattern can tell from the preposition «على».
    const text = 'وحصل المرشح سليم الخطيب على 412 ألف صوت في الانتخابات، فيما حصل منافسه العلي على 96 ألف صوت.';
    const [first, second] = [412000, 96000].map((v) => claimsOf(text).find((c) => c.value === v) as Claim);
    expect(second.owners).toEqual([]);
    // (Beside a candidate's own votes, votes of nobody named stay out of cards: ownerless-votes.ts.)
    expect(second.concept).toBeNull();
    expect(matchScore(first, second)).toBeNull();
    const other = claimsOf('وحصل المرشح سليم الخطيب على 96 ألف صوت في الانتخابات.').find((c) => c.value === 96000) as Claim;
    expect(matchScore(second, other)).toBeNull();
  });

  it("never inherits the previous item's candidate across a name in a list", () => {
    const text = 'وأظهرت نتائج الانتخابات فوز سليم الخطيب بنسبة 76.4%، وفارس الحلبي بنسبة 14.2%، وماهر العلي بنسبة 9.4%.';
    expect(ownersOf(text, 9.4)).toEqual([]);
    // (A share of the same count keeps its owner: "412 ألف صوت بنسبة 76.4%".)
    expect(ownersOf('وحصل سليم الخطيب على 412 ألف صوت بنسبة 76.4% في الانتخابات.', 76.4)).toEqual(['person:سليم الخطيب']);
  });
});
