// Whose figure it is, never read from a name that plays another part (lib/pipeline/claims/roles.ts):
// the side that struck, a mediator, a news agency or outlet, a speaker. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim => {
  const c = extractClaims(text, { published: '2024-06-10' }).find((x) => x.value === v);
  if (!c) throw new Error(`no claim ${v} in ${text}`);
  return c;
};
const owners = (text: string, v: number): string[] => byValue(text, v).owners ?? [];

describe('the side that struck is never the owner of the victims', () => {
  it('drops the subject of a verb of killing or attack, before or after the verb', () => {
    expect(owners('قتل الجيش الكندي 210 أشخاص في غارات على المخيم.', 210)).toEqual([]);
    expect(owners('قتلت القوات البرازيلية 30 مسلحا في عملية شمال البلاد.', 30)).toEqual([]);
    expect(owners('وقال شهود إن الجيش الكندي قصف الحي ما أدى إلى مقتل 17 شخصا.', 17)).toEqual([]);
    expect(owners('وأعلن الجيش الكندي أنه قتل 20 مسلحا في المخيم.', 20)).toEqual([]);
  });

  it('drops the nationality of a raid, a shelling or the fire of a force', () => {
    expect(owners('أسفرت غارة كندية عن مقتل 40 شخصا في المدينة.', 40)).toEqual([]);
    expect(owners('أسفر قصف برازيلي عن مقتل 12 مدنيا.', 12)).toEqual([]);
    expect(owners('وأسفرت غارة جوية كندية على المخيم عن مقتل 9 أشخاص.', 9)).toEqual([]);
    expect(owners('وأصيب 6 شبان برصاص الجيش الكندي خلال اقتحام البلدة.', 6)).toEqual([]);
    expect(owners('وأسفرت العملية العسكرية الكندية في المخيم عن مقتل 210 أشخاص.', 210)).toEqual([]);
    expect(owners('وراح ضحية المجزرة الكندية في المخيم 210 أشخاص.', 210)).toEqual([]);
  });

  it('keeps the victims’ own nationality, and a force’s own losses', () => {
    expect(owners('قتل 40 برازيليا في غارة كندية على المخيم.', 40)).toEqual(['br']);
    expect(owners('قتل 3 جنود كنديين في هجوم على موقع عسكري.', 3)).toEqual(['ca']);
    expect(owners('أسفرت الغارات عن مقتل 12 جنديا من الجيش البرازيلي.', 12)).toEqual(['br']);
    expect(owners('وأعلن الجيش الكندي مقتل 3 من جنوده.', 3)).toEqual(['ca']);
  });

  it('so a raid’s toll read with its actor meets the same toll read with its victims', () => {
    const actor = byValue('أسفرت غارة كندية عن مقتل 40 شخصا في المدينة.', 40);
    const victims = byValue('قتل 42 برازيليا في الغارة على المدينة.', 42);
    expect(matchScore(actor, victims)).not.toBeNull();
  });

  it('keeps the country of a police that arrests, and of a military site', () => {
    expect(owners('وقالت السلطات إن الشرطة الكندية اعتقلت 50 شخصا في حملة أمنية.', 50)).toEqual(['ca']);
    expect(owners('وهاجم مسلحون موقعا متقدما للجيش الكندي قرب الحدود، وأصيب جنديان بجروح.', 2)).toEqual(['ca']);
  });

  it('drops a mediator', () => {
    expect(owners('ويأتي الاتفاق بوساطة برازيلية ويتضمن الإفراج عن 50 رهينة.', 50)).toEqual([]);
  });
});

describe('a news agency or outlet is a source, never a population', () => {
  it('drops the country of an agency or outlet named before or after the figure', () => {
    for (const text of [
      'أصيب 1500 شخص في الزلزال، وفق وكالة الأنباء الكندية.',
      'وقالت وكالة الأنباء الكندية إن 1500 شخص أصيبوا في الزلزال.',
      'وذكرت وكالة أنباء البرازيل أن الزلزال أدى إلى إصابة 1500 شخص.',
      'وقالت صحيفة الصباح البرازيلية إن 1500 شخص أصيبوا في الزلزال.',
      'ونقلت قناة الأخبار الكندية أن عدد المصابين بلغ 1500.',
    ]) {
      const c = byValue(text, 1500);
      expect(c.owners ?? []).toEqual([]);
      expect(c.attribution).toBeTruthy();
    }
  });

  it('reads an agency called by its nationality adjective alone', () => {
    expect(owners('وأصيب 1500 شخص في الزلزال، بحسب «الكندية».', 1500)).toEqual([]);
    expect(owners('وذكرت البرازيلية أن 1500 شخص أصيبوا في الزلزال.', 1500)).toEqual([]);
  });

  it('still guesses a government body’s own country, marked as a guess', () => {
    const c = byValue('وقالت وزارة الصحة الكندية إن 300 شخص لقوا حتفهم.', 300);
    expect(c.owners).toEqual(['ca']);
    expect(c.evidence?.scope).toBe('guessed');
  });

  it('ends an agency\'s name at the figure\'s verbal noun', () => {
    expect(byValue('وأفادت وكالة الأخبار بإصابة 1500 شخص.', 1500).attribution).toBe('وكالة الأخبار');
  });

  it('takes a body after a sourcing word as the source: its country only a guess', () => {
    const c = byValue('وقتل المسلحون 1200 شخص في الهجوم، وفقا لإحصاءات كندية.', 1200);
    expect(c.owners).toEqual(['ca']);
    expect(c.evidence?.scope).toBe('guessed');
  });
});

describe('a coast is where, not whose', () => {
  it('drops a country the figure happened off', () => {
    const c = byValue('لقي 59 شخصا مصرعهم جراء غرق قارب مهاجرين قبالة سواحل كندا.', 59);
    expect(c.owners ?? []).toEqual([]);
  });
});

describe('the country a side is loyal to or backed by is not whose figure it is', () => {
  it('drops a country after «موالون ل», «الموالية ل», «المؤيدة ل», «المدعومين من»', () => {
    expect(owners('تبادلت كندا وانفصاليون موالون للبرازيل الاتهامات وأعلنوا مقتل أربعة مدنيين.', 4)).not.toContain('br');
    expect(owners('قتلت القوات الموالية للبرازيل 12 مدنيا في القرية.', 12)).toEqual([]);
    expect(owners('اشتبك الجيش مع المسلحين المؤيدين للبرازيل وقتل 9 منهم.', 9)).not.toContain('br');
    expect(owners('قالت الأمم المتحدة إن الفصائل المدعومة من البرازيل قتلت 30 شخصا.', 30)).toEqual([]);
  });

  it('keeps a country named for itself', () => {
    expect(owners('قتل 3 جنود كنديين في هجوم للانفصاليين.', 3)).toEqual(['ca']);
    expect(owners('تبادلت كندا والانفصاليون الاتهامات وأعلنوا مقتل أربعة مدنيين.', 4)).toContain('ca');
  });
});
