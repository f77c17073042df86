// Whom or where a figure is about (lib/pipeline/claims/scope.ts and the list rules of context.ts):
// invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text).find((c) => c.value === v);
const national = byValue('وارتفعت حصيلة الحرائق في البلاد إلى 44 قتيلا.', 44) as Claim;

describe('a local figure is never the whole toll', () => {
  it('takes a province named as the subject before the comma as the place', () => {
    const c = byValue('وأفادت الفرق أن ولاية النخيل وحدها سجلت، إلى غاية الصباح، 26 وفاة.', 26);
    expect(c?.places?.length).toBe(1);
    expect(c?.adminPlace).toBe(true);
    expect(matchScore(national, c as Claim)).toBeNull();
  });

  it('takes a place fronted at the start of the sentence', () => {
    const c = byValue('وبولاية النخيل، عثرت الفرق على جثث 4 ضحايا من عائلة واحدة.', 4);
    expect(c?.adminPlace).toBe(true);
  });

  it('reads «في منطقة X» and the next items of the list as local figures', () => {
    const text = 'وارتفعت الحصيلة إلى 21 قتيلا في منطقة الوادي وثلاثة في القلعة.';
    expect(byValue(text, 21)?.adminPlace).toBe(true);
    const next = byValue(text, 3);
    expect(next?.adminPlace).toBe(true);
    expect(matchScore(national, next as Claim)).toBeNull();
  });

  it('gives the next item of a list after a comma the same place', () => {
    const text = 'وقالت الحماية المدنية إن الحرائق في محافظة النخيل أسفرت عن 20 ضحية، و150 جريحا.';
    expect(byValue(text, 150)?.places).toEqual(byValue(text, 20)?.places);
  });

  it('reads a place after the idiom of dying and a direction word without «في» («لقوا حتفهم شمال X»)', () => {
    expect(byValue('قال مسؤولون إن 20 شخصا على الأقل لقوا حتفهم شمال البرتغال في انفجارين.', 20)?.places).toEqual(['pt']);
    expect(byValue('وقتل 21 جنديا جنوب بلجيكا في كمين.', 21)?.places).toEqual(['be']);
    // (A direction word that names no place of the figure's is no scope.)
    expect(byValue('ونشر 23 جنديا شمال الأطلسي.', 23)?.places).toEqual([]);
  });

  it('reads the nationality of the noun «عدد» opens before the figure as whose people they are', () => {
    const c = byValue('وأكد أن عدد العاملات المنزليات البرتغاليات اللاتي وصلن منذ توقيع الاتفاقية بلغ حوالي 300 عاملة.', 300);
    expect([c?.owners, c?.evidence?.scope]).toEqual([['pt'], 'stated']);
    // (Not across another figure, nor a place after «في».)
    expect(byValue('وبلغ عدد العمال البرتغاليين 40 عاملا فيما وصل 300 عامل آخر.', 300)?.owners).toEqual([]);
    expect(byValue('وبلغ عدد اللاجئين في بلجيكا 40 ألف لاجئ.', 40000)?.owners).toEqual([]);
  });

  it('reads no place from a name or adjective that begins with «ب» («برتغالي»), only from a glued «ب»', () => {
    const c = byValue('وصل وفد برتغالي إلى العاصمة، وقتل ثمانية مدنيين في القصف.', 8);
    expect([c?.places, c?.evidence?.scope]).toEqual([[], 'guessed']);
    expect(byValue('وقتل 21 شخصا ببلجيكا في الهجوم.', 21)?.places).toEqual(['be']);
  });

  it('finds the place after a من phrase saying what is counted', () => {
    const c = byValue('وأتت النيران على 12 ألف هكتار من مساحة الغابات في كندا.', 12000);
    expect(c?.places).toEqual(['ca']);
  });
});

describe('who a figure belongs to', () => {
  it('does not give a figure to a country named beside it', () => {
    const c = byValue('وتسببت الحرائق بوفاة 38 شخصا قرب الحدود مع البرازيل، بينما يعاني نحو 150 شخصا من حروق.', 150);
    expect(c?.concept).toBe('injured');
    expect(c?.owners ?? []).not.toContain('br');
  });

  it('does not give a figure to the countries of an aside about the previous one', () => {
    const c = byValue('ولقي 70 شخصا مصرعهم، معظمهم من كندا والبرازيل وتمكنت الفرق من إنقاذ 90 شخصا.', 90);
    expect(c?.concept).toBe('rescued');
    expect([...(c?.owners ?? []), ...(c?.places ?? [])]).toEqual([]);
  });

  it('reads «من إجمالي N» as the whole a part is taken from, not a sum over places', () => {
    const c = byValue('وبلغ عدد المقترعين 500 ألف مقترع من إجمالي نحو 6 ملايين ناخب مسجل.', 6000000);
    expect(c?.places ?? []).not.toContain('total');
  });

  it('guesses no owner from a nationality describing one person before the figure', () => {
    const scopeOf = (text: string, v: number) => {
      const c = byValue(text, v);
      return { owners: c?.owners, scope: c?.evidence?.scope };
    };
    expect(scopeOf('دفع بالشاب الأردني الكويتي المولد إلى إطلاق النار ما أدى إلى إصابة ثلاثة.', 3)).toEqual({ owners: [], scope: 'none' });
    expect(scopeOf('قال المرصد إن قياديا تونسيا قتل في غارة، فيما قتل ثمانية مدنيين في قصف.', 8)).toEqual({ owners: [], scope: 'none' });
    // A name of one person, opened by a kunya or after a title: «أبو X المغربي و21 آخرين».
    expect(scopeOf('وأعلنت القوات أنها تمكنت من قتل أبو عمار الليبي و21 مسلحا آخرين في معارك متفرقة.', 21)).toEqual({ owners: [], scope: 'none' });
    expect(scopeOf('وقتل القيادي سالم العمري الليبي و5 آخرون في الغارة.', 5)).toEqual({ owners: [], scope: 'none' });
    // A force named by its nationality still gives its losses a guessed country.
    expect(scopeOf('خسائر القوات الكندية كبيرة، إذ بلغت 150 عسكريا على الأقل.', 150)).toEqual({ owners: ['ca'], scope: 'guessed' });
  });

  it('guesses no country named before another figure of the sentence: it is that figure\'s', () => {
    const text = 'والتفجير المزدوج في تيلسا بشمال كندا، أودى بحياة 9 أشخاص، فيما قضى 20 آخرون في انفجار استهدف سوقا شعبية.';
    expect(byValue(text, 9)?.owners).toEqual(['ca']);
    expect(byValue(text, 20)?.owners).toEqual([]);
  });

  it('reads one distance unit however kilometres are spelt, and miles apart', () => {
    const concept = (text: string, v: number) => byValue(text, v)?.concept;
    expect(concept('ووقع الحادث على بعد 60 كيلومترا من كندا.', 60)).toBe('distance:km');
    expect(concept('ووقع الحادث على بعد 60 كلم من كندا.', 60)).toBe('distance:km');
    expect(concept('ووقع الحادث على بعد 60 كم من كندا.', 60)).toBe('distance:km');
    expect(concept('ووقع الحادث على بعد 60 ميلا من كندا.', 60)).toBe('distance:mile');
  });

  it('reads a length, a width or a depth as no distance, even beside a named place', () => {
    const concept = (text: string, v: number) => byValue(text, v)?.concept;
    expect(concept('ولم تتجاوز مساحة العملية قرب كندا 20 كيلومترا طولا و5 كيلومترات عمقا.', 20)).toBeNull();
    // (A quake's depth is a figure of its own, never a distance: other-event-and-quake.test.ts.)
    expect(concept('وكان مركز الزلزال على عمق 10 كيلومترات من مدينة حمص.', 10)).toBe('depth:km');
    expect(concept('وشيدت كندا جدارا بطول 20 كيلومترا.', 20)).toBeNull();
    expect(concept('ووقع الزلزال على بعد 10 كيلومترات من مدينة حمص.', 10)).toBe('distance:km');
  });

  it('leaves out a distance from no named place, unless a bearing says how far from the place the read is about', () => {
    expect(byValue('ووقع الحادث على بعد 60 كيلومترا من الساحل.', 60)?.concept).toBeNull();
    expect(byValue('ووقع الحادث على بعد 60 كيلومترا من كندا.', 60)?.concept).toMatch(/^distance/);
    expect(byValue('وكان مركز الزلزال على بعد 16 كيلومترا شمال شرقي المدينة.', 16)?.concept).toBe('distance:km:شمال شرق');
    expect(byValue('وكان مركزه على بعد 15 كلم إلى شمال شرق المدينة.', 15)?.concept).toBe('distance:km:شمال شرق');
  });

  it('takes a distance’s bearing as part of what is measured', () => {
    const concept = (text: string, v: number) => byValue(text, v)?.concept;
    expect(concept('وتقع البلدة على بعد 70 كلم غرب كندا.', 70)).toBe('distance:km:غرب');
    expect(concept('وتقع البلدة على بعد 50 كلم شرق كندا.', 50)).toBe('distance:km:شرق');
    expect(concept('وتقع البلدة على بعد 50 كلم إلى الشرق من كندا.', 50)).toBe('distance:km:شرق');
    expect(concept('وتقع البلدة على بعد 50 ميلا شرقي كندا.', 50)).toBe('distance:mile:شرق');
  });
});

describe('list items', () => {
  it('prefer the previous item’s place to a country guessed from earlier in the sentence', () => {
    const text = 'ونقلت صحيفة "الفجر" الكندية عن الحماية المدنية، إن الحرائق في محافظة النخيل أسفرت عن 18 ضحية، و120 جريحا.';
    const injured = byValue(text, 120);
    expect(injured?.places).toEqual(byValue(text, 18)?.places);
    expect(injured?.owners ?? []).toEqual([]);
  });
});

describe('a region named by its division word is the figure’s place, never the whole toll', () => {
  const total = byValue('وأسفر الزلزال عن مقتل 900 شخص.', 900) as Claim;
  const local = (text: string, v: number): Claim => {
    const c = byValue(text, v) as Claim;
    expect(c.adminPlace).toBe(true);
    expect(matchScore(total, c)).toBeNull();
    return c;
  };

  it('reads «في/ب + جهة|ناحية|قضاء|منطقة X» as a region, with its name as written', () => {
    expect(local('وفي جهة المرجان الكبرى قتل 30 شخصا.', 30).label).toContain('جهة المرجان');
    expect(local('وقتل 30 شخصا بناحية الصفصاف.', 30).places).toEqual(['place:صفصاف']);
    local('وقتل 30 شخصا في قضاء الصفصاف.', 30);
    local('وفي منطقة الورود، قتل 30 شخصا.', 30);
  });

  it('meets a figure naming no scope whose own clause names that province after it, not after a comma', () => {
    const province = byValue('وقتل 30 شخصا بإقليم النخيل.', 30) as Claim;
    expect(province.adminPlace).toBe(true);
    const beyond = byValue('وقتل 28 شخصا برصاص مسلح أطلق النار داخل قاعة أفراح مساء أمس في بلدة القرنفل بإقليم النخيل.', 28) as Claim;
    expect(beyond.places ?? []).toEqual([]);
    expect(matchScore(beyond, province)).not.toBeNull();
    // Where the event struck, after a comma, is no scope of a toll that may be wider.
    const struck = byValue('وبلغت الحصيلة 28 قتيلا ونحو مئة مصاب، في العاصفة التي اجتاحت إقليم النخيل.', 28) as Claim;
    expect(matchScore(struck, province)).toBeNull();
    // Nor is the province of a clause naming two of them.
    const two = byValue('وقتل 28 شخصا في اشتباكات على الحدود بين إقليم النخيل وإقليم الصفصاف.', 28) as Claim;
    expect(matchScore(two, province)).toBeNull();
  });

  it('leaves those words alone outside a place phrase or before an adjective', () => {
    for (const text of ['وقال من جهة أخرى إنه قتل 30 شخصا في منطقة سكنية.', 'وقتل 30 شخصا في المنطقة الجبلية.']) {
      const c = byValue(text, 30);
      expect(c?.places ?? []).toEqual([]);
      expect(matchScore(total, c as Claim)).not.toBeNull();
    }
  });

  it('reads a province as the subject of the figure’s verb as where it is', () => {
    expect(local('وقالت السلطات إن إقليم النخيل سجل 400 وفاة.', 400).owners ?? []).toEqual([]);
    local('وتصدر إقليم النخيل قائمة الوفيات بـ400 حالة.', 400);
    // What a village belongs to is not the subject: the attack's whole toll.
    expect(byValue('وارتفعت حصيلة قتلى الهجوم على قرية تابعة لإقليم النخيل إلى 160 شخصا.', 160)?.adminPlace).toBeUndefined();
  });

  it('reads «N منها في إقليم X» and «في إقليم X (N)» as the province’s figure', () => {
    local('وسجلت 400 حالة وفاة منها في إقليم النخيل.', 400);
    local('وأسفر الزلزال عن مقتل 900 شخص، أغلبهم في إقليم النخيل (400 وفاة).', 400);
  });

  it('reads a town «وحدها» as a part of a larger toll, a town alone as a place only', () => {
    local('وفي مدينة الصفصاف وحدها، قتل 150 شخصا.', 150);
    local('وقتل 150 شخصا في مدينة الصفصاف وحدها.', 150);
    const town = byValue('وقتل 150 شخصا في مدينة الصفصاف.', 150);
    expect(town?.places).toEqual(['town:صفصاف']);
    expect(town?.adminPlace).toBeUndefined();
  });

  it('gives a place named after an earlier figure’s noun to that figure only', () => {
    const text = 'وارتفعت الحصيلة إلى 21 قتيلا في كندا وثلاثة في البرازيل.';
    expect(byValue(text, 3)?.places).toEqual(['br']);
    const next = 'وسجلت 21 وفاة وفي إقليم النخيل 3 وفيات.';
    expect(byValue(next, 21)?.places ?? []).toEqual([]);
    expect(byValue(next, 3)?.adminPlace).toBe(true);
  });
});

describe('«بينهم/منهم/منها N في X» after a total: a part scoped to X', () => {
  const text = 'وقالت الحماية المدنية إن 44 شخصا لقوا حتفهم في الحرائق، بينهم 20 في ولاية النخيل.';

  it('is the province’s figure, the same topic as the province’s toll told alone', () => {
    const part = byValue(text, 20) as Claim;
    expect(part.concept).toBe('death');
    expect(part.adminPlace).toBe(true);
    expect(matchScore(byValue(text, 44) as Claim, part)).toBeNull();
    expect(matchScore(byValue('وفي ولاية النخيل، لقي 25 شخصا حتفهم.', 25) as Claim, part)).not.toBeNull();
  });

  it('names a place no unit word or gazetteer names, and stays a part of the total', () => {
    const c = byValue('وأسفر الزلزال عن مقتل 900 شخص، منهم 400 بالصفصاف.', 400) as Claim;
    expect(c.concept).toBe('death:part');
    expect(c.places).toEqual(['place:صفصاف']);
    const other = byValue('وأسفر الزلزال عن مقتل 900 شخص، منهم 300 في المرجان.', 300) as Claim;
    expect(matchScore(c, other)).toBeNull();
  });

  it('names no bare-word place for a part of other counts, and no part after a verb or كل', () => {
    expect(byValue('ويعمل في القطاع 900 موظف، بينهم 300 في مراتب عليا.', 300)?.places ?? []).toEqual([]);
    expect(byValue('وشيدت البلدية 40 مبنى، يضم كل منها 500 شقة.', 500)?.concept).not.toMatch(/:part$/);
  });
});

describe('a place inside the attribution phrase is the speakers’, not the figure’s', () => {
  const speaker = 'وقال مسؤولون محليون في ولاية النخيل إن 35 شخصا على الأقل قتلوا في الهجوم على القرية.';

  it('gives the figure no place from «قال مسؤولون في ولاية X إن …»', () => {
    const c = byValue(speaker, 35) as Claim;
    expect(c.places ?? []).toEqual([]);
    expect(c.adminPlace).toBeFalsy();
  });

  it('still reads a place that stands with the figure itself', () => {
    const c = byValue('وقال مسؤولون محليون إن 35 شخصا قتلوا في ولاية النخيل.', 35) as Claim;
    expect(c.adminPlace).toBe(true);
    expect(matchScore(national, c)).toBeNull();
  });
});

describe('a nationality counted by another figure is no guess for a later one', () => {
  it('leaves the later figure without the nationality of a list before it', () => {
    const text = 'وأوضح المتحدث أن الناجين هم 12 كنديا و9 برازيليين، مضيفا أن 31 شخصا ما زالوا في عداد المفقودين.';
    expect(byValue(text, 9)?.owners).toEqual(['br']);
    const later = byValue(text, 31) as Claim;
    expect(later.owners ?? []).toEqual([]);
    expect(later.evidence?.scope).not.toBe('guessed');
  });

  it('still guesses a country named earlier that no figure counts', () => {
    const c = byValue('وأعلنت السلطات البرازيلية انتهاء البحث، مضيفة أن 31 شخصا ما زالوا في عداد المفقودين.', 31) as Claim;
    expect(c.owners).toEqual(['br']);
    expect(c.evidence?.scope).toBe('guessed');
  });
});

describe('«في السيول التي ضربت X»: the place an event named after a toll struck', () => {
  const province = byValue('وارتفعت حصيلة ضحايا السيول في مقاطعة دوراكا إلى 38 قتيلا.', 38) as Claim;

  it('scopes the toll to the struck place over the speaker’s country', () => {
    const c = byValue('وقالت السلطات البرازيلية إن 40 شخصا لقوا حتفهم في السيول التي ضربت دوراكا مطلع الأسبوع.', 40) as Claim;
    expect(c.places).toEqual(['place:دوراكا']);
    expect(c.owners ?? []).toEqual([]);
    expect(matchScore(province, c)).not.toBeNull();
    const other = byValue('وارتفعت حصيلة ضحايا السيول في مقاطعة بيلاسكو إلى 12 قتيلا.', 12) as Claim;
    expect(matchScore(other, c)).toBeNull();
  });

  it('names no place for «ضربت البلاد» nor without a relative after the event', () => {
    expect((byValue('ولقي 40 شخصا حتفهم في السيول التي ضربت البلاد.', 40) as Claim).places ?? []).toEqual([]);
    expect((byValue('ولقي 40 شخصا حتفهم في السيول وضربت دوراكا موجة ثانية.', 40) as Claim).places ?? []).toEqual([]);
  });
});

describe('a country guessed from the speaker is no place', () => {
  it('meets a town the other read names and no gazetteer places', () => {
    const guessed = byValue('وقالت الحكومة الكندية إن 32 شخصا قتلوا في الهجوم الانتحاري.', 32) as Claim;
    expect(guessed.owners).toEqual(['ca']);
    expect(guessed.evidence?.scope).toBe('guessed');
    const town = byValue('وأسفر انفجار في بلدة الوادي الأخضر عن مقتل 27 شخصا.', 27) as Claim;
    expect(town.places?.[0]).toMatch(/^town:/);
    expect(matchScore(guessed, town)).toBe(1);
  });

  it('never meets a province, and a stated country still needs its own place', () => {
    const guessed = byValue('وقالت الحكومة الكندية إن 32 شخصا قتلوا في الهجوم الانتحاري.', 32) as Claim;
    const province = byValue('وقتل 27 شخصا في ولاية النخيل.', 27) as Claim;
    expect(province.adminPlace).toBe(true);
    expect(matchScore(guessed, province)).toBeNull();
    const stated = byValue('وقتل 32 كنديا في الهجوم الانتحاري.', 32) as Claim;
    expect(stated.evidence?.scope).not.toBe('guessed');
    const town = byValue('وأسفر انفجار في بلدة الوادي الأخضر عن مقتل 27 شخصا.', 27) as Claim;
    expect(matchScore(stated, town)).toBeNull();
  });
});

describe('an event\'s people and a turnout belong to no person', () => {
  it('ignores a name read as the owner of a toll or a turnout', () => {
    const rescued = byValue('وأنقذت فرق الإنقاذ 16 شخصا من الغرق.', 16) as Claim;
    const named = { ...rescued, value: 13, owners: ['person:بقياده حرس السواحل'] };
    expect(matchScore(named, rescued)).not.toBeNull();
    const turnout = byValue('وبلغت نسبة المشاركة في الانتخابات 11 في المائة.', 11) as Claim;
    expect(turnout.concept).toBe('percent:turnout');
    expect(matchScore({ ...turnout, value: 9, owners: ['person:اقبال'] }, turnout)).not.toBeNull();
  });

  it('keeps a candidate\'s votes apart from all the votes', () => {
    const share = byValue('وحصل المرشح على 52 في المائة من الأصوات في الانتخابات.', 52) as Claim;
    expect(share.concept).toBe('percent:vote');
    expect(matchScore({ ...share, owners: ['person:سامي الاحمد'] }, { ...share, owners: [] })).toBeNull();
  });
});
