// Readings fixed in the twenty-eighth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented places: a region named as a clause's subject or far back in its
// clause (entities.ts, scope.ts), a unit's inhabitants (units.ts), a body a title heads is no
// person (people.ts), the buried, the identified and the wounded who died (concepts.ts,
// concept-of.ts, nouns.ts), a share of the votes cast abroad (home-abroad.ts), a capital fronted
// before a candidate's share (scope.ts, scope-words.ts); those aboard a vessel named after «على
// متن», more people saved and those pulled out alive (voyage.ts, concept-of.ts, concepts.ts); a
// parliament's seats no party holds and the outgoing parliament's (seat-status.ts, modality.ts);
// a breakdown's places after «من» (list-places.ts); a candidate's share restated as votes (ballots.ts);
// a count the sentence then says rose (modality.ts); the injured still lying in hospital (concept-of.ts);
// some of the dead of a province (index.ts); a dateline's place (scope.ts); a party winning in the
// future tense and named without its party noun (parties.ts, text/entities.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';
import { entitiesCompatible } from '../../../lib/pipeline/text/entities';
import type { Claim } from '../../../lib/types';
import { isEarlierMention, isOtherTimeMention } from '../../../lib/pipeline/claims/modality';

const claimOf = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2025-03-04' }).find((c) => c.value === v);
const placesOf = (text: string, v: number): string[] => claimOf(text, v)?.places ?? [];
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;

describe('a region named as its figure’s subject', () => {
  it('reads «منطقة X» after «أن/إن» or heading a ranking as a region', () => {
    expect(placesOf('وأوضحت الوزارة أن منطقة تالوكا، في شرق البلاد، سجلت أعلى حصيلة بـ61 قتيلا.', 61)).toEqual(['place:تالوكا']);
    expect(placesOf('وبحسب البيان، تتصدر منطقة تالوكا قائمة المناطق المنكوبة بأكثر من 61 وفاة.', 61)).toEqual(['place:تالوكا']);
  });

  it('reads a region named at the head of a long clause, beyond the words read before the figure', () => {
    expect(placesOf('وقال المتحدث إن منطقة تالوكا لا تزال الأكثر تضررا بعد أن ارتفع عدد الوفيات فيها إلى 61.', 61)).toEqual(['place:تالوكا']);
  });

  it('reads no region in «منطقة» followed by an adjective', () => {
    expect(placesOf('وأوضحت الوزارة أن منطقة سكنية سجلت 61 وفاة.', 61)).toEqual([]);
  });
});

describe('a province referred back to by its inhabitants', () => {
  it('reads «من سكان المقاطعة» as the province its sentence named before, not a title’s body as a person', () => {
    const text = 'وقتل 40 شخصا في مقاطعة سيلانو وحدها، فيما قال رئيس إدارة مقاطعة مورادا لصحيفة محلية إن 27 من سكان المقاطعة لقوا حتفهم.';
    expect(placesOf(text, 40)).toEqual(['place:سيلانو']);
    expect(placesOf(text, 27)).toEqual(['place:مورادا']);
  });
});

describe('what befell some of the dead or the wounded', () => {
  it('reads those buried among the dead as no count of the dead', () => {
    expect(conceptOf('وقال إن بين القتلى ستة أطفال، وإن 8 منهم دُفنوا أمس في مقبرة البلدة.', 8) ?? '').not.toMatch(/^death/);
  });

  it('reads the victims identified as the identified dead, a part of the toll', () => {
    expect(conceptOf('وقال إن الطب الشرعي تعرف حتى الآن على هويات 19 من الضحايا.', 19)).toBe('death:identified');
  });

  it('reads the wounded who died since as dead of their wounds, a count of its own', () => {
    expect(conceptOf('وبلغت الحصيلة 40 قتيلا بعد وفاة 3 جرحى متأثرين بإصاباتهم.', 3)).toBe('death:of-wounds');
    expect(conceptOf('وتوفي 3 جرحى متأثرين بجروحهم في المستشفى.', 3)).toBe('death:of-wounds');
    expect(conceptNoun('death:of-wounds')).toBe('من توفوا متأثرين بجروحهم');
    // A death, then the injured counted by their own dual.
    expect(conceptOf('وسجلت المدينة حالة وفاة وإصابتان بالمرض.', 2)).toBe('injured');
  });
});

describe('a candidate’s share where the votes were cast', () => {
  it('reads a share of the votes cast abroad apart from the overall share', () => {
    const text = 'وحصل المرشح فاليري دوبان على 58.2% من أصوات الناخبين في الخارج، و51.7% من الأصوات في المجمل.';
    expect(conceptOf(text, 58.2)).toBe('percent:vote:abroad');
    expect(conceptOf(text, 51.7)).toBe('percent:vote');
  });

  it('reads a capital fronted before a candidate’s share as where it was won', () => {
    expect(placesOf('وفي العاصمة ليما، حصد دوبان 64.5% من الأصوات.', 64.5)).toHaveLength(1);
  });
});

describe('those aboard and those saved', () => {
  it('reads the people aboard a vessel named after «على متن», not some of them', () => {
    expect(conceptOf('وحسب روايات الناجين، كان على متن المركب 68 شخصا عندما أبحر من الساحل.', 68)).toBe('aboard');
    expect(conceptOf('وأضاف البيان أن من بين من كانوا على متن القارب 11 امرأة.', 11)).not.toBe('aboard');
  });

  it('reads more people saved since as an addition, not another count of the saved', () => {
    expect(conceptOf('وأوضحت المصادر أن ثلاثة ناجين آخرين عُثر عليهم فوق صخور قريبة.', 3)).toBe('rescued:new');
    // After a toll, «آخرون» are other people than the dead: those saved.
    expect(conceptOf('قتل سبعة عمال وأنقذ 12 آخرون أحياء.', 12)).toBe('rescued');
  });

  it('reads the number of those pulled out alive', () => {
    const text = 'وأخرجت فرق الإنقاذ أمس شخصين آخرين على قيد الحياة، ليرتفع عدد الذين انتُشلوا أحياء إلى 9.';
    expect(conceptOf(text, 2)).toBe('rescued:new');
    expect(conceptOf(text, 9)).toBe('rescued');
    expect(conceptOf('وانتشلوا 12 جثة من تحت الأنقاض.', 12)).toBe('bodies');
  });
});

describe('seats no party of the new parliament holds', () => {
  it('reads the whole the results are told out of, and the seats kept for those abroad', () => {
    const text = 'وفاز حزب الوسط الجديد بـ88 مقعدا من أصل 221 مقعدا حسمت حتى الآن.';
    expect(conceptOf(text, 88)).toBe('seat');
    expect(conceptOf(text, 221)).toBe('seat:total');
    expect(conceptOf('ويخصص 12 مقعدا لممثلي الجاليات في الخارج.', 12)).toBe('seat:abroad');
    expect(conceptNoun('seat:total')).toBe('مجموع المقاعد');
  });

  it('reads the outgoing parliament’s seats, and «تلك الانتخابات», as of another time', () => {
    const sentence = 'ويحتاج الحزب، الذي كان يتوفر على 79 مقعدا في البرلمان المنحل، إلى 30 مقعدا إضافيا.';
    const at = sentence.indexOf('79');
    expect(isOtherTimeMention(sentence, at, at + 2)).toBe(true);
    const now = 'وحصل الحزب على 79 مقعدا في البرلمان الجديد.';
    expect(isOtherTimeMention(now, now.indexOf('79'), now.indexOf('79') + 2)).toBe(false);
    // «في تلك الانتخابات»: the vote a sentence before recalled, not «this» one.
    const then = 'وبلغت نسبة المشاركة في تلك الانتخابات 71.2%.';
    expect(isOtherTimeMention(then, then.indexOf('71.2'), then.indexOf('71.2') + 5)).toBe(true);
    const here = 'وبلغت نسبة المشاركة في هذه الانتخابات 71.2%.';
    expect(isOtherTimeMention(here, here.indexOf('71.2'), here.indexOf('71.2') + 5)).toBe(false);
  });
});

describe('a breakdown by where people came from', () => {
  it('reads the unknown place after «من» of a list whose other item names a known province', () => {
    const text = 'وأوضحت السلطات أن بين القتلى الذين جرى التعرف على هوياتهم 23 من ولاية النخيل و11 من سوراباني.';
    expect(claimOf(text, 11)?.entities).toEqual(['town:سوراباني']);
    // «من أصل» is the whole, no place.
    expect(claimOf('ونقل 9 من أصل 40 مصابا إلى المستشفى، و5 من بينهم إلى العاصمة.', 9)?.entities ?? []).toEqual([]);
  });
});

describe('a candidate’s share restated as votes', () => {
  it('reads «أي N صوتا» after a share of the valid votes as the candidate’s votes, not the valid ballots', () => {
    const text = 'وأظهرت النتائج حصول دوبان على 54.1% من الأصوات الصحيحة، أي 4,812,330 صوتا.';
    expect(conceptOf(text, 4812330)).toBe('votes');
    expect(conceptOf('وبلغ عدد الأصوات الصحيحة 8,904,112 صوتا.', 8904112)).toBe('votes:valid');
  });
});

describe('a count the sentence then says rose', () => {
  it('reads «… مقتل 14 شخصا، قبل أن ترتفع إلى 19» as an earlier count', () => {
    const sentence = 'وقال المتحدث إن حصيلة أولية أشارت إلى مقتل 14 شخصا في موقع الحادث، قبل أن ترتفع إلى 19 قتيلا.';
    const at = (fig: string): boolean => isEarlierMention(sentence, sentence.indexOf(fig), sentence.indexOf(fig) + fig.length);
    expect(at('14')).toBe(true);
    expect(at('19')).toBe(false);
  });
});

describe('the injured still lying in hospital', () => {
  it('reads «N منهم لا يزالون في المستشفيات» as those still treated, not the severe case before it', () => {
    const text = 'وقال إن عدد المصابين بلغ 36 شخصا، بينهم 7 في حالة خطرة، موضحا أن 22 منهم لا يزالون في المستشفيات.';
    expect(conceptOf(text, 22)).toBe('injured:treated');
    expect(conceptOf(text, 7)).toBe('injured:severe');
    // Those taken to hospital are all the injured.
    expect(conceptOf('وأصيب 12 شخصا نقلوا إلى المستشفيات ولا يزال 3 منهم في العناية.', 12)).toBe('injured');
  });
});

describe('where a toll is and where a report was filed', () => {
  it('reads «أربعة من القتلى سقطوا في مقاطعة X» after the toll as that province’s dead', () => {
    const text = 'وارتفعت حصيلة ضحايا العاصفة إلى تسعة قتلى. وأوضح المتحدث أن أربعة من القتلى سقطوا في مقاطعة سيلانو، فيما توزع الباقون على مناطق أخرى.';
    const four = claimOf(text, 4);
    expect(four?.concept).toBe('death');
    expect(four?.places).toEqual(['place:سيلانو']);
    // Without a place, some of the dead counted before stay out of every card.
    expect(conceptOf('وارتفعت حصيلة ضحايا العاصفة إلى تسعة قتلى. وأوضح المتحدث أن أربعة من القتلى من الأطفال.', 4)).toBeNull();
  });

  it('reads no place in a dateline («X (وكالة Y) - …»)', () => {
    expect(placesOf('بورت أو برنس (وكالة الجزر للأنباء) - لقي ما لا يقل عن 17 شخصا مصرعهم وأصيب 48 آخرون بجروح جراء العاصفة.', 17)).toEqual([]);
    expect(placesOf('لقي ما لا يقل عن 17 شخصا مصرعهم في ليما جراء العاصفة.', 17)).toHaveLength(1);
  });
});

describe('a party named without its party noun', () => {
  it('reads the party after a verb of winning in the present or the future', () => {
    expect(claimOf('وبحسب حسابات الوكالة، سيحصل التجديد الوطني على 47 مقعدا من أصل 101 في البرلمان.', 47)?.owners).toEqual(['person:التجديد الوطني']);
  });

  it('is the party another read names with its party noun and a qualifier', () => {
    expect(entitiesCompatible('person:التجديد الوطني', 'person:حزب التجديد الوطني الحاكم')).toBe(true);
    expect(entitiesCompatible('person:حزب التجديد الوطني', 'person:التجديد الديمقراطي')).toBe(false);
    // (One word alone is no party's name: «الوطني».)
    expect(entitiesCompatible('person:الوطني', 'person:حزب الوطني الحر')).toBe(false);
  });
});
