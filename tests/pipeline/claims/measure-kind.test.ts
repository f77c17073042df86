// Kinds of measure a sentence gives a figure (lib/pipeline/claims/measure.ts and concept-of.ts):
// invented sentences, one phenomenon each; different measures never meet on one card.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const PUBLISHED = '2024-06-10';
const byValue = (text: string, v: number): Claim | undefined => extractClaims(text, { published: PUBLISHED }).find((c) => c.value === v);
const concept = (text: string, v: number): string | null => byValue(text, v)?.concept ?? null;

describe('a cumulative toll is apart from one incident\'s and one day\'s', () => {
  it('reads "since the war began" before or after the figure, and the list items it covers', () => {
    const text = 'وارتفعت حصيلة القتلى منذ بدء العدوان على الإقليم إلى 21 ألفا و52 ألف مصاب.';
    expect(concept(text, 21000)).toBe('death:since');
    expect(concept(text, 52000)).toBe('injured:since');
    expect(concept('وقتل 30 شخصا وأصيب 80 آخرون منذ اندلاع الصراع.', 30)).toBe('death:since');
    expect(concept('وقتل 30 شخصا وأصيب 80 آخرون منذ اندلاع الصراع.', 80)).toBe('injured:since');
  });

  it('keeps the incident of the same sentence the incident\'s', () => {
    for (const text of [
      'وقتل 45 شخصا في غارة على سوق، ما يرفع عدد القتلى منذ بدء الحرب إلى 18 ألفا.',
      'وقتل 45 شخصا في غارة على سوق ما يرفع عدد القتلى منذ بدء الحرب إلى 18 ألفا.',
      'وقتل 45 شخصا في الغارة، وارتفعت الحصيلة منذ بدء الحرب إلى 18 ألفا.',
    ]) {
      expect(concept(text, 45)).toBe('death');
      expect(concept(text, 18000)).toBe('death:since');
    }
  });

  it('reads a marker across a comma only while no new clause opens', () => {
    expect(concept('ومنذ بدء الحرب، وصل عدد القتلى إلى 36 ألفا.', 36000)).toBe('death:since');
    expect(concept('وبلغ عدد القتلى منذ بدء الحرب 37 ألفا، إضافة إلى 84 ألف جريح.', 84000)).toBe('injured:since');
    expect(concept('ويعيش السكان منذ بداية الحرب في ظروف صعبة، وقتل 5 أشخاص أمس.', 5)).toBe('death');
  });

  it('reads a marker after «وذلك» as the whole clause\'s, not a clause before a comma', () => {
    const text = 'وسجلت 3 إصابات جديدة، ليرتفع عدد حالات الإصابة إلى 1051 والوفيات إلى 464 وذلك منذ بداية العام.';
    expect(concept(text, 1051)).toBe('injured:since');
    expect(concept(text, 464)).toBe('death:since');
    expect(concept(text, 3)).toBe('injured:new');
  });

  it('takes a date weeks back as the start of a conflict, not the day an event began', () => {
    expect(concept('وارتفع عدد القتلى في الحرب على الإقليم إلى 18 ألفا منذ 3 فبراير.', 18000)).toBe('death:since');
    // Five days before publication: the event's own toll since it began.
    expect(concept('وارتفع عدد القتلى في الحرب على الإقليم إلى 18 ألفا منذ 5 يونيو.', 18000)).toBe('death');
    // No conflict named beside it: a crisis the story is about, counted from its start.
    expect(concept('وقالت الهيئة إن 70 ألف شخص نزحوا منذ 3 فبراير.', 70000)).toBe('displaced');
  });

  it('keeps an event\'s toll since it began the event\'s toll', () => {
    expect(concept('وارتفعت حصيلة الحرائق منذ اندلاعها أمس إلى 26 قتيلا.', 26)).toBe('death');
    expect(concept('وقتل 26 شخصا في الحرائق المندلعة منذ أمس الأربعاء.', 26)).toBe('death');
  });

  it('keeps a wave of flight since the fighting began the count of those who crossed', () => {
    // A border crossing is the story's own event, not one moment of a longer toll.
    const since = byValue('وقالت المفوضية إن 42 ألف شخص عبروا الحدود منذ بدء القتال.', 42000) as Claim;
    const plain = byValue('وقالت المفوضية إن 60 ألف شخص عبروا الحدود.', 60000) as Claim;
    expect(since.concept).toBe('crossed');
    expect(matchScore(since, plain)).not.toBeNull();
  });

  it('reads the last 24 hours and one day as the day\'s new figure', () => {
    expect(concept('وقالت الوزارة إن 95 شخصا قتلوا خلال الـ24 ساعة الماضية.', 95)).toBe('death:new');
    expect(concept('وسجلت الوزارة 95 قتيلا و120 جريحا في آخر 24 ساعة.', 95)).toBe('death:new');
    expect(concept('وسجلت الوزارة 95 قتيلا و120 جريحا في آخر 24 ساعة.', 120)).toBe('injured:new');
    expect(concept('ونفذ الطيران 44 غارة في يوم واحد.', 44)).toMatch(/:new$/);
  });

  it('reads a programme\'s or a body\'s figure since it was launched or founded as cumulative', () => {
    expect(concept('وأشار إلى أن البرنامج وفر أكثر من 1.5 مليون فرصة عمل مؤقتة منذ إطلاقه عام 2020.', 1500000)).toBe('jobs:since');
    expect(concept('ووفر الاقتصاد 200 ألف وظيفة خلال الربع الأول.', 200000)).toBe('jobs');
  });

  it('never puts a cumulative toll on one card with the incident\'s or the day\'s', () => {
    const since = byValue('وارتفع عدد القتلى منذ بدء الحرب إلى 18 ألفا.', 18000) as Claim;
    const incident = byValue('وقال المسعفون إن عدد القتلى ارتفع إلى 18 ألفا.', 18000) as Claim;
    const day = byValue('وقتل 18 ألفا خلال الـ24 ساعة الماضية.', 18000) as Claim;
    expect(matchScore(since, incident)).toBeNull();
    expect(matchScore(since, day)).toBeNull();
    expect(matchScore(incident, byValue('وارتفع عدد القتلى إلى 18 ألفا.', 18000) as Claim)).not.toBeNull();
  });

  it('names a cumulative figure in the one wording table', () => {
    expect(conceptNoun('death:since')).toBe('القتلى منذ البداية');
  });
});

describe('a whole toll of a war is cumulative without «منذ»', () => {
  const WAR = 'وتتواصل الحرب على الإقليم منذ أشهر. ';
  it('reads «الحصيلة الإجمالية», «إجمالي عدد», «العدد الإجمالي», «الحصيلة الكلية» in an article about a war', () => {
    for (const [text, v] of [
      ['وارتفعت الحصيلة الإجمالية للقتلى في الإقليم إلى 36 ألفا.', 36000],
      ['وبلغ إجمالي عدد الضحايا 36 ألف قتيل.', 36000],
      ['وقتل 40 شخصا في الغارة على المدرسة، ليرتفع العدد الإجمالي للقتلى إلى 36 ألفا.', 36000],
      ['وارتفعت الحصيلة الكلية للجرحى إلى 80 ألفا.', 80000],
    ] as const) {
      expect(concept(WAR + text, v)).toMatch(/^(death|injured)(:[a-z]+)?:since$/);
      expect(byValue(WAR + text, v)?.places ?? []).toEqual([]);
    }
  });

  it('reads a date weeks back in an article about a war, not only beside the word war', () => {
    expect(concept(WAR + 'وارتفعت حصيلة القتلى في الإقليم منذ 3 فبراير إلى 18 ألفا.', 18000)).toBe('death:since');
    expect(concept('وارتفعت حصيلة القتلى في الإقليم منذ 3 فبراير إلى 18 ألفا.', 18000)).toBe('death');
  });

  it('reads a toll named as the war\'s in any article, and the list items it covers', () => {
    const text = 'وارتفعت حصيلة ضحايا الحرب على الإقليم إلى 36 ألفا و80 ألف مصاب.';
    expect(concept(text, 36000)).toBe('death:since');
    expect(concept(text, 80000)).toBe('injured:since');
    expect(concept('وبذلك ترتفع حصيلة العدوان على الإقليم إلى 36 ألف قتيل.', 36000)).toBe('death:since');
    expect(concept('وقتل 40 شخصا في الغارة، وهي الأعنف في الحرب.', 40)).toBe('death');
  });

  it('keeps the raid\'s own toll of the same sentence the raid\'s, and the two apart', () => {
    const text = WAR + 'وقتل 40 شخصا في الغارة على المدرسة، ليرتفع العدد الإجمالي للقتلى إلى 36 ألفا.';
    const raid = byValue(text, 40) as Claim;
    expect(raid.concept).toBe('death');
    expect(matchScore(raid, byValue(text, 36000) as Claim)).toBeNull();
  });

  it('leaves an event\'s own total, a total over places, and any total outside a war as they were', () => {
    expect(concept(WAR + 'وبلغت الحصيلة الإجمالية لضحايا الزلزال 2900 قتيل.', 2900)).toBe('death');
    expect(concept(WAR + 'ويرتفع عدد القتلى الإجمالي في البلدين إلى 50 ألف قتيل.', 50000)).toBe('death');
    expect(concept('وارتفعت الحصيلة الإجمالية للقتلى في الإقليم إلى 36 ألفا.', 36000)).toBe('death');
    expect(concept(WAR + 'وبلغ إجمالي عدد المستثمرين 36 ألفا.', 36000)).not.toMatch(/:since$/);
  });
});

describe('an outbreak named by its disease is an epidemic', () => {
  it('reads its whole toll as the running one, which meets a toll since the start of the year', () => {
    const text = 'وسجلت السلطات 11 وفاة جديدة بحمى النزف خلال يوم واحد، وارتفع العدد الإجمالي للوفيات إلى 223 حالة.';
    expect(concept(text, 223)).toBe('death:since');
    expect(concept('وارتفع العدد الإجمالي للوفيات بالكوليرا إلى 223 حالة.', 223)).toBe('death:since');
    expect(concept('وبلغ عدد الوفيات منذ مطلع العام 212 وفاة.', 212)).toBe('death:since');
    // Outside a war or an outbreak, the total is the event's toll.
    expect(concept('وارتفع العدد الإجمالي للوفيات في حادث السير إلى 12.', 12)).toBe('death');
  });
  it('reads the day in words («خلال الساعات الأربع والعشرين الماضية») and a count since the outbreak began on a date', () => {
    expect(concept('وسجلت الوزارة 312 إصابة بالكوليرا و7 وفيات خلال الساعات الأربع والعشرين الماضية.', 7)).toBe('death:new');
    expect(concept('وسجلت الوزارة 7 وفيات بالكوليرا في الأربع والعشرين ساعة الماضية.', 7)).toBe('death:new');
    expect(concept('وارتفع عدد الإصابات بالكوليرا منذ بدء التفشي في 7 يناير/كانون الثاني إلى 9847 إصابة.', 9847)).toBe('injured:since');
  });
});

describe('the dead and the injured counted together are neither the dead nor the injured', () => {
  it('reads a combined noun after the figure or before it', () => {
    for (const [text, v] of [
      ['وأسفر الانفجار عن مقتل وإصابة 50 شخصا.', 50],
      ['وسقط 50 قتيلا وجريحا في الانفجار.', 50],
      ['وسقط 60 من القتلى والجرحى.', 60],
      ['وخلف الانفجار 50 ضحية بين قتيل وجريح.', 50],
      ['وارتفعت حصيلة القتلى والجرحى إلى 50 شخصا.', 50],
      ['وفاة وإصابة 7 من عائلة واحدة في حادث سير.', 7],
    ] as [string, number][]) {
      expect(concept(text, v)).toBe('casualties');
    }
    expect(concept('ومقتل وإصابة 20 عسكريا في الهجوم.', 20)).toBe('casualties:soldier');
  });

  it('keeps two figures of one sentence the dead and the injured', () => {
    for (const text of ['وأسفر الحادث عن 12 قتيلا و30 مصابا.', 'وأعلن مقتل 12 شخصا وإصابة 30 آخرين بجروح.', 'وقالت المصادر إن 12 من المدنيين قتلوا واصيب 30 آخرون.']) {
      expect(concept(text, 12)).toMatch(/^death/);
      expect(concept(text, 30)).toBe('injured');
    }
    // The next figure's noun or verb is no combined noun: "قتلوا وأصيب 5", "قتيل وجرح 9 آلاف".
    expect(concept('وأشار الجيش إلى أن 7 جنود قتلوا وأصيب 5 آخرون في المنطقة.', 7)).toBe('death:soldier');
    expect(concept('وسقط ألف قتيل وجرح 9 آلاف آخرين.', 9000)).toBe('injured');
    expect(concept('ولقي رجل مصرعه وأصيب 5 آخرون.', 5)).toBe('injured');
  });

  it('never puts the combined count on the card of the dead or of the injured', () => {
    const combined = byValue('وأسفر الانفجار عن مقتل وإصابة 50 شخصا.', 50) as Claim;
    expect(matchScore(combined, byValue('وأسفر الانفجار عن مقتل 50 شخصا.', 50) as Claim)).toBeNull();
    expect(matchScore(combined, byValue('وأسفر الانفجار عن إصابة 50 شخصا.', 50) as Claim)).toBeNull();
    expect(matchScore(combined, byValue('وسقط 50 قتيلا وجريحا في الانفجار.', 50) as Claim)).not.toBeNull();
  });
});

describe('the seriously injured are a part of the injured, never all of them', () => {
  it('reads serious or critical injuries of everyone counted', () => {
    for (const [text, v, grade] of [
      ['وأصيب 30 شخصا بجروح خطيرة.', 30, 'severe'],
      ['ونقل 7 مصابين في حالة حرجة إلى المستشفى.', 7, 'critical'],
      ['وأصيب 12 شخصا بجروح بالغة.', 12, 'severe'],
      ['ويرقد 9 مصابين في العناية المركزة.', 9, 'severe'],
      ['وأصيب اثنان آخران بإصابات بليغة.', 2, 'severe'],
    ] as [string, number, string][]) {
      expect(concept(text, v)).toBe(`injured:${grade}`);
    }
  });

  it('keeps a range of degrees and an aside about some of them on the whole count', () => {
    expect(concept('ووقعت 13 إصابة ما بين متوسطة وخطيرة.', 13)).toBe('injured');
    expect(concept('وأصيب 160 شخصا بجروح وحروق متفاوتة الخطورة.', 160)).toBe('injured');
    expect(concept('وأسفر الحادث عن إصابة ثلاثة أشخاص أحدهم إصابته حرجة.', 3)).toBe('injured');
    expect(concept('وأصيب 200 آخرون معظمهم إصابتهم خطرة.', 200)).toBe('injured');
    // The part named after "بينهم/منها" is the severe one.
    expect(concept('وأصيب 205 بجروح، منها 40 خطيرة.', 205)).toBe('injured');
    expect(concept('وأصيب 205 بجروح، منها 40 خطيرة.', 40)).toBe('injured:severe');
  });

  it('never puts the seriously injured on the card of all the injured', () => {
    const severe = byValue('وأصيب 30 شخصا بجروح خطيرة.', 30) as Claim;
    expect(matchScore(severe, byValue('وأصيب 30 شخصا في الحادث.', 30) as Claim)).toBeNull();
  });
});

describe('buildings destroyed, damaged, or either are three counts', () => {
  it('reads the word beside the figure first, then the verb before it', () => {
    const text = 'ودمرت السيول 300 منزل كليا و1200 منزل جزئيا.';
    expect(concept(text, 300)).toBe('building:destroyed');
    expect(concept(text, 1200)).toBe('building:damaged-partly');
    expect(concept('وتضرر 500 منزل جراء العاصفة.', 500)).toBe('building:damaged');
    expect(concept('وبلغ عدد المنازل المدمرة 800 منزل.', 800)).toBe('building:destroyed');
    expect(concept('وشيدت الحكومة 40 مبنى للمدارس.', 40)).toBe('building');
  });

  it('keeps the buildings damaged in part apart from all damaged ones (the destroyed among them)', () => {
    const partly = byValue('وأحصت السلطات أكثر من 2300 منزل متضرر جزئيا.', 2300) as Claim;
    expect(partly.concept).toBe('building:damaged-partly');
    expect(matchScore(partly, byValue('وتضرر نحو 2300 منزل جراء العاصفة.', 2300) as Claim)).toBeNull();
    expect(conceptNoun('building:damaged-partly')).toBe('المباني المتضررة جزئيا');
  });

  it('keeps "destroyed or damaged" apart from either', () => {
    for (const [text, v] of [
      ['ودمر الزلزال أو ألحق أضرارا بـ 2000 مبنى.', 2000],
      ['وأحصت السلطات 2000 مبنى بين مدمر ومتضرر.', 2000],
      ['وأفادت السلطات بأن 3 آلاف منزل دمرت أو تضررت.', 3000],
    ] as [string, number][]) {
      expect(concept(text, v)).toBe('building:destroyed-or-damaged');
    }
    const either = byValue('وأفادت السلطات بأن 3 آلاف منزل دمرت أو تضررت.', 3000) as Claim;
    expect(matchScore(either, byValue('وأفادت السلطات بأن 3 آلاف منزل دمرت بالكامل.', 3000) as Claim)).toBeNull();
    expect(conceptNoun('building:destroyed-or-damaged')).toBe('المباني المدمرة أو المتضررة');
  });
});

describe('a figure of one instance of several events of a kind is that instance\'s', () => {
  it('keeps a later quake, shock or blast apart from the main one', () => {
    const text = 'وبلغت قوة الزلزال الأول 6.3 درجة، فيما بلغت قوة الزلزال الثاني 5.9 درجة.';
    expect(concept(text, 6.3)).toBe('magnitude');
    expect(concept(text, 5.9)).toBe('magnitude:aftershock');
    expect(concept('وضربت هزة ثانية بقوة 5.5 درجات المنطقة.', 5.5)).toBe('magnitude:aftershock');
    expect(concept('وأسفر الانفجار الثاني عن مقتل 12 شخصا.', 12)).toBe('death:nth:2:انفجار');
    // The first of several events is the story's own.
    expect(concept('وأسفر الانفجار الأول عن مقتل 40 شخصا.', 40)).toBe('death');
  });

  it('keeps the first batch of a release apart from the whole release', () => {
    expect(concept('وتفرج الحركة عن 13 رهينة في الدفعة الأولى.', 13)).toBe('hostage:nth:1:دفعه');
    const text = 'ومن المنتظر الإفراج عن الدفعة الأولى من المحتجزين (13 محتجزا)، فيما سيفرج بعد ذلك عن 50 محتجزا.';
    expect(concept(text, 13)).toBe('hostage:nth:1:دفعه');
    expect(concept(text, 50)).toBe('hostage');
    expect(conceptNoun('hostage:nth:1:دفعه')).toBe('المحتجزون في الدفعة الأولى');
  });

  it('reads no instance across a comma, nor in a date', () => {
    expect(concept('وقال خلال اليوم الثاني للمنتدى، إن 300 شركة شاركت في المعرض.', 300)).not.toMatch(/:nth:/);
    expect(concept('وبلغ عدد الزوار حتى نهاية اليوم الثالث من الشهر الحالي 5000 زائر.', 5000)).not.toMatch(/:nth:/);
  });
});

describe('a part said to stand "alone" takes the kind of the figure it is part of', () => {
  it('reads the fires one province alone records among those still burning as still burning', () => {
    const text = 'وأفادت السلطات أن 39 حريقا لا تزال متواصلة في 14 ولاية، وإن ولاية الشرقية سجلت وحدها 16 حريقا.';
    // (Fires are a known counted thing: concepts.ts THINGS.)
    expect(concept(text, 39)).toBe('fire:active');
    expect(concept(text, 16)).toBe('fire:active');
    expect(concept('واندلع 39 حريقا في 14 ولاية، وسجلت ولاية الشرقية 16 حريقا.', 16)).toBe('fire');
  });

  it('gives a cumulative toll\'s part the cumulative kind, a plain toll\'s part none, and each is a part where no place names it', () => {
    // (What one unnamed member counts «alone» is some of the whole: record-holder.ts aloneInClause.)
    expect(concept('وارتفعت حصيلة القتلى منذ بدء الحرب إلى 37 ألفا، وسجلت المدينة وحدها 12 ألف قتيل.', 12000)).toBe('death:since:part');
    expect(concept('وقتل 50 شخصا في البلاد، وسجلت المدينة وحدها 20 قتيلا.', 20)).toBe('death:part');
    expect(concept('وقتل 50 شخصا في البلاد، وسجلت ولاية الشرقية وحدها 20 قتيلا.', 20)).toBe('death');
  });
});

describe('the dead and the injured of one sentence are told apart by the words that say it', () => {
  it('reads the verb before the figure over a relative clause after it', () => {
    const text = 'وأصيب 30 شخصا في الهجوم الذي قتل فيه 5 آخرون.';
    expect(concept(text, 30)).toBe('injured');
    expect(concept(text, 5)).toBe('death');
    expect(concept('وأصيب 20 آخرون في الانفجار الذي أودى بحياة 5 أشخاص.', 20)).toBe('injured');
  });

  it('reads feminine and plural verbs, and a nationality in the accusative', () => {
    expect(concept('وقتلت القوات أكثر من 300 شخص في المدينة.', 300)).toBe('death');
    expect(concept('وقالت إن 14 شخصا قتلوا وإن 79 شخصا جرحوا.', 79)).toBe('injured');
    const text = 'واستشهد 274 فلسطينيا وأصيب 698 آخرون في العملية.';
    expect(concept(text, 274)).toBe('death');
    expect(byValue(text, 274)?.owners).toEqual(['ps']);
    expect(concept('وأصيب 30 لبنانيا بجروح.', 30)).toBe('injured');
    expect(concept('وألقت الشرطة القبض على 22 باكستانيا.', 22)).toBe('arrested');
  });

  it('reads "one" after a noun as no other figure', () => {
    expect(concept('ولقي 4 أشخاص من عائلة واحدة مصرعهم في الحادث.', 4)).toBe('death');
  });
});

describe('an unknown counted noun groups with itself in either number', () => {
  it('reads a broken plural of an event noun as its singular', () => {
    // (Fires are a known counted thing in either number: concepts.ts THINGS.)
    expect(concept('وقال الدفاع المدني إن عدد الحرائق التي لا تزال مشتعلة يبلغ 69.', 69)).toBe('fire:active');
    expect(concept('ولا يزال أكثر من 80 حريقا مستعرا في البلاد.', 80)).toBe('fire:active');
    expect(concept('ووقعت 4 هجمات في المنطقة.', 4)).toBe(concept('ووقع 9 هجوما في المنطقة.', 9));
    expect(concept('ووقعت 7 حوادث في المنطقة.', 7)).toBe(concept('ووقع 11 حادثا في المنطقة.', 11));
  });
});
