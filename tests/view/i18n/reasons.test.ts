// The words for each reason a difference exists: every reason has its own badge and its own
// explanation, in both languages, and the badge names the reason it stands for.
import { describe, expect, it } from 'vitest';
import { MESSAGES, type Lang } from '../../../lib/view/i18n/messages';
import { REASON_WORDS } from '../../../lib/view/i18n/reasons';
import type { DifferenceReason } from '../../../lib/types';

const REASONS = Object.keys(REASON_WORDS) as DifferenceReason[];
const LANGS: Lang[] = ['ar', 'en'];

describe('REASON_WORDS', () => {
  it('covers the three reasons a difference can have', () => {
    expect([...REASONS].sort()).toEqual(['contradiction', 'different-sources', 'updated']);
  });

  it('gives each reason its own badge and its own explanation (no key shared between reasons or roles)', () => {
    const keys = REASONS.flatMap((r) => [REASON_WORDS[r].badge, REASON_WORDS[r].why]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(LANGS)('in %s, every badge and explanation is written, and no two reasons read alike', (lang) => {
    const badges = REASONS.map((r) => MESSAGES[lang][REASON_WORDS[r].badge]);
    const whys = REASONS.map((r) => MESSAGES[lang][REASON_WORDS[r].why]);
    for (const s of [...badges, ...whys]) expect(s.trim()).not.toBe('');
    expect(new Set(badges).size).toBe(REASONS.length);
    expect(new Set(whys).size).toBe(REASONS.length);
  });

  it('a badge is a short label, the explanation a sentence', () => {
    for (const lang of LANGS) {
      for (const r of REASONS) {
        const badge = MESSAGES[lang][REASON_WORDS[r].badge];
        const why = MESSAGES[lang][REASON_WORDS[r].why];
        expect(badge.split(/\s+/).length).toBeLessThanOrEqual(3);
        expect(badge).not.toMatch(/[.:؛]$/);
        expect(why.length).toBeGreaterThan(badge.length);
        expect(why).toMatch(/[.؟!]$/);
      }
    }
  });

  it('the English badge names its own reason (a swapped key would show the wrong badge)', () => {
    for (const r of REASONS) expect(MESSAGES.en[REASON_WORDS[r].badge].toLowerCase()).toBe(r.replace('-', ' '));
  });
});
