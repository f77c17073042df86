// Those who left their homes and those evacuated (lib/pipeline/claims/concepts.ts, concept-of.ts
// theirPlace / leftTheirHomes): invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const conceptOf = (text: string, v: number): string | null => extractClaims(text).find((c) => c.value === v)?.concept ?? null;

describe('people and their homes', () => {
  it('never counts the homes those counted came from («30 ألف شخص من منازلهم»)', () => {
    expect(conceptOf('ونزح أكثر من 30 ألف شخص من منازلهم.', 30000)).toBe('displaced');
    expect(String(conceptOf('وفر أكثر من 30 ألف شخص من قراهم.', 30000))).not.toMatch(/^(building|village)/);
    // (Homes counted by their own noun stay homes.)
    expect(conceptOf('ودمرت السيول 300 منزل.', 300)).toBe('building:destroyed');
  });

  it('reads those made to leave their homes as displaced', () => {
    expect(conceptOf('واضطر 30 ألف شخص إلى مغادرة منازلهم.', 30000)).toBe('displaced');
    expect(conceptOf('وأجبر 30 ألف شخص على ترك منازلهم.', 30000)).toBe('displaced');
    expect(conceptOf('وأدى القصف إلى نزوح 12 ألف شخص.', 12000)).toBe('displaced');
  });

  it('reads those evacuated apart from those who fled', () => {
    expect(conceptOf('وتم إجلاء 30 ألف شخص من منازلهم.', 30000)).toBe('evacuated');
    expect(conceptOf('وقررت السلطات إجلاء 500 من السكان.', 500)).toBe('evacuated');
    expect(conceptOf('وتسبب القصف في نزوح 500 من السكان.', 500)).toBe('displaced');
    // («من أجل» is no evacuation.)
    expect(conceptOf('وجمعت الجمعية التبرعات من أجل 300 شخص.', 300)).not.toBe('evacuated');
  });
});

describe('households counted by what befell them (concepts.ts countsFamilies)', () => {
  it('reads families displaced, affected or evacuated as their own counts, not the people', () => {
    expect(conceptOf('فيما نزحت نحو 1500 أسرة بعد أن غمرت المياه قراها.', 1500)).toBe('displaced:family');
    expect(conceptOf('وأجبرت السيول 1460 أسرة على ترك منازلها.', 1460)).toBe('displaced:family');
    expect(conceptOf('وشردت الأمطار 300 عائلة في الولاية.', 300)).toBe('displaced:family');
    expect(conceptOf('وتضررت 800 عائلة من السيول.', 800)).toBe('affected:family');
    expect(conceptOf('وتم إجلاء 200 أسرة من الحي.', 200)).toBe('evacuated:family');
  });

  it('leaves families with nothing said of them a noun of their own, and a family named after people to the people', () => {
    expect(conceptOf('ووزعت الجمعية مساعدات على 500 أسرة محتاجة.', 500)).toBe('unit:اسر');
    expect(conceptOf('وقتل 5 أشخاص من أسرة واحدة في القصف.', 5)).toBe('death');
    // («أسرى» are prisoners still, «وأسر» the verb of capture.)
    expect(conceptOf('وأفرج عن 40 من الأسرى.', 40)).not.toMatch(/family/);
  });
});

describe('those who drowned while crossing', () => {
  it('are the dead, not those who crossed («غرقوا أثناء محاولتهم عبور النهر»)', () => {
    expect(conceptOf('وأضافت أن ستة أشخاص على الأقل غرقوا أثناء محاولتهم عبور النهر.', 6)).toBe('death');
    expect(conceptOf('وأكدت المنظمة غرق 6 أشخاص أثناء عبور النهر.', 6)).toBe('death');
    expect(conceptOf('وقالت المفوضية إن 3 آلاف شخص عبروا الحدود يوم الأحد.', 3000)).toBe('crossed');
  });
});
