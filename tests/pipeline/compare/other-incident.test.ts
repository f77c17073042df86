// A read's own toll against figures that only looked like another scope or a second incident:
// a town named with its own country, a toll of another incident the sentence names by its means
// under a headline naming others (lib/pipeline/compare/means.ts otherMeansThan, same-event.ts
// roundUpClaims), and a clause that recalls the first count (claims/modality.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { otherMeansThan } from '../../../lib/pipeline/compare/means';
import { isEarlierCount, isEarlierMention } from '../../../lib/pipeline/claims/modality';

const day = '2024-03-02';
const unscoped = mk('مقتل 5 أشخاص في انهيار مبنى', 'قال مصدر أمني إن انهيار المبنى السكني أسفر عن مقتل 5 أشخاص حتى الآن.', 'https://a.example/1', day);

describe('a town and its own country are one place', () => {
  it('meets a toll that names no place', () => {
    const placed = mk('انهيار مبنى سكني في مدينة الإسكندرية بمصر ما أدى إلى وفاة 7 أشخاص', 'وتواصل فرق الإنقاذ البحث تحت الأنقاض.', 'https://b.example/1', day);
    expect(placed.claims.find((c) => c.value === 7)?.places).toHaveLength(2);
    expect(cards([unscoped, placed])).toEqual([[5, 7]]);
  });
});

describe('an incident at one site, named with its province', () => {
  it('meets a toll that names no place; a province\'s toll of a wider disaster does not', () => {
    const bombing = mk('انفجار يهز سوقا', 'وارتفعت حصيلة الانفجار الذي هز سوق قرية الواحة بمحافظة الشمال إلى 40 قتيلا.', 'https://d.example/1', day);
    const unplaced = mk('حصيلة الانفجار', 'وقال مصدر طبي إن حصيلة الانفجار بلغت 45 قتيلا.', 'https://d.example/2', day);
    expect(cards([bombing, unplaced])).toEqual([[40, 45]]);
    const quake = mk('زلزال يضرب البلاد', 'وبلغت حصيلة الزلزال في محافظة الشمال 40 قتيلا.', 'https://d.example/3', day);
    const national = mk('حصيلة الزلزال', 'وقال مصدر طبي إن حصيلة الزلزال بلغت 45 قتيلا.', 'https://d.example/4', day);
    expect(cards([quake, national])).toEqual([]);
  });
});

describe('the province a quake struck', () => {
  it('is where the quake was: its toll meets one that names no place', () => {
    const struck = mk('زلزال عنيف', 'وقال متحدث إن الهزة التي ضربت ولاية الشمال أسفرت عن مقتل 300 شخص.', 'https://e.example/1', day);
    const national = mk('حصيلة الزلزال', 'وارتفعت حصيلة الزلزال إلى 350 قتيلا بحسب مصدر طبي.', 'https://e.example/2', day);
    expect(cards([struck, national])).toEqual([[300, 350]]);
  });
});

describe('a toll of another incident, named by its means', () => {
  const body = 'أدى انهيار مبنى سكني إلى مقتل 6 أشخاص في المدينة. وفي الجنوب، أسفر تصادم قطارين عن مقتل 20 شخصا.';
  const read = mk('انهيار مبنى سكني يقتل 6', body, 'https://c.example/1', day);
  const tollOf = (v: number) => read.claims.find((c) => c.value === v && c.concept === 'death')!;

  it('tells the collision apart from the collapse the headline names', () => {
    expect(otherMeansThan(tollOf(20), read.title)).toBe(true);
    expect(otherMeansThan(tollOf(6), read.title)).toBe(false);
    // A headline naming no means tells nothing apart, nor one of war: its round-up's incidents
    // are told by many means.
    expect(otherMeansThan(tollOf(20), 'حصيلة يوم دام في البلاد')).toBe(false);
    expect(otherMeansThan(tollOf(20), 'غارات جوية على المدينة')).toBe(false);
    // «في حادث مماثل»: an incident of any kind names no means.
    const similar = mk('انهيار مبنى سكني يقتل 6', 'وقتل 9 أشخاص في حادث مماثل العام الماضي.', 'https://c.example/2', day);
    expect(otherMeansThan(similar.claims.find((c) => c.value === 9)!, similar.title)).toBe(false);
  });

  it('lets the collapse toll meet another read\'s, with or without the other toll beside it', () => {
    expect(cards([read, unscoped])).toEqual([[5, 6]]);
    expect(cards([unscoped, read])).toEqual([[5, 6]]);
  });
});

describe('a clause that recalls the first count', () => {
  const at = (s: string, fig: string) => [isEarlierMention(s, s.indexOf(fig), s.indexOf(fig) + fig.length), isEarlierCount(s, s.indexOf(fig), s.indexOf(fig) + fig.length)];

  it('reads «في البداية» in the figure\'s clause as an earlier count', () => {
    expect(at('ووقع الانفجار مساء السبت، وفي البداية تحدثت الشرطة عن 3 قتلى.', '3')).toEqual([true, true]);
    expect(at('ووقع الانفجار مساء السبت، وتحدثت الشرطة عن 3 قتلى.', '3')).toEqual([false, false]);
  });

  it('reads a later clause in the pluperfect as an earlier mention only', () => {
    expect(at('ووقع الانفجار مساء السبت، وكان الدفاع المدني قد تحدث عن 3 قتلى.', '3')).toEqual([true, false]);
  });

  it('reads the count after «قبل أن» / «ثم» as the later one', () => {
    const s = 'وكانت الهيئة قد ذكرت سابقا مقتل 9 متظاهرين، قبل أن تعلن مساء أمس ارتفاع العدد إلى 12 قتيلا.';
    expect(at(s, '9')).toEqual([true, true]);
    expect(at(s, '12')).toEqual([false, false]);
    expect(at('وقتل 4 أشخاص في البداية، ثم ارتفع العدد إلى 7.', '7')).toEqual([false, false]);
  });
});
