// A referendum's options own their votes (lib/pipeline/claims/options.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';
import { topicLabel } from '../../../lib/pipeline/compare/label';

const RESULT = 'وأظهرت النتائج أن 67.5% من الناخبين صوتوا بنعم على التعديلات، مقابل 32.5% صوتوا بلا، فيما بلغت نسبة المشاركة 44%.';

describe('the options of a referendum', () => {
  const claims = extractClaims(RESULT);
  const at = (v: number) => claims.find((c) => c.value === v)!;

  it('gives each share its option, never turnout', () => {
    expect(at(67.5).concept).toBe('percent:vote');
    expect(at(67.5).owners).toEqual(['option:yes']);
    expect(at(32.5).owners).toEqual(['option:no']);
    expect(at(44).concept).toBe('percent:turnout');
  });

  it('keeps the options apart, and apart from a share nobody owns', () => {
    expect(matchScore(at(67.5), at(32.5))).toBeNull();
    const nobody = extractClaims('وحصلت التعديلات على 66% من الأصوات في الاستفتاء.').find((c) => c.value === 66)!;
    expect(nobody.concept).toBe('percent:vote');
    expect(matchScore(at(67.5), nobody)).toBeNull();
  });

  it('reads a share of those who voted for an option as no share of the vote', () => {
    const text = RESULT + ' وقال المحلل إن 40% من الناخبين الذين صوتوا بنعم قد يندمون.';
    expect(extractClaims(text).find((c) => c.value === 40)?.concept).toBeNull();
    // («صوت 61% من الناخبين بنعم» is the option's share.)
    expect(extractClaims('وصوت 61% من الناخبين بنعم في الاستفتاء.').find((c) => c.value === 61)?.owners).toEqual(['option:yes']);
  });

  it('reads an option named before its figure, and votes counted for one', () => {
    const text = 'وجاءت نتيجة الاستفتاء بموافقة 61% ورفض 39%. وصوت 12 مليون ناخب بنعم.';
    const c = extractClaims(text);
    expect(c.find((x) => x.value === 61)?.owners).toEqual(['option:yes']);
    expect(c.find((x) => x.value === 39)?.owners).toEqual(['option:no']);
    expect(c.find((x) => x.value === 12000000)?.concept).toBe('votes');
  });

  it('reads the option in brackets or quotes, and after a comma before the verb of voting', () => {
    const owner = (text: string, v: number) => extractClaims(text).find((x) => x.value === v)?.owners;
    const brackets = 'وسجلت نسبة الاقتراع بـ(نعم) 81.3 بالمئة في الاستفتاء، مقابل 18.7 بالمئة للتصويت بـ(لا).';
    expect(owner(brackets, 81.3)).toEqual(['option:yes']);
    expect(owner(brackets, 18.7)).toEqual(['option:no']);
    const comma = 'وأضافت أن 81.3% من المقترعين في التعديل الدستوري، صوتوا بالموافقة.';
    expect(extractClaims(comma).find((x) => x.value === 81.3)?.concept).toBe('percent:vote');
    expect(owner(comma, 81.3)).toEqual(['option:yes']);
    const quoted = 'وقال رئيس الهيئة إن 212 ألف ناخب اختاروا "لا" أي بنسبة 18.7%، و1.1 مليون قاموا بالاقتراع بـ"نعم".';
    expect(owner(quoted, 18.7)).toEqual(['option:no']);
    expect(extractClaims(quoted).find((x) => x.value === 1100000)?.concept).toBe('votes');
    expect(owner(quoted, 1100000)).toEqual(['option:yes']);
  });

  it('names the option in the topic label', () => {
    expect(topicLabel([at(67.5)], [])).toContain('«نعم»');
  });

  it('reads no option outside a vote, nor the negation «لا»', () => {
    expect(extractClaims('ورفض 39% من المستطلعين الخطة.').find((c) => c.value === 39)?.owners ?? []).toEqual([]);
    expect(extractClaims('وقال إن 40 ألف ناخب لا يثقون بالنتائج.').find((c) => c.value === 40000)?.concept).toBe('voter');
  });
});
