// Figures that were read but could not meet another outlet's (lib/pipeline/claims/one-more.ts,
// concept-of.ts, ballots.ts).
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const claimsOf = (text: string) => extractClaims(text);
const claimAt = (text: string, figure: string) => claimsOf(text).find((c) => c.text === figure);

describe('an ordinal one past the count just given is one more person', () => {
  it('reads «وإصابة رابع» after three dead as one injured', () => {
    const c = claimAt('أسفر إطلاق النار عن مقتل ثلاثة أشخاص وإصابة رابع في السوق.', 'رابع');
    expect(c?.value).toBe(1);
    expect(c?.comparable).toBe(true);
    expect(c?.concept).toBe('injured');
  });

  it('reads «وأصيب ثالث» and «وإصابة شخص سادس» the same way', () => {
    expect(claimAt('توفي شخصان وأصيب ثالث في حادث التصادم.', 'ثالث')?.value).toBe(1);
    const c = claimAt('أسفر الانفجار عن مقتل خمسة أشخاص، وإصابة شخص سادس.', 'سادس');
    expect([c?.value, c?.concept]).toEqual([1, 'injured']);
  });

  it('leaves an ordinal that is no next person a rank', () => {
    // Not one past the count before it.
    const day = claimAt('قتل ثلاثة أشخاص في اليوم الرابع من المعارك.', 'رابع');
    expect([day?.kind, day?.comparable]).toEqual(['ordinal', false]);
    // One past it, but no word of what befell someone before it.
    const round = claimAt('فاز الفريق في ثلاثة أدوار وتأهل إلى الدور الرابع.', 'رابع');
    expect([round?.kind, round?.comparable]).toEqual(['ordinal', false]);
  });
});

describe('«آخر» after a count and a word of fate is one more person', () => {
  it('reads «وأصاب آخر» after three dead as one injured', () => {
    const c = claimAt('قبضت الشرطة على رجل قتل 3 أشخاص وأصاب آخر؛ وأحيل إلى التحقيق.', 'آخر');
    expect([c?.value, c?.comparable, c?.concept]).toEqual([1, true, 'injured']);
  });

  it('reads no number from «آخرين», from «آخر» before a noun, or with no fate word', () => {
    expect(claimsOf('أسفر الحادث عن مقتل شخصين وإصابة آخرين.').map((c) => c.text)).toEqual(['شخصين']);
    expect(claimAt('أصيب 4 أشخاص في آخر أيام المهرجان.', 'آخر')).toBeUndefined();
    expect(claimAt('وصل 5 زوار وغادر آخر صباح الجمعة.', 'آخر')).toBeUndefined();
  });
});

describe('the rescued and the graduates', () => {
  it('counts «غريق» under a verb of rescue as the rescued', () => {
    expect(claimAt('فرق الدفاع المدني تنقذ 12 غريقا على الشاطئ', '12')?.concept).toBe('rescued');
    expect(claimAt('خفر السواحل ينقذ 9 غرقى قبالة الجزيرة', '9')?.concept).toBe('rescued');
    // Without a rescue the drowned are dead.
    expect(claimAt('وانتشلت الفرق 4 غرقى من البحر.', '4')?.concept).toBe('death');
  });

  it('counts those a course graduated by any noun as the graduates', () => {
    expect(claimAt('احتفلت الكلية بتخريج 120 طالبا من قسم الهندسة.', '120')?.concept).toBe('graduate');
    expect(claimAt('وبلغ عدد الخريجين هذا العام 75 خريجا.', '75')?.concept).toBe('graduate');
    // Trained is not graduated.
    expect(claimAt('وقام المركز بتدريب 30 متطوعا على الإسعاف.', '30')?.concept).not.toBe('graduate');
  });
});

describe('«معبر» alone is a border crossing, not a kind of ballot', () => {
  it('gives no vote concept to people who crossed a border', () => {
    const c = claimAt('وأكد المصدر أن نحو 8 آلاف سوري عبر معبر الحدود منذ يومين.', 'نحو 8 آلاف');
    expect(c?.concept ?? '').not.toMatch(/^votes/);
  });

  it('still reads «المعبر عنها» as valid votes', () => {
    expect(claimAt('وبلغ عدد الأصوات المعبر عنها 950 ألف صوت.', '950 ألف')?.concept).toBe('votes:valid');
  });
});
