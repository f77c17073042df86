// What a figure counts, read from general phrasings (lib/pipeline/claims: concept-of.ts, rates.ts,
// money.ts, nationality-part.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const claimOf = (text: string, v: number) => extractClaims(text).find((c) => c.value === v);
/** The concept of the claim at `v`; a sentence with no claim there fails (a `.not.toBe` would pass on nothing). */
const conceptOf = (text: string, v: number): string | null => {
  const c = claimOf(text, v);
  if (!c) throw new Error(`no claim at ${v} in ${text}`);
  return c.concept;
};

describe('troops and fighters', () => {
  it('reads the troops a side lost as its dead', () => {
    expect(conceptOf('وأعلنت الشرطة أنها فقدت ثلاثة عناصر في الكمين.', 3)).toBe('death:soldier');
    expect(conceptOf('وخسرت القوات الحكومية 12 عسكريا في معارك الأسبوع.', 12)).toBe('death:soldier');
    // Contact lost with troops says nothing of their death.
    expect(conceptOf('وانقطع الاتصال مع 6 جنود قرب الحدود.', 6)).not.toMatch(/^death/);
  });

  it('reads members of an armed group as its fighters, members of the police as troops', () => {
    expect(conceptOf('وقتل 11 من عناصر العصابة في تبادل لإطلاق النار.', 11)).toBe('death:militant');
    expect(conceptOf('وقتل 7 عناصر من الجماعة المسلحة.', 7)).toBe('death:militant');
    expect(conceptOf('وأصيب 4 من عناصر الشرطة في الاشتباك.', 4)).toBe('injured:soldier');
  });

  it('reads «terrorists» and «extremists» as an armed group’s fighters', () => {
    expect(conceptOf('وتم إيقاف أربعة إرهابيين بعد ساعات من المحاصرة.', 4)).toBe('arrested:militant');
    expect(conceptOf('وقتلت القوات 23 إرهابيا في المنطقة.', 23)).toBe('death:militant');
    expect(conceptOf('وقتل خمسة متطرفين في غارة جوية.', 5)).toBe('death:militant');
    // (A terrorist attack's toll is no toll of terrorists.)
    expect(conceptOf('وأسفر الهجوم الإرهابي عن 5 قتلى.', 5)).toBe('death');
  });
});

describe('the dead feared but not found', () => {
  it('counts a feared death among the missing', () => {
    expect(conceptOf('مخاوف من غرق 40 شخصا بعد انقلاب مركبهم.', 40)).toBe('missing');
    expect(conceptOf('وقالت البحرية إن نحو 12 مهاجرا يخشى أنهم غرقوا في العاصفة.', 12)).toBe('missing:migrant');
  });

  it('keeps a confirmed death and a fear of a higher toll as they are', () => {
    expect(conceptOf('ولقي 25 عاملا حتفهم غرقا.', 25)).toBe('death:worker');
    expect(conceptOf('وتخشى السلطات ارتفاع الحصيلة بعد مقتل 30 شخصا.', 30)).toBe('death');
  });
});

describe('a headline\'s present tense', () => {
  it('reads «يقتل», «يصيب», «تشرد» as the past tense is read', () => {
    expect(conceptOf('زلزال يقتل 300 شخص في المنطقة', 300)).toBe('death');
    expect(conceptOf('انفجار يصيب 20 شخصا في السوق', 20)).toBe('injured');
    expect(conceptOf('الفيضانات تشرد 5 آلاف شخص', 5000)).toBe('displaced');
    expect(conceptOf('مسلح يقتل ويصيب «9» أشخاص داخل سينما', 9)).toBe('casualties');
  });

  it('gives a bare figure no noun from the verb of the next clause («يقتل اثنين ويصيب 7»)', () => {
    expect(conceptOf('مسلح يقتل اثنين ويصيب 7 في قاعة سينما', 2)).toBe('death');
    expect(conceptOf('مسلح يقتل اثنين ويصيب 7 في قاعة سينما', 7)).toBe('injured');
    expect(conceptOf('وسجلت الوزارة 3 وفيات', 3)).toBe('death');
  });
});

describe('the injured still in hospital', () => {
  it('needs the treatment to be going on', () => {
    expect(conceptOf('وأصيب 60 شخصا ما زالوا يتلقون العلاج في المستشفيات.', 60)).toBe('injured:treated');
    expect(conceptOf('وأسفر الحادث عن إصابة 60 تم علاج معظمهم ميدانيا.', 60)).toBe('injured');
  });

  it('reads cases still under treatment as those in hospital, a stock of the day', () => {
    expect(conceptOf('فيما بقيت 8 حالات تحت العلاج.', 8)).toBe('injured:treated');
    expect(conceptOf('وبلغ عدد الإصابات منذ بداية العام 1053 حالة، و7 حالات تخضع للعلاج حاليا.', 7)).toBe('injured:treated');
    // (A treatment given is no stock: «تم علاج 40 حالة».)
    expect(conceptOf('وتم علاج 40 حالة في العيادة.', 40)).toBeNull();
  });

  it('reads those discharged from hospital as recovered', () => {
    expect(conceptOf('وأعلنت الوزارة خروج آخر أربع حالات إصابة من المستشفى.', 4)).toBe('recovered');
    expect(conceptOf('وغادر 12 مصابا المستشفى صباح اليوم.', 12)).toBe('recovered');
  });
});

describe('growth named alone', () => {
  it('reads the economy’s growth from the bare noun, its adjective or the words to its value', () => {
    expect(conceptOf('ويتوقع البنك المركزي أن يبلغ النمو 3.1% هذا العام.', 3.1)).toMatch(/^percent:growth/);
    expect(conceptOf('وجاء ذلك بعد نمو فعلي قدره 4% في العام السابق.', 4)).toMatch(/^percent:growth/);
  });

  it('leaves the growth of a named thing, and one speaker’s target, out', () => {
    expect(conceptOf('وسجل نمو المبيعات 7% في الربع الأخير.', 7)).toBeNull();
    expect(conceptOf('وتستهدف الوزارة نموا بنسبة 4% في العام المقبل.', 4)).toBeNull();
  });
});

describe('a sum paid out', () => {
  it('reads a sum right after a verb of paying out as a tranche', () => {
    expect(conceptOf('ووافق البنك على صرف نحو 250 مليون يورو للحكومة.', 250e6)).toBe('money:tranche');
  });

  it('keeps the exchange rate a price', () => {
    expect(conceptOf('وبلغ سعر الصرف 45 جنيها للدولار.', 45)).toMatch(/^money:price/);
  });
});

describe('nationalities among those counted', () => {
  it('makes each nationality after «بينهم» a part of the figure before, owned by its country', () => {
    const claims = extractClaims('وأفادت الشرطة أن عدد الناجين بلغ 52، بينهم 30 تونسيا و15 مغربيا وسبعة جزائريين.');
    const of = (v: number) => claims.find((c) => c.value === v);
    expect(of(52)?.concept).toBe('rescued');
    expect(of(30)?.concept).toBe('rescued:part');
    expect(of(30)?.owners).toEqual(['tn']);
    expect(of(15)?.concept).toBe('rescued:part');
    expect(of(15)?.owners).toEqual(['ma']);
    expect(of(7)?.concept).toBe('rescued:part');
  });

  it('keeps a nationality list with no figure of an event before it out of every card', () => {
    expect(conceptOf('وزار المعرض 3 آلاف تونسي و2000 مغربي.', 3000)).toBeNull();
  });
});

describe('a figure highlighted in quotes', () => {
  it('reads the words around «N» as if the quotes were not there', () => {
    expect(conceptOf('وتبنت الجماعة قتل «17» جنديا في هجوم على نقطة تفتيش.', 17)).toBe('death:soldier');
    expect(conceptOf('وأعلنت الشرطة توقيف "23" شخصا بعد المواجهات.', 23)).toBe('arrested');
  });

  it('still ends a clause at a quote round a sentence', () => {
    expect(conceptOf('وقال الوزير: «بلغ عدد الزوار 400 ألف زائر»، وقتل 9 أشخاص في حادث.', 400000)).not.toBe('death');
  });
});

describe('«لقي … حتفهم» however far apart', () => {
  it('reads the death named at the end of the figure’s clause', () => {
    expect(conceptOf('ولقي 16 شخصا من ركاب القطار الذي كان متجها إلى العاصمة حتفهم.', 16)).toBe('death');
    expect(conceptOf('ولقي نحو 40 مسلحا من التنظيم مصرعهم في الغارات.', 40)).toBe('death:militant');
  });

  it('needs «حتفهم/مصرعهم» in the clause', () => {
    expect(conceptOf('ولقي 300 زائر ترحيبا في المعرض.', 300)).not.toBe('death');
  });
});

describe('a list of groups after one event', () => {
  it('gives the next item the event of the first, past the first item’s own group words', () => {
    const text = 'وأعلن مصدر أمني مقتل 8 من عناصر قوات الحرس و5 مدنيين في الهجوم.';
    expect(conceptOf(text, 8)).toBe('death:soldier');
    expect(conceptOf(text, 5)).toBe('death:civilian');
  });

  it('reads «مصرعهم» past an aside of some of them', () => {
    expect(conceptOf('ولقي 21 شخصا على الأقل بينهم ثلاثة أطفال مصرعهم في الفيضان.', 21)).toBe('death');
    expect(conceptOf('ولقي 6 أشخاص في الحادث وقتل 2 آخران حتفهما.', 6)).not.toBe('death');
  });
});

describe('those captured', () => {
  it('reads «وأسر N» as those taken, not the dead of the item before', () => {
    const text = 'وقالت الشرطة إنها قتلت ستة من عناصر العصابة، وأسرت اثنين آخرين.';
    expect(conceptOf(text, 6)).toBe('death:militant');
    expect(conceptOf(text, 2)).toBe('arrested');
  });

  it('leaves the noun «أسر» (families) to the words around', () => {
    expect(conceptOf('وزار المحافظ أسر 12 ضحية من ضحايا الحادث.', 12)).not.toBe('arrested');
  });
});

describe('the dead counted after «قضى»', () => {
  it('reads «قضى» right before a count of people as died', () => {
    expect(conceptOf('قضى 12 شخصا وأصيب 40 آخرون في انهيار مبنى سكني قديم.', 12)).toBe('death');
    expect(conceptOf('وقضى أكثر من 40 شخصا في الحريق الذي اندلع فجرا.', 40)).toBe('death');
  });

  it('leaves a judgement and a time spent alone', () => {
    expect(conceptOf('وقضت المحكمة بسجن 5 متهمين في القضية.', 5)).not.toBe('death');
    expect(claimOf('قضى 10 سنوات في السجن قبل أن يفرج عنه.', 10)?.concept ?? null).not.toBe('death');
  });
});

describe('a partitive naming who is counted', () => {
  it('borrows no concept from the words before it when its noun is no group of the lexicon', () => {
    expect(claimOf('وأسعف الجرحى والمصابين إلى المستشفى واحتجز اثنين من المنظمين للحفل.', 2)?.concept ?? null).toBe('unit:منظم');
  });

  it('keeps a group the lexicon knows, and a verb that says what happened to them', () => {
    expect(conceptOf('وأفرج عن 120 من الأسرى أمس.', 120)).toBe('prisoner');
    expect(conceptOf('وقتل أربعة من أبناء القرية في القصف.', 4)).toBe('death');
  });
});
