// Readings fixed in the thirty-second round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented names: a number word carrying its «و» goes on with a list as a
// digit does (context.ts); a chamber's size, several parties' seats summed (seat-status.ts); a
// town's outskirts, a saint's or port's name, a country beside the border (scope-words.ts,
// entities.ts); the counts a latest one rose from, «بعد أن كان … قد», «… ثم N» (modality.ts); a
// running total's part dated to the last week (measure.ts); a facility counted by a number word
// with its article, an evacuation centre as a shelter (definite-numeral.ts, concept-of.ts); postal
// votes and how far from a threshold (ballots.ts, margin.ts); a jobs target, next year named as a
// deadline (index.ts); a referendum's options per question (options.ts); a change restated after
// «أي», the amount a sum moved «by» (rates.ts); the strongest aftershock (concept-of.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims, isEarlierMention } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-11-20'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;
const placesOf = (text: string, v: number): string[] => claimOf(text, v)?.places ?? [];
const ownersOf = (text: string, v: number): string[] => claimOf(text, v)?.owners ?? [];
const earlierOf = (text: string, v: number): boolean => {
  const c = claimOf(text, v);
  return !!c && isEarlierMention(c.sentence, c.start - c.sentenceStart, c.end - c.sentenceStart);
};

describe('a list of parties’ shares and seats', () => {
  it('gives seats written as a number word with its «و» the party of the share before them', () => {
    const text = 'وحصلت حركة الشمس على 8.7% وتسعة مقاعد، والتيار الأزرق على 6.3% وسبعة مقاعد.';
    expect(ownersOf(text, 6.3).length).toBe(1);
    expect(ownersOf(text, 7)).toEqual(ownersOf(text, 6.3));
  });
});

describe('seats no one party holds', () => {
  it('reads the number after the chamber with the article as all its seats', () => {
    expect(conceptOf('وحصل تحالف النهر على 36.2% من الأصوات، ما يمنحه 33 من مقاعد البرلمان الـ101.', 101)).toBe('seat:total');
  });

  it('reads several parties’ seats summed as a sum, and the majority after it as the majority', () => {
    const text = 'غير أن هذه الأحزاب مجتمعة تملك 52 مقعدا، أي أقل بمقعدين من الأغلبية البالغة 54.';
    expect(conceptOf(text, 52)).toBe('seat:combined');
    expect(conceptOf(text, 54)).toBe('seat:majority');
    expect(conceptOf('أما حزب الفجر فلا يملك مع حليفه سوى 29 مقعدا في المجلس الجديد.', 29)).toBe('seat:combined');
    expect(conceptOf('ويملك حزب الفجر 29 مقعدا في المجلس الجديد.', 29)).toBe('seat');
  });
});

describe('where a toll fell', () => {
  it('places a part in a town’s outskirts in the town', () => {
    const text = 'وقالت الوزارة إن 7 من القتلى سقطوا في بلدة نهرين، و2 في الأطراف الجنوبية لمدينة كارستا.';
    expect(placesOf(text, 2)).toEqual(['town:كارستا']);
  });

  it('reads a saint’s name as a place', () => {
    expect(placesOf('وسجلت أبرشية سانت أوريل 4 قتلى، فيما قتل شخص واحد في سانت فيرمين جرفته المياه.', 1)).toEqual(['town:سانت فيرمين']);
  });

  it('never takes the country beside a town’s border for whose toll it is', () => {
    const owners = ownersOf('وقال المسؤول إن الهجوم استهدف بلدة كاراسو التركية المجاورة للحدود السورية وأوقع 26 قتيلا.', 26);
    expect(owners).not.toContain('sy');
  });
});

describe('counts of another time', () => {
  it('reads the count a toll rose from after «بعد أن كان … قد» as an earlier one', () => {
    const text = 'ارتفعت حصيلة قتلى الإعصار إلى 16 قتيلا، بعد أن كان مكتب الطوارئ قد أعلن صباح الخميس مقتل 12 شخصا.';
    expect(earlierOf(text, 12)).toBe(true);
    expect(earlierOf(text, 16)).toBe(false);
  });

  it('reads the counts a latest one rose from, «بعد أن كانت … ثم …», as earlier ones', () => {
    const text = 'وأعلنت السلطات أن الحصيلة استقرت عند 29 قتيلا، بعد أن كانت 17 قتيلا في الإحصاء الأول صباح الأربعاء، ثم 24 مساء الخميس.';
    expect(earlierOf(text, 24)).toBe(true);
    expect(earlierOf('وأعلنت السلطات مقتل 17 شخصا صباح الأربعاء، ثم 24 مساء الخميس.', 24)).toBe(false);
  });

  it('reads a running total’s part its own words date to the last week as that week’s', () => {
    const text = 'وقالت المنظمة إن 18,400 طفلا أدخلوا إلى برامج العلاج في الإقليم منذ بداية العام، بينهم 730 طفلا في الأسبوع الماضي.';
    expect(conceptOf(text, 18400)).toBe('child:since');
    expect(conceptOf(text, 730)).toBe('child:new');
  });
});

describe('shelters and the sheltered', () => {
  it('counts the sites a number word with its article follows, not those sheltered in them', () => {
    const c = conceptOf('فيما سجلت السلطات 2,210 نازحا في مخيمات الإيواء السبعة التي فتحت في المدينة.', 7);
    expect(c).not.toBe('sheltered');
    expect(c?.startsWith('unit:')).toBe(true);
  });

  it('reads those in evacuation centres as the sheltered', () => {
    expect(conceptOf('ولجأ 7,300 شخص إلى مراكز إجلاء أقامتها السلطات في المدارس.', 7300)).toBe('sheltered');
    expect(conceptOf('وتراجع عدد المقيمين في مراكز الإجلاء إلى 9,800 شخص.', 9800)).toBe('sheltered');
    expect(conceptOf('وتم إجلاء 7,300 شخص إلى مراكز إجلاء في المدارس.', 7300)).toBe('evacuated');
  });
});

describe('votes of a kind', () => {
  it('reads postal votes apart from a party’s', () => {
    expect(conceptOf('وبلغ عدد الأصوات البريدية نحو 31 ألف صوت، ذهب نحو 37% منها إلى الحركة.', 31000)).toBe('votes:postal');
    expect(conceptOf('ووصل إلى مركز الفرز نحو 120 ألف صوت بريدي من الخارج.', 120000)).toBe('votes:abroad');
  });

  it('reads how far a list stayed from the threshold as a margin', () => {
    expect(conceptOf('أما حركة المستقلين فبقيت خارج البرلمان بـ3.9%، على بعد نحو 3 آلاف صوت من عتبة 4%.', 3000)).toBe('votes:margin');
  });
});

describe('a jobs target', () => {
  it('reads the jobs a government aims to create as a target', () => {
    expect(claimOf('وتستهدف الحكومة ضمن رؤيتها الاقتصادية توفير 300 ألف فرصة عمل خلال عشر سنوات.', 300000)?.modality).toBe('projection');
    expect(claimOf('ووفرت برامج التشغيل 15,200 فرصة عمل منذ بداية العام.', 15200)?.modality).toBe('count');
  });
});

describe('a quarter’s rate', () => {
  it('keeps a report’s own year its own when next year is named as a deadline', () => {
    const text = 'عدلت دائرة الإحصاء معدل البطالة للربع الثالث من 2026 إلى 17.4%. وتستهدف الوزارة 40 ألف فرصة عمل بنهاية 2027.';
    expect(conceptOf(text, 17.4)).toBe('percent:unemployment:per:q:3');
  });

});

describe('a referendum of several questions', () => {
  it('gives each question’s options their own owner', () => {
    expect(ownersOf('وبحسب المجلس، أيد 58.3% من المقترعين السؤال الأول الذي يمدد ولاية المجالس المحلية.', 58.3)).toEqual(['option:yes:1']);
    expect(ownersOf('في حين رفض 53.6% من المقترعين السؤال الرابع مقابل 46.4% أيدوه.', 53.6)).toEqual(['option:no:4']);
    expect(ownersOf('وأيد 58.3% من المقترعين التعديل الدستوري في الاستفتاء.', 58.3)).toEqual(['option:yes']);
  });
});

describe('a change restated after «أي»', () => {
  it('reads «أي بزيادة N%» after a sum as the change of the thing the clause named', () => {
    expect(conceptOf('وأدرجت تصاريح متأخرة رفعت قيمة الواردات إلى 90,2 مليار درهم، أي بزيادة 4,3%.', 4.3)).toBe('percent:change:imports:up');
    expect(conceptOf('وأدرجت تصاريح متأخرة رفعت قيمة الواردات إلى 90,2 مليار درهم. وارتفعت الأسعار 4,3% على أساس سنوي.', 4.3)).not.toBe('percent:change:imports:up');
  });
});

describe('the strongest aftershock', () => {
  it('reads «أقواها بقوة N» after a count of aftershocks as an aftershock’s magnitude', () => {
    const text = 'وسجل المعهد أكثر من 200 هزة ارتدادية حتى مساء السبت، أقواها بقوة 4.9 درجات. وكان الزلزال بقوة 6.4 درجات قد ضرب المنطقة فجرا.';
    expect(conceptOf(text, 4.9)).toBe('magnitude:aftershock');
    expect(conceptOf(text, 6.4)).toBe('magnitude');
  });
});

describe('the amount a sum moved by', () => {
  it('reads a verb of change, its subject, then «بـ» or «بنحو» and the amount as the change', () => {
    expect(conceptOf('واتسع العجز بـ9,6 مليار درهم مقارنة بالفترة نفسها من العام الماضي.', 9.6e9)).toBe('money:deficit:change:up');
    expect(conceptOf('وارتفعت الإيرادات بنحو 3 مليارات درهم.', 3e9)).toBe('money:revenue:change:up');
    expect(conceptOf('وبلغت الإيرادات نحو 3 مليارات درهم.', 3e9)).toBe('money:revenue');
  });
});
