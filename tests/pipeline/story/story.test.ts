import { describe, expect, it } from 'vitest';
import { CHAIN_SHARE, findRelated, SAME_STORY_THRESHOLD, specificity, storyFeatures, storySimilarity } from '../../../lib/pipeline/story/index';
import { dateFactor, HEADLINE_WEIGHT, HEADLINE_WEIGHT_ALONE, isSeries, scoreParts } from '../../../lib/pipeline/story/similarity';
import { backgroundFrequency } from '../../../lib/pipeline/story/specificity';
import { setStoryFeatureKnobs } from '../../../lib/pipeline/story/features';
import idfTable from '../../../lib/pipeline/story/data/idf.json';
import { keywordStems } from '../../../lib/pipeline/text/normalize';
import type { AnalyzedArticle, ArticleSnapshot } from '../../../lib/types';
import { seeds, STORIES, story } from '../../fixtures/stories';
import { describeShared } from '../../fixtures/describe-shared';

// Fingerprints as the store keeps them: features plus the publication date.
const features = (a: ArticleSnapshot) => ({ ...storyFeatures(a.text, a.title), published: a.published });
const asAnalyzed = (a: ArticleSnapshot): AnalyzedArticle => ({ ...a, ...storyFeatures(a.text, a.title), claims: [] });
const fingerprint = (keywords: string[], entities: string[] = [], published: string | null = null) => ({ keywords, entities, published });

// Invented words no corpus holds: as specific as a word can be.
const RARE = ['قزحلان', 'برمونة', 'سدريك', 'مطلون', 'نفرشان', 'كلبوخ', 'ورتيك', 'غمزان', 'زنبوق', 'دلفيش', 'شمرون', 'طرنوخ', 'خلنجر', 'فرسيق', 'بلمور'];

describe('word specificity', () => {
  it('ranks an everyday news word below a word the background corpus never saw', () => {
    expect(backgroundFrequency('حكوم')).toBeGreaterThan(100);
    expect(specificity('حكوم')).toBeLessThan(specificity('قزحلان') - 0.3);
  });

  it("drops as the reader's own store carries the word in many reads", () => {
    const alone = specificity('قزحلان');
    const common = specificity('قزحلان', { reads: 2_000, df: new Map([['قزحلان', 1_500]]) });
    expect(common).toBeLessThan(alone / 2);
  });
});

describe('story similarity', () => {
  it('links two reports of one invented event and keeps apart two stories that share only a country', () => {
    const flood1 = storyFeatures(
      'انهار سد قزحلان فجر اليوم وغمرت المياه قرى برمونة وسدريك، وقال الدفاع المدني إن 40 شخصا لقوا حتفهم في انهيار سد قزحلان.',
      'انهيار سد قزحلان يغمر قرى برمونة',
    );
    const flood2 = storyFeatures(
      'ارتفعت حصيلة انهيار سد قزحلان إلى 55 قتيلا، وما زالت فرق الإنقاذ تبحث عن مفقودين في برمونة وسدريك بعد أن غمرت المياه القرى.',
      'حصيلة انهيار سد قزحلان ترتفع',
    );
    const cooking = storyFeatures(
      'تقدم الطاهية وصفة الكنافة بالقشطة كما تعدها الجدات في مصر: تسخن الزيت إلى 150 درجة وتضاف القطر بعد التحمير.',
      'وصفة الكنافة بالقشطة من مصر',
    );
    const quake = storyFeatures('ضرب زلزال بقوة 5 درجات شمال مصر، وقالت هيئة المساحة إن الهزة لم تسفر عن إصابات.', 'زلزال يضرب شمال مصر');
    expect(storySimilarity(flood1, flood2)).toBeGreaterThanOrEqual(SAME_STORY_THRESHOLD);
    expect(storySimilarity(cooking, quake)).toBeLessThan(SAME_STORY_THRESHOLD / 2);
    expect(storySimilarity(flood1, cooking)).toBeLessThan(SAME_STORY_THRESHOLD / 2);
  });

  it('scores a fingerprint against itself high and against a disjoint one 0', () => {
    const a = fingerprint(RARE.slice(0, 8));
    expect(storySimilarity(a, a)).toBeGreaterThan(0.9);
    expect(storySimilarity(a, fingerprint(RARE.slice(8)))).toBe(0);
  });

  it('counts publication dates far apart against, and unknown dates not at all', () => {
    expect(dateFactor('2024-03-01', '2024-03-05')).toBe(1);
    expect(dateFactor('2024-03-01', null)).toBe(1);
    expect(dateFactor('2022-12-18', '2023-01-30')).toBeLessThan(0.25);
    expect(dateFactor('2021-08-10', '2022-08-17')).toBeLessThan(0.15);
    const a = fingerprint(RARE.slice(0, 8), [], '2021-08-10');
    const sameDay = storySimilarity(a, { ...a, published: '2021-08-11' });
    const yearLater = storySimilarity(a, { ...a, published: '2022-08-17' });
    expect(yearLater).toBeLessThan(sameDay / 5);
  });
});

describe('a series read weeks apart', () => {
  it('keeps the date factor of a series (no once-only kind of event) longer than an event\'s', () => {
    // Four weeks apart: an event's report is likely another event; a series' is its next report.
    expect(dateFactor('2024-03-01', '2024-03-29')).toBeLessThan(0.5);
    expect(dateFactor('2024-03-01', '2024-03-29', true)).toBe(1);
    // Two months apart: still counted against, less.
    expect(dateFactor('2024-03-01', '2024-05-01', true)).toBeGreaterThan(dateFactor('2024-03-01', '2024-05-01'));
    expect(dateFactor('2024-03-01', '2024-05-01', true)).toBeLessThan(0.75);
    // A year apart: as low as an event's.
    expect(dateFactor('2023-03-01', '2024-03-01', true)).toBeLessThan(0.15);
  });

  it('reads a deal, a currency or no kind as a series, and a fire, a quake, a vote or an attack as an event', () => {
    expect(isSeries(['#deal'], ['#economy'])).toBe(true);
    expect(isSeries([], [])).toBe(true);
    expect(isSeries(['#deal'], ['#fire'])).toBe(false);
    expect(isSeries(['#election'], ['#election'])).toBe(false);
    expect(isSeries(['#war'], [])).toBe(false);
  });

  it('links a series\' reports four weeks apart, and not two fires of one place four weeks apart', () => {
    const words = RARE.slice(0, 6);
    const read = (kind: string, published: string) => fingerprint([...words, kind], [], published);
    expect(storySimilarity(read('#deal', '2024-03-01'), read('#deal', '2024-03-29'))).toBeCloseTo(storySimilarity(read('#deal', '2024-03-01'), read('#deal', '2024-03-02')), 6);
    expect(storySimilarity(read('#fire', '2024-03-01'), read('#fire', '2024-03-29'))).toBeLessThan(storySimilarity(read('#fire', '2024-03-01'), read('#fire', '2024-03-02')) / 2);
  });

  it('counts a deal and an economy report as one family of kinds, not a mismatch', () => {
    const words = RARE.slice(0, 6);
    const deal = fingerprint([...words, '#deal'], [], '2024-03-06');
    expect(scoreParts(deal, fingerprint([...words, '#economy'], [], '2024-03-06')).ev).toBe(1);
    expect(scoreParts(deal, fingerprint([...words, '#quake'], [], '2024-03-06')).ev).toBeLessThan(0.5);
  });
});

describe('headline evidence', () => {
  // Invented reads with the same body words; only their headlines differ.
  const body = ['مرفا', 'شحن', 'سفين', 'بضايع', 'ميناء', 'رصيف'];
  const read = (title: string, entities: string[]) => ({ keywords: body, entities, published: null, title });

  it('counts rare stems both headlines carry, so two headlines of one event score above two different ones', () => {
    const a = read('غرق سفينة قزحلان قبالة ميناء برمونة', ['town:برمونة']);
    const sameEvent = read('انتشال حطام سفينة قزحلان قرب برمونة', ['town:برمونة']);
    const otherHeadline = read('افتتاح رصيف جديد للحاويات', ['town:برمونة']);
    expect(scoreParts(a, sameEvent).headline).toBeGreaterThan(0);
    expect(scoreParts(a, otherHeadline).headline).toBe(0);
    expect(storySimilarity(a, sameEvent)).toBeGreaterThan(storySimilarity(a, otherHeadline));
  });

  it('weighs shared headline stems less when the reads share no telling entity, only the most common country of the news', () => {
    const withPlace = scoreParts(read('غرق سفينة قزحلان', ['town:برمونة']), read('حطام سفينة قزحلان', ['town:برمونة'])).headline;
    const commonCountryOnly = scoreParts(read('غرق سفينة قزحلان', ['sa']), read('حطام سفينة قزحلان', ['sa'])).headline;
    expect(commonCountryOnly).toBeGreaterThan(0);
    expect(withPlace / commonCountryOnly).toBeCloseTo(HEADLINE_WEIGHT / HEADLINE_WEIGHT_ALONE, 5);
  });

  it('reads no headline into a first line as long as a lead paragraph', () => {
    const lead = 'غرق سفينة قزحلان ' + 'وقال مسؤول في الميناء إن فرق الإنقاذ تواصل البحث عن البحارة المفقودين منذ مساء أمس '.repeat(3);
    expect(scoreParts(read(lead, ['town:برمونة']), read('غرق سفينة قزحلان', ['town:برمونة'])).headline).toBe(0);
  });
});

describe('keyword cover', () => {
  // A candidate's keywords, and a current read whose own top keywords are other words but whose
  // text names the candidate's (two outlets' wording of one event).
  const candidate = { keywords: keywordStems(RARE.slice(0, 8).join(' ')), entities: ['town:برمونة'], published: null };
  const current = (text?: string) => ({ keywords: keywordStems(RARE.slice(8, 14).join(' ') + ' ' + RARE[0]), entities: ['town:برمونة'], published: null, text });

  it("counts the candidate's keywords found anywhere in the current read's text", () => {
    const named = scoreParts(current(`وقال شاهد إن ${RARE.slice(0, 8).join(' و')} كلها غمرتها المياه.`), candidate);
    const unnamed = scoreParts(current('وقال شاهد إن القرى كلها غمرتها المياه.'), candidate);
    expect(named.cover).toBeGreaterThan(0.9);
    expect(unnamed.cover).toBeLessThan(0.25);
    expect(named.score).toBeGreaterThan(unnamed.score);
  });

  it('reads a one-line article (all of it in its title, its text empty) as its text', () => {
    const oneLine = { ...current(''), title: `قال شاهد إن ${RARE.slice(0, 8).join(' و')} كلها غمرتها المياه، وإن الأهالي غادروها قبل الفجر بعد أن ارتفع منسوب النهر طوال الليل وقطعت الطرق المؤدية إليها جميعا، ولم تصل فرق الإنقاذ إلا صباح اليوم التالي.` };
    expect(oneLine.title.length).toBeGreaterThan(200);
    expect(scoreParts(oneLine, candidate).cover).toBeGreaterThan(0.9);
    expect(scoreParts({ ...oneLine, title: 'غمرت المياه القرى' }, candidate).cover).toBeLessThan(0.25);
  });

  it('has no cover without the current text (a candidate against a candidate)', () => {
    const parts = scoreParts(current(), candidate);
    expect(parts.cover).toBe(0);
    expect(parts.kw).toBeGreaterThan(0);
  });
});

describe('entity evidence', () => {
  // The gazetteer city the background news names most: as common as a country.
  const table = idfTable as { byDf: Record<string, string> };
  const commonCity = Object.entries(table.byDf)
    .flatMap(([n, stems]) => stems.split(' ').filter((k) => k.startsWith('@city:')).map((k) => [Number(n), k.slice(1)] as const))
    .sort((a, b) => b[0] - a[0])[0][1];
  const read = (entities: string[]) => ({ keywords: RARE.slice(0, 3), entities, published: null });

  it('counts a city named in much of the news less than a place found by pattern', () => {
    const city = scoreParts(read([commonCity]), read([commonCity])).evidence;
    const place = scoreParts(read(['town:برمونة']), read(['town:برمونة'])).evidence;
    const none = scoreParts(read([]), read([])).evidence;
    expect(city - none).toBeGreaterThan(0);
    expect(city - none).toBeLessThan((place - none) / 2);
  });
});

describe('findRelated', () => {
  it('adds a read just under the threshold when it is the same story as a read linked directly', () => {
    const current = fingerprint(RARE.slice(0, 8));
    const direct = fingerprint([...RARE.slice(0, 4), ...RARE.slice(8, 12)]);
    const drifted = fingerprint([RARE[0], ...RARE.slice(8, 15)]);
    const unrelated = fingerprint(['بطريق', 'ثلج', 'قطب']);
    // Preconditions: the drifted read alone is under the threshold, but above the chain's share.
    expect(storySimilarity(current, drifted)).toBeLessThan(SAME_STORY_THRESHOLD);
    expect(storySimilarity(current, drifted)).toBeGreaterThanOrEqual(CHAIN_SHARE * SAME_STORY_THRESHOLD);
    const asRead = (f: ReturnType<typeof fingerprint>) => f as unknown as AnalyzedArticle;
    const found = findRelated(asRead(current), [direct, drifted, unrelated].map(asRead)).map((r) => r.index);
    expect(found.sort()).toEqual([0, 1]);
    // Without the direct read, nothing carries the drifted one.
    expect(findRelated(asRead(current), [drifted, unrelated].map(asRead))).toEqual([]);
  });
});

describeShared('story similarity on the seeds and the corpus (regression)', () => {
  const groups: { name: string; articles: ArticleSnapshot[] }[] = [
    { name: 'seeds', articles: seeds() },
    ...STORIES.map((name) => ({ name, articles: story(name) })),
  ];

  it('the earthquakes in Morocco and in Turkey and Syria stay apart', () => {
    const m = story('morocco-earthquake-2023').map(features);
    const t = story('turkey-syria-earthquake-2023').map(features);
    for (const a of m) for (const b of t) expect(storySimilarity(a, b)).toBeLessThan(SAME_STORY_THRESHOLD);
  });

  it('same-story articles share keywords, so the keyword index finds them', () => {
    for (const g of groups) {
      const fs_ = g.articles.map(features);
      for (let i = 1; i < fs_.length; i++) {
        const earlier = new Set(fs_.slice(0, i).flatMap((f) => f.keywords));
        expect(fs_[i].keywords.some((k) => earlier.has(k))).toBe(true);
      }
    }
  });

  it('findRelated finds the troop seeds, best first, and no Moroccan earthquake article', () => {
    const s = seeds().map(asAnalyzed);
    const others = story('morocco-earthquake-2023').map(asAnalyzed);
    const related = findRelated(s[4], [...s.slice(0, 4), ...others]);
    // 000, 001 and 003 report the troops; 002 is a June page about another story.
    expect(related.map((r) => r.index).sort()).toEqual([0, 1, 3]);
    for (let i = 1; i < related.length; i++) expect(related[i - 1].score).toBeGreaterThanOrEqual(related[i].score);
  });
});

describe('storyFeatures', () => {
  it('returns at most 30 stems plus tagged entities and events, deterministic', () => {
    const text = 'ضرب زلزال بقوة 6 درجات إقليم النخيل في كندا وارتفعت حصيلة ضحايا الزلزال إلى 100 قتيل';
    const a = storyFeatures(text, 'زلزال في كندا');
    expect(a).toEqual(storyFeatures(text, 'زلزال في كندا'));
    expect(a.entities).toContain('place:نخيل');
    expect(a.entities).toContain('ca');
    expect(a.keywords).toContain('@place:نخيل');
    expect(a.keywords).toContain('#quake');
    expect(a.keywords.filter((k) => !/^[@#]/.test(k)).length).toBeLessThanOrEqual(30);
  });

  it('counts a short headline as a list line for entities, and as prose with the headlineProse knob', () => {
    const body = 'شب حريق ضخم مساء أمس في المستشفى وقالت السلطات إن فرق الإطفاء سيطرت عليه بعد ساعات.';
    expect(storyFeatures(body, 'حريق مستشفى في مدينة برمونة').entities).not.toContain('town:برمونه');
    setStoryFeatureKnobs({ headlineProse: true });
    try {
      expect(storyFeatures(body, 'حريق مستشفى في مدينة برمونة').entities).toContain('town:برمونه');
      const inList = storyFeatures(`${body}\nأخبار مدينة برمونة`, 'حريق في المستشفى');
      expect(inList.entities).not.toContain('town:برمونه');
    } finally {
      setStoryFeatureKnobs({ headlineProse: false });
    }
  });

  it('takes no keyword from a web or e-mail address: it names the site, not the story', () => {
    const text = 'أعلنت الهيئة عن توفر وظائف شاغرة، ويمكن التقديم عبر الرابط www.qazhalan.gov.sa أو البريد jobs@qazhalan.gov.sa حتى نهاية الأسبوع.';
    const words = storyFeatures(text, 'وظائف شاغرة').keywords.join(' ');
    expect(words).toContain('شاغر');
    expect(words).not.toMatch(/qazhalan|gov|www/);
  });

  it('ranks a rare word of the story above everyday news words of the same frequency', () => {
    const a = storyFeatures('أعلنت الحكومة أن سد قزحلان انهار، وقالت الحكومة إن سد قزحلان كان قديما.', 'سد قزحلان');
    expect(a.keywords.indexOf('قزحلان')).toBeLessThan(a.keywords.indexOf('حكوم'));
  });
});
