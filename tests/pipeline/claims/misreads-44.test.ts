// Readings fixed in the forty-fourth round (docs/accuracy-rounds.md), each a general pattern with
// invented sentences and invented figures: a toll listed place by place in bulleted lines
// (distributed.ts); whose share a candidate's title in quotes, a relative clause of winning or
// «حصوله» gives it to (concept-of.ts, parties.ts); a city named like a country in a speaker's words
// (claims/index.ts); the injured taken to one hospital of a list (concept-of.ts); the majority a
// party falls short of (seat-status.ts); a parallel tally (modality.ts); a disaster's toll with no
// noun (concept-of.ts); «فيها» after the counted noun (place-pronoun.ts); prices a relative clause
// moves, and the whole basket (rates.ts, price-groups.ts); a rate restated on another base
// (period.ts); nominal growth (rates.ts); a sector a relative clause moves (sector.ts); a woman's
// rank and a leading verb beside a candidate's name (text/people.ts); a vehicle's crew counted apart
// from its passengers, and centres a sentence named shelters (concept-of.ts); a trading partner's or a group of goods' part of the trade,
// and the current account's gap (money.ts); a currency written with «غ» for CLDR's «ج» (quantities/lexicon.ts).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/pipeline/claims/index';
import { withPollShares } from '../../../lib/pipeline/claims/poll-shares';
import type { Claim } from '../../../lib/types';

const claimsOf = (text: string): Claim[] => extractClaims(text, { published: '2026-06-10' });
const claimOf = (text: string, v: number): Claim | undefined => claimsOf(text).find((c) => c.value === v);

describe('a toll listed place by place in bulleted lines', () => {
  const list = (intro: string): string =>
    `ارتفعت حصيلة السيول في البلاد إلى 24 قتيلا.\n${intro}\n- الصفيرة: 14 قتيلا\n- إل موراندو: 6 قتلى\n- الكرمة الشرقية: 4 قتلى`;

  // (Labels with the article, which a line's own label reading leaves to the list: scope.ts lineLabel.)
  it('gives each line’s figure the place its label names, under a count distributed over places', () => {
    const claims = claimsOf(list('وتوزعت الحصيلة على ثلاث مقاطعات على النحو الآتي:'));
    expect(claims.find((c) => c.value === 14)?.places).toEqual(['town:صفيره']);
    expect(claims.find((c) => c.value === 4)?.places).toEqual(['town:كرمه الشرقيه']);
    expect(claims.find((c) => c.value === 24)?.places ?? []).toEqual([]);
  });

  it('leaves the lines unplaced when the count is distributed over hospitals', () => {
    const claims = claimsOf(list('وتوزع القتلى على ثلاثة مستشفيات:'));
    expect(claims.find((c) => c.value === 14)?.places ?? []).toEqual([]);
  });
});

describe('whose vote share it is', () => {
  const opening = 'أعلنت اللجنة الانتخابية نتائج الانتخابات الرئاسية. وحصل المرشح سمير الهادي على 41.2% من الأصوات.';

  it('reads a share after a candidate’s title with her party in quotes as hers', () => {
    const c = claimOf(`${opening} وحصلت سلمى العياري، مرشحة «جبهة العمل»، على 9.0%.`, 9);
    expect(c?.concept).toBe('percent:vote');
    expect(c?.owners).toEqual(['person:سلمي العياري']);
  });

  it('gives a share in a relative clause of winning to the name before it, not to the sentence’s subject', () => {
    const c = claimOf(`${opening} وحصل الهادي على مليون صوت، متقدما على منافسته سلمى العياري، التي نالت 38.5% من الأصوات.`, 38.5);
    expect(c?.owners).toEqual(['person:سلمي العياري']);
  });

  it('gives «بعد حصوله على» to the winner the sentence named, not to the country of the commission', () => {
    const c = claimOf('أعلنت اللجنة الانتخابية الغانية فوز كمال بن عيسى بالانتخابات الرئاسية، بعد حصوله على 51.3% من الأصوات الصحيحة.', 51.3);
    expect(c?.owners).toEqual(['person:كمال بن عيسي']);
  });
});

describe('a capital named like a country in a speaker’s words', () => {
  it('takes no country for the figure from the city a company is based in', () => {
    const text = 'شهد الأردن أمس حادثا صناعيا. وقال مدير شركة تأمين مقرها عمّان إن 35 موظفا أصيبوا بحالات اختناق.';
    expect(claimOf(text, 35)?.owners ?? []).not.toContain('om');
  });
});

describe('the injured taken to one hospital of a list', () => {
  it('reads «و10 مصابين إلى مستشفى …» as injured taken there, not as those still treated', () => {
    const c = claimOf('وأضاف أن 22 مصابا نقلوا إلى المستشفى الحكومي، و10 مصابين إلى مستشفى الجامعة، حيث تلقوا العلاج.', 10);
    expect(c?.concept).toBe('injured');
  });
});

describe('the majority a party falls short of', () => {
  it('reads «على بعد مقعد من الأغلبية بـ63 مقعدا» as the party’s seats', () => {
    const c = claimOf('حزب التقدم على بعد مقعد واحد من الأغلبية بـ63 مقعدا في الانتخابات البرلمانية', 63);
    expect(c?.concept).toBe('seat');
  });

  it('still reads the seats a majority takes', () => {
    expect(claimOf('ويحتاج أي حزب إلى 64 مقعدا لتشكيل الحكومة بعد الانتخابات البرلمانية.', 64)?.concept).toBe('seat:majority');
  });
});

describe('a parallel tally', () => {
  it('reads observers’ parallel tally of a vote as an estimate, not the count', () => {
    const text = 'وجاءت النتيجة قريبة من الفرز الموازي الذي أجرته شبكة المراقبين للانتخابات الرئاسية، والتي منحت المرشح سمير الهادي 50.7% من الأصوات.';
    const c = withPollShares(claimsOf(text), 'فوز سمير الهادي بالرئاسة').find((x) => x.value === 50.7);
    expect(c?.modality).toBe('projection');
  });
});

describe('a disaster’s toll with no noun of its own', () => {
  it('reads «ارتفاع حصيلة فيضانات X إلى 37» as the dead', () => {
    expect(claimOf('ارتفاع حصيلة فيضانات شمال البلاد إلى 37 والبحث مستمر عن المفقودين', 37)?.concept).toBe('death');
  });
});

describe('«فيها» after the counted noun', () => {
  it('places the figure in the one town the sentence named before it', () => {
    const c = claimOf('وبقيت مدينة تاسورا الأكثر تضررا، إذ ارتفع عدد القتلى فيها إلى 15 قتيلا، بينهم أطفال.', 15);
    expect(c?.places).toEqual(['town:تاسورا']);
  });
});

describe('prices and rates of an inflation release', () => {
  const opening = 'أعلن مكتب الإحصاء أن معدل التضخم السنوي في مايو بلغ 3.5%.';

  it('reads the prices a relative clause moves, and the rate restated on another base with «وبنسبة»', () => {
    const claims = claimsOf(`${opening} وجاءت المراجعة من أسعار الغذاء والمشروبات غير الكحولية، التي ارتفعت بنسبة 5.1% على أساس سنوي، وبنسبة 1.2% على أساس شهري.`);
    expect(claims.find((c) => c.value === 5.1)?.concept).toMatch(/^percent:inflation:food/);
    expect(claims.find((c) => c.value === 1.2)?.concept).toMatch(/^percent:inflation:food/);
  });

  it('reads the prices of goods and services together as the whole basket', () => {
    expect(claimOf(`${opening} وعلى أساس شهري، ارتفعت أسعار السلع والخدمات الاستهلاكية بنسبة 0.4%.`, 0.4)?.concept).toMatch(/^percent:inflation(:|$)/);
  });
});

describe('growth of an economy and of its sectors', () => {
  const opening = 'أعلنت دائرة الإحصاءات أن الاقتصاد نما بنسبة 3.1% في الربع الأول.';

  it('reads nominal growth apart from the real growth', () => {
    expect(claimOf(`${opening} وبلغ الناتج بالأسعار الجارية 9.6 مليار دينار، بنمو اسمي نسبته 5.6%.`, 5.6)?.concept).toBe('percent:growth:nominal');
  });

  it('reads a sector’s growth that a relative clause gives, and one ranked among the sectors', () => {
    expect(claimOf(`${opening} وجاء التعديل الأكبر في قطاع الزراعة، الذي رفع نموه إلى 8.2%.`, 8.2)?.concept).toMatch(/^percent:growth:sector:/);
    expect(claimOf(`${opening} وقاد قطاع الزراعة وتيرة النمو بين القطاعات بارتفاع نسبته 7.4%.`, 7.4)?.concept).toMatch(/^percent:growth:sector:/);
  });
});

describe('a candidate’s name beside a verb', () => {
  const opening = 'وتنافس في الانتخابات الرئاسية ستة مرشحين.';

  it('ends a woman’s name before her rank, and keeps the verb of placing out of it', () => {
    expect(claimOf(`${opening} وحلت سلمى العياري ثانية بـ33.5%.`, 33.5)?.owners).toEqual(['person:سلمي العياري']);
  });

  it('keeps a verb of leading out of the name set beside a candidate’s title', () => {
    const c = claimOf(`${opening} تخطى كمال بن عيسى، مرشح «حزب الفجر»، عتبة الأغلبية بحصوله على 50.4% من الأصوات.`, 50.4);
    expect((c?.owners ?? []).some((o) => o.includes('تخطي'))).toBe(false);
  });
});

describe('those aboard a vehicle', () => {
  it('reads the passengers a bus carried besides its crew as the passengers alone', () => {
    expect(claimOf('وأوضح المسؤول أن الحافلة كانت تقل 43 راكبا إضافة إلى السائق ومساعده.', 43)?.concept).toBe('passenger');
  });

  it('still reads everyone a bus carried as those aboard', () => {
    expect(claimOf('وأوضح المسؤول أن الحافلة كانت تقل 45 شخصا.', 45)?.concept).toBe('aboard');
  });
});

describe('parts of a month’s trade', () => {
  const opening = 'وبلغت صادرات السلع 2.4 مليار دولار في مايو، فيما بلغ العجز التجاري 2.9 مليار دولار.';

  it('reads one trading partner’s part of the exports or imports apart from the whole', () => {
    const claims = claimsOf(`${opening} وظلت دولة الجوار المصدر الأول لواردات البلاد بقيمة 1.1 مليار دولار، فيما بقيت أكبر سوق للصادرات بقيمة 450 مليون دولار.`);
    expect(claims.find((c) => c.value === 1100000000)?.concept).toMatch(/^money:imports:partner/);
    expect(claims.find((c) => c.value === 450000000)?.concept).toMatch(/^money:exports:partner/);
  });

  it('reads one group of goods’ exports apart from the whole', () => {
    expect(claimOf(`${opening} وبلغت صادرات مجموعة المنسوجات 1.3 مليار دولار.`, 1300000000)?.concept).toMatch(/^money:exports:group/);
  });

  it('reads the current account’s deficit apart from the trade deficit', () => {
    expect(claimOf(`${opening} وسجل الحساب الجاري عجزا بلغ 312 مليون دولار في مايو.`, 312000000)?.concept).toMatch(/^money:deficit:current-account/);
    expect(claimOf(opening, 2900000000)?.concept).toMatch(/^money:deficit(:per|$)/);
  });
});

describe('a currency’s foreign «g» written either way', () => {
  it('reads a sum in «دونغ» as money, as CLDR’s «دونج» is', () => {
    expect(claimOf('وقدرت الوزارة الخسائر الأولية بنحو 2700 مليار دونغ.', 2700000000000)?.concept).toMatch(/^money:loss/);
    expect(claimOf('وقدرت الوزارة الخسائر الأولية بنحو 2700 مليار دونج.', 2700000000000)?.concept).toMatch(/^money:loss/);
  });
});

describe('centres a sentence named shelters', () => {
  it('reads «موزعين على 41 مركزا» after «مراكز الإيواء» as shelters', () => {
    expect(claimOf('وأضاف أن عدد المقيمين في مراكز الإيواء بلغ 8300 شخص، موزعين على 41 مركزا في المقاطعات المتضررة.', 41)?.concept).toBe('shelter');
  });

  it('leaves centres of no shelter unread as shelters', () => {
    expect(claimOf('وافتتحت الوزارة 41 مركزا للتدريب المهني في المقاطعات.', 41)?.concept).not.toBe('shelter');
  });
});
