// A round-up's figure matched to another read's figure by what its own clause says about it
// (lib/pipeline/compare/round-up-match.ts, ROUND_UP_MATCH of same-event.ts): invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { ROUND_UP_MATCH, roundUpClaims, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import { describe as describeFigure, describedAlike, matchRuleOf, singledOut } from '../../../lib/pipeline/compare/round-up-match';

const RULE = ROUND_UP_MATCH ?? { margin: 1, floor: 2 };
afterEach(() => setSameEventKnobs({ roundUpMatch: ROUND_UP_MATCH }));

// Two counts of one topic by two sources in two sentences: a round-up for roundUpClaims.
const twoSources =
  'قالت وزارة الدفاع في بيان إن 18 جنديا قتلوا في الكمين قرب الحدود الشمالية. وقال رئيس الوزراء في كلمة متلفزة إن 25 جنديا قتلوا في المعارك.';

describe('a figure described by its clause and source', () => {
  it('agrees with a figure of the same source and clause words, not with its rival', () => {
    const body = mk('كمين على الحدود', twoSources, 'https://a.example/1');
    const ministry = body.claims.find((c) => c.value === 18)!;
    const premier = body.claims.find((c) => c.value === 25)!;
    const other = byValue('أعلنت وزارة الدفاع أن 20 جنديا قتلوا في الكمين قرب الحدود الشمالية.', 20);
    const d = describeFigure(other);
    expect(describedAlike(describeFigure(ministry, body.claims), d)).toBeGreaterThan(describedAlike(describeFigure(premier, body.claims), d) + RULE.margin);
    expect(singledOut(describeFigure(ministry, body.claims), [describeFigure(premier, body.claims)], d, RULE)).toBe(true);
    expect(singledOut(describeFigure(premier, body.claims), [describeFigure(ministry, body.claims)], d, RULE)).toBe(false);
  });

  it('stops a clause at another figure of the sentence', () => {
    const text = 'قتل 12 شخصا في قصف مدفعي على السوق وقتل خمسة آخرون في هجوم على حاجز للشرطة.';
    const claims = mk('هجمات', text, 'https://b.example/1').claims;
    const twelve = describeFigure(claims.find((c) => c.value === 12)!, claims);
    const five = describeFigure(claims.find((c) => c.value === 5)!, claims);
    expect(['قصف', 'سوق', 'حاجز'].map((w) => twelve.words.has(w))).toEqual([true, true, false]);
    expect(['حاجز', 'قصف', 'سوق'].map((w) => five.words.has(w))).toEqual([true, false, false]);
  });

  it('reads across a comma: the event named before it is the figure\'s', () => {
    const text = 'والتفجير الانتحاري في سوق البلدة القديمة، أسفر عن مقتل 14 شخصا، فيما لقي 20 حتفهم في قصف على قرية جبلية؛ بحسب الشرطة.';
    const claims = mk('هجمات', text, 'https://e.example/1').claims;
    const fourteen = describeFigure(claims.find((c) => c.value === 14)!, claims);
    const twenty = describeFigure(claims.find((c) => c.value === 20)!, claims);
    expect(['انتحار', 'سوق', 'قصف'].map((w) => [...fourteen.words.keys()].some((k) => k.startsWith(w)))).toEqual([true, true, false]);
    expect(['قصف', 'سوق', 'شرط'].map((w) => [...twenty.words.keys()].some((k) => k.startsWith(w)))).toEqual([true, false, false]);
  });

  it('keeps a date or ordinal in the clause: it is no figure whose words it takes', () => {
    const text = 'وقتل 40 شخصا منذ يوم الاثنين الأول في غارات جوية على مخيم للنازحين قرب الحدود الجنوبية.';
    const claims = mk('غارات', text, 'https://f.example/1').claims;
    expect(claims.some((c) => !c.comparable)).toBe(true);
    const forty = describeFigure(claims.find((c) => c.value === 40)!, claims);
    expect(['غار', 'جوي', 'حدود'].map((w) => forty.words.has(w))).toEqual([true, true, true]);
  });

  it('spends its reach on content words, not on particles', () => {
    // Eight content words after the figure, with particles between them: the last ones still count.
    const text = 'قتل أكثر من 60 شخصا منذ أمس في سلسلة من الهجمات المتزامنة على القرى في منطقة الغابات على الحدود مع الجارة الشمالية.';
    const sixty = describeFigure(byValue(text, 60));
    expect(['هجم', 'قري', 'حدود'].map((w) => sixty.words.has(w))).toEqual([true, true, true]);
  });

  it('takes a town spelled another way by the other outlet for the same word', () => {
    // Two bombings in one round-up; the other outlet writes the first town with «ج» for «غ».
    const text = 'وقتل 21 شخصا في تفجير استهدف سوق غرانفيل الشعبي، فيما لقي 9 حتفهم في هجوم على حاجز قرب بلدة ساكو.';
    const claims = mk('تفجيران', text, 'https://g.example/1').claims;
    const market = describeFigure(claims.find((c) => c.value === 21)!, claims);
    const checkpoint = describeFigure(claims.find((c) => c.value === 9)!, claims);
    const other = describeFigure(byValue('وأسفر تفجير استهدف سوق جرانفيل الشعبي عن مقتل 24 شخصا.', 24));
    expect(describedAlike(market, other)).toBeGreaterThanOrEqual(describedAlike({ ...market, words: new Map([...market.words].filter(([w]) => !w.startsWith('غرانفيل'))) }, other) + 0.5);
    expect(singledOut(market, [checkpoint], other, RULE)).toBe(true);
  });

  it('singles out a figure by the place its claim resolved, where its clause shares no word with the other', () => {
    const member = describeFigure(byValue('وسجلت ولاية كارونغو وحدها 17 وفاة منذ بدء التفشي.', 17));
    const national = describeFigure(byValue('وسجلت الوزارة 40 وفاة في البلاد منذ بدء التفشي.', 40));
    // (A bulleted line: its place before the colon, no word of its own.)
    const other = describeFigure(byValue('- كارونغو: 21 وفاة', 21));
    expect(singledOut(member, [national], other, RULE)).toBe(true);
    expect(singledOut(national, [member], other, RULE)).toBe(false);
    // (A rival of the same place: neither is singled out by it.)
    const samePlace = describeFigure(byValue('وسجلت ولاية كارونغو 6 وفيات أمس.', 6));
    expect(singledOut(member, [samePlace], other, RULE)).toBe(false);
  });

  it('keeps a town and a region of one name apart where the read names it both ways', () => {
    const region = byValue('وسجلت ولاية كارونغو وحدها 17 وفاة منذ بدء التفشي.', 17);
    const city: typeof region = { ...region, value: 9, places: ['town:كارونغو'] };
    const other = describeFigure(byValue('- كارونغو: 21 وفاة', 21));
    expect([...describeFigure(region, [region]).identity]).toEqual(['at:كارونغو']);
    expect([...describeFigure(region, [region, city]).identity]).toEqual(['place:كارونغو']);
    expect(singledOut(describeFigure(region, [region, city]), [], other, RULE)).toBe(false);
  });

  it('never singles out a headline\'s figure, which sums the body up in its figures\' words', () => {
    const sentence = byValue('إصابة 17 شخصا بحالات اختناق وحروق في حريق المخزن', 17);
    const other = describeFigure(byValue('نقل 16 شخصا بحالات اختناق وحروق من حريق المخزن.', 16));
    expect(singledOut(describeFigure(sentence), [], other, RULE)).toBe(true);
    expect(singledOut(describeFigure({ ...sentence, inTitle: true }), [], other, RULE)).toBe(false);
  });

  it('singles out a figure given in the same words as the other read\'s, unless a rival is too', () => {
    const total = describeFigure(byValue('وبذلك يرتفع مجموع المتدربين الذين أنهوا البرنامج هذا العام إلى 73 متدربا.', 73));
    const copied = describeFigure(byValue('وبذلك يرتفع مجموع المتدربين الذين أنهوا البرنامج هذا العام إلى 37 متدربا.', 37));
    const batch = describeFigure(byValue('وبلغ عدد خريجي الدفعة الأولى في المعهد الشمالي 42 متدربا.', 42));
    expect(total.wording).not.toBeNull();
    expect(total.wording).toBe(copied.wording);
    // Shared words alone would not tell the total from the batch: the batch's rival is strong.
    expect(singledOut(total, [batch], copied, { margin: 100, floor: 100 })).toBe(true);
    // A rival given in the very same words leaves nothing singled out.
    const twin = describeFigure(byValue('وبذلك يرتفع مجموع المتدربين الذين أنهوا البرنامج هذا العام إلى 12 متدربا.', 12));
    expect(singledOut(total, [twin], copied, { margin: 100, floor: 100 })).toBe(false);
    // Too few words before the figure tell nothing.
    expect(describeFigure(byValue('وصل 40 متدربا.', 40)).wording).toBeNull();
  });

  it('reads a rule written for the evaluation', () => {
    expect(matchRuleOf('off')).toBeNull();
    expect(matchRuleOf('0.5/1')).toEqual({ margin: 0.5, floor: 1 });
    expect(() => matchRuleOf('half')).toThrow(/MARGIN\/FLOOR/);
  });
});

describe('a round-up read on a card (ROUND_UP_MATCH)', () => {
  const ministryRead = mk('الدفاع: 20 جنديا قتلوا في كمين', 'أعلنت وزارة الدفاع في بيان أن 20 جنديا قتلوا في الكمين قرب الحدود الشمالية.', 'https://c.example/1');
  const twoSourceRead = mk('كمين دام على الحدود', twoSources, 'https://d.example/2');

  it('is a round-up for the detector (the figures stay out without the rule)', () => {
    const soldiers = twoSourceRead.claims.filter((c) => c.concept === ministryRead.claims.find((x) => x.value === 20)?.concept);
    expect(roundUpClaims(soldiers, (c) => String(c.concept)).size).toBe(2);
    setSameEventKnobs({ roundUpMatch: null });
    expect(cards([ministryRead, twoSourceRead])).toEqual([]);
    expect(cards([twoSourceRead, ministryRead])).toEqual([]);
  });

  it('gives the ministry figure of a two-source read to the other read\'s ministry figure, both ways', () => {
    expect(ROUND_UP_MATCH).not.toBeNull();
    setSameEventKnobs({ roundUpMatch: RULE });
    expect(cards([ministryRead, twoSourceRead])).toEqual([[18, 20]]);
    expect(cards([twoSourceRead, ministryRead])).toEqual([[18, 20]]);
  });

  it('gives a copied report\'s total to the same sentence\'s other total, not to a batch', () => {
    setSameEventKnobs({ roundUpMatch: RULE });
    const body = (total: number): string =>
      `أعلنت الهيئة تخريج دفعتين من متدربي معهد التدريب المهني. وتخرجت الدفعة (الرابعة) من معهد التدريب المهني بالمدينة الشمالية وعددهم (42) خريجا، والدفعة (الثانية) من معهد التدريب المهني بالمدينة الجنوبية وعددهم (31) خريجا، وبذلك يصبح عدد خريجي الدفعتين من معهد التدريب المهني بالمدينتين (${total}) خريجا.`;
    const first = mk('تخريج متدربي المعهدين', body(73), 'https://g.example/5');
    const copy = mk('الهيئة تحتفل بالخريجين', body(37), 'https://h.example/6');
    expect(cards([first, copy])).toEqual([[37, 73]]);
    expect(cards([copy, first])).toEqual([[37, 73]]);
  });

  it('keeps a true round-up of two incidents out when the other read describes neither', () => {
    setSameEventKnobs({ roundUpMatch: RULE });
    const roundUp = mk(
      'يوم دام في المحافظة',
      'قتل 12 شخصا في قصف مدفعي على السوق المركزي صباح اليوم. وقتل 7 أشخاص آخرون في هجوم مسلح على حاجز للشرطة مساء اليوم.',
      'https://e.example/3',
    );
    const plain = mk('قتلى في المحافظة', 'قالت مصادر محلية إن 15 شخصا قتلوا في المحافظة اليوم.', 'https://f.example/4');
    expect(cards([plain, roundUp])).toEqual([]);
    expect(cards([roundUp, plain])).toEqual([]);
  });
});
