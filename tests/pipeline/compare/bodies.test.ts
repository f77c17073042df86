// Bodies recovered and the dead (lib/pipeline/compare/bodies.ts): one count until a read counts
// them apart. Invented sentences.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { bodiesAsDead } from '../../../lib/pipeline/compare/bodies';
import type { Claim } from '../../../lib/types';

const usable = (c: Claim) => c.comparable && c.concept !== null;
const read = (text: string) => ({ claims: extractClaims(text).filter(usable), text: () => text });

describe('the bodies recovered are the dead known so far', () => {
  const bodies = 'وانتشلت فرق الإنقاذ جثث خمسة أشخاص بعد غرق العبارة، فيما يتواصل البحث عن 9 مفقودين.';
  const dead = 'وارتفع عدد ضحايا غرق العبارة إلى سبعة، بحسب الدفاع المدني.';

  it('reads them as the toll where the read gives no count of the dead', () => {
    expect(extractClaims(bodies).find((c) => c.value === 5)?.concept).toBe('bodies');
    expect([...bodiesAsDead([read(bodies), read(dead)]).values()]).toEqual(['death']);
  });

  it('reads the bodies of migrants or passengers as the toll too, never those of women or children', () => {
    const migrants = 'وانتشلت فرق الإنقاذ جثث 9 مهاجرين بعد غرق القارب.';
    expect(extractClaims(migrants).find((c) => c.value === 9)?.concept).toBe('bodies:migrant');
    expect([...bodiesAsDead([read(migrants), read(dead)]).values()]).toEqual(['death']);
    const children = extractClaims('وانتشلت فرق الإنقاذ جثث 4 أطفال بعد غرق القارب.').find((c) => c.value === 4);
    expect(children?.concept).toMatch(/^bodies:/);
    expect(bodiesAsDead([read('وانتشلت فرق الإنقاذ جثث 4 أطفال بعد غرق القارب.'), read(dead)]).size).toBe(0);
  });

  it('meets another read\'s toll on one card', () => {
    const a = mk('غرق عبارة قبالة الساحل', bodies, 'https://a.example/b');
    const b = mk('غرق عبارة قبالة الساحل', dead, 'https://b.example/b');
    expect(cards([a, b])).toContainEqual([5, 7]);
  });

  it('stays apart where a read counts both, or nothing counts the dead, or in a war', () => {
    // «7 جثث … وتوفي اثنان في المستشفى»: the bodies are a part of the dead in this story.
    const both = 'وعثر على 7 جثث على متن القارب، وارتفع عدد الوفيات إلى 9 بعد وفاة آخرين في المستشفى.';
    expect(read(both).claims.map((c) => c.concept)).toEqual(['bodies', 'death']);
    expect(bodiesAsDead([read(bodies), read(both)]).size).toBe(0);
    expect(bodiesAsDead([read(bodies), read('وانتشلت الفرق 8 جثث من المياه.')]).size).toBe(0);
    const rubble = 'وفي الحرب على المدينة، انتشلت فرق الدفاع المدني جثث 12 شخصا من تحت الأنقاض.';
    expect(bodiesAsDead([read(rubble), read(dead)]).size).toBe(0);
  });
});
