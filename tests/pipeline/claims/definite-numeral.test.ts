// lib/pipeline/claims/definite-numeral: a number with the article after a definite noun phrase
// counts that phrase's noun. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text, {}).find((c) => c.value === v)?.concept;

describe('a number with the article after a noun phrase («نواب الكتلة الـ85»)', () => {
  it('never takes the noun of the figure before it in the clause', () => {
    const text = 'وخسر الزعيم 17 صوتا من أصل نواب كتلته الـ85، بعد خلاف على الميزانية.';
    expect(conceptOf(text, 17)).toMatch(/^votes/);
    expect(conceptOf(text, 85)).toBeNull();
  });

  it('never takes the word after it as what it counts', () => {
    expect(conceptOf('وقال إن نواب الكتلة الـ85 سيصوتون ضد الميزانية.', 85)).toBeNull();
  });

  it('counts the noun of the phrase when the lexicon knows it', () => {
    expect(conceptOf('وعاد الجنود الـ40 إلى ثكناتهم سالمين.', 40)).toBe('soldier');
  });

  it('leaves a number after a preposition as it was («خلال الـ24 ساعة»)', () => {
    const claims = extractClaims('وسجلت الوزارة 35 إصابة جديدة خلال الـ24 ساعة الماضية.', {});
    expect(claims.find((c) => c.value === 35)?.concept).toMatch(/^injured/);
    expect(claims.find((c) => c.value === 24)?.kind).toBe('duration');
  });
});
