// Food or gas poisoning counts the poisoned, an epidemic's report its recovered
// (lib/pipeline/claims/concepts.ts «poisoned», «recovered»): events that happen to people, named
// apart from injury. Invented sentences.
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

  it('are counted whatever noun the outlet gives them, after a verb of harm or under the harm a relative clause hangs on', () => {
    expect(concept('وأصيب أكثر من 40 زائرا بتسمم غذائي في أحد المطاعم.', 40)).toBe('poisoned');
    expect(concept('ولا توجد حالات خطيرة جراء التسمم الذي أصاب 18 نزيلا بأحد الفنادق.', 18)).toBe('poisoned');
    expect(concept('وأصيب 12 مصليا في الحريق الذي اندلع في المسجد.', 12)).toBe('injured');
    // (A thing a verb of harm befell is still that thing.)
    expect(concept('وأصاب القصف 5 مدن في الشمال.', 5)).not.toMatch(/^(injured|poisoned)/);
  });

  it('are not the injured of an accident, and are named on a card in Arabic', () => {
    expect(concept('وأصيب 30 شخصا في حادث سير على الطريق.', 30)).toBe('injured');
    expect(conceptNoun('poisoned')).toBe('المصابون بالتسمم');
  });
});

describe('the recovered', () => {
  it('are an epidemic report’s running count of its own, apart from the cases and those in treatment', () => {
    const text = 'وبذلك يصل عدد حالات الإصابة إلى 940 حالة، تماثلت للشفاء منها 512 حالة، و9 حالات تخضع للعلاج.';
    expect(concept(text, 940)).toBe('injured');
    expect(concept(text, 512)).toBe('recovered');
    expect(concept('وارتفع عدد الحالات التي شفيت إلى 512 حالة.', 512)).toBe('recovered');
    expect(concept('وتعافى 40 شخصا خلال الأسبوع.', 40)).toBe('recovered');
    expect(conceptNoun('recovered')).toBe('المتعافون');
  });
});
