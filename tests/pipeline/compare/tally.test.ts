// A service's tally of many incidents and one incident's toll are two things
// (lib/pipeline/compare/tally.ts, SEPARATE_TALLIES of same-event.ts): invented sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { byValue, cards, mk } from '../../fixtures/invented-compare';
import { SEPARATE_TALLIES, setSameEventKnobs } from '../../../lib/pipeline/compare/same-event';
import { tallyOfIncidents } from '../../../lib/pipeline/compare/tally';

afterEach(() => setSameEventKnobs({ tallies: SEPARATE_TALLIES }));

describe('a toll whose sentence sums several incidents or reports is a tally', () => {
  it('reads plural and dual incidents, and a singular counted by eleven or more', () => {
    expect(tallyOfIncidents(byValue('وتلقت غرفة العمليات 52 بلاغا عن حوادث سير أسفرت عن 23 إصابة.', 23))).toBe(true);
    expect(tallyOfIncidents(byValue('ولقي أربعة أشخاص حتفهم في حادثين منفصلين على الطريق الساحلي.', 4))).toBe(true);
    expect(tallyOfIncidents(byValue('وباشرت الفرق 140 حادثاً نتج عنها 96 إصابة.', 96))).toBe(true);
    expect(tallyOfIncidents(byValue('وبلغ عدد المصابين في تلك الحوادث 12 مصابا.', 12))).toBe(true);
  });

  it('does not read one incident, nor a count that is no toll', () => {
    expect(tallyOfIncidents(byValue('وأصيب ستة أشخاص في حادث تصادم بين حافلة وشاحنة.', 6))).toBe(false);
    expect(tallyOfIncidents(byValue('وشهد الطريق حادثاً مروعاً أصيب فيه سبعة أشخاص.', 7))).toBe(false);
    const teams = byValue('وأرسلت الوزارة 18 فريق إنقاذ، وخصصت رقما لتلقي البلاغات.', 18);
    expect(teams.concept?.startsWith('injured') || teams.concept?.startsWith('death')).toBe(false);
    expect(tallyOfIncidents(teams)).toBe(false);
  });
});

describe('a tally never shares a card with one incident of it', () => {
  const tally = mk('الإسعاف يباشر 52 بلاغا في يوم', 'وتلقت غرفة العمليات 52 بلاغا عن حوادث سير في المحافظة أسفرت عن 23 إصابة.', 'https://a.example/t1');
  const other = mk('حادث تصادم على طريق المحافظة', 'وأصيب ستة أشخاص في حادث تصادم بين حافلة وشاحنة على طريق المحافظة.', 'https://b.example/t1');
  const current = mk('حادث تصادم على طريق المحافظة', 'وأصيب ثمانية أشخاص في حادث تصادم بين حافلة وشاحنة على طريق المحافظة.', 'https://c.example/t1');
  const tally2 = mk('الإسعاف يباشر 60 بلاغا في يوم', 'وتلقت غرفة العمليات 60 بلاغا عن حوادث سير في المحافظة أسفرت عن 27 إصابة.', 'https://d.example/t1');

  it('keeps the incident reports together and the tally off their card', () => {
    expect(SEPARATE_TALLIES).toBe(true);
    expect(cards([tally, other, current])).toEqual([[6, 8]]);
    setSameEventKnobs({ tallies: false });
    expect(cards([tally, other, current])).toEqual([[6, 8, 23]]);
  });

  it('still compares two tallies', () => {
    expect(cards([tally, tally2])).toContainEqual([23, 27]);
  });
});

describe('incidents in the plural after a superlative («في واحد من أسوأ حوادث …»)', () => {
  it('rank one incident among others: no tally', () => {
    expect(tallyOfIncidents(byValue('وأصيب نحو 120 شخصا عندما اصطدم قطار ركاب بقطار شحن، في واحد من أسوأ حوادث السكك الحديدية منذ سنوات.', 120))).toBe(false);
    expect(tallyOfIncidents(byValue('وأصيب 23 شخصا في حوادث السكك الحديدية منذ مطلع العام.', 23))).toBe(true);
  });
});
