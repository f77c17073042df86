// Food or gas poisoning counts the poisoned (lib/pipeline/claims/concepts.ts «poisoned»): an event
// that happens to people, like injury, named apart from it. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';

const concept = (text: string, v: number): string | null => extractClaims(text).find((c) => c.value === v)?.concept ?? null;

describe('the poisoned', () => {
  it('are counted by «تسمم» before or after the figure, with a nationality or a word for people', () => {
    expect(concept('وأكد القنصل تعرض 14 مواطنا للتسمم بعد تناولهم وجبة في الفندق.', 14)).toBe('poisoned');
    expect(concept('وأصيب 30 شخصا بتسمم غذائي في حفل زفاف.', 30)).toBe('poisoned');
    // (A named group among them: the poisoned among the workers.)
    expect(concept('ونقل إلى المستشفى 12 عاملا متسمما بالغاز.', 12)).toBe('poisoned:worker');
  });

  it('are not the injured of an accident, and are named on a card in Arabic', () => {
    expect(concept('وأصيب 30 شخصا في حادث سير على الطريق.', 30)).toBe('injured');
    expect(conceptNoun('poisoned')).toBe('المصابون بالتسمم');
  });
});
