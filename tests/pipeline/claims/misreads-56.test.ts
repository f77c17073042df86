// Readings fixed in the fifty-sixth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: some of an event's people said to have fallen in a place,
// «8 من القتلى سقطوا في ولاية X», are that place's part of the toll, the place read even where no
// gazetteer holds it (list-places.ts); a share a ranking's list item gives one person, past the
// words of apposition between them, is that person's (share-holder.ts); «في عموم X» is where a
// figure is (scope-words.ts); «طيلة سنة 2024» after a figure dates it (previous.ts); past a
// comparison's base year, «مقارنة بـN في عام 2024», a change takes the year named before
// (index.ts); the people a campaign «تستهدف» are its target, not those reached (modality.ts); and
// the children vaccination teams «وصلت إلى» were vaccinated (vaccinated.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('some of the dead said to have fallen in a place', () => {
  const toll = 'لقي 19 شخصا حتفهم في عاصفة ضربت الإقليم. ';

  it('reads «8 من القتلى سقطوا في ولاية X» as that province’s dead', () => {
    const c = claimOf(toll + 'وأوضح البيان أن 8 من القتلى سقطوا في ولاية قرطاجيه، فيما توزع الباقون على ولايتين أخريين.', 8);
    expect(c?.concept).toBe('death');
    expect(c?.places).toEqual(['town:قرطاجيه']);
  });

  it('reads the verb before the figure too, «سقط 8 من القتلى في ولاية X»', () => {
    const c = claimOf(toll + 'وبحسب البيان، سقط 8 من القتلى في ولاية قرطاجيه، واثنان في ولاية بنزرت.', 8);
    expect(c?.concept).toBe('death');
    expect(c?.places).toEqual(['town:قرطاجيه']);
  });

  it('reads a figure in words and «قضوا», «خمسة من الضحايا قضوا في X»', () => {
    const c = claimOf(toll + 'وقال المحافظ إن خمسة من الضحايا قضوا في ولاية سبيطلية، فيما أصيب آخرون.', 5);
    expect(c?.concept).toBe('death');
    expect(c?.places).toEqual(['town:سبيطليه']);
  });

  it('leaves some of the dead with no place a part of the toll, not a toll of its own', () => {
    expect(claimOf(toll + 'وأوضح البيان أن 8 من القتلى كانوا من الأطفال.', 8)?.concept ?? null).not.toBe('death');
  });
});

describe('a share a ranking gives one person', () => {
  const lead = 'فاز المرشح سليم بن عيسى بالانتخابات الرئاسية بحصوله على 48% من الأصوات. ';

  it('gives the share to the candidate named between commas after «تلاها»', () => {
    const c = claimOf(lead + 'وحلت مرشحة حزب الأفق الجديد، سهام القاسمي، ثالثة بنسبة 18%، تلاها مرشح حزب الغد، نزار الحمامي، بنسبة 11%.', 11);
    expect(c?.concept).toBe('percent:vote');
    expect(c?.owners).toEqual(['person:نزار الحمامي']);
  });

  it('gives the share to the candidate whose party «عن «…»» names after him', () => {
    const c = claimOf(lead + 'وحل في المركز الثاني منير الزغلامي، مرشح «تحالف الغد»، بـ23%، يليه نزار الحمامي عن «حزب الأمل» بـ11%.', 11);
    expect(c?.concept).toBe('percent:vote');
    expect(c?.owners).toEqual(['person:نزار الحمامي']);
  });

  it('gives the share to the candidate whose age a bracket adds', () => {
    const c = claimOf(lead + 'وحصل مرشح حزب الأفق الجديد، كريم الساعدي (52 عاما)، على 18%.', 18);
    expect(c?.concept).toBe('percent:vote');
    expect(c?.owners).toEqual(['person:كريم الساعدي']);
  });

  it('does not give a person a share the item says was won in a place', () => {
    const c = claimOf(lead + 'وعلى صعيد المحافظات، حقق بن عيسى أفضل نتائجه في محافظة المنستير بنسبة 66%.', 66);
    expect(c?.owners ?? []).not.toEqual(['person:سليم بن عيسى']);
  });

  it('does not give a person a share a place right after it is of', () => {
    const c = claimOf(lead + 'وحلت سهام القاسمي ثانية على المستوى الوطني، فيما حصلت على 52% في محافظة المنستير.', 52);
    expect(c?.owners ?? []).not.toEqual(['person:سهام القاسمي']);
  });

  it('gives no vote share where the read has no candidate’s share before it', () => {
    const c = claimOf('وحصل المستثمر كريم الساعدي (52 عاما)، على 18% من أسهم الشركة.', 18);
    expect(c?.concept ?? '').not.toMatch(/^percent:vote/);
  });
});

describe('where a figure is', () => {
  it('reads «في عموم البلد» as the country', () => {
    const c = claimOf('قتلت الأمطار 41 شخصا في عموم اليمن خلال الأسبوع الماضي.', 41);
    expect(c?.places).toEqual(['ye']);
  });

});

describe('the year of a figure', () => {

  it('dates a figure «طيلة سنة 2024», throughout a past year', () => {
    expect(claimOf('وهي الوفاة الخامسة هذا العام، مقابل 3 وفيات طيلة سنة 2024.', 3)?.concept).toBe('death:in:2024');
  });

  it('dates a change past its comparison base by the year named before, «خلال عام 2025 … مقارنة بـN في عام 2024»', () => {
    const text = 'ارتفع عدد الزوار خلال عام 2025 إلى 2.7 مليون زائر، مقارنة بـ2.5 مليون زائر في عام 2024، بنسبة نمو بلغت 8%.';
    expect(claimOf(text, 8, '2026-02-01')?.concept).toBe('percent:growth:in:2025');
  });

  it('reads the people a campaign «تستهدف» as its target, not those reached', () => {
    const c = claimOf('أطلقت الوزارة حملة لتطعيم الأطفال ضد الحصبة تستمر أسبوعا، وتستهدف 4.1 مليون طفل دون سن الخامسة.', 4100000);
    expect(c?.modality).toBe('projection');
  });

  it('reads the children vaccination teams reached, past the day between, as vaccinated', () => {
    const c = claimOf('وقال المركز إن فرق التطعيم وصلت حتى مساء الأربعاء، ثالث أيام الحملة، إلى 2.4 مليون طفل.', 2400000);
    expect(c?.concept).toBe('vaccinated:child');
  });
});
