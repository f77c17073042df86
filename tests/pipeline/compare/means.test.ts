// Two tolls whose own clauses name incompatible means of their incident are two incidents
// (lib/pipeline/compare/means.ts, SEPARATE_MEANS of same-event.ts): invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { SEPARATE_MEANS, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import { differentMeans, meansOf } from '../../../lib/pipeline/compare/means';

afterEach(() => setSameEventKnobs({ means: SEPARATE_MEANS }));

describe('the means a toll’s clause names', () => {
  it('reads a family through clitics, a car bomb as a bombing and a car alone as a road accident', () => {
    expect([...meansOf('وقتل 11 شخصا بانفجار سيارة مفخخة قرب السوق')]).toEqual(['bombing']);
    expect([...meansOf('ولقي ثلاثة مصرعهم في حادث انقلاب سيارة')]).toEqual(['road']);
    expect([...meansOf('وأسفرت الاشتباكات عن مقتل تسعة')]).toEqual(['clashes']);
    // The verb names them as the noun does.
    expect([...meansOf('واشتبكت القوات مع مسلحين ما أسفر عن مقتل تسعة')]).toEqual(['clashes']);
    expect([...meansOf('وقتل خمسة في هجوم على القرية')]).toEqual([]);
  });

  it('tells apart a bombing and clashes, not a bombing told two ways nor a toll naming no means', () => {
    const bomb = byValue('وقتل 11 شخصا بانفجار سيارة مفخخة قرب السوق.', 11);
    const clashes = byValue('وقتل 6 أشخاص في اشتباكات بين مسلحين والشرطة.', 6);
    const suicide = byValue('وأسفر التفجير الانتحاري عن مقتل 14 شخصا.', 14);
    const plain = byValue('وقتل 9 أشخاص في هجوم على القرية.', 9);
    expect(differentMeans(bomb, clashes)).toBe(true);
    expect(differentMeans(bomb, suicide)).toBe(false);
    expect(differentMeans(bomb, plain)).toBe(false);
  });

  it('reads only the figure’s own stretch of a long sentence, and no aircraft that carried the wounded', () => {
    const flown = byValue('وقتل 12 شخصا في اشتباكات عنيفة بين الجيش ومسلحين في الإقليم الجبلي، وقالت الوزارة إن الجرحى نقلوا بمروحية إلى مستشفى بعيد عن مكان القتال.', 12);
    const clashes = byValue('وارتفعت حصيلة المواجهات في الإقليم إلى 16 قتيلا.', 16);
    expect(differentMeans(flown, clashes)).toBe(false);
  });
});

describe('a card of one war holds one incident’s tolls', () => {
  const bombing = mk('انفجار في المدينة', 'وقتل 11 شخصا بانفجار سيارة مفخخة قرب سوق المدينة.', 'https://a.example/m1');
  const clashes = mk('معارك في المدينة', 'وقتل 6 أشخاص في اشتباكات بين مسلحين والشرطة في المدينة.', 'https://b.example/m1');
  const current = mk('انفجار في المدينة', 'وأسفر التفجير الذي استهدف سوق المدينة عن مقتل 14 شخصا.', 'https://c.example/m1');

  it('keeps the clashes off the bombing’s card', () => {
    expect(SEPARATE_MEANS).toBe(true);
    expect(cards([bombing, clashes, current])).toEqual([[11, 14]]);
    setSameEventKnobs({ means: false });
    expect(cards([clashes, current])).toEqual([[6, 14]]);
  });
});
