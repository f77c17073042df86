import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import { ammaBefore } from '../../../lib/pipeline/text/topic';

const at = (text: string, word: string) => {
  const tokens = tokensOf(text);
  return { tokens, i: tokens.findIndex((t) => t.raw === word) };
};

describe('the topic «أما» sets', () => {
  it('is found over words only, within reach', () => {
    const { tokens, i } = at('أما البنك المركزي فيتوقع أن يبلغ النمو 2%', 'فيتوقع');
    expect(ammaBefore(tokens, i, 6)).toBe(0);
    expect(ammaBefore(tokens, i, 2)).toBe(-1);
  });

  it('is not found past a comma', () => {
    const { tokens, i } = at('أما البنك، فيتوقع أن يبلغ النمو 2%', 'فيتوقع');
    expect(ammaBefore(tokens, i, 6)).toBe(-1);
  });
});
