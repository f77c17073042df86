// Readings fixed in the forty-fifth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: «نقل» that moves people or names transport, no verb of
// quoting (attribution.ts); a verbal noun after a title, what was announced (attribution.ts,
// text/people.ts); a group's singular adjective after a hospital's name (concept-of.ts);
// a party's own share beside its seats (concept-of.ts, claims/index.ts); votes a candidate's share
// is restated in (claims/index.ts); a noun whose first letter is «و» of its root (text/normalize.ts);
// a labour force (concept-of.ts, quantities/kinds.ts, modality.ts, scope.ts); a past year a clause
// closes on (previous.ts); the injured who died (concept-of.ts); a group named before the next item
// of a list (concept-of.ts); those sheltered, evacuated or gathered (concepts.ts); the injured treated
// and gone (concept-of.ts); a sum restated «في المجموع» (claims/index.ts); a candidate placed after the
// party he ran for (text/people.ts); a partitive in construct (concept-of.ts); a stock at a part of a
// month (period.ts); those an evacuation reached (concept-of.ts); «his» getting a share (claims/index.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-06-10' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);

describe('«نقل» that is no verb of quoting', () => {
  it('names no speaker for people moved to a hospital', () => {
    expect(claimOf('نقل المصابون إلى مستشفى المدينة، وحالة سبعة أشخاص حرجة.', 7)?.attribution).toBeNull();
  });

  it('keeps the speaker before a transport company named in the sentence', () => {
    expect(claimOf('وأوضح سليم الراشد أن الحافلة، التابعة لشركة نقل سياحي، كانت تقل 37 راكبا.', 37)?.attribution).toBe('سليم الراشد');
  });

  it('still reads «نقلت … عن» as quoting', () => {
    expect(claimOf('ونقلت وكالة الأنباء عن مصدر طبي أن 19 شخصا قتلوا.', 19)?.attribution).toBe('مصدر طبي');
  });
});

describe('what a title’s holder announced', () => {
  it('ends the speaker before a verbal noun of the form «تفعيل», which names no one', () => {
    const c = claimOf('وأعلن رئيس الوزراء تخصيص 400 مليون دينار لإعادة الإعمار.', 400000000);
    expect(c?.attribution).toBe('رئيس الوزراء');
    expect(c?.owners ?? []).toEqual([]);
  });

  it('keeps a body’s name that holds such a noun in construct', () => {
    expect(claimOf('وقال رئيس هيئة تنظيم الاتصالات إن 18 شركة تقدمت بعروض.', 18)?.attribution).toBe('رئيس هيئة تنظيم الاتصالات');
  });
});

describe('a group’s singular adjective in a hospital’s name', () => {
  it('counts «ستة منهم» among the injured taken there, not soldiers', () => {
    const text = 'ونقل 14 مصابا إلى مستشفى الملكة العسكري في المدينة، مشيرا إلى أن حالة ستة منهم توصف بالحرجة.';
    expect(claimOf(text, 6)?.concept).toBe('injured:critical');
  });
});

describe('a party’s own share beside its seats', () => {
  it('reads «نسبته» risen to a figure as the share of the party given seats', () => {
    const c = claimOf('أعلنت لجنة الانتخابات النتائج. وحصل حزب النهضة الشعبية على 27 مقعدا، رغم ارتفاع نسبته إلى 22.4%.', 22.4);
    expect(c?.concept).toBe('percent:vote');
    expect(c?.owners).toEqual(['person:حزب النهضه الشعبيه']);
  });

  it('leaves a share in a sentence of no seats unread as a vote', () => {
    expect(claimOf('ارتفع إنتاج المصنع، رغم تراجع نسبته إلى 22.4% من السوق.', 22.4)?.concept).not.toBe('percent:vote');
  });
});

describe('votes a candidate’s share is restated in', () => {
  it('gives «أي N صوتا» after her share to the candidate', () => {
    const text = 'أعلنت لجنة الانتخابات النتائج. وحصل سامي الهادي على 1,200,400 صوت، متقدما على منافسته ليلى العامري، التي نالت 40.2% أي 950,300 صوتا.';
    const c = claimOf(text, 950300);
    expect(c?.concept).toBe('votes');
    expect(c?.owners).toEqual(['person:ليلي العامري']);
  });
});

describe('a noun whose «و» is its own', () => {
  it('keeps «وقود» whole in a price label', () => {
    const c = claimOf('وتراجعت أسعار وقود السيارات بنسبة 2.7% مقارنة بالشهر نفسه من العام الماضي.', 2.7);
    expect(c?.label).toContain('وقود');
  });
});

describe('a labour force', () => {
  it('reads «قوة العمل» before a figure as the labour force, no quake’s strength', () => {
    const c = claimOf('وأشار التقرير إلى أن قوة العمل تتجاوز 31 مليونا.', 31000000);
    expect(c?.kind).toBe('count');
    expect(c?.concept).toBe('labour');
  });

  it('reads a labour force «out of» which the unemployed are counted as a count of its own, of no place', () => {
    const c = claimOf('بلغ عدد المتعطلين 1.9 مليون متعطل، من إجمالي قوة عمل تقدر بنحو 29.8 مليون فرد.', 29800000);
    expect(c?.concept).toBe('labour');
    expect(c?.modality).toBe('count');
    expect(c?.places ?? []).toEqual([]);
  });

  it('still reads a quake’s strength in a headline whose verb follows the figure', () => {
    const c = claimOf('زلزال بقوة 5.8 يضرب جنوب البلاد', 5.8);
    expect(c?.unit).toBe('درجة');
  });
});

describe('a past year the clause closes on', () => {
  it('dates a toll «خلال عام» a year before the article’s, past the words of where', () => {
    expect(claimOf('وقُتل أكثر من 1,400 شخص في أعمال عنف في البلاد خلال عام 2025.', 1400)?.concept).toBe('death:in:2025');
  });

  it('leaves a toll of the article’s own year undated', () => {
    expect(claimOf('وقُتل أكثر من 1,400 شخص في أعمال عنف في البلاد خلال عام 2026.', 1400)?.concept).toBe('death');
  });
});

describe('those of a group, by what befell them', () => {
  it('counts the injured who died as those who died of their wounds', () => {
    expect(claimOf('ارتفعت الحصيلة إلى 21 جنديا، بعد وفاة أربعة من المصابين في المستشفى.', 4)?.concept).toBe('death:of-wounds');
  });

  it('reads the dead «من الجنود» as soldiers when the next item is a figure', () => {
    expect(claimOf('الوزارة: 15 قتيلا من الجنود و33 مسلحا في الهجوم', 15)?.concept).toBe('death:soldier');
  });
});

describe('those sheltered, evacuated or gathered', () => {
  it('reads «جرى إيواؤهم» as the sheltered', () => {
    expect(claimOf('وبلغ عدد الذين جرى إيواؤهم 540 شخصا في المحافظة.', 540)?.concept).toBe('sheltered');
  });

  it('reads «أُخلوا من منازلهم» as the evacuated', () => {
    expect(claimOf('وأوضح أن أكثر من 1,700 شخص أُخلوا من منازلهم احترازيا.', 1700)?.concept).toBe('evacuated');
  });

  it('reads people who gathered as a crowd', () => {
    expect(claimOf('وقال المتحدث إن نحو 4 آلاف شخص تجمعوا أمام بوابة المدرسة.', 4000)?.concept).toBe('crowd');
  });
});

describe('the injured treated and gone', () => {
  it('reads people who «تلقوا العلاج» as the injured, not those still in hospital', () => {
    expect(claimOf('وأضاف أن 13 شخصا تلقوا العلاج من استنشاق الدخان ومن إصابات طفيفة.', 13)?.concept).toBe('injured');
  });

  it('keeps those still being treated apart', () => {
    expect(claimOf('وأضاف أن 13 شخصا يتلقون العلاج في المستشفى.', 13)?.concept).toBe('injured:treated');
  });
});

describe('a sum restated «في المجموع»', () => {
  it('reads everyone aboard after the passengers and the crew', () => {
    expect(claimOf('كانت الحافلة تقل 44 راكبا إضافة إلى السائق ومساعده، أي 46 شخصا في المجموع.', 46)?.concept).toBe('aboard');
  });

  it('reads everyone killed after the groups of the dead', () => {
    expect(claimOf('قتل 9 جنود و6 مدنيين، أي 15 شخصا في المجموع.', 15)?.concept).toBe('death');
  });
});

describe('a candidate placed after the party he ran for', () => {
  it('gives a placing’s share to the candidate across «عن «الحزب»»', () => {
    const text = 'أظهرت نتائج الانتخابات البلدية تقدم المرشحة. وحل خوسيه مارتن فيغا عن «حزب الفجر» ثالثا بـ12.7%.';
    expect(claimOf(text, 12.7)?.owners).toEqual(['person:خوسيه مارتن فيغا']);
  });
});

describe('a partitive in construct', () => {
  it('takes no concept from a clause before it for «3 من منظمي التوزيع»', () => {
    const c = claimOf('وأعلنت الحكومة صرف التعويضات لأسرة كل متوفى، فيما مثل 3 من منظمي التوزيع أمام المحكمة.', 3);
    expect(c?.concept).not.toBe('death');
    expect(c?.attribution).toBe('الحكومة');
  });
});

describe('a stock at a part of a month', () => {
  it('dates «في نهاية مارس» to March', () => {
    expect(claimOf('وأظهرت البيانات أن عدد العاطلين المسجلين بلغ 2,310,400 شخص في نهاية مارس.', 2310400)?.concept).toBe('unemployed:registered:per:m:3');
  });
});

describe('those an evacuation reached', () => {
  it('reads the people «عمليات الإخلاء … طالت» as evacuated, however they left', () => {
    const text = 'وأوضحت الإدارة أن عمليات الإخلاء شملت 9 قرى، وطالت نحو 4,300 شخص أُجبروا على مغادرة منازلهم.';
    expect(claimOf(text, 4300)?.concept).toBe('evacuated');
  });

  it('leaves people a fire reached as they were', () => {
    expect(claimOf('وأوضحت الإدارة أن النيران طالت نحو 4,300 شخص أُجبروا على مغادرة منازلهم.', 4300)?.concept).toBe('displaced');
  });
});

describe('«his» getting a share', () => {
  it('gives «بحصوله على» to the candidate the sentence names, not to the party of his title', () => {
    const text = 'تخطى بول موانزا، مرشح «الجبهة الوطنية للعمل»، عتبة الأغلبية المطلقة في الانتخابات الرئاسية الغانية، بحصوله على 50.6% من الأصوات الصحيحة.';
    expect(claimOf(text, 50.6)?.owners).toEqual(['person:بول موانزا']);
  });
});
