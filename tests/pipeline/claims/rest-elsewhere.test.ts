// Figures a sentence goes on to «the rest» of (lib/pipeline/claims/rest-elsewhere.ts): invented sentences.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { cards, mk } from '../../fixtures/invented-compare';

const concepts = (text: string): Record<number, string | null> => Object.fromEntries(extractClaims(text).map((c) => [c.value, c.concept]));

describe('a count before «the rest» is some of a whole', () => {
  it('makes the figure before «the rest», and the items joined to it, parts', () => {
    expect(concepts('وأعلنت مديرية الصحة أن عدد ضحايا السيول بلغ 12 قتيلا و45 مصابا في الولاية، في حين توزع باقي الضحايا على ولايتين مجاورتين.')).toMatchObject({ 12: 'death:part', 45: 'injured:part' });
    expect(concepts('وقتل 19 شخصا في المدينة، والبقية في القرى المجاورة.')).toMatchObject({ 19: 'death:part' });
  });

  it('leaves the whole named before a part untouched', () => {
    expect(concepts('وقتل 31 شخصا، منهم 17 في المدينة، والبقية في القرى المجاورة.')).toMatchObject({ 31: 'death', 17: 'death:part' });
  });

  it('needs «the rest» to open a clause of its own', () => {
    expect(concepts('وقتل 12 شخصا وأصيب 40 آخرون في الهجوم، وتم نقل الباقين إلى المستشفى.')).toMatchObject({ 12: 'death', 40: 'injured' });
    // (The rest of something that is no people counted.)
    expect(concepts('وقتل 12 شخصا في الهجوم، فيما أغلقت باقي المحلات أبوابها.')).toMatchObject({ 12: 'death' });
  });

  it('so one province\'s toll never sits on the national toll\'s card', () => {
    const national = mk('مقتل 23 شخصا في السيول', 'لقي 23 شخصا حتفهم وأصيب أكثر من 100 آخرين جراء السيول التي ضربت البلاد، وفق وزارة الصحة.', 'https://a.example/1');
    const province = mk('ليلة صعبة في الولاية', 'أعلنت مديرية الصحة أن عدد ضحايا السيول بلغ 12 قتيلا و45 مصابا في الولاية، في حين توزع باقي الضحايا على ولايتين مجاورتين.', 'https://b.example/1');
    expect(cards([national, province])).toEqual([]);
  });
});
