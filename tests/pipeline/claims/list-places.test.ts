// Towns no gazetteer holds, named by a breakdown list (lib/pipeline/claims/list-places.ts).
// Invented sentences and invented town names.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';

const placesOf = (text: string) => extractClaims(text).map((c) => ({ value: c.value, concept: c.concept, places: c.places ?? [] }));

describe('a toll given town by town', () => {
  it('gives each figure of «N في X، وM في Y» its town', () => {
    const got = placesOf('وقال المسؤول إن 30 شخصا قتلوا، بينهم 14 في كاتوبيرا، و9 في مالوندي، و7 في سيراكو.');
    expect(got.find((c) => c.value === 14)?.places).toEqual(['town:كاتوبيرا']);
    expect(got.find((c) => c.value === 9)?.places).toEqual(['town:مالوندي']);
    expect(got.find((c) => c.value === 7)?.places).toEqual(['town:سيراكو']);
    // The total stays the whole event's.
    expect(got.find((c) => c.value === 30)?.places).toEqual([]);
  });

  it('reads the first item’s town as the subject of «سجلت» («إن X سجلت 19 قتيلا، وY 11»)', () => {
    const got = placesOf('وقال الحاكم إن كاتوبيرا سجلت 19 قتيلا، وبورتو ليمارا 11، ومالوندي 9.');
    expect(got.find((c) => c.value === 19)?.places).toEqual(['town:كاتوبيرا']);
    expect(got.find((c) => c.value === 11)?.places).toEqual(['town:بورتو ليمارا']);
    // A place referred back to («المنطقة») names no town.
    expect(placesOf('وقال إن المنطقة سجلت 19 قتيلا، وبورتو ليمارا 11.').find((c) => c.value === 19)?.places).toEqual([]);
  });

  it('reads names before the figures: «، وY 11» and «ثم Z بـ7 قتلى», several words long', () => {
    const a = placesOf('وسجلت المدينة 19 قتيلا، وبورتو ليمارا 11، وكاسيندي 9.');
    expect(a.find((c) => c.value === 11)?.places).toEqual(['town:بورتو ليمارا']);
    expect(a.find((c) => c.value === 9)?.places).toEqual(['town:كاسيندي']);
    const b = placesOf('وتليها كاسيندي بـ11 قتيلا، ثم موراتي بـ7 قتلى.');
    expect(b.find((c) => c.value === 11)?.places).toEqual(['town:كاسيندي']);
    expect(b.find((c) => c.value === 7)?.places).toEqual(['town:موراتي']);
  });

  it('names the same town the same way whether it stands before or after its figure', () => {
    const before = placesOf('وقتل 5 في الشمال، وكاسيندي 11، وموراتي 7.').find((c) => c.value === 11)?.places;
    const after = placesOf('وقتل 20 شخصا في ماريبو، و11 في كاسيندي.').find((c) => c.value === 11)?.places;
    expect(before).toEqual(['town:كاسيندي']);
    expect(after).toEqual(before);
  });

  it('takes no place from a single item, a verb, a conjunction or an event noun', () => {
    expect(placesOf('وقتل 12 شخصا في كاتوبيرا.').find((c) => c.value === 12)?.places).not.toContain('town:كاتوبيرا');
    const events = placesOf('وقتل 5 أشخاص في هجوم، و3 في قصف.');
    expect(events.flatMap((c) => c.places)).toEqual([]);
    const verbs = placesOf('وقالت الوزارة إن 61 قتيلا سقطوا، فيما تجاوز عدد المصابين 150.');
    expect(verbs.flatMap((c) => c.places)).toEqual([]);
  });

  it('reads «في X إلى N، وفي Y إلى M»: the town a count reached', () => {
    const got = placesOf('وأضاف أن عدد القتلى ارتفع في كاسيندي إلى 35 وفي موراتي إلى 24.');
    expect(got.find((c) => c.value === 35)?.places).toEqual(['town:كاسيندي']);
    expect(got.find((c) => c.value === 24)?.places).toEqual(['town:موراتي']);
    // A month is no town.
    expect(placesOf('وارتفع عدد القتلى في يونيو إلى 35 وفي يوليو إلى 24.').flatMap((c) => c.places)).toEqual([]);
  });

  it('counts an item whose town the gazetteer knows toward the list', () => {
    // (London is known: without it, «35 في كاسيندي» stood alone, and took London for its place.)
    const got = placesOf('بينما استقر العدد في لندن عند 41، وبلغ 35 في كاسيندي.');
    expect(got.find((c) => c.value === 35)?.places).toEqual(['town:كاسيندي']);
  });
});
