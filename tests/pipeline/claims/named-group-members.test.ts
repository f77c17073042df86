// Members («عناصر») of a group named by its own name are its fighters, not troops
// (claims/concept-of.ts armedGroupMembers), and firefighters, who are neither: invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null => extractClaims(text).find((c) => c.value === v)?.concept ?? null;

describe('members of a named group', () => {
  it('counts a named group\'s members as militants', () => {
    expect(conceptOf('وأسفرت الغارات عن قتل 31 من عناصر جبهة قزحلان.', 31)).toBe('death:militant');
  });

  it('reads a group\'s name in quotation marks, after «عناصر» or after «عنصرا من»', () => {
    expect(conceptOf('وقتل 13 من عناصر «قزحلان» في الغارة.', 13)).toBe('death:militant');
    expect(conceptOf('قتل 13 عنصرا من «قزحلان» في الغارة.', 13)).toBe('death:militant');
    // (Quoted with the article, the name may be a state's service: no guess.)
    expect(conceptOf('أصيب 4 عناصر من «الدفاع المدني» في الحريق.', 4)).not.toBe('injured:militant');
  });

  it('keeps a state\'s forces named without the article as troops', () => {
    expect(conceptOf('وقتل 12 من عناصر شرطة المرور في الهجوم.', 12)).toBe('death:soldier');
    expect(conceptOf('وقتل 12 من عناصر أمنية في الهجوم.', 12)).toBe('death:soldier');
    expect(conceptOf('وقتل 12 من عناصر الأمن في الهجوم.', 12)).toBe('death:soldier');
  });

  it('counts members of nothing named by what happened to them, and members of an armed group by its adjective', () => {
    expect(conceptOf('وتمكنت قوات الأمن من القبض على 13 عنصرا في حين فر أحدهم.', 13)).toBe('arrested');
    expect(conceptOf('واعتقلت الوحدات الخاصة 9 عناصر إرهابية في المدينة.', 9)).toBe('arrested:militant');
    expect(conceptOf('واعتقلت قوات الأمن 13 عنصرا إرهابيا في الجبل.', 13)).toBe('arrested:militant');
    expect(conceptOf('وقتل 4 من عناصر الدرك في الكمين.', 4)).toBe('death:soldier');
  });
});

describe('firefighters and civil defence crews (concept-of.ts firefighters)', () => {
  const ownersOf = (text: string, v: number): string[] => extractClaims(text).find((c) => c.value === v)?.owners ?? [];
  it('counts them as a group of their own, neither troops nor an armed group\'s fighters', () => {
    expect(conceptOf('وأوضح أن 120 رجل إطفاء شاركوا في مكافحة النيران.', 120)).toBe('firefighter');
    expect(conceptOf('وأضاف أن نحو 80 عنصرا من الحماية المدنية شاركوا في إخماد الحريق.', 80)).toBe('firefighter');
    expect(conceptOf('وأصيب 20 شخصا بينهم 7 عناصر إطفاء.', 7)).toBe('injured:firefighter');
    expect(conceptOf('وأصيب 20 شخصا بينهم 7 من رجال الإطفاء.', 7)).toBe('injured:firefighter');
    // («إطفاء» after «رجل» is no one's name.)
    expect(ownersOf('وأوضح أن 120 رجل إطفاء شاركوا في مكافحة النيران.', 120)).toEqual([]);
    // (A police force's members are still troops.)
    expect(conceptOf('وقتل 12 عنصرا من الشرطة.', 12)).toBe('death:soldier');
  });
});
