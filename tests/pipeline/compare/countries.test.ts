// Two figures whose reports name different countries are two events (lib/pipeline/compare/countries.ts,
// SEPARATE_COUNTRIES in same-event.ts): invented headlines and sentences, one rule each.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { countriesOf, differentCountries } from '../../../lib/pipeline/compare/countries';
import { COUNTRY_CONTEXT, SEPARATE_COUNTRIES, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';

afterEach(() => setSameEventKnobs({ countries: SEPARATE_COUNTRIES, countryContext: COUNTRY_CONTEXT }));

const blast = 'وأسفر الانفجار عن إصابة 40 شخصا بجروح.';
const otherBlast = 'وأصيب 25 شخصا في الانفجار.';

describe('the countries a text names as where something happens', () => {
  it('reads a country by name and by nationality', () => {
    expect([...countriesOf('انفجار في سوق بالعاصمة البرتغالية')]).toEqual(['pt']);
    expect([...countriesOf('انفجار في سوق شمال بلجيكا')]).toEqual(['be']);
  });

  it('reads no country of origin, nor the nationality of people counted', () => {
    expect([...countriesOf('وصل القارب وعلى متنه مهاجرون من البرتغال وبلجيكا')]).toEqual([]);
    expect([...countriesOf('نجاة 30 بينهم 12 برتغاليا')]).toEqual([]);
    expect([...countriesOf('وكان بين الناجين ثلاثة بلجيكيين')]).toEqual([]);
  });

  it('reads no country where a group is based, only where the event happened', () => {
    expect([...countriesOf('قتل 20 شخصا شمال البرتغال في هجوم نفذته جماعة متشددة تتمركز في بلجيكا')]).toEqual(['pt']);
    expect([...countriesOf('تبنت الهجوم في البرتغال جماعة مقرها بلجيكا')]).toEqual(['pt']);
    expect([...countriesOf('قتل 20 شخصا في هجوم على سوق في بلجيكا')]).toEqual(['be']);
  });

  it('reads no country from a name a capital shares with it: the text must say which is meant', () => {
    expect([...countriesOf('حريق في سوق وسط عمان')]).toEqual([]);
    expect([...countriesOf('حريق في سوق بالعاصمة العمانية')]).toEqual(['om']);
  });
});

describe('different countries (SEPARATE_COUNTRIES)', () => {
  it('tells two headlines naming two countries apart, and a headline naming none from both', () => {
    const a = byValue(blast, 40);
    const b = byValue(otherBlast, 25);
    expect(differentCountries(a, b, 'انفجار في سوق شمال بلجيكا', 'انفجار يهز العاصمة البرتغالية')).toBe(true);
    expect(differentCountries(a, b, 'انفجار في سوق شمال بلجيكا', 'انفجار في سوق بلجيكي')).toBe(false);
    expect(differentCountries(a, b, 'انفجار في سوق شمال بلجيكا', 'انفجار في سوق شعبي')).toBe(false);
  });

  it('keeps them together when the other figure names the first one\'s country in its sentence', () => {
    const a = byValue(blast, 40);
    const b = byValue('وأصيب 25 شخصا في الانفجار الذي وقع في بلجيكا.', 25);
    expect(differentCountries(a, b, 'انفجار في سوق شمال بلجيكا', 'وزير برتغالي يدين انفجار السوق')).toBe(false);
  });

  it('reads the headline only by default: a country the sentence alone names does not separate', () => {
    const a = byValue('وأصيب 40 شخصا بجروح، وفق وكالة الأنباء البرتغالية.', 40);
    const b = byValue(otherBlast, 25);
    expect(differentCountries(a, b, 'انفجار في سوق شعبي', 'انفجار في سوق شمال بلجيكا')).toBe(false);
    expect(differentCountries(a, b, 'انفجار في سوق شعبي', 'انفجار في سوق شمال بلجيكا', 'sentence')).toBe(true);
  });

  it('keeps the two countries\' figures off one card (on by default), and leaves them together when off', () => {
    expect(SEPARATE_COUNTRIES).toBe('headline');
    const here = mk('انفجار في سوق شمال بلجيكا', blast, 'https://a.example/c1');
    const there = mk('انفجار يهز سوقا في العاصمة البرتغالية', otherBlast, 'https://b.example/c1');
    expect(cards([there, here])).toEqual([]);
    setSameEventKnobs({ countries: 'off' });
    expect(cards([there, here])).toEqual([[25, 40]]);
  });
});
