// Readings fixed in the thirty-sixth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: the food group of inflation named after its period's
// adjective (rates.ts); a party's share named by «حصة» and by a quoted name (concepts.ts,
// scope.ts, parties.ts); an adverb of place is no name (people.ts, parties.ts); a word of a
// place's name counts nothing, a verb's object after «ب» reached nothing (concept-of.ts); two
// fates joined by «أو» (union-count.ts); the nationalities the dead or the survivors are, and «منهم»
// after a group of them (concept-of.ts, index.ts); a group among the winners, no ballots (concept-of.ts,
// context.ts); two villages' people (concepts.ts); the general index's monthly rise (rates.ts); a
// referendum's options by a verb's object pronoun, its question past a bracket (options.ts, index.ts);
// the families the displaced belong to (index.ts); the party a verb of change takes to its seats (parties.ts);
// a sum named after «و» opens the next item, a sum a change reached past its base or pace (money.ts);
// the economy's growth named alone, its period between it and the figure (rates.ts); those a disaster
// «affected» by the verb (concepts.ts); the shelters opened (concepts.ts, concept-of.ts, nouns.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-11-20' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];
// An election article's opening, so that a bare percentage may be a vote share.
const ELECTION = 'أعلنت لجنة الانتخابات النتائج النهائية للانتخابات البرلمانية. ';

describe('the food group of inflation', () => {
  it('reads the food prices joined by «ل» after the period’s adjective', () => {
    expect(conceptOf('وتراجع التضخم السنوي لأسعار الأغذية والمشروبات إلى 6.4%.', 6.4)).toMatch(/^percent:inflation:food/);
    expect(conceptOf('وتراجع التضخم السنوي للمواد الغذائية إلى 6.4%.', 6.4)).toMatch(/^percent:inflation:food/);
    expect(conceptOf('وارتفع التضخم الشهري للأغذية إلى 1.2%.', 1.2)).toMatch(/^percent:inflation:food/);
  });

  it('leaves consumer prices as a whole the headline rate', () => {
    expect(conceptOf('وتراجع التضخم السنوي لأسعار المستهلكين إلى 6.4%.', 6.4)).toMatch(/^percent:inflation(:base:y)?$/);
  });
});

describe('a party’s share', () => {
  it('reads «حصة» and the party after it as that party’s vote share', () => {
    const text = `${ELECTION}وارتفعت حصة حزب الوفاق الأخضر إلى 6.3%.`;
    expect(conceptOf(text, 6.3)).toBe('percent:vote');
    expect(ownersOf(text, 6.3)).toEqual(['person:حزب الوفاق الاخضر']);
  });

  it('reads a quoted name after «حصة» as the party, keyed as the unquoted name is', () => {
    const quoted = `${ELECTION}ورفع الفرز الكامل حصة «حركة الوفاق الأخضر» إلى 6.3%، لكنها بقيت خارج البرلمان.`;
    const plain = `${ELECTION}وحصلت حركة الوفاق الأخضر على 6.1% من الأصوات.`;
    expect(conceptOf(quoted, 6.3)).toBe('percent:vote');
    expect(ownersOf(quoted, 6.3)).toEqual(ownersOf(plain, 6.1));
    expect(ownersOf(plain, 6.1)).toHaveLength(1);
  });

  it('reads «أما «X» ف…» as the party whose result follows', () => {
    const text = `${ELECTION}أما «حركة الوفاق الأخضر» فبقيت خارج البرلمان بـ4.82% من الأصوات.`;
    expect(ownersOf(text, 4.82)).toEqual(['person:حركه الوفاق الاخضر']);
  });

  it('never reads a share of something else as a vote share', () => {
    expect(conceptOf('وارتفعت حصة «الصادرات النفطية» إلى 48%.', 48)).not.toBe('percent:vote');
  });
});

describe('an adverb of place is no name', () => {
  it('takes no «خارج البرلمان» for the party that stayed out', () => {
    expect(ownersOf(`${ELECTION}وبقيت الحركة خارج البرلمان بـ4.82% من الأصوات.`, 4.82)).not.toContainEqual(expect.stringMatching(/خارج/));
    expect(ownersOf(`${ELECTION}وبقي حزب الوفاق خارج البرلمان بـ4.82% من الأصوات.`, 4.82)).not.toContainEqual(expect.stringMatching(/خارج|بقي/));
  });
});

describe('what a figure counts', () => {
  it('takes no thing from a word of a town’s name a breakdown list gives', () => {
    const text = 'قتل 14 شخصا في مديرية كمران، تلتها الحوطة بـ9، ثم بيت الرماد بـ8.';
    expect(conceptOf(text, 8)).toBe('death');
    expect(claimOf(text, 8)?.places).toEqual(['town:بيت الرماد']);
  });

  it('reads no seats a relative clause’s verb kept with «ب» as what reached the figure', () => {
    expect(conceptOf('وبذلك تراجع عدد الأعضاء السابقين الذين احتفظوا بمقاعدهم إلى 31.', 31)).not.toBe('seat');
    // (A thing of someone's that reached the figure still is what it counts.)
    expect(conceptOf('ارتفعت حصتها إلى 12.8% ومقاعدها إلى 17.', 17)).toBe('seat');
  });

  it('counts the dead or the missing together as neither', () => {
    expect(conceptOf('وسجلت المنظمة وفاة أو فقدان 640 مهاجرا على هذا الطريق.', 640)).toBeNull();
    expect(conceptOf('وخلفت الفيضانات 40 قتيلا أو مفقودا.', 40)).toBeNull();
    expect(conceptOf('وأسفر الحادث عن وفاة 40 شخصا.', 40)).toBe('death');
  });

  it('reads each nationality the dead are as a part of the dead, owned by it', () => {
    const text = 'وأوضح المسؤول أن القتلى هم 31 إريتريا وستة سودانيين، بينهم 10 نساء و3 أطفال.';
    expect([conceptOf(text, 31), ownersOf(text, 31)]).toEqual(['death:part', ['er']]);
    expect([conceptOf(text, 6), ownersOf(text, 6)]).toEqual(['death:part', ['sd']]);
    // (The aside's own list goes on: the children are among the dead, of no nationality named.)
    expect([conceptOf(text, 10), conceptOf(text, 3), ownersOf(text, 3)]).toEqual(['death:woman', 'death:child', []]);
  });

  it('reads «N منهم» after a group among the dead as some of the dead', () => {
    const text = 'وقالت السلطات إن بين القتلى 8 نساء و5 أطفال، وإن 22 منهم يحملون الجنسية الإريترية.';
    expect([conceptOf(text, 22), ownersOf(text, 22)]).toEqual(['death:part', ['er']]);
    expect(conceptOf(text, 5)).toBe('death:child');
  });

  it('reads a group among people no figure counted as a part of them, never as ballots', () => {
    const text = `${ELECTION}وأضاف أن الفائزين حصلوا جميعا على أكثر من نصف الأصوات الصحيحة في دوائرهم، وبينهم امرأتان.`;
    expect(conceptOf(text, 2)).toBe('woman:part');
  });

  it('reads «و14 من قريتي X وY» as the list’s next count of the dead, not of villages', () => {
    const text = 'وبحسب القائمة، ينحدر 21 من القتلى من قرية مارو وحدها، و11 من قريتي كاندا وسوري المجاورتين، وبينهم 9 نساء و5 أطفال.';
    expect([conceptOf(text, 11), conceptOf(text, 9), conceptOf(text, 5)]).toEqual(['death', 'death:woman', 'death:child']);
  });
});

describe('the general index in a sentence of inflation', () => {
  it('reads its monthly rise as the monthly inflation, never a stock index’s', () => {
    expect(conceptOf('وسجل التضخم 6.2%، وتراجع الارتفاع الشهري للمؤشر العام إلى 0.4%.', 0.4)).toBe('percent:inflation:base:m');
    expect(conceptOf('وتراجع الارتفاع الشهري للمؤشر العام للبورصة إلى 0.4%.', 0.4)).toBeNull();
  });
});

describe('a referendum of several questions', () => {
  const VOTE = 'أعلن المجلس الانتخابي نتائج الاستفتاء. ';
  it('reads the options a verb with the question as its object names', () => {
    const text = `${VOTE}أما السؤال الثالث فرفضه 52.6% من المقترعين مقابل 47.4% أيدوه.`;
    expect([conceptOf(text, 52.6), ownersOf(text, 52.6)]).toEqual(['percent:vote', ['option:no:3']]);
    expect([conceptOf(text, 47.4), ownersOf(text, 47.4)]).toEqual(['percent:vote', ['option:yes:3']]);
  });

  it('takes the one question the sentence names before a bracket', () => {
    const text = `${VOTE}وحصل السؤال الأول (تمديد الولاية) على موافقة 58.1% من المقترعين.`;
    expect(ownersOf(text, 58.1)).toEqual(['option:yes:1']);
  });
});

describe('the families the people counted belong to', () => {
  it('reads «N شخص من M أسرة» and «ينتمون إلى M أسرة» after the displaced as the displaced families', () => {
    expect(conceptOf('وأضاف أن نحو 5000 شخص من نحو 900 أسرة باتوا بلا مأوى.', 900)).toBe('displaced:family');
    expect(conceptOf('وبلغ عدد النازحين 7300 شخص ينتمون إلى نحو 1400 أسرة.', 1400)).toBe('displaced:family');
    // (The dead's families are no households relief agencies count.)
    expect(conceptOf('قتل 12 شخصا من 3 أسر.', 3)).not.toBe('death:family');
  });
});

describe('the party whose tally moved to its seats', () => {
  it('reads the subject of «تراجعت/صعدت … إلى N مقاعد» as the seats’ party', () => {
    const text = `${ELECTION}وحافظت حركة النهار على مقاعدها الـ17، بينما تراجعت القوائم المستقلة إلى 5 مقاعد.`;
    expect(ownersOf(text, 5)).toEqual(['person:القوايم المستقله']);
    expect(ownersOf(`${ELECTION}وصعد حزب الميناء إلى 12 مقعدا.`, 12)).toEqual(['person:حزب الميناء']);
  });

  it('reads «حزبه» after a party’s leader as that party, past a quotation opening', () => {
    const text = `${ELECTION}وقال زعيم حزب النهار، فلان الفلاني، إن حزبه «فاز فعليا بما لا يقل عن 70 مقعدا».`;
    expect(ownersOf(text, 70)).toEqual(['person:حزب النهار']);
  });
});

describe('a list of sums', () => {
  it('gives the sum named after «و» to the next item, not the figure before it', () => {
    const text = 'سجلت الصادرات في مايو 18.4 مليار دولار والواردات 25.1 مليار دولار.';
    expect(conceptOf(text, 18400000000)).toMatch(/^money:exports/);
    expect(conceptOf(text, 25100000000)).toMatch(/^money:imports/);
  });

  it('reads the sum a change reached past the change’s base or its pace', () => {
    expect(conceptOf('ارتفعت صادرات البلاد في مايو بنسبة 4.2% على أساس سنوي إلى 18.4 مليار دولار.', 18400000000)).toBe('money:exports');
    expect(conceptOf('فيما زادت الواردات بوتيرة أسرع بلغت 7.3% لتصل إلى 25.1 مليار دولار.', 25100000000)).toBe('money:imports');
  });
});

describe('the economy’s growth named alone', () => {
  it('reads it past the period it is of', () => {
    expect(conceptOf('وبذلك يبلغ النمو خلال الأشهر التسعة الأولى من السنة 1.9%.', 1.9)).toBe('percent:growth:per:months:9');
    expect(conceptOf('وبلغ النمو في الربع الثالث من العام الجاري 2.7%.', 2.7)).toBe('percent:growth:per:q:3');
    // (Not past a sector: «النمو في قطاع X» is that sector's.)
    expect(conceptOf('وبلغ النمو في قطاع البناء 3%.', 3)).not.toBe('percent:growth');
  });
});

describe('those a disaster affected', () => {
  it('reads «أثرت على N شخص» and «تأثر N» as the affected, never those who died of wounds', () => {
    expect(conceptOf('وقالت الهيئة إن الفيضانات أثرت حتى الآن على 270 ألف شخص.', 270000)).toBe('affected');
    expect(conceptOf('وتأثر 50 ألف شخص بالجفاف.', 50000)).toBe('affected');
    expect(conceptOf('وتوفي 3 أشخاص متأثرين بجروحهم.', 3)).not.toBe('affected');
  });
});

describe('the shelters a relief report counts', () => {
  it('reads «مأوى», «ملجأ» and «مركز إيواء» as shelters, never any centre', () => {
    expect(conceptOf('وفتحت السلطات 47 مأوى في أنحاء الجزيرة.', 47)).toBe('shelter');
    expect(conceptOf('ويقيم 6,300 شخص في 36 مركز إيواء.', 36)).toBe('shelter');
    expect(conceptOf('وافتتحت الوزارة 9 مراكز لعلاج الكوليرا.', 9)).not.toBe('shelter');
    expect(conceptNoun('shelter')).toBe('مراكز الإيواء');
  });
});
