import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../../lib/pipeline/text/tokens';
import { displayName, entitiesCompatible, findEntities, homonymsReadAsCity, learnPeople, parentOf } from '../../../lib/pipeline/text/entities';
import { extractClaims } from '../../../lib/pipeline/claims';

const keys = (s: string) => findEntities(tokensOf(s)).map((h) => h.key);
const withPeople = (s: string) => {
  const t = tokensOf(s);
  return findEntities(t, learnPeople(t)).map((h) => h.key);
};

describe('findEntities', () => {
  it('finds countries by name and by nationality adjective, with clitics', () => {
    expect(keys('جنود كنديون في البرازيل')).toEqual(['ca', 'br']);
    expect(keys('والقوات الكندية وكندا بكندا')).toEqual(['ca', 'ca', 'ca']);
    expect(keys('اليابان والولايات المتحدة')).toEqual(['jp', 'us']);
    expect(keys('مواطن أمريكي وآخر أميركي')).toEqual(['us', 'us']);
  });

  it('keys a unit named after its town as the town alone («منطقة المدينة X» and «المدينة X»)', () => {
    const town = keys('على طريق المدينة الخضراء');
    expect(town).toEqual(['town:خضراء']);
    expect(keys('وقال أمير منطقة المدينة الخضراء')).toEqual(town);
    expect(keys('بمنطقة المدينة الخضراء')).toEqual(town);
    // A unit named otherwise keeps its own key.
    expect(keys('في منطقة الخضراء')).not.toEqual(town);
  });

  it('tells two countries that share a name apart, and knows the name they share', () => {
    expect(keys('كوريا الجنوبية وكوري جنوبي')).toEqual(['kr', 'kr']);
    expect(keys('جندي كوري')).toEqual(['group:kp-kr']);
    expect(entitiesCompatible('group:kp-kr', 'kr')).toBe(true);
    expect(entitiesCompatible('kr', 'kp')).toBe(false);
  });

  it('matches a party named with a trailing qualifier to the same party without it, never a bare «حزب»', () => {
    expect(entitiesCompatible('person:تحالف الديمقراطي المتحد المعارض', 'person:تحالف الديمقراطي المتحد')).toBe(true);
    expect(entitiesCompatible('person:حزب العمال', 'person:حزب')).toBe(false);
    expect(entitiesCompatible('person:حزب العمال', 'person:حزب الشعب')).toBe(false);
    expect(entitiesCompatible('person:جون سميث', 'person:جون')).toBe(false);
  });

  it('matches a two-word place name cut after its first word, never one with an adjective after it', () => {
    expect(entitiesCompatible('place:سانتا', 'town:سانتا ليمو')).toBe(true);
    expect(entitiesCompatible('place:سامور', 'place:سامور الشرقيه')).toBe(false);
    expect(entitiesCompatible('place:سانتا', 'town:لوما ليمو')).toBe(false);
  });

  it('takes an unknown place named with and without its division word for one place', () => {
    const [district] = keys('وقتل 40 شخصا في مقاطعة وادي السرو');
    const [town] = keys('وقتل 30 في بلدة وادي السرو');
    expect(district).toMatch(/^place:/);
    expect(town).toMatch(/^town:/);
    expect(entitiesCompatible(district, town)).toBe(true);
    expect(entitiesCompatible(district, keys('في بلدة تل الزيتون')[0])).toBe(false);
  });

  it('reads «منطقة X» as a region where its one-word name is the subject of a figure', () => {
    expect(keys('وسجلت منطقة كاسيندي 19 وفاة')).toEqual(['place:كاسيندي']);
    // An adjective is no name, nor is a noun with no figure after it.
    expect(keys('وأقامت منطقة عازلة 20 كيلومترا')).toEqual([]);
    expect(keys('وأعلنت منطقة حظر للطيران')).toEqual([]);
  });

  it('finds cities from the data, in their country', () => {
    expect(keys('في لندن وتورونتو')).toEqual(['city:gblon', 'city:cator']);
    expect(parentOf('city:cator')).toBe('ca');
    expect(entitiesCompatible('city:cator', 'ca')).toBe(true);
    expect(entitiesCompatible('ca', 'br')).toBe(false);
  });

  it('reads a capital named like another country by the whole text, and keeps the written reading without it', () => {
    // A text's own reading: a text naming the city's country and nothing else of the other one.
    const read = (s: string) => {
      const t = tokensOf(s);
      return findEntities(t, undefined, homonymsReadAsCity(t)).map((h) => h.key);
    };
    expect(read('قال مسؤول أردني في عمان إن الطريق مغلق')).toEqual(['jo', 'city:joamm']);
    expect(read('وصل الوفد إلى عمان قادما من مسقط')).toEqual(['om', 'city:ommct']);
    expect(read('وصل الوفد إلى العاصمة عمان')).toEqual(['city:joamm']);
    expect(read('زار الأردني سلطنة عمان')).toEqual(['jo', 'om']);
    expect(read('العلاقات بين الأردن وعمان')).toEqual(['jo', 'om']);
    expect(keys('قال مسؤول أردني في عمان')).toEqual(['jo', 'om']);
    // A read that cannot tell which is meant may mean either.
    expect(entitiesCompatible('city:joamm', 'om')).toBe(true);
    expect(entitiesCompatible('city:joamm', 'jo')).toBe(true);
    expect(entitiesCompatible('om', 'jo')).toBe(false);
  });

  it("gives a figure the city's place where the article names the city's country anywhere", () => {
    const placesOf = (s: string) => extractClaims(s).map((c) => c.places);
    expect(placesOf('أعلنت الهيئة في الأردن النتائج أمس. وبلغت نسبة المشاركة في عمان 18%.')).toEqual([['city:joamm']]);
    expect(placesOf('وبلغت نسبة المشاركة في عمان 18%.')).toEqual([['om']]);
  });

  it('finds provinces and towns by pattern, with the name as written', () => {
    expect(keys('سجلت 10 وفيات بإقليم النخيل و3 بعمالة الواحة')).toEqual(['place:نخيل', 'place:واحه']);
    expect(keys('في محافظة المنيا')).toEqual(['place:منيا']);
    expect(keys('في مدينة الزيتون')).toEqual(['town:زيتون']);
    findEntities(tokensOf('في منطقة فالوريا'));
    expect(displayName('place:فالوريا')).toBe('فالوريا');
  });

  it("reads «ريف X» as X's province, and «الريف» with its article as no place", () => {
    expect(keys('قصف على ريف الواحة')).toEqual(['place:واحه']);
    expect(keys('في بلدة التلال بريف النخيل الجنوبي')).toEqual(['town:تلال', 'place:نخيل']);
    expect(keys('يعاني سكان الريف من الجفاف')).toEqual([]);
  });

  it('takes no name after a unit or town word with the article: it refers back to a place', () => {
    expect(keys('وأسفرت الغارات على المخيم أسفرت عن دمار واسع')).toEqual([]);
    expect(keys('وعاد الهدوء إلى المدينة صباحا')).toEqual([]);
    expect(keys('في مخيم الوادي')).toEqual(['town:وادي']);
    // (A name in apposition keeps the article too.)
    expect(keys('في المدينة الزرقاء')).toEqual(['town:زرقاء']);
    // (Not an adjective of nearness, size or state: it describes the place referred back to.)
    expect(keys('في المدينة القريبة من الحدود')).toEqual([]);
    expect(keys('وفر السكان إلى المخيم المجاور')).toEqual([]);
    expect(keys('في البلدة الصغيرة')).toEqual([]);
  });

  it('reads جهة/ناحية/قضاء/منطقة/حي as a division only in a place phrase before a name', () => {
    expect(keys('وفي جهة المرجان الكبرى قتل')).toEqual(['place:مرجان الكبري']);
    expect(displayName('place:مرجان الكبري')).toBe('المرجان الكبرى');
    expect(keys('بناحية الصفصاف وفي قضاء الريحان وبحي الورود')).toEqual(['place:صفصاف', 'place:ريحان', 'place:ورود']);
    expect(keys('ومن جهة أخرى')).toEqual([]);
    expect(keys('في منطقة سكنية')).toEqual([]);
    expect(keys('في المنطقة البالغة مساحتها')).toEqual([]);
    expect(keys('قضاء العطلة في جهة ما')).toEqual([]);
  });

  it('does not take a term of office or a word like "financial" for a place', () => {
    expect(keys('فاز بولاية رئاسية ثالثة')).toEqual([]);
    expect(keys('الوضع المالي للشركة')).toEqual([]);
  });
});

describe('people by pattern', () => {
  it('learns a name after a title or a reporting verb, then finds the family name alone', () => {
    const text = 'قال الرئيس الكندي جون سميث إن … وأضاف سميث أن';
    expect(withPeople(text)).toEqual(['ca', 'person:جون سميث', 'person:جون سميث']);
    expect(withPeople('وقال مارك تيلور للصحفيين')).toEqual(['person:مارك تيلور']);
  });

  it('takes no everyday phrase for a name', () => {
    expect(withPeople('وقال مصدر مطلع إن الحصيلة')).toEqual([]);
    expect(withPeople('أعلنت وزارة الصحة أن')).toEqual([]);
  });

  it('matches one person named in full, by family name, or spelt another way', () => {
    expect(entitiesCompatible('person:جون سميث', 'person:سميث')).toBe(true);
    expect(entitiesCompatible('person:كمال تشيليك', 'person:كمال جليك')).toBe(true);
    // A hard "g" written ج or غ («جوستافو» / «غوستافو»).
    expect(entitiesCompatible('person:جوستافو مارتن', 'person:غوستافو مارتن')).toBe(true);
    expect(entitiesCompatible('person:جون سميث', 'person:مارك تيلور')).toBe(false);
  });
});
