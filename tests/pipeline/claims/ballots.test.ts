// Kinds of ballots and the share right after a count (lib/pipeline/claims/ballots.ts, shares.ts).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';

const claimOf = (text: string, v: number) => extractClaims(text).find((c) => c.value === v);
const conceptOf = (text: string, v: number): string | null | undefined => claimOf(text, v)?.concept;

describe('valid, invalid, blank and cast ballots', () => {
  it('reads the kind named right after the noun', () => {
    const text = 'وبلغ عدد الأصوات الصحيحة مليونا و200 ألف صوت، و31 ألفا و400 صوت باطل، و12 ألفا و50 ورقة بيضاء.';
    expect(conceptOf(text, 1200000)).toBe('votes:valid');
    expect(conceptOf(text, 31400)).toBe('votes:invalid');
    expect(conceptOf(text, 12050)).toBe('votes:blank');
  });

  it('reads the kind heading the figure', () => {
    expect(conceptOf('وكان عدد بطاقات الاقتراع الملغاة 18 ألفا و300 بطاقة.', 18300)).toBe('votes:invalid');
    expect(conceptOf('وبلغ عدد الأصوات المدلى بها 3 ملايين صوت.', 3000000)).toBe('votes:cast');
    expect(conceptOf('وبلغت الأصوات المعبر عنها 900 ألف صوت.', 900000)).toBe('votes:valid');
  });

  it('keeps a candidate’s votes apart from every kind', () => {
    expect(conceptOf('وحصل المرشح سامر حداد على 640 ألف صوت.', 640000)).toBe('votes');
  });

  it('counts papers as votes only with a kind or a word of voting', () => {
    expect(conceptOf('وطبعت اللجنة 5 ملايين ورقة اقتراع للانتخابات.', 5000000)).toBe('votes');
    expect(conceptOf('وضبطت الشرطة 500 ورقة نقدية مزورة.', 500)).not.toMatch(/^votes/);
    expect(conceptOf('وألغت الوزارة 30 رخصة ملغاة منذ العام الماضي.', 30)).not.toMatch(/^votes/);
  });

  it('names each kind in the label', () => {
    const c = claimOf('وبلغ عدد الأصوات الباطلة 31 ألف صوت.', 31000);
    expect(c?.concept).toBe('votes:invalid');
    expect(c?.label).toBe(conceptNoun('votes:invalid'));
    expect(conceptNoun('percent:blank')).toBe('نسبة الأوراق البيضاء');
  });
});

describe('a percentage right after a count', () => {
  it('is the share of that kind of ballots', () => {
    const text = 'وبلغ عدد الأوراق الملغاة 20 ألف ورقة، بنسبة 2.5 %، فيما كانت الأوراق البيضاء 9 آلاف ورقة بنسبة 1.1 %.';
    expect(conceptOf(text, 2.5)).toBe('percent:invalid');
    expect(conceptOf(text, 1.1)).toBe('percent:blank');
  });

  it('is the candidate’s share of the votes, owned by the candidate', () => {
    const text = 'وحصل المرشح سامر حداد على 640 ألف صوت بنسبة 61.2%.';
    const count = claimOf(text, 640000);
    const share = claimOf(text, 61.2);
    expect(share?.concept).toBe('percent:vote');
    expect(count?.owners?.length).toBeGreaterThan(0);
    expect(share?.owners).toEqual(count?.owners);
  });

  it('reads a count restated by «أي» or «أي ما يعادل», and an annulling verb before paper ballots', () => {
    const text = 'وبلغت نسبة المشاركة في الانتخابات 69.2%، فيما ألغيت 241 ألف ورقة، أي 4.1% من الأصوات.';
    expect(conceptOf(text, 241000)).toBe('votes:invalid');
    expect(conceptOf(text, 4.1)).toBe('percent:invalid');
    expect(conceptOf('وتم إلغاء 120 ألف ورقة اقتراع.', 120000)).toBe('votes:invalid');
    // («لم يتجاوز» qualifies the number across the heading words «عدد الأوراق الملغاة».)
    const capped = 'ولم يتجاوز عدد الأوراق الملغاة 270 ألف ورقة، أي نحو 4.5 بالمائة من المقترعين.';
    expect(claimOf(capped, 270000)?.concept).toBe('votes:invalid');
    expect(claimOf(capped, 270000)?.qualifier).toBe('at-most');
    expect(conceptOf(capped, 4.5)).toBe('percent:invalid');
    expect(conceptOf('وحصل المرشح سامر حداد على 640 ألف صوت، أي ما يعادل 61.2%.', 61.2)).toBe('percent:vote');
    expect(String(conceptOf('وقتل 30 شخصا، أي 10% من سكان القرية.', 10))).not.toMatch(/^percent:(vote|invalid)/);
  });

  it('leaves a share of a count of voters to its own words', () => {
    expect(conceptOf('وبلغ عدد المقترعين من الشباب 120 ألف ناخب بنسبة 9%.', 9)).not.toBe('percent:turnout');
  });
});
