// Readings fixed in the sixtieth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences, places and figures: the verb of being trapped («حوصر»، «حوصروا»; concepts.ts);
// a count a plan aims at («بهدف»، «هدفها»; modality.ts); a poll's share of voting intentions, and a
// measure's estimate of now named before its verb (modality.ts); the year a report or a survey covers
// as its figures' period (claims/index.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const claimOf = (text: string, v: number, published = '2026-06-10'): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('people the verb says were trapped', () => {
  it('are trapped, the verb before its subject or after it', () => {
    expect(claimOf('حوصر 14 عاملا داخل نفق للصرف الصحي بعد انهيار جزء منه.', 14)?.concept).toBe('trapped:worker');
    expect(claimOf('وانتشلت الفرق 6 جثث من أصل 19 عاملا حوصروا في النفق مساء الاثنين.', 19)?.concept).toBe('trapped:worker');
  });

  it('leaves the figure before «من أصل» what it was', () => {
    expect(claimOf('وانتشلت الفرق 6 جثث من أصل 19 عاملا حوصروا في النفق مساء الاثنين.', 6)?.concept).not.toMatch(/^trapped/);
  });
});

describe('a count a plan aims at', () => {
  it('is a projection, whatever is counted', () => {
    expect(claimOf('وقال الوزير إن الحكومة ماضية بهدف استقبال ثلاثة ملايين زائر سنويا بحلول 2032.', 3000000)?.modality).toBe('projection');
    expect(claimOf('وأطلقت الهيئة برنامجا هدفه تأهيل 4 آلاف مدرسة.', 4000)?.modality).toBe('projection');
  });

  it('leaves a count reached a count', () => {
    expect(claimOf('واستقبلت البلاد ثلاثة ملايين زائر خلال العام الماضي.', 3000000)?.modality).toBe('count');
    // (An aim named in another clause is not this figure's.)
    expect(claimOf('وحققت الخطة هدفها، إذ تم تأهيل 4 آلاف مدرسة.', 4000)?.modality).toBe('count');
  });
});

describe('the year a report covers', () => {
  // (An aside between the year and the figure, «، الذي أصدرته … الأحد،», kept the year an earlier one's.)
  it('is the period of the figure it gives', () => {
    const rate = claimOf('أظهر التقرير السنوي لمسح الأسر لعام 2025، الذي أصدرته دائرة الإحصاء الأحد، أن معدل البطالة بلغ 9.8%.', 9.8, '2026-03-02')?.concept;
    expect(rate).toBe(claimOf('وبلغ معدل البطالة في البلاد 9.6% خلال عام 2025.', 9.6, '2026-03-02')?.concept);
    expect(rate).toMatch(/:per:y:2025$/);
  });

  it('leaves the year of anything else an earlier year', () => {
    expect(claimOf('وبعد صدور قانون العمل لعام 2025، الذي أقره البرلمان الأحد، قال الوزير إن معدل البطالة بلغ 9.8%.', 9.8, '2026-03-02')?.concept).toMatch(/:in:2025$/);
  });
});

describe('a share of voting intentions', () => {
  it('is a poll\'s, far from the word of the poll', () => {
    expect(claimOf('وكانت استطلاعات أجرتها مؤسسة مستقلة قبل أسبوعين من موعد الاقتراع قد منحت المرشح الأول 52% من نوايا التصويت.', 52)?.modality).toBe('projection');
  });

  it('leaves the vote\'s own shares counts', () => {
    expect(claimOf('وحصل المرشح الأول على 52% من الأصوات الصحيحة بحسب النتائج الرسمية.', 52)?.modality).toBe('count');
  });
});

describe('an estimate of a measure named before its verb', () => {
  it('is the measure now, with an adjective between', () => {
    expect(claimOf('وقال رئيس اللجنة إن نسبة المشاركة الأولية تقدر بنحو 57% من الناخبين المسجلين.', 57)?.modality).toBe('count');
  });

  it('stays a forecast with a word of the future', () => {
    expect(claimOf('وقال الخبير إن نسبة النمو المقبلة تقدر بنحو 3%.', 3)?.modality).toBe('projection');
  });
});
