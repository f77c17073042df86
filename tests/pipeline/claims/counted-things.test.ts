// Counted things as known concepts (lib/pipeline/claims/concepts.ts THINGS, concept-of.ts): invented
// sentences. A count of trucks, boats, cars, ambulances, aftershocks, tents, schools, hospitals,
// flights, villages or seats is its own concept in any number, never the fallback `unit:X`,
// and never another thing's; a thing named near a figure without a noun is no counted noun.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { conceptNoun } from '../../../lib/pipeline/claims/nouns';
import { topicLabel } from '../../../lib/pipeline/compare/label';
import type { Claim } from '../../../lib/types';

const byValue = (text: string, v: number): Claim | undefined => extractClaims(text, { published: '2024-06-10' }).find((c) => c.value === v);
const concept = (text: string, v: number): string | null => byValue(text, v)?.concept ?? null;

describe('a counted thing is a known concept in every form news writes it', () => {
  it.each([
    ['ودخلت 120 شاحنة محملة بالمساعدات عبر المعبر.', 120, 'truck'],
    ['وعبرت المعبر أمس شاحنتان فقط من أصل 40 شاحنات منتظرة.', 40, 'truck'],
    ['وأنقذ خفر السواحل ركاب 3 قوارب قبالة الساحل.', 3, 'boat'],
    ['وأوقفت البحرية 12 زورقا يحمل مهاجرين.', 12, 'boat'],
    ['ودفعت الهيئة بـ 35 سيارة إسعاف إلى موقع الانهيار.', 35, 'ambulance'],
    ['واحترقت 14 سيارة في الموقف.', 14, 'car'],
    ['وسجل المرصد 230 هزة ارتدادية منذ الزلزال.', 230, 'aftershock'],
    ['ونصبت الفرق 900 خيمة في المخيم الجديد.', 900, 'tent'],
    ['وأغلقت السلطات 47 مدرسة بسبب العاصفة.', 47, 'school'],
    ['وخرجت 9 مستشفيات عن الخدمة.', 9, 'hospital'],
    ['وألغت شركات الطيران 310 رحلات بسبب الإضراب.', 310, 'flight'],
    ['وغمرت المياه 26 قرية في الوادي.', 26, 'village'],
    ['وحصل الحزب على 71 مقعدا في البرلمان الجديد.', 71, 'seat'],
    ['واندلع 30 حريقا في غابات الولاية.', 30, 'fire'],
  ])('%s → %s', (text, value, key) => {
    expect(concept(text, value)).toBe(key);
  });

  it('reads the thing after من or after عدد when the figure has no noun of its own', () => {
    expect(concept('ووصلت 200 من الشاحنات إلى المدينة.', 200)).toBe('truck');
    expect(concept('وبلغ عدد الخيام التي أقيمت في الساحة 450.', 450)).toBe('tent');
  });

  it('keeps one period\'s count of a thing apart from another period\'s', () => {
    const march = concept('وألغت الشركة 300 رحلة خلال شهر مارس.', 300);
    expect(march).toMatch(/^flight:/);
    expect(march).not.toBe(concept('وألغت الشركة 300 رحلة خلال شهر أبريل.', 300));
  });

  it('reads the dual of a feminine noun as its singular', () => {
    expect(concept('ودمرت الغارة دبابتين.', 2)).toBe('vehicle');
    expect(concept('واحترقت سيارتان في الحي.', 2)).toBe('car');
  });

  it('reads an ambulance from the word after a vehicle noun', () => {
    expect(concept('وانتشرت 18 مركبة إسعاف في الشوارع.', 18)).toBe('ambulance');
  });

  it('reads housing units as buildings, with their damage', () => {
    expect(concept('ودمر القصف 800 وحدة سكنية بالكامل.', 800)).toBe('building:destroyed');
  });
});

describe('a thing near a figure is not what the figure counts', () => {
  it('keeps the toll of a place the toll', () => {
    expect(concept('وقتل 30 في قرية على أطراف المدينة.', 30)).toBe('death');
    expect(concept('وأصيب 12 في المدرسة أثناء الانفجار.', 12)).toBe('injured');
  });

  it('leaves ships an unknown noun: the vessels of one incident play many roles', () => {
    expect(concept('وشاركت 6 سفن في عمليات البحث.', 6)).toMatch(/^unit:/);
  });

  it('counts the people of a village named without the article, not villages', () => {
    expect(concept('ولقي 5 من قرية واحدة حتفهم في الحريق.', 5)).toBe('death');
    expect(concept('وغمرت المياه 5 من القرى المجاورة.', 5)).toBe('village');
  });

  it('leaves families an unknown noun (measured: more stream noise), never prisoners', () => {
    expect(concept('وأفرجت السلطات عن 40 أسيرا.', 40)).toBe('prisoner');
    expect(concept('وتسلمت 40 أسرة مساعدات غذائية.', 40)).toMatch(/^unit:/);
  });

  it('keeps trucks, boats and ambulances apart from each other and from armoured vehicles', () => {
    const keys = [
      concept('ودخلت 50 شاحنة.', 50),
      concept('وغرق 50 قاربا.', 50),
      concept('ووصلت 50 سيارة إسعاف.', 50),
      concept('ودمرت 50 دبابة.', 50),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});

describe('a counted thing is named in the article\'s words', () => {
  it('gives the topic the plural of the thing', () => {
    const [claim] = extractClaims('ووصلت 75 شاحنة إلى المعبر.');
    expect(topicLabel([claim], [])).toBe('الشاحنات');
    expect(conceptNoun('ambulance')).toBe('سيارات الإسعاف');
    expect(byValue('ودفعت الهيئة بـ 35 سيارة إسعاف إلى الموقع.', 35)?.label).toBe('سيارة إسعاف');
    expect(conceptNoun('aftershock')).toBe('الهزات الارتدادية');
  });
});

describe('an unknown counted noun with and without its accusative alif', () => {
  it('is one `unit:` concept («حاجا» after a number of eleven and up, «حاج» after a thousand)', () => {
    // (A four-letter noun: the stemmer leaves its alif on.)
    const tamyiz = concept('وبلغ إجمالي عدد الحجاج في الموسم 1845045 حاجا، بحسب الهيئة.', 1845045);
    const genitive = concept('وبلغ إجمالي عدد الحجاج في الموسم 1.8 مليون حاج، بحسب الهيئة.', 1800000);
    expect(tamyiz).toMatch(/^unit:/);
    expect(tamyiz).toBe(genitive);
    // A broken plural ending in «ايا» keeps its alif.
    expect(concept('وسجلت المحكمة 40 قضايا جديدة.', 40) ?? '').not.toBe('unit:قضاي');
  });
});
