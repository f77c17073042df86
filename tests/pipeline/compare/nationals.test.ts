// One nationality's people and the whole count (lib/pipeline/compare/nationals.ts): no second
// incident of a round-up, and never on one card together. Invented sentences.
import { describe, expect, it } from 'vitest';
import { cards, mk } from '../../fixtures/invented-compare';
import { tollNationals, wholeAndNationals } from '../../../lib/pipeline/compare/nationals';

const day = '2024-07-01';
const whole = mk(
  'أكثر من 400 وفاة خلال موسم الحج',
  'انتهى الموسم بوفاة أكثر من 400 حاج بسبب الحر الشديد.\n\nوبحسب وكالة أنباء، توفي 150 حاجا تشاديا في الظروف نفسها.',
  'https://a.example/1',
  day,
);

describe('a toll and one nationality among it', () => {
  it('reads the nationals as the toll\'s part: the read gives both apart', () => {
    const nationals = whole.claims.find((c) => c.value === 150)!;
    expect(nationals.owners).toHaveLength(1);
    expect(tollNationals(nationals)).toBe(true);
    expect([...wholeAndNationals(whole.claims)]).toEqual([nationals.concept]);
  });

  it('compares the whole with another read\'s whole, and the nationals with its nationals', () => {
    const other = mk('ارتفاع وفيات الحجاج', 'ارتفع عدد الحجاج المتوفين إلى أكثر من 450 حاجا.\n\nوتوفي 170 حاجا تشاديا بحسب مصدر دبلوماسي.', 'https://b.example/1', day);
    expect(cards([other, whole])).toEqual([
      [150, 170],
      [400, 450],
    ]);
  });

  it('keeps the whole off a card of one nationality\'s people', () => {
    const nationalsOnly = mk('وفاة حجاج تشاديين', 'أعلنت السلطات وفاة 120 حاجا تشاديا خلال الموسم.', 'https://c.example/1', day);
    expect(cards([nationalsOnly, whole])).toEqual([[120, 150]]);
  });

  it('is no part when the nationals outnumber the unscoped figure: two incidents', () => {
    const two = mk('هجومان', 'قتل 5 أشخاص في هجوم على حاجز. وقتل 14 جنديا سنغاليا في هجوم على قاعدة.', 'https://d.example/1', day);
    expect(wholeAndNationals(two.claims).size).toBe(0);
  });

  it('reads no other count of one nationality as a part (a toll\'s only)', () => {
    const children = mk('برنامج للأطفال', 'يستهدف البرنامج 100 ألف طفل. وتلقى 24 ألف طفل نيجيري وجبات.', 'https://e.example/1', day);
    expect(children.claims.filter(tollNationals)).toEqual([]);
  });
});

describe('nationals said to be among a group', () => {
  it('are a part even where the read counts the whole under another noun', () => {
    const read = mk('فقدان مهاجرين', 'قالت منظمة إن 40 مهاجرا لقوا حتفهم بعد غرق قاربهم. ومن بين المفقودين 27 تشاديا.', 'https://f.example/1', day);
    const nationals = read.claims.find((c) => c.value === 27)!;
    expect(wholeAndNationals(read.claims).has(nationals.concept as string)).toBe(true);
    const other = mk('غرق قارب مهاجرين', 'وأعلن خفر السواحل فقدان 44 شخصا بعد غرق القارب.', 'https://f.example/2', day);
    expect(cards([other, read]).filter((values) => values.includes(27))).toEqual([]);
  });
});
