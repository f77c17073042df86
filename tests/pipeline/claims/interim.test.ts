// Interim election figures (lib/pipeline/claims/interim.ts): an hour of polling day, said in the
// figure's sentence or in the previous one by the same speaker. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text).find((c) => c.value === v)?.concept;

describe('figures given at an hour of polling day', () => {
  it('reads the hour in the figure’s own sentence', () => {
    expect(conceptOf('وبلغ عدد الناخبين الذين أدلوا بأصواتهم 120 ألف ناخب حتى الساعة 13.', 120000)).toBe('voter:at:13');
    expect(conceptOf('وبلغت نسبة المشاركة 6.2 بالمئة قبل ساعتين من إغلاق مراكز الاقتراع.', 6.2)).toBe('percent:turnout:at:before-close');
  });

  it('carries the hour to the next sentence of the same speaker', () => {
    const text = 'وأعلن رئيس اللجنة أن نسبة المشاركة بلغت 5.1 بالمئة، وذلك قبل أربع ساعات من غلق مراكز الاقتراع. وقال إن 410 آلاف ناخب أدلوا بأصواتهم.';
    expect(conceptOf(text, 410000)).toBe('voter:at:before-close');
  });

  it('does not carry it to a sentence with a new subject or one about the close', () => {
    const before = 'وأعلن رئيس اللجنة أن نسبة المشاركة بلغت 5.1 بالمئة حتى الساعة 12. ';
    expect(conceptOf(before + 'وأدلى 900 ألف ناخب بأصواتهم في الدور الأول.', 900000)).toBe('voter');
    expect(conceptOf(before + 'وأضاف أن 900 ألف ناخب أدلوا بأصواتهم حتى إغلاق مراكز الاقتراع.', 900000)).toBe('voter');
    expect(conceptOf(before + 'وتابع أن نسبة المشاركة النهائية بلغت 9.4 بالمئة.', 9.4)).toBe('percent:turnout');
  });

  it('does not carry a time that was not an election figure’s', () => {
    const text = 'ووقع الانفجار عند الساعة 11 صباحا وأسفر عن 3 قتلى. وقال إن 400 ألف ناخب أدلوا بأصواتهم.';
    expect(conceptOf(text, 400000)).toBe('voter');
  });
});

describe('turnout named once in a sentence, and the present after an earlier year', () => {
  it('reads a bare «نسبة» as the rate the sentence named before, figures between', () => {
    const text = 'وسجلت الانتخابات أعلى نسبة مشاركة، حيث بلغت 70 % فيما كانت أدنى نسبة في انتخابات أخرى بلغت 8 %.';
    expect(conceptOf(text, 8)).toBe('percent:turnout');
  });

  it('keeps a figure given for the present apart from the earlier year named before it', () => {
    const text = 'وسجلت الانتخابات في 2009 أعلى نسبة مشاركة، حيث بلغت 70 % فيما كانت أدنى نسبة في الانتخابات التي جرت اليوم وبلغت 8 %.';
    const claims = extractClaims(text, { published: '2024-05-02T00:00:00Z' });
    expect(claims.find((c) => c.value === 70)?.concept).toBe('percent:turnout:in:2009');
    expect(claims.find((c) => c.value === 8)?.concept).toBe('percent:turnout');
  });
});

describe('one day of a vote held over several, and hours said in words', () => {
  it('reads «في اليوم الأول من الاقتراع» as an interim figure, and names it', () => {
    const c = extractClaims('وبلغت نسبة المشاركة في اليوم الأول من الاقتراع 17 بالمئة.').find((x) => x.value === 17);
    expect(c?.concept).toBe('percent:turnout:at:day1');
    expect(c?.label).toBe('نسبة المشاركة في اليوم الأول من الاقتراع');
    expect(conceptOf('وأدلى 40 ألف ناخب بأصواتهم في اليوم الثاني من التصويت.', 40000)).toBe('voter:at:day2');
  });

  it('reads an afternoon hour in words as interim', () => {
    expect(conceptOf('وبلغت نسبة المشاركة حتى الرابعة عصرا 30 بالمئة.', 30)).toBe('percent:turnout:at:day');
  });

  it('leaves the first day of anything else alone', () => {
    expect(conceptOf('وبلغت نسبة المشاركة في الانتخابات 52 بالمئة بعد اليوم الأول من الحملة.', 52)).toBe('percent:turnout');
  });
});
