// Who is counted, told by patterns a careful reader uses (lib/pipeline/claims/concept-of.ts,
// concepts.ts): groups an event struck under any of their nouns, those trapped and those whose
// trace is lost, a count «عددهم» refers back to, a dual noun as its plural's thing. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const claimOf = (text: string, v: number) => extractClaims(text, { published: '2024-03-02' }).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;

describe('a group an event struck, under any of its nouns', () => {
  it('reads the three nouns of the press as one group', () => {
    expect(conceptOf('وقتل 11 صحفيا في القصف.', 11)).toBe('death:journalist');
    expect(conceptOf('وقتل 11 صحافيا في القصف.', 11)).toBe('death:journalist');
    expect(conceptOf('وقتل 11 إعلاميا في القصف.', 11)).toBe('death:journalist');
  });

  it('reads medics, students and pilgrims struck by an event', () => {
    expect(conceptOf('وأصيب 4 مسعفين خلال نقل الجرحى.', 4)).toBe('injured:medic');
    expect(conceptOf('واعتقلت الشرطة 35 طالبا بعد المظاهرة.', 35)).toBe('arrested:student');
    expect(conceptOf('وتوفي 19 حاجا بسبب ضربات الشمس.', 19)).toBe('death:pilgrim');
  });

  it('leaves those counted with nothing happening to them as their own noun', () => {
    expect(conceptOf('ويشارك في المخيم الصيفي 240 طالبا من المدارس.', 240)).toBe('unit:طالب');
    // A course's students are its graduates.
    expect(conceptOf('واحتفلت الكلية بتخريج 85 طالبا.', 85)).toBe('graduate');
    // «صحفية» the adjective names no journalist: «مؤتمرات صحفية».
    expect(conceptOf('وعقد الوزير ثلاثة مؤتمرات صحفية هذا الأسبوع.', 3)).not.toMatch(/journalist/);
  });
});

describe('a group among a count of some other noun', () => {
  it('reads the women among the candidates as some of the candidates, not the women counted', () => {
    const text = 'وتنافس في الاقتراع 3150 مرشحا، بينهم 820 امرأة، بحسب اللجنة.';
    expect(conceptOf(text, 820)).toBe('woman:part');
    expect(conceptOf('وفازت 47 امرأة بمقاعد في المجالس.', 47)).toBe('woman');
    // Among the dead, the group is the dead of that group, as before.
    expect(conceptOf('وقتل 30 شخصا في الهجوم، بينهم 6 نساء.', 6)).toBe('death:woman');
  });
});

describe('a group added to a toll', () => {
  it('reads a group after «إضافة إلى / فضلا عن» as struck by the event before it', () => {
    expect(conceptOf('وقتل 21 مدنيا، إضافة إلى 9 جنود.', 9)).toBe('death:soldier');
    expect(conceptOf('وقتل 21 شخصا بالإضافة إلى 9 مسلحين.', 9)).toBe('death:militant');
    expect(conceptOf('وأصيب 33 شخصا، فضلا عن 4 من رجال الإطفاء.', 4)).toBe('injured:firefighter');
    // The toll before it keeps its own reading.
    expect(conceptOf('وقتل 21 مدنيا، إضافة إلى 9 جنود.', 21)).toBe('death:civilian');
  });
});

describe('the trapped and the lost', () => {
  it('counts those stuck where they are apart from the missing', () => {
    expect(conceptOf('ولا يزال 9 أشخاص عالقين داخل النفق.', 9)).toBe('trapped');
    expect(conceptOf('ولا يزال 9 عمال عالقين داخل النفق.', 9)).toBe('trapped:worker');
    expect(conceptOf('وتحاول الفرق الوصول إلى 14 شخصا محاصرين في الطابق الأخير.', 14)).toBe('trapped');
    expect(conceptOf('ولا يزال 9 أشخاص في عداد المفقودين.', 9)).toBe('missing');
  });

  it('reads «فُقد أثر» as the missing, after a toll of the dead', () => {
    const text = 'وقتل 12 شخصا وفقد أثر 15 آخرين في العاصفة.';
    expect(conceptOf(text, 12)).toBe('death');
    expect(conceptOf(text, 15)).toBe('missing');
  });

  it('reads «فُقد» before a count as the missing, and lives lost as the dead', () => {
    expect(conceptOf('ولقي 20 شخصا حتفهم، وفُقد نحو 40 آخرين.', 40)).toBe('missing');
    expect(conceptOf('وفقد 8 أشخاص حياتهم في الحريق.', 8)).toBe('death');
    // A side that lost its soldiers lost them dead.
    expect(conceptOf('وقال الجيش إنه فقد خمسة جنود في الهجوم.', 5)).toBe('death:soldier');
  });
});

describe('the injured taken to hospital', () => {
  it('are all the injured, not those still in hospital', () => {
    expect(conceptOf('وأسفر الحادث عن 3 قتلى و17 مصابا نقلوا إلى مستشفيات المدينة لتلقي العلاج.', 17)).toBe('injured');
    expect(conceptOf('ولا يزال 6 مصابين يتلقون العلاج في المستشفيات.', 6)).toBe('injured:treated');
  });
});

describe('what a figure is counted among, and whose', () => {
  it('reads «في حصيلة أولية» after a count as the report it comes in, not as the dead', () => {
    expect(conceptOf('وأعلنت الوزارة مقتل 4 مدنيين وإصابة 11 آخرين في حصيلة أولية.', 11)).toBe('injured');
  });

  it('reads the nationality those counted hold after «الجنسية»', () => {
    const text = 'وسُجلت 40 حالة وفاة بين حاملي الجنسية المغربية، و25 أخرى لحاملي الجنسية التونسية.';
    expect(claimOf(text, 40)?.owners).toEqual(['ma']);
    expect(claimOf(text, 25)?.owners).toEqual(['tn']);
  });

  it('gives a country speaking of its people its own figure, over another source\'s list item', () => {
    const text = 'وتحدثت وسائل الإعلام المغربية عن وفاة 12 مغربيا، وتتحدث تونس عن 7 حالات وفاة.';
    expect(claimOf(text, 12)?.owners).toEqual(['ma']);
    expect(claimOf(text, 7)?.owners).toEqual(['tn']);
    // A speaker whose name holds no country leaves the list's scope.
    const spokesman = 'وقال المتحدث باسم الوزارة إن عدد القتلى في المغرب ارتفع إلى 90 وإصابة 300 آخرين، فيما قال حزب تونسي إن الرقم أكبر.';
    expect(claimOf(spokesman, 300)?.places).toEqual(['ma']);
    expect(claimOf(spokesman, 300)?.owners).toEqual([]);
  });
});

describe('a count «عددهم» refers back to', () => {
  it('reads a four-digit figure after it as a count of the noun before, not a year', () => {
    const c = claimOf('وقال إن الأسرى البالغ عددهم 1850 والمقرر إطلاق سراحهم اليوم غادروا السجن.', 1850);
    expect(c?.kind).toBe('count');
    expect(c?.comparable).toBe(true);
    expect(c?.concept).toBe('prisoner');
    // A year is still a year.
    expect(claimOf('وولد في عام 1966 في القرية.', 1966)?.comparable).toBe(false);
  });
});

describe('a dual noun as its plural\'s thing', () => {
  it('keys «حافلتين» with «حافلات» and leaves the plural alone', () => {
    expect(conceptOf('وطمرت الانهيارات حافلتين على الطريق.', 2)).toBe(conceptOf('وطمرت الانهيارات ثلاث حافلات على الطريق.', 3));
    expect(conceptOf('وطمرت الانهيارات ثلاث حافلات على الطريق.', 3)).toMatch(/^unit:/);
  });
});
