// Invented sentences: a bare figure before «من» + a plural noun of people the lexicon does not
// know is that group (partitive-group.ts), not the previous figure's; a figure with a noun of its
// own that names no people is never "those aboard" (concept-of.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const concepts = (text: string): (string | null)[] => extractClaims(text, { published: '2025-02-11' }).map((c) => c.concept);

describe('a group named after «من»', () => {
  it('keeps "N من <unknown group>" off the previous figure\'s soldiers', () => {
    const [soldiers, contractors] = concepts('وقتل سبعة جنود وأربعة من متعاقدي الشركة في الكمين.');
    expect(soldiers).toBe('death:soldier');
    // Counted as its own noun, the way "أربعة متعاقدين" is.
    expect(contractors).toMatch(/^unit:/);
    expect(concepts('وقتل سبعة جنود وأربعة من المتعاقدين في الكمين.')[1]).toMatch(/^unit:/);
  });
  it('still reads a known group after «من»', () => {
    expect(concepts('وقتل سبعة جنود وأربعة من المدنيين في الكمين.')).toEqual(['death:soldier', 'death:civilian']);
  });
});

describe('vehicles ridden are not people aboard', () => {
  it('counts motorbikes, not riders', () => {
    expect(concepts('ووصل المسلحون على متن نحو 80 دراجة نارية.')[0]).not.toBe('aboard');
  });
  it('still counts migrants aboard a boat', () => {
    expect(concepts('وغرق زورق يقل نحو 60 مهاجرا.')[0]).toBe('aboard');
  });
});

describe('gunmen are a group of their own', () => {
  it('reads militants among the dead apart from the troops', () => {
    expect(concepts('وقالت القيادة إن بين القتلى ستة جنود وعشرة مسلحين.')).toEqual(['death:soldier', 'death:militant']);
  });
  it('does not read «مسلحة» (armed, of a group) as gunmen', () => {
    expect(concepts('وتنشط في الإقليم أكثر من 15 جماعة مسلحة.')[0]).not.toMatch(/militant/);
  });
});

describe('a verb of rescue in any person', () => {
  it('reads «أنقذوا N» and «أنقذت N» as the rescued', () => {
    expect(concepts('وقال الدفاع المدني إن متطوعين أنقذوا 23 شخصا من تحت الأنقاض.')[0]).toBe('rescued');
    expect(concepts('وأنقذت زوارق الصيد 41 شخصا قبالة الشاطئ.')[0]).toBe('rescued');
  });
});

describe('some of the things already counted («N من ال…»)', () => {
  it('is a part of the earlier figure, no total of its own', () => {
    expect(concepts('انفجرت خمس سيارات في الحي. وتعود ثلاث من السيارات إلى أعضاء في الحركة.')).toEqual(['car', null]);
    expect(concepts('قتل 12 شخصا في الهجوم. وكان خمسة من القتلى في السوق.')).toEqual(['death', null]);
  });
  it('still counts a group first named that way, and a share «من الأصوات»', () => {
    expect(concepts('ودخلت 200 من الشاحنات إلى القطاع.')).toEqual(['truck']);
    expect(concepts('حصل المرشح على 40 ألف صوت، أي 50% من الأصوات.')[1]).toMatch(/^percent:vote/);
  });
});

describe('a fraction with no noun', () => {
  it('counts no people or things, whatever was counted before it', () => {
    expect(concepts('ويشمل البرنامج خمس وظائف لمن يجتاز الاختبار بمعدل لا يقل عن 2.5 من أربعة.')).toEqual(['jobs', null, null]);
  });
  it('still measures: a magnitude keeps its fraction', () => {
    expect(concepts('وبلغت قوة الزلزال 6.8 درجة.')).toEqual(['magnitude']);
  });
});
