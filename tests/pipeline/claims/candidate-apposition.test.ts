// A candidate named before the title or the result, results written the agencies' ways
// (lib/pipeline/text/people.ts, claims/scope.ts, claims/shares.ts, claims/comparable.ts):
// invented sentences and names.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { entitiesCompatible } from '../../../lib/pipeline/text/entities';

const claimOf = (text: string, v: number) => extractClaims(text, { published: '2024-05-04' }).find((c) => c.value === v);

describe('a candidate named before the title, in apposition', () => {
  it('owns the votes and the share the long clause after it gives', () => {
    const text = 'وأوضح رئيس الهيئة أن سليم كمال حداد مرشح جبهة الأمل المدني احتل المركز الثاني بعدما نال 215 ألفًا و340 صوتًا، أي بنسبة 4.12% من الأصوات المعبر عنها.';
    expect(claimOf(text, 215340)?.owners).toEqual(['person:سليم كمال حداد']);
    expect(claimOf(text, 4.12)?.owners).toEqual(['person:سليم كمال حداد']);
    const third = 'فيما جاء نادر الوافي مرشح حزب التجديد ثالثًا، وحصل على 98 ألفًا و12 صوتًا.';
    expect(claimOf(third, 98012)?.owners).toEqual(['person:نادر الوافي']);
  });

  it('reads a party after the title as the office, not a name', () => {
    const c = claimOf('وحصل مرشح حركة النهوض الشعبي على 3.5% من الأصوات في الانتخابات.', 3.5);
    expect((c?.owners ?? []).some((o) => o.includes('حركه'))).toBe(false);
  });

  it('finds a name before «، الذي حصل»', () => {
    const c = claimOf('وحل ثانيا المرشح عن حزب التجديد، نادر الوافي، الذي حصل على 98012 صوتا في الانتخابات.', 98012);
    expect(c?.owners).toEqual(['person:نادر الوافي']);
  });
});

describe('results the agencies\' ways', () => {
  it('reads a share in brackets after a count of votes as that candidate\'s, and the next count as votes', () => {
    const text = 'بينما نال منافسه سليم بوعزة 180 ألف صوت (6,45%)، والنائب السابق نادر الوافي 41 ألفا (1,48%).';
    expect(claimOf(text, 6.45)?.concept).toBe('percent:vote');
    expect(claimOf(text, 6.45)?.owners).toEqual(claimOf(text, 180000)?.owners);
    expect(claimOf(text, 41000)?.concept).toBe('votes');
    expect(claimOf(text, 1.48)?.owners).toEqual(['person:نادر الوافي']);
    // A bracketed number with no unit is still a footnote mark.
    expect(claimOf('وقال الوزير (1) إن الحكومة ماضية في خطتها.', 1)?.comparable ?? false).toBe(false);
  });

  it('takes a Maghreb family name written with or without the article as one person', () => {
    expect(entitiesCompatible('person:العياد بنسالم', 'person:عياد البنسالم')).toBe(true);
    expect(entitiesCompatible('person:بنسالم', 'person:عياد البنسالم')).toBe(true);
    expect(entitiesCompatible('person:العياد بنسالم', 'person:عياد الخلفي')).toBe(false);
  });
});

describe('candidates\' names as the results write them', () => {
  it('reads «علي» before a name, a particle\'s next word, a compound first name, and stops at «بالأغلبية»', () => {
    expect(claimOf('أما المرشح علي بن فرحات فحصل على 412 ألفا و20 صوتا في الانتخابات.', 412020)?.owners).toEqual(['person:علي بن فرحات']);
    expect(claimOf('وحصل نور الدين العمراني على 230 ألفا و11 صوتا في الانتخابات.', 230011)?.owners).toEqual(['person:نور الدين العمراني']);
    const winner = 'وأعلنت اللجنة فوز رئيس الحكومة الأسبق كمال الحداد بالأغلبية إثر نيله 61% من الأصوات.';
    expect(claimOf(winner, 61)?.owners).toEqual(['person:كمال الحداد']);
    expect(claimOf('وانتهى الفرز بفوز كمال الحداد بمنصب الرئيس إثر حصوله على 3 ملايين و100 ألف صوت.', 3100000)?.owners).toEqual(['person:كمال الحداد']);
  });
});

describe('turnout at home and abroad', () => {
  const concept = (text: string, v: number) => claimOf(text, v)?.concept;
  it('keeps the turnout in the country and abroad apart from the overall one', () => {
    expect(concept('وقال رئيس الهيئة إن نسبة الاقتراع داخل الوطن وصلت إلى 44.2% في الانتخابات.', 44.2)).toBe('percent:turnout:home');
    expect(concept('– نسبة الاقتراع في الداخل : 44.2% في الانتخابات.', 44.2)).toBe('percent:turnout:home');
    expect(concept('وبلغت نسبة المشاركة في الخارج نحو 9% في الانتخابات.', 9)).toBe('percent:turnout:abroad');
    expect(concept('وبلغت نسبة التصويت داخل وخارج البلاد 40.1% في الانتخابات.', 40.1)).toBe('percent:turnout');
    expect(concept('– النسبة الإجمالية لنسبة المشاركة بما فيها المغتربون في الخارج: 40.1% في الانتخابات.', 40.1)).not.toMatch(/abroad|home/);
    expect(concept('– الناخبون في الخارج: 902 ألف و17 ناخبا.', 902017)).toBe('voter:abroad');
  });
});

describe('votes named by nobody beside candidates\' own', () => {
  it('keeps an unnamed share out of cards where the read names its candidates, not where it names none', () => {
    const text = 'وحصل كمال الحداد على 61% من الأصوات، فيما حصل نادر الوافي على 30% من الأصوات. وكانت النسبة 45% في الانتخابات السابقة.';
    expect(claimOf(text, 61)?.concept).toBe('percent:vote');
    expect(claimOf(text, 45)?.concept ?? null).toBeNull();
    expect(claimOf('وأظهرت النتائج الأولية للانتخابات حصول الفائز على 61% من الأصوات.', 61)?.concept).toBe('percent:vote');
  });

  it('reads the candidate named after the votes with «للمرشح»', () => {
    const c = claimOf('ومن أصل 20 مليون ناخب مسجل، صوت 4.100.000 للمرشح المستقل كمال الحداد في الانتخابات.', 4100000);
    expect(c?.owners).toEqual(['person:كمال الحداد']);
  });
});

describe('shares set against the winner\'s', () => {
  it('gives each share after «مقابل» the rival named after it, with «ل» glued to a name', () => {
    const text = 'وحصل الرئيس كمال الحداد على 84,2 بالمئة من الأصوات مقابل 9,6 بالمئة لمنافسه نادر الوافي و3,1 بالمئة لسليم الخطيب.';
    expect(claimOf(text, 9.6)?.owners).toEqual(['person:نادر الوافي']);
    expect(claimOf(text, 3.1)?.owners).toEqual(['person:سليم الخطيب']);
  });
});
