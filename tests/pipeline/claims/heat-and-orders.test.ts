// Invented sentences: degrees of heat are no quake magnitude (concept-of.ts TEMPERATURE), and
// «أمر/أمرًا» (an order) is no «امرأة» (concepts.ts FALSE_FRIENDS), and a noun of arrest right
// before the figure counts the arrested (concept-of.ts CAPTURED); a noun after «غير» names no concept.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const concept = (text: string, v: number): string | null | undefined =>
  extractClaims(text, { published: '2025-05-04' }).find((c) => c.value === v)?.concept;

describe('degrees of heat', () => {
  it('gives «N درجة مئوية» no magnitude', () => {
    expect(concept('وتوقع الراصد الجوي أن تبلغ الحرارة في المدينة الساحلية 47 درجة مئوية يوم الجمعة.', 47)).toBeNull();
  });
  it('gives degrees after «درجة الحرارة» no magnitude', () => {
    expect(concept('وقال المركز إن درجة الحرارة ستنخفض إلى 12 درجة في المرتفعات.', 12)).toBeNull();
  });
  it('keeps a quake measured in degrees a magnitude', () => {
    expect(concept('وضرب زلزال بقوة 6.1 درجات الساحل الشرقي صباح الأحد.', 6.1)).toBe('magnitude');
  });
});

describe('orders counted are not women', () => {
  it('reads «N أمرًا ملكيًا» as no women', () => {
    expect(concept('وأصدر الحاكم أمس 34 أمرًا شملت تعيين وزراء جدد.', 34)).not.toBe('woman');
  });
  it('still reads «N امرأة» as women', () => {
    expect(concept('وشاركت 34 امرأة في الدورة التدريبية الأولى للمهندسات.', 34)).toBe('woman');
  });
});

describe('a noun of arrest right before the figure', () => {
  it('reads «وإيقاف N آخرين» after a death as arrested', () => {
    expect(concept('وأسفرت المداهمة عن مقتل أحد المسلحين وإيقاف 9 آخرين وحجز ذخيرة.', 9)).toBe('arrested');
  });
  it('keeps «وإصابة N آخرين» injured', () => {
    expect(concept('وأسفرت المداهمة عن مقتل أحد المسلحين وإصابة 9 آخرين بجروح.', 9)).toBe('injured');
  });
});

describe('a noun negated by «غير»', () => {
  it('gives «N شخص غير مصابين» no injured concept', () => {
    expect(concept('وقارن الباحثون المرضى بنحو 4500 شخص غير مصابين بالمرض.', 4500)).not.toBe('injured');
  });
  it('keeps «N شخصا مصابين» injured', () => {
    expect(concept('ووصل إلى المستشفى 45 شخصا مصابين بجروح مختلفة.', 45)).toBe('injured');
  });
});
