// A candidate's votes and share are the candidate's (lib/pipeline/claims/scope.ts, shares.ts,
// lib/pipeline/text/people.ts), never the total cast nor another candidate's. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { matchScore } from '../../../lib/pipeline/compare/align';

const RESULTS =
  'وأعلنت اللجنة الانتخابية النتائج النهائية. وحصل المرشح رامي سالم على مليونين و100 ألف صوت بنسبة 70.2%، ' +
  'يليه المرشح هادي عمران بـ 600 ألف صوت بنسبة 20.1%، ثم نادر حداد بـ 290 ألف صوت بنسبة 9.7%. ' +
  'وبلغ عدد الأصوات الصحيحة مليونين و990 ألف صوت.';

describe('candidates in a list of results', () => {
  const claims = extractClaims(RESULTS);
  const at = (v: number) => claims.find((c) => c.value === v);

  it('gives each count and share its own candidate', () => {
    const owners = (v: number) => (at(v)?.owners ?? []).join(',');
    expect(owners(2100000)).toBe('person:رامي سالم');
    expect(owners(70.2)).toBe('person:رامي سالم');
    expect(owners(600000)).toBe('person:هادي عمران');
    expect(owners(20.1)).toBe('person:هادي عمران');
    expect(owners(290000)).toBe('person:نادر حداد');
    expect(owners(9.7)).toBe('person:نادر حداد');
  });

  it('never puts one candidate’s votes with another’s or with all valid votes', () => {
    const [a, b, c, total] = [at(2100000), at(600000), at(290000), at(2990000)];
    expect(total?.concept).toBe('votes:valid');
    expect(matchScore(a!, b!)).toBeNull();
    expect(matchScore(b!, c!)).toBeNull();
    expect(matchScore(a!, total!)).toBeNull();
    expect(matchScore(at(70.2)!, at(20.1)!)).toBeNull();
  });

  it('reads whose share «لصالح» names', () => {
    const share = extractClaims('وأظهرت نتائج الانتخابات تقدم الرئيس بنسبة 52.5%، مقابل 47.5% لصالح كريم داود.').find((c) => c.value === 47.5);
    expect(share?.concept).toBe('percent:vote');
    expect(share?.owners).toEqual(['person:كريم داود']);
  });
});

describe('a share with no candidate named', () => {
  it('never meets one candidate’s share, and still meets another share with no name', () => {
    const owned = extractClaims('وحصل المرشح رامي سالم على 55% من الأصوات في الانتخابات.').find((c) => c.value === 55)!;
    const nobody = extractClaims('وأظهرت النتائج أن الفائز حصل على 56% من الأصوات في الانتخابات.').find((c) => c.value === 56)!;
    const nobody2 = extractClaims('وقالت اللجنة إن الفائز نال 57% من الأصوات في الانتخابات.').find((c) => c.value === 57)!;
    expect(owned.concept).toBe('percent:vote');
    expect(nobody.concept).toBe('percent:vote');
    expect(nobody.owners).toEqual([]);
    expect(matchScore(owned, nobody)).toBeNull();
    expect(matchScore(nobody, nobody2)).not.toBeNull();
  });
});

describe('shares of the voters that are not turnout', () => {
  it('reads what a share of the voters think or chose as no turnout', () => {
    const c = extractClaims('وقال 40% من الناخبين إنهم لا يثقون بالحكومة في الانتخابات.').find((x) => x.value === 40);
    expect(c?.concept).not.toMatch(/turnout/);
    expect(extractClaims('وشارك في الاقتراع مليون ناخب، بنسبة 12.5% من عدد الناخبين.').find((x) => x.value === 12.5)?.concept).toBe('percent:turnout');
    expect(extractClaims('وبلغت المشاركة 30% من الناخبين المسجلين.').find((x) => x.value === 30)?.concept).toBe('percent:turnout');
  });

  it('keeps a poll’s share apart from a result', () => {
    const poll = extractClaims('وأظهر استطلاع للرأي أن 45% من الناخبين يؤيدون المرشح سامي الحداد في الانتخابات.').find((x) => x.value === 45)!;
    const result = extractClaims('وحصل المرشح سامي الحداد على 51% من الأصوات في الانتخابات.').find((x) => x.value === 51)!;
    expect(poll.modality).toBe('projection');
    expect(result.modality).toBe('count');
    expect(matchScore(poll, result)).toBeNull();
  });
});

describe('a candidate named by one word', () => {
  it('owns the votes, which never meet all the votes counted', () => {
    const own = extractClaims('وحصل حداد على 39 مليون صوت في الانتخابات الرئاسية.').find((c) => c.value === 39000000)!;
    const all = extractClaims('وبلغ إجمالي الأصوات في الانتخابات الرئاسية 44 مليون صوت.').find((c) => c.value === 44000000)!;
    expect(own.owners).toEqual(['person:حداد']);
    expect(all.owners ?? []).toEqual([]);
    expect(matchScore(own, all)).toBeNull();
  });
});
