// Causes of mixed cards read on a second, fresh window of the stream's own stories
// (eval/stream-audit.ts --from-date/--to-date): each a general phrasing of Arabic news, tested on
// invented sentences. A figure that is no count of the story's own thing never reaches a card.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const PUBLISHED = '2024-06-10';
const all = (text: string): Claim[] => extractClaims(text, { published: PUBLISHED });
const byValue = (text: string, v: number): Claim | undefined => all(text).find((c) => c.value === v);
/** The concept of the comparable figure of value v (null: no comparable figure, or no concept). */
const concept = (text: string, v: number): string | null => {
  const c = byValue(text, v);
  return c?.comparable ? c.concept : null;
};

describe('those aboard are not the toll (voyage.ts aboardBefore)', () => {
  it('reads «الحافلة التي كانت تقل 40 شخصا» as those aboard, not the dead', () => {
    expect(concept('وقالت الشرطة إن الحافلة التي كانت تقل أكثر من 40 شخصا انقلبت في الوادي مما أدى إلى مقتلهم.', 40)).toBe('aboard');
    expect(concept('وأفاد مسؤول بأن القارب الذي كان يحمل 60 شخصا غرق قبالة الساحل.', 60)).toBe('aboard');
  });

  it('takes those a report interviewed off the dead («مقابلات مع N ضحية»)', () => {
    expect(concept('واعتمدت اللجنة في تقريرها على مقابلات مع 90 ضحية وشاهد عيان في القرى المتضررة.', 90)).toBeNull();
  });

  it('keeps the dead of the same sentence when no verb of carrying governs them', () => {
    expect(concept('ولقي 12 شخصا مصرعهم بعد غرق القارب قبالة الساحل.', 12)).toBe('death');
  });
});

describe('a number that names a formation, a list or a ship is no count (comparable.ts)', () => {
  it('takes «اللواء 31», «الفرقة 9» and «قائمة الـ 50» off every card', () => {
    expect(byValue('وقصف اللواء 31 الأحياء السكنية في المدينة.', 31)?.comparable).toBe(false);
    expect(byValue('وتقدمت قوات الفرقة 9 نحو المدينة.', 9)?.comparable).toBe(false);
    expect(byValue('وأعلنت الوزارة مقتل المطلوب الثالث بقائمة الـ 50 في غارة جوية.', 50)?.comparable).toBe(false);
  });

  it('takes a number closing a quoted one-word name off («العبارة «النور 7»»)', () => {
    expect(byValue('ويعد غرق العبارة «النور 7» أسوأ كارثة بحرية في تاريخ البلاد.', 7)?.comparable).toBe(false);
  });

  it('keeps a count after the same words when they are no name («قائمة تضم 50 اسما»)', () => {
    expect(byValue('ونشرت الوزارة قائمة تضم 50 مطلوبا.', 50)?.comparable).toBe(true);
  });
});

describe('a side of a size and a reordered decimal are no figures (comparable.ts)', () => {
  it('takes both sides of «1280×720 بكسل» and «40م×30م» off', () => {
    const text = 'ويأتي الهاتف بشاشة بدقة 1280×720 بكسل، فيما تبلغ أبعاد الموقع نحو 40م×30م.';
    for (const v of [1280, 720, 40, 30]) expect(byValue(text, v)?.comparable ?? false).toBe(false);
  });

  it('takes a decimal split by a right-to-left mark off, keeps a plain decimal', () => {
    expect(all('وارتفع المؤشر 45.\u200f0 في المائة.').some((c) => c.comparable && c.kind === 'percent')).toBe(false);
    expect(all('وارتفع المؤشر 0.45 في المائة.').some((c) => c.comparable && c.kind === 'percent')).toBe(true);
  });
});

describe('words that only look like a concept (concepts.ts, ballots.ts, concept-of.ts)', () => {
  it('reads «قرب سبع مدن» as no civilians', () => {
    expect(concept('وقال البيان إن الغارات أصابت أهدافا قرب سبع مدن في شمال البلاد.', 7)).not.toMatch(/civilian/);
  });

  it('reads a name after «من» as no kind of ballot («قوات صالح»)', () => {
    expect(concept('وذكرت مصادر محلية أن 14 عنصرا من القبائل وقوات صالح قتلوا في اشتباكات بالمدينة.', 14) ?? '').not.toMatch(/^votes/);
    expect(concept('وبلغ عدد الأصوات الصحيحة 120 ألف صوت في الانتخابات.', 120000)).toBe('votes:valid');
  });

  it("reads a student's weighted score as no vote share («نسبة موزونة»)", () => {
    expect(concept('وقبلت الطالبة في كلية العلوم بعد حصولها على نسبة موزونة 88.5 في المائة في الانتخابات الطلابية.', 88.5)).toBeNull();
  });
});

describe('another matter or an earlier event (context.ts OTHER_MATTER, PAST_EVENT)', () => {
  it('takes «على صعيد محلي آخر» as another matter', () => {
    expect(concept('على صعيد محلي آخر، قالت الشرطة إن 9 أشخاص لقوا مصرعهم في حادث سير.', 9)).toBeNull();
    expect(concept('وقالت الشرطة إن 9 أشخاص لقوا مصرعهم في حادث سير.', 9)).toBe('death');
  });

  it('takes last season and an event recalled years after as earlier events', () => {
    expect(concept('وحاول النادي الصيف الماضي ضم اللاعب قبل أن يدفع ناد آخر 40 مليون يورو لضمه.', 4e7)).toBeNull();
    expect(concept('وسجل المهاجم في الموسم الماضي 21 هدفا.', 21)).toBeNull();
    expect(concept('ويأتي الحادث بعد 8 سنوات من مقتل 14 شخصا في هجوم على مدرسة.', 14)).toBeNull();
  });

  it('takes the event of a named year a record is measured from as an earlier event', () => {
    expect(concept('ويعد هذا الإعصار الأعنف في البلاد منذ إعصار أكتوبر 2019، الذي قتل أكثر من 300 شخص.', 300)).toBeNull();
    // (Not the news itself, nor a running total since the start of something.)
    expect(concept('وفي أسوأ هجوم منذ عام 2019، قتل 40 شخصا في السوق.', 40)).toMatch(/^death/);
    expect(concept('ومنذ بدء الحرب التي اندلعت في 2011، قتل 500 ألف شخص.', 500000)).not.toBeNull();
  });
});

describe('a group whose event is not read is no troop count (context.ts dropUnresolvedGroups)', () => {
  it('gives «لقي 13 عنصرا من المسلحين وقوات النظام مصرعهم» no bare soldier concept', () => {
    expect(concept('ولقي 13 عنصرا من المسلحين وقوات النظام السابق مصرعهم في اشتباكات بالمدينة.', 13)).not.toBe('soldier');
  });

  it('keeps troops deployed a troop count', () => {
    expect(concept('ونشرت الحكومة 3 آلاف جندي في المنطقة الحدودية.', 3000)).toBe('soldier');
  });
});
