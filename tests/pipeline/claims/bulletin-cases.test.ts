// An epidemic's bulletin counts its cases in its own words (lib/pipeline/claims/concept-of.ts,
// measure.ts): cases called confirmed, a registered day's cases, what befell the cases named before
// the figure, a figure highlighted in brackets. Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const concepts = (text: string): string => extractClaims(text).filter((c) => c.comparable).map((c) => `${c.value}:${c.concept}`).join(' ');

describe('an epidemic bulletin', () => {
  it('counts confirmed cases as the infected, in brackets or not', () => {
    expect(concepts('وأعلنت الوزارة عن 6 حالات إيجابية مؤكدة بالفيروس خلال الأسبوع الماضي.')).toBe('6:injured');
    expect(concepts('وبلغ العدد الكلي للحالات المؤكدة (812) حالة.')).toBe('812:injured');
  });

  it('reads the cases a bulletin registers as the day’s, and a case listed after them too', () => {
    expect(concepts('أعلنت الوزارة تسجيل حالة وفاة وحالتي إصابة مؤكدة بفيروس الحمى في المدينة.')).toBe('1:death:new 2:injured:new');
    expect(concepts('وسجلت الوزارة 3 وفيات و5 إصابات بالفيروس.')).toBe('3:death:new 5:injured:new');
    // (Registered since a date: a running total; outside an epidemic: an event's own toll.)
    expect(concepts('ورصدت الوزارة 812 حالة إصابة مؤكدة بالفيروس منذ عام 2012.')).not.toContain(':new');
    expect(concepts('وسجلت الشرطة 3 وفيات في حادث سير.')).toBe('3:death');
    // A day's one or two cases counted by «حالة» itself; the running total by its numeral.
    expect(concepts('وارتفع عدد الوفيات بالفيروس إلى 301 حالة بعد وفاة حالتين.')).toBe('301:death 2:death:new');
    expect(concepts('حالة وفاة وإصابتان بالكوليرا في المدينة')).toBe('1:death:new 2:injured');
  });

  it('counts what befell the cases, not who they were, and a breakdown’s total as none of its items', () => {
    expect(concepts('وأكدت الوزارة شفاء (340) حالة مصابة بالفيروس.')).toBe('340:recovered');
    expect(concepts('وأعلنت الوزارة وفاة 3 حالات مصابة بالفيروس.')).toBe('3:death');
    expect(concepts('وتوفيت حالتان في المدينة.')).toBe('2:death');
    expect(concepts('وتوفيت حالتان بالفيروس في المدينة.')).toBe('2:death:new');
    expect(concepts('ونتج عن الحادث حالتين حالة وفاة وحالة حرجة.')).not.toMatch(/^2:(death|injured)/);
  });

  it('keeps the dead and the injured of a headline apart when the injured are a dual', () => {
    expect(concepts('الوزارة: 3 وفيات وإصابتان بالحمى')).toBe('3:death 2:injured');
  });
});
