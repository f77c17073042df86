// Readings fixed in the twenty-seventh round (docs/accuracy-rounds.md), each a general pattern
// with invented sentences, invented parties: seats of a party named without its party noun
// (parties.ts) and a party's votes or share (index.ts, context.ts), a list's next clause that says
// nothing of the figure before (concept-of.ts); the evacuated by their verbs, where people came
// from, the sheltered among those counted before (concepts.ts, concept-of.ts, context.ts,
// entities.ts); a conjunction after a figure is no counted noun (quantities/lexicon.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';
import { learnPeople } from '../../../lib/pipeline/text/people';
import { tokensOf } from '../../../lib/pipeline/text/tokens';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2025-03-04' }).find((c) => c.value === v);
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];

describe('seats of a party named without its party noun', () => {
  it('reads the definite words after a verb of winning, keeping or giving as the party', () => {
    expect(ownersOf('وبحسب النتائج المؤقتة، ضمن الوفاق الوطني 64 مقعدا في المجلس.', 64)).toEqual(['person:الوفاق الوطني']);
    expect(ownersOf('واحتفظت النهضة المدنية بـ 12 مقعدا.', 12)).toEqual(['person:النهضه المدنيه']);
    expect(ownersOf('وكانت النتائج الأولية قد منحت الوفاق الوطني 61 مقعدا.', 61)).toEqual(['person:الوفاق الوطني']);
  });

  it('passes an aside in brackets between the party and the figure', () => {
    expect(ownersOf('وحصلت النهضة المدنية (وسط) على 12 مقعدا.', 12)).toEqual(['person:النهضه المدنيه']);
  });

  it('gives each item of a list of seat counts the party it names, not the previous item\'s', () => {
    const text = 'وحصل تحالف التجديد على 70 مقعدا، والكرامة 33 مقعدا، والاتحاد الوطني المستقل على 5 مقاعد.';
    expect(ownersOf(text, 70)).toEqual(['person:تحالف التجديد']);
    expect(ownersOf(text, 33)).toEqual(['person:الكرامه']);
    expect(ownersOf(text, 5)).toEqual(['person:اتحاد الوطني المستقل']);
  });

  it('reads the party a relative clause set off by a comma describes', () => {
    expect(ownersOf('وذهب المقعدان إلى حزب الكرامة، الذي ارتفع رصيده إلى 35 مقعدا.', 35)).toEqual(['person:حزب الكرامه']);
  });

  it('reads no party in a title or the party noun alone after a verb of winning', () => {
    expect(ownersOf('وحصل المرشح على 52% من الأصوات مقابل 48% لمنافسه.', 52)).toEqual([]);
    expect(ownersOf('وفي الانتخابات التشريعية نال الحزب 30 مقعدا.', 30)).toEqual([]);
  });

  it('leaves a seat count with no party before it to nobody', () => {
    expect(ownersOf('وأضاف أن المجلس يضم 150 مقعدا.', 150)).toEqual([]);
    expect(ownersOf('وقال إن النتائج النهائية ستعلن الأحد، و12 مقعدا لم تحسم بعد.', 12)).toEqual([]);
  });
});

describe('a party\'s votes or share', () => {
  it('reads a party named in full after its share, and one named with «لل» and no party noun', () => {
    const text = 'وأظهرت النتائج حصول تحالف التجديد على 41.2% من الأصوات، مقابل 30.5% لحزب الكرامة الوطنية و12.4% للنهضة المدنية.';
    expect(ownersOf(text, 30.5)).toEqual(['person:حزب الكرامه الوطنيه']);
    expect(ownersOf(text, 12.4)).toEqual(['person:النهضه المدنيه']);
  });

  it('reads a party placed in a rank before its share', () => {
    expect(ownersOf('وفي الانتخابات التشريعية حل حزب الكرامة الوطنية ثالثا بـ12.4%.', 12.4)).toEqual(['person:حزب الكرامه الوطنيه']);
  });

  it('names no party by the party noun alone («الحزب» points back)', () => {
    expect(ownersOf('وفي الانتخابات التشريعية حصل الحزب الذي يقوده الرئيس على 2.1 مليون صوت.', 2100000)).toEqual([]);
  });

  it('gives a result restated after «، أي» the owner of the figure it restates', () => {
    const text = 'وفي الانتخابات التشريعية حصل حزب الكرامة الوطنية على 41.2 بالمئة من الأصوات، أي 912,400 صوت.';
    expect(ownersOf(text, 912400)).toEqual(ownersOf(text, 41.2));
    expect(ownersOf(text, 912400)).toEqual(['person:حزب الكرامه الوطنيه']);
  });

  it('learns no name from the object of «فاز بأحد …»', () => {
    const people = learnPeople(tokensOf('وحزب الكرامة الذي أصبح يملك 44 مقعدا، بعدما فاز بأحد مقعدي دائرة الشمال بفضل أصوات المغتربين.'));
    expect([...people.values()].filter((k) => k.includes('باحد'))).toEqual([]);
  });
});

describe('a candidate who leads a party', () => {
  it('gives the party no votes of the relative clause after «زعيم تحالف X»', () => {
    const text = 'وحصل سالم داود على 53.5% من الأصوات، مقابل 46.5% لكريم منصور، زعيم تحالف الوفاق، الذي نال 912,400 صوت.';
    expect(ownersOf(text, 912400).filter((o) => o.includes('تحالف'))).toEqual([]);
  });

  it('learns no name made of a vote noun or «يومها»', () => {
    const people = [...learnPeople(tokensOf('نال سالم داود 1,204,880 أصوات بنسبة 53.5%، مقابل 1,047,100 صوتاً لكريم منصور بنسبة 46.5%، وكان منصور قد نال يومها 31.4% من الأصوات.')).values()];
    expect(people.filter((k) => /صوت|يومها/.test(k))).toEqual([]);
  });
});

describe('a clause after the figure\'s own speaks of something else', () => {
  it('reads «لا تزال» after a comma as no state of the figure before it', () => {
    const text = 'وحصل تحالف التجديد على 70 مقعدا، والكرامة 33 مقعدا، في حين لا تزال خمسة مقاعد معلقة.';
    expect(claimOf(text, 33)?.concept).toBe('seat');
    expect(claimOf(text, 5)?.concept).toBe('seat:active');
  });
});

describe('the evacuated and the sheltered', () => {
  it('reads the verbs and nouns of evacuation as the evacuated', () => {
    expect(claimOf('وقال المتحدث إن السلطات أجلت 2400 شخص من منازلهم.', 2400)?.concept).toBe('evacuated');
    expect(claimOf('وأشار إلى أن عدد من جرى إجلاؤهم بلغ 5120 شخصا.', 5120)?.concept).toBe('evacuated');
    expect(claimOf('وتجاوز عدد الذين أُجلوا من بيوتهم 2600 شخص.', 2600)?.concept).toBe('evacuated');
  });

  it('reads «شخص من القرى» as where the people came from, not a count of villages', () => {
    expect(claimOf('وأجلت السلطات 2400 شخص من القرى المحيطة بالنهر.', 2400)?.concept).toBe('evacuated');
    expect(claimOf('ونقلت السلطات 2400 شخص من القرى المحيطة بالنهر.', 2400)?.concept).not.toBe('village');
    expect(claimOf('ودمرت السيول 14 من القرى.', 14)?.concept).toBe('village');
  });

  it('names no town by an adjective of nearness or state after «القرى»', () => {
    expect(claimOf('ونقلت السلطات 2400 شخص من القرى المحيطة بالنهر.', 2400)?.entities.filter((e) => e.startsWith('town:'))).toEqual([]);
  });

  it('reads those of the evacuated who went to the shelters as the sheltered', () => {
    expect(claimOf('وتم إجلاء 2400 شخص، لجأ نحو 1300 منهم إلى مراكز الإيواء.', 1300)?.concept).toBe('sheltered');
    // (Some of them, with no word of what befell them, stay out.)
    expect(claimOf('وأصيب 2400 شخص، توفي 13 منهم لاحقا.', 13)?.concept ?? null).toBeNull();
  });
});

describe('a conjunction after a figure', () => {
  it('is no counted noun («إلى 46 بعدما …»)', () => {
    const claim = claimOf('وخفضت السلطات عدد المفقودين إلى 46 بعدما عثر على بعضهم أحياء.', 46);
    expect(claim?.unit).toBeNull();
    expect(claim?.concept).toBe('missing');
  });
});

describe('an epidemic\'s suspected and confirmed cases', () => {
  it('reads cases called suspected as suspected cases, right after the noun or in the head before', () => {
    expect(claimOf('وسجلت البلاد أكثر من 9 آلاف حالة كوليرا مشتبه بها.', 9000)?.concept).toBe('injured:suspected');
    expect(claimOf('وارتفع عدد الحالات المشتبه بإصابتها بالكوليرا في المحافظات الجنوبية إلى 9,412 حالة.', 9412)?.concept).toBe('injured:suspected');
  });

  it('reads a case the tests confirmed («حالة أكدتها الفحوص») as a confirmed case, among the suspected before it', () => {
    const text = 'وارتفع عدد الحالات المشتبه بإصابتها بالكوليرا إلى 9,412 حالة، بينها 2,130 حالة أكدتها الفحوص المخبرية.';
    // (The confirmed count itself since the fifty-first round, as «أكدت الفحوص 2,130 إصابة» is: no part.)
    expect(claimOf(text, 2130)?.concept).toBe('injured');
  });

  it('reads deaths or cases still under investigation as suspected ones, apart from the confirmed', () => {
    const text = 'وبلغ عدد الوفيات المؤكدة 27 وفاة، إضافة إلى 8 وفيات أخرى قيد التحقيق.';
    expect(claimOf(text, 27)?.concept).toBe('death');
    expect(claimOf(text, 8)?.concept).toBe('death:suspected');
  });

  it('reads the children among the dead, said after the partitive or counted after «عدد … بين»', () => {
    expect(claimOf('وأوضحت المديرة أن 9 من المتوفين أطفال.', 9)?.concept).toBe('death:child');
    expect(claimOf('وارتفع عدد الأطفال بين المتوفين إلى 14.', 14)?.concept).toBe('death:child');
  });

  it('reads «مؤكدة أن» after a comma as no confirmation of the cases', () => {
    // (Cases of no illness: a heatwave's «الإجهاد الحراري» is read as those taken ill since the forty-third round.)
    expect(claimOf('وأعلنت الوزارة ارتفاع عدد الحالات التي باشرتها فرق الإسعاف إلى 310 حالات، مؤكدة أن الوضع تحت السيطرة.', 310)?.concept).not.toBe('injured');
  });
});

describe('people taken out alive, still under the debris, or counted by a head before where they live', () => {
  it('reads people taken out alive as the rescued', () => {
    expect(claimOf('وأخرجت فرق الدفاع المدني 5 أشخاص أحياء من تحت الأنقاض.', 5)?.concept).toBe('rescued');
    expect(claimOf('وأخرجت الفرق 3 أشخاص على قيد الحياة.', 3)?.concept).toBe('rescued');
  });

  it('reads people still buried under the debris as the trapped', () => {
    expect(claimOf('ويقدر المسؤولون أن 80 شخصا لا يزالون مدفونين تحت الأنقاض.', 80)?.concept).toBe('trapped');
    expect(claimOf('وقدرت البلدية عدد المطمورين تحت التراب بنحو 120 شخصا.', 120)?.concept).toBe('trapped');
  });

  it('reads a group named after the event\'s noun before «وعددهم» as that event\'s group', () => {
    expect(claimOf('وأوضح أن القتلى المدنيين، وعددهم 27، سقطوا في قريتين.', 27)?.concept).toBe('death:civilian');
  });

  it('reads the head noun before the figure, not where they live after it', () => {
    expect(claimOf('وأشار إلى أن عدد النازحين بلغ 2300 شخص يقيم معظمهم في مدارس.', 2300)?.concept).toBe('displaced');
  });
});

describe('a run-off\'s figure compared with the first round', () => {
  it('keeps a run-off figure whose later clause recalls the first round the run-off\'s', () => {
    const text = 'وشارك في التصويت في جولة الإعادة 58.3% من الناخبين المسجلين، وهي نسبة تفوق بنحو خمس نقاط تلك المسجلة في الجولة الأولى.';
    expect(claimOf(text, 58.3)?.concept).toBe('percent:turnout');
    expect(claimOf('وبلغت نسبة المشاركة في الجولة الأولى 52.1%، أما في الجولة الثانية فبلغت 58.3%.', 52.1)?.concept).toBe('percent:turnout:round1');
  });
});

describe('a period marker of the clause before', () => {
  it('leaves «منذ مطلع العام» of a record phrase to its own figure, not the one a speaker\'s «مشيرا إلى» goes on to', () => {
    const text = 'وقال الوزير إن الأسعار ارتفعت بنسبة 0.9% على أساس شهري، وهو أدنى ارتفاع شهري منذ مطلع العام، مشيرا إلى أن تضخم أسعار الغذاء تباطأ إلى 14.2% على أساس سنوي.';
    expect(claimOf(text, 14.2)?.concept).not.toMatch(/:since/);
  });
});
