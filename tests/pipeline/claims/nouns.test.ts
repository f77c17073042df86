// The one table of concept wording (lib/pipeline/claims/nouns.ts): keys built from parts are named from
// their parts, and claim labels and topic labels use the same words.
import { describe, expect, it } from 'vitest';
import { conceptNoun, nounOf } from '../../../lib/pipeline/claims/nouns';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { topicLabel } from '../../../lib/pipeline/compare/label';

describe('concept wording', () => {
  it('names a group among the counted, a time of day, a year, a part', () => {
    expect(conceptNoun('death:soldier')).toBe('القتلى من العسكريين');
    expect(conceptNoun('percent:turnout:at:11')).toBe('نسبة المشاركة حتى الساعة 11');
    expect(conceptNoun('percent:turnout:in:2011')).toBe('نسبة المشاركة في 2011');
    expect(conceptNoun('injured:part')).toBe('جزء من الجرحى');
    expect(conceptNoun('death:unidentified')).toBe('القتلى مجهولو الهوية');
    expect(nounOf('distance:km')?.definite).toBe('المسافة');
    // A known concept is named by the table, not by one outlet's noun («خريجا», «مستفيدا»).
    const graduates = extractClaims('وتم تخريج 45 متدربا من المعهد.').filter((c) => c.concept === 'graduate');
    expect(topicLabel(graduates, [])).toBe('الخريجون');
    expect(conceptNoun('unit:شاحن')).toBeNull();
  });

  it('gives a claim and its topic the same words for a rate', () => {
    const [claim] = extractClaims('وأعلنت الهيئة أن نسبة المشاركة بلغت 14.2 بالمئة.');
    expect(claim.concept).toBe('percent:turnout');
    expect(claim.label).toBe(conceptNoun('percent:turnout'));
    expect(topicLabel([claim], [])).toBe(conceptNoun('percent:turnout'));
  });
});
