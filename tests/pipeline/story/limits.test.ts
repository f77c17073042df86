// How many keywords and entities a read carries: what storyFeatures keeps of a text that offers
// more, and what an import file may hold (the same limits, so an export of live reads always
// imports and a file carrying more is refused). Invented text; country names come from the
// gazetteer (lib/pipeline/text/data), so the test follows that table.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type TabayyunDB } from '../../../lib/store/db';
import { exportAll } from '../../../lib/store/export';
import { MAX_KEYWORDS, validateExport } from '../../../lib/store/export-format';
import { saveRead } from '../../../lib/store/reads';
import { entityCounts, keywordWeights, storyFeatures } from '../../../lib/pipeline/story/features';
import { ENTITY_COUNT, ENTITY_KEYWORDS, KEYWORD_COUNT } from '../../../lib/pipeline/story/limits';
import gazetteer from '../../../lib/pipeline/text/data/gazetteer.json';
import { stem } from '../../../lib/pipeline/text/normalize';
import { makeArticle } from '../../store/make-article';

// Forty everyday nouns: far more distinct stems than KEYWORD_COUNT.
const NOUNS = 'مهندس حديقة نافذة قطار مكتبة جسر طاولة مصنع ميناء قمح زيتون سفينة مزرعة شاحنة جامعة ملعب متحف غابة نهر جبل صحراء بحيرة مخبز حافلة دراجة قلعة نافورة صيدلية فندق مطعم مسرح حقل بستان كرمة خيمة مظلة سلة قارب منارة طاحونة'.split(' ');
const COUNTRIES = (gazetteer.entries as { key: string; type: string; name: string }[]).filter((e) => e.type === 'country');

const nounSentences = () => {
  const out: string[] = [];
  for (let i = 0; i < NOUNS.length; i += 4) out.push(`زار الوفد ${NOUNS.slice(i, i + 4).join(' و')} في جولة طويلة امتدت من الصباح حتى المساء دون توقف يذكر.`);
  return out;
};
const visit = (name: string) => `وصل وفد من ${name} إلى المعرض الدولي وعرض منتجاته أمام الزوار طوال اليوم الأول.`;

const stems = (keywords: string[]) => keywords.filter((k) => !k.startsWith('@') && !k.startsWith('#'));
const entityKeys = (keywords: string[]) => keywords.filter((k) => k.startsWith('@')).map((k) => k.slice(1));

describe('story limits in storyFeatures', () => {
  // Twenty countries named once each; three of them named three times, so they rank first.
  const named = COUNTRIES.slice(20, 40);
  const often = [named[12], named[3], named[17]];
  const text = [...nounSentences(), ...named.map((c) => visit(c.name)), ...often.flatMap((c) => [visit(c.name), visit(c.name)])].join('\n');
  const features = storyFeatures(text, 'معرض دولي');

  it('the text names more entities and offers more stems than a read carries (so the limits act)', () => {
    expect(entityCounts(text).size).toBeGreaterThan(ENTITY_COUNT);
    expect(keywordWeights(text, 'معرض دولي').size).toBeGreaterThan(KEYWORD_COUNT);
  });

  it('keeps exactly KEYWORD_COUNT stems and ENTITY_COUNT entities, the most mentioned entities first', () => {
    expect(stems(features.keywords)).toHaveLength(KEYWORD_COUNT);
    expect(features.entities).toHaveLength(ENTITY_COUNT);
    expect(features.entities.slice(0, 3)).toEqual(often.map((c) => c.key).sort());
    for (const key of features.entities) expect(named.map((c) => c.key)).toContain(key);
  });

  it('adds the first ENTITY_KEYWORDS entities to the keywords, in rank order, and no more', () => {
    expect(entityKeys(features.keywords)).toEqual(features.entities.slice(0, ENTITY_KEYWORDS));
    expect(features.keywords.length).toBeLessThanOrEqual(MAX_KEYWORDS);
  });

  it('keeps no more than a short text offers (the limits are caps, not targets)', () => {
    const short = storyFeatures('افتتح أهالي الحي حديقة ومكتبة وملعبا بحضور عدد من السكان في حفل بسيط أقيم مساء أمس.', '');
    expect(stems(short.keywords).length).toBeLessThan(KEYWORD_COUNT);
    for (const noun of ['حديقة', 'مكتبة', 'ملعبا']) expect(stems(short.keywords)).toContain(stem(noun));
    expect(short.entities).toEqual([]);
    expect(entityKeys(short.keywords)).toEqual([]);
  });
});

describe('story limits in an import file', () => {
  let db: TabayyunDB;
  let n = 0;
  beforeEach(() => {
    db = openDatabase(`limits-${n++}`);
  });
  afterEach(() => db.delete());

  const NOW = Date.UTC(2026, 5, 1);
  /** An export of one read carrying these keywords and entities, as the panel parses it. */
  async function fileWith(keywords: string[], entities: string[]): Promise<unknown> {
    await saveRead(db, makeArticle({ canonicalUrl: 'https://outlet.test/a/1', text: 'نص مختلق للاختبار', keywords, entities }), Date.UTC(2026, 0, 5));
    return JSON.parse(JSON.stringify(await exportAll(db, NOW)));
  }
  const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('accepts a read with as many keywords and entities as a live read carries', async () => {
    const file = await fileWith(words(MAX_KEYWORDS, 'كلمة'), words(ENTITY_COUNT, 'place:'));
    const checked = validateExport(file, NOW);
    expect(checked.reads[0].keywords).toHaveLength(MAX_KEYWORDS);
    expect(checked.reads[0].entities).toHaveLength(ENTITY_COUNT);
  });

  it('accepts what storyFeatures gives a long invented text', async () => {
    const live = storyFeatures([...nounSentences(), ...COUNTRIES.slice(40, 60).map((c) => visit(c.name))].join('\n'), 'معرض دولي');
    const checked = validateExport(await fileWith(live.keywords, live.entities), NOW);
    expect(checked.reads[0].keywords).toEqual(live.keywords);
    expect(checked.reads[0].entities).toEqual(live.entities);
  });

  it('refuses one keyword or one entity more, naming the field', async () => {
    const base = (await fileWith([], [])) as { reads: { keywords: string[]; entities: string[] }[] };
    const tooManyKeywords = structuredClone(base);
    tooManyKeywords.reads[0].keywords = words(MAX_KEYWORDS + 1, 'كلمة');
    expect(() => validateExport(tooManyKeywords, NOW)).toThrow(`reads[0].keywords has more than ${MAX_KEYWORDS} entries`);
    const tooManyEntities = structuredClone(base);
    tooManyEntities.reads[0].entities = words(ENTITY_COUNT + 1, 'place:');
    expect(() => validateExport(tooManyEntities, NOW)).toThrow(`reads[0].entities has more than ${ENTITY_COUNT} entries`);
  });
});
