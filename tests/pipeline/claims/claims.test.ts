import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { fold } from '../../../lib/pipeline/text/fold';
import type { Claim } from '../../../lib/types';
import { seeds } from '../../fixtures/stories';
import { describeShared } from '../../fixtures/describe-shared';

const find = (claims: Claim[], pred: (c: Claim) => boolean) => claims.filter(pred);

describe('extractClaims on invented sentences', () => {
  it('groups soldiers, deaths and injured by concept, with owners and places', () => {
    const c = extractClaims('قالت الوزارة إن كندا أرسلت 5 آلاف جندي إلى البرازيل. وقتل 12 شخصا وأصيب 30 آخرون في تورونتو.');
    const soldiers = c.find((x) => x.value === 5000);
    expect(soldiers?.concept).toBe('soldier');
    expect(soldiers?.owners).toContain('ca');
    expect(c.find((x) => x.value === 12)?.concept).toBe('death');
    expect(c.find((x) => x.value === 30)?.concept).toBe('injured');
  });

  it('keeps per-province figures apart from the national one', () => {
    const c = extractClaims('ارتفعت الحصيلة إلى 900 وفاة، منها 500 وفاة بإقليم النخيل، و200 وفاة بإقليم الواحة.');
    expect(c.find((x) => x.value === 900)?.places ?? []).toEqual([]);
    expect(c.find((x) => x.value === 500)?.places).toEqual(['place:نخيل']);
    expect(c.find((x) => x.value === 200)?.places).toEqual(['place:واحه']);
    expect(c.find((x) => x.value === 500)?.adminPlace).toBe(true);
  });

  it('marks rates, projections and denials', () => {
    const c = extractClaims(
      'وتخسر القوات نحو 500 جندي يوميا. ويتوقع المسؤولون أن يصل عدد القتلى إلى 9 آلاف. ونفت الجمعية وفاة 7 آلاف شخص.',
    );
    expect(c.find((x) => x.value === 500)?.rate).toBe('day');
    expect(c.find((x) => x.value === 9000)?.modality).toBe('projection');
    expect(c.find((x) => x.value === 7000)?.modality).toBe('denial');
    expect(c.find((x) => x.value === 500)?.modality).toBe('count');
  });

  it('reads a denial only in the figure’s own clause, not one before a clause joined by «و»', () => {
    const c = extractClaims('ونفت الهيئة في بيانها مسؤولية الشركة عن العطل، وأثر العطل على مغادرة 12 رحلة. ونفت الهيئة، في بيان، تأخر 9 رحلات.');
    expect(c.find((x) => x.value === 12)?.modality).toBe('count');
    expect(c.find((x) => x.value === 9)?.modality).toBe('denial');
  });

  it('finds who gave the figure', () => {
    const c = extractClaims('وقال المتحدث باسم الجيش العقيد سامي يوسف، إن 40 مقاتلا قتلوا. وبحسب وزارة الصحة السورية، بلغ عدد الجرحى 90 شخصا.');
    expect(c.find((x) => x.value === 40)?.attribution).toBe('سامي يوسف');
    expect(fold(c.find((x) => x.value === 90)?.attribution ?? '')).toBe(fold('وزارة الصحة السورية'));
  });

  it('never lets dates, years or model names be compared', () => {
    const c = extractClaims('وصلت 12 طائرة من طراز إف-16 في 8 نوفمبر عام 2022 بعد رحلة استغرقت 5 ساعات.');
    for (const x of c) if (/2022|نوفمبر|16|ساعات/.test(x.text)) expect(x.comparable).toBe(false);
    expect(c.find((x) => x.value === 12)?.comparable).toBe(true);
  });

  it('reports the sentence each claim stands in, with its offset', () => {
    const text = 'مقدمة قصيرة. ثم قتل 15 شخصا في الهجوم.';
    const c = extractClaims(text).find((x) => x.value === 15);
    expect(c).toBeDefined();
    expect(text.slice(c!.sentenceStart, c!.sentenceStart + c!.sentence.length)).toBe(c!.sentence);
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
  });
});

describeShared('extractClaims on the seeds', () => {
  const s = seeds().map((a) => extractClaims(a.text));
  const troops = (claims: Claim[]) => find(claims, (c) => c.concept === 'soldier' && (c.owners ?? []).some((o) => /^(kp|group:kp)/.test(o)));

  it('finds the troop figures with their attribution', () => {
    expect(troops(s[0]).map((c) => c.value)).toContain(10000);
    expect(troops(s[1]).map((c) => c.value)).toContain(10000);
    expect(troops(s[3]).every((c) => c.value === 8000 && c.qualifier === 'more-than')).toBe(true);
    expect(troops(s[3]).length).toBeGreaterThan(0);
    expect(troops(s[4]).every((c) => c.value === 3000)).toBe(true);
    const kirby = troops(s[4]).map((c) => fold(c.attribution ?? ''));
    expect(kirby).toContain(fold('جون كيربي'));
    expect(troops(s[3]).map((c) => c.attribution)).toContain('الولايات المتحدة');
  });

  it('keeps the traps out of the North Korean troop claims', () => {
    const all = s.flat();
    const korean = new Set(troops(all));
    for (const c of all) {
      const t = fold(c.sentence);
      if (/ثلاثه جنود|نحو 40 عسكريا|280 عسكري/.test(t) && /ثلاثه|40|280/.test(fold(c.text))) expect(korean.has(c)).toBe(false);
    }
    const rate = all.find((c) => c.value === 1200);
    expect(rate?.rate).toBe('day');
    for (const c of all) {
      if (/2022|2024|نوفمبر|16|190|U17/.test(c.text) && c.kind !== 'count') expect(c.comparable).toBe(false);
    }
    expect(all.filter((c) => /إف-16|إمبراير/.test(c.text)).every((c) => !c.comparable)).toBe(true);
  });

  it('the ticker of seed 002 gives no soldier claim', () => {
    expect(troops(s[2])).toEqual([]);
  });
});
