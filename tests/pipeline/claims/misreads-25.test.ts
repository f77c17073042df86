// Numbers read wrong in real news of the stream (the twenty-fifth round). Invented sentences, one
// rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number, published: string | null = null): Claim | undefined => extractClaims(text, { published }).find((c) => c.value === v);

describe('a year written with its era letter («2025م», «1447هـ»)', () => {
  it('keeps the noun before it within reach of the figure after it', () => {
    // (The same sentence without the letter reads the loan; with it, the letter was one word too many.)
    const c = byValue('وأوضح أن رصيد القروض القائمة في نهاية العام 2025م ارتفع ليبلغ نحو 210.5 مليار ريال.', 210_500_000_000, '2026-03-02');
    expect(c?.concept).toMatch(/^money:loan/);
    expect(byValue('وأوضح أن رصيد القروض القائمة في نهاية العام 2025 ارتفع ليبلغ نحو 210.5 مليار ريال.', 210_500_000_000, '2026-03-02')?.concept).toBe(c?.concept);
  });
});

describe('attackers an event struck («مقتل 12 مهاجما»)', () => {
  it('are counted as the militants other outlets call them', () => {
    expect(byValue('وقتلت قوات الأمن 12 مهاجما خلال الاشتباكات.', 12)?.concept).toBe('death:militant');
    expect(byValue('وأسفرت الاشتباكات عن مقتل 17 من المهاجمين.', 17)?.concept).toBe(byValue('وأسفرت الاشتباكات عن مقتل 17 من المسلحين.', 17)?.concept);
  });

  it('stay a team’s strikers when nothing struck them', () => {
    expect(byValue('وتعاقد النادي مع 3 مهاجمين هذا الصيف.', 3)?.concept).not.toMatch(/militant/);
  });
});
