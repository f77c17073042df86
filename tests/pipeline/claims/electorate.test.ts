// Registered voters against those who voted (lib/pipeline/claims/electorate.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null | undefined => extractClaims(text).find((c) => c.value === v)?.concept;

describe('the electorate and those who voted', () => {
  it('reads a registered word right after the noun as the electorate, whatever verb came first', () => {
    const text = 'ولم يتجاوز عدد المقترعين 700 ألف مقترع من إجمالي 8 ملايين ناخب مسجلين في السجل.';
    expect(conceptOf(text, 700000)).toBe('voter');
    expect(conceptOf(text, 8000000)).toBe('voter:registered');
  });

  it('leaves those who voted as voters when the registered word belongs to the next figure', () => {
    const text = 'وأوضح أن عدد المقترعين عند الغلق، بلغ 640 ألفا و120 مقترعا من إجمالي نحو 8.1 مليون ناخب مسجل.';
    expect(conceptOf(text, 640120)).toBe('voter');
    expect(conceptOf(text, 8100000)).toBe('voter:registered');
  });

  it('reads the whole a turnout is taken from as the electorate', () => {
    expect(conceptOf('وشارك في الاقتراع 500 ألف ناخب من أصل 6 ملايين ناخب.', 6000000)).toBe('voter:registered');
    expect(conceptOf('وشارك في الاقتراع 500 ألف ناخب من أصل 6 ملايين ناخب.', 500000)).toBe('voter');
  });

  it('reads those called to vote as the electorate', () => {
    expect(conceptOf('ودُعي أكثر من 40 مليون ناخب إلى الإدلاء بأصواتهم في الجولة الثانية.', 40000000)).toBe('voter:registered');
  });

  it('keeps voters among the registered as voters', () => {
    expect(conceptOf('وبلغ عدد المقترعين من الناخبين المسجلين 250 ألف ناخب.', 250000)).toBe('voter');
    expect(conceptOf('وبلغ عدد الناخبين المسجلين 9 ملايين ناخب.', 9000000)).toBe('voter:registered');
  });

  it('reads the members a vote is taken among as its electorate, whatever their noun', () => {
    expect(conceptOf('وصوّت 21 ألف منتسب من أصل 52 ألف مخول لهم المشاركة في التصويت.', 52000)).toBe('voter:registered');
    const among = 'ومن بين 64 ألف عضو في النقابة استغل 30 ألفا و400 عضو حقهم في الاقتراع.';
    expect(conceptOf(among, 64000)).toBe('voter:registered');
    // Members counted with no vote in sight are still members.
    expect(conceptOf('ومن بين 64 ألف عضو في النقابة حضر 30 ألفا الاجتماع السنوي.', 64000)).toBe('unit:عضو');
  });
});
