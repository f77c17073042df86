// Bundled by esbuild into the page for the lookup section: builds a store of real reads
// (articles of ../shared/stream analyzed by the engine, and the earlier articles of the
// development stories; synthetic reads only beyond what the stream holds) in real Chromium
// IndexedDB, then times "new read → differences" through the store's keyword index (the
// extension's path) and through a linear scan of every read.
import { ENGINE_VERSION } from '../../lib/pipeline/analyze';
import { openDatabase, type StoredRead, type TabayyunDB } from '../../lib/store/db';
import { CANDIDATE_LIMIT, candidateIds, deleteRead, lookupKeywords, POSTINGS_BUDGET, previousVersion, saveRead } from '../../lib/store/reads';
import { fingerprintsOf, putFingerprints } from '../../lib/store/fingerprints';
import { addPostings, foldPendingKeywords, keywordLookupStats, keywordStatsFrom, readCount } from '../../lib/store/keyword-stats';
import { storyLinksOf } from '../../lib/store/links';
import { reportFrom, saveWithReport } from '../../lib/pipeline/report/build';
import { findRelated } from '../../lib/pipeline/story/index';
import type { AnalyzedArticle, Claim } from '../../lib/types';

export interface PageVocab {
  /** Stems shared by many stories (the corpus's most frequent), Zipf-drawn. */
  generic: string[];
  /** Story-specific stems: the corpus's stems plus pseudo-stems, drawn uniformly. */
  specific: string[];
  words: string[];
  countries: string[];
  places: string[];
  events: string[];
}

// Deterministic random numbers: the same store every run.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];
/** Zipf (s = 1) over a list ordered most common first. */
function zipf<T>(r: () => number, xs: T[]): T {
  const h = Math.log(xs.length) + 0.5772;
  const u = r() * h;
  return xs[Math.min(xs.length - 1, Math.max(0, Math.floor(Math.exp(u - 0.5772)) - 1))];
}

const CONCEPTS = [
  { concept: 'death', noun: 'القتلى', unit: 'قتيلا' },
  { concept: 'injured', noun: 'المصابين', unit: 'مصابا' },
  { concept: 'missing', noun: 'المفقودين', unit: 'مفقودا' },
  { concept: 'soldier', noun: 'الجنود', unit: 'جندي' },
  { concept: 'displaced', noun: 'النازحين', unit: 'نازح' },
  { concept: 'building', noun: 'المباني المنهارة', unit: 'مبنى' },
];
const SOURCES = ['وزارة الصحة', 'الدفاع المدني', 'مصدر رسمي', 'الأمم المتحدة', 'المتحدث باسم الحكومة', 'وكالة الأنباء الرسمية'];
const OUTLETS = ['aljazeera.net', 'alarabiya.net', 'skynewsarabia.com', 'hespress.com', 'youm7.com', 'masrawy.com', 'al-ain.com', 'aletihad.ae', 'alkhaleej.ae', 'annahar.com', 'alquds.co.uk', 'arabi21.com'];
const QUALIFIERS: { word: string; qualifier: Claim['qualifier'] }[] = [
  { word: '', qualifier: 'exact' },
  { word: 'نحو ', qualifier: 'about' },
  { word: 'أكثر من ', qualifier: 'more-than' },
];

interface Story {
  event: string | null;
  entities: string[];
  pool: string[];
  textWords: string[];
  concepts: { concept: string; noun: string; unit: string; base: number }[];
  day: number;
}

let vocab: PageVocab;
let db: TabayyunDB;
/** Every read's id under each of its keywords, and how many reads: the keywordStats records are written from them. */
const postings = new Map<string, number[]>();
let storedReads = 0;
/** Reads per story so far: story k's members are 0..sizes[k]-1. */
const sizes: number[] = [];

function story(k: number): Story {
  const r = rng(k * 7919 + 17);
  // Real reads name ~5-15 entities: the story's countries, and its places and people.
  const entities = [zipf(r, vocab.countries)];
  if (r() < 0.5) entities.push(zipf(r, vocab.countries));
  if (r() < 0.2) entities.push(zipf(r, vocab.countries));
  const places = 2 + Math.floor(r() * 5);
  for (let i = 0; i < places; i++) entities.push(pick(r, vocab.places));
  const pool: string[] = [];
  for (let i = 0; i < 26; i++) pool.push(pick(r, vocab.specific));
  const textWords: string[] = [];
  for (let i = 0; i < 80; i++) textWords.push(pick(r, vocab.words));
  const concepts = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({ ...pick(r, CONCEPTS), base: Math.round(10 ** (1 + r() * 4)) }));
  return { event: r() < 0.7 ? zipf(r, vocab.events) : null, entities: [...new Set(entities)], pool, textWords, concepts, day: k };
}

/** Read `i` of story `k`: its story's keywords, entities and figures, with its own wording and numbers. */
export function makeRead(k: number, i: number): AnalyzedArticle {
  const s = story(k);
  const r = rng(k * 104729 + i * 31 + 5);
  const shuffled = [...s.pool].sort(() => r() - 0.5);
  const stems = [...new Set([...Array.from({ length: 3 }, () => zipf(r, vocab.generic)), ...shuffled.slice(0, 17)])];
  // Most of the story's entities, and a few countries mentioned in passing.
  const incidental = Array.from({ length: Math.floor(r() * 4) }, () => zipf(r, vocab.countries));
  const entities = [...new Set([...s.entities.filter((_, j) => j === 0 || r() > 0.15), ...incidental])];
  const keywords = [...stems, ...entities.slice(0, 5).map((e) => '@' + e), ...(s.event ? ['#' + s.event] : [])];
  const word = () => (r() < 0.7 ? pick(r, s.textWords) : pick(r, vocab.words));
  const title = Array.from({ length: 9 }, word).join(' ');
  let text = title + '\n\n';
  const claims: Claim[] = [];
  const sentences = 12 + Math.floor(r() * 18);
  const claimAt = new Set(Array.from({ length: 2 + Math.floor(r() * 3) }, () => Math.floor(r() * sentences)));
  for (let n = 0; n < sentences; n++) {
    if (n > 0 && n % 4 === 0) text += '\n\n';
    const sentenceStart = text.length;
    const lead = Array.from({ length: 6 + Math.floor(r() * 10) }, word).join(' ');
    if (!claimAt.has(n)) {
      text += `${lead} ${Array.from({ length: 4 }, word).join(' ')}. `;
      continue;
    }
    const c = pick(r, s.concepts);
    const q = pick(r, QUALIFIERS);
    const value = Math.max(1, Math.round(c.base * (0.8 + r() * 0.4)));
    const attribution = pick(r, SOURCES);
    const before = `${lead}، وقال ${attribution} إن عدد ${c.noun} بلغ `;
    const figure = `${q.word}${value} ${c.unit}`;
    const sentence = `${before}${figure}.`;
    const start = sentenceStart + before.length;
    claims.push({
      text: figure,
      start,
      end: start + figure.length,
      value,
      min: q.qualifier === 'more-than' ? value : q.qualifier === 'about' ? Math.round(value * 0.9) : value,
      max: q.qualifier === 'more-than' ? null : q.qualifier === 'about' ? Math.round(value * 1.1) : value,
      qualifier: q.qualifier,
      kind: 'count',
      unit: c.unit,
      sentence,
      sentenceStart,
      comparable: true,
      attribution,
      concept: c.concept,
      entities: entities.slice(0, 2),
      rate: null,
      modality: 'count',
    });
    text += sentence + ' ';
  }
  const host = OUTLETS[(k + i) % OUTLETS.length];
  const url = `https://www.${host}/news/${k}/${i}`;
  const published = new Date(Date.UTC(2020, 0, 1) + s.day * 3600_000 * 2 + i * 3600_000).toISOString();
  return { url, canonicalUrl: url, site: host, host, title, byline: null, published, lang: 'ar', dir: 'rtl', text, claims, keywords, entities };
}

/**
 * Diagnostic: the steps of buildStoryReport timed one by one on a read just looked up (so the
 * store's pages are warm): counts (with the kept postings, schema v6), candidate postings and
 * fingerprints, links, scoring, the related reads' records, comparison.
 */
async function phaseTimes(read: StoredRead) {
  const t0 = performance.now();
  const stats = await keywordLookupStats(db, read.keywords);
  const t1 = performance.now();
  const freq = stats.counts;
  const reads = stats.reads;
  const others = new Map([...freq].map(([k, n]) => [k, Math.max(0, n - 1)]));
  const candidates = await fingerprintsOf(db, await candidateIds(db, read.keywords, read.id, CANDIDATE_LIMIT, POSTINGS_BUDGET, others, stats.postings));
  const t2 = performance.now();
  // The same step with the earlier limit of 50 candidates, timed right after (same warm pages).
  await fingerprintsOf(db, await candidateIds(db, read.keywords, read.id, 50, POSTINGS_BUDGET, others, stats.postings));
  const candidates50 = performance.now() - t2;
  // The index postings alone, as the lookup asks them (the chosen keywords whose records keep
  // none), and as it asked them before schema v6 (every chosen keyword).
  const queried = lookupKeywords(read.keywords, others);
  const fromIndex = queried.filter((k) => !stats.postings.has(k));
  const tp = performance.now();
  await Promise.all(fromIndex.map((k) => db.storyFingerprints.where('keywords').equals(k).primaryKeys()));
  const postingsOnly = performance.now() - tp;
  const tpa = performance.now();
  await Promise.all(queried.map((k) => db.storyFingerprints.where('keywords').equals(k).primaryKeys()));
  const postingsAllIndex = performance.now() - tpa;
  // The candidates' fingerprints alone.
  const tf = performance.now();
  await fingerprintsOf(db, candidates.map((c) => c.id));
  const fingerprintsOnly = performance.now() - tf;
  const t2b = performance.now();
  await readCount(db);
  const countOnly = performance.now() - t2b;
  const [links, previous] = await Promise.all([storyLinksOf(db, read.id), previousVersion(db, read.id)]);
  const t3 = performance.now();
  const found = findRelated(read, candidates, { reads, df: freq }).filter((r) => links.get(candidates[r.index].id) !== false);
  const t4 = performance.now();
  const records = await db.reads.bulkGet(found.map((r) => candidates[r.index].id));
  const t4b = performance.now();
  reportFrom(read, found.map(({ score }, i) => ({ read: records[i]!, score, linkedByReader: false })), previous);
  const t5 = performance.now();
  return {
    counts: t1 - t0,
    countOnly,
    candidates: t2 - t1,
    candidates50,
    links: t3 - t2b - countOnly,
    postingsOnly,
    postingsAllIndex,
    fingerprintsOnly,
    scoring: t4 - t3,
    records: t4b - t4,
    compare: t5 - t4b,
    candidateCount: candidates.length,
    keywordsQueried: queried.length,
    keywordsFromIndex: fromIndex.length,
    // How many read ids the current read's keyword records hold (what the save rewrites, and the lookup reads).
    idsKept: [...stats.postings.values()].reduce((n, ids) => n + ids.length, 0),
  };
}

let hashN = 0;
function asStored(a: AnalyzedArticle): Omit<StoredRead, 'id'> {
  const t = Date.parse(a.published ?? '2020-01-01');
  return { ...a, engine: ENGINE_VERSION, firstReadAt: t, readAt: t, version: 1, textHash: `${(hashN++).toString(16).padStart(8, '0')}:${a.text.length.toString(36)}` };
}

async function estimate(): Promise<number | null> {
  try {
    return (await navigator.storage.estimate()).usage ?? null;
  } catch {
    return null;
  }
}

/**
 * Saves `article` as a new read and finds its differences, timed: through the index as the
 * background does (saveWithReport: the save and the lookup in one transaction), or by saving
 * and then scanning every read. `saveMs`, the save alone, only on the scan's path. As the
 * background, the indexed path then counts the new read into its keyword records (schema v7,
 * foldPendingKeywords), untimed: the background does it after it has answered the page.
 */
async function timedLookup(mode: 'indexed' | 'scan', article: AnalyzedArticle) {
  const t0 = performance.now();
  let read: StoredRead;
  let saveMs: number | null = null;
  let related: number[];
  let differences: number;
  if (mode === 'indexed') {
    const { outcome, report } = await saveWithReport(db, article, Date.now());
    read = outcome.read;
    related = report ? report.articles.filter((a) => !a.current).map((a) => a.readId) : [];
    differences = report?.differences.length ?? 0;
  } else {
    read = (await saveRead(db, article, Date.now())).read;
    saveMs = performance.now() - t0;
    const all = (await db.reads.toArray()).filter((x) => x.id !== read.id);
    const found = findRelated(read, all).map(({ index, score }) => ({ read: all[index], score, linkedByReader: false }));
    const report = reportFrom(read, found, undefined);
    related = found.map((f) => f.read.id);
    differences = report.differences.length;
  }
  const ms = performance.now() - t0;
  if (mode === 'indexed') await foldPendingKeywords(db);
  return { read, ms, saveMs, related, differences };
}

const api = {
  async init(v: PageVocab, name: string) {
    postings.clear();
    storedReads = 0;
    vocab = v;
    db = openDatabase(name);
    await db.open();
  },
  /** Adds reads until the store holds `total`, in bulkAdd chunks of 5k. */
  async grow(total: number) {
    const t0 = performance.now();
    const before = await estimate();
    let count = await db.reads.count();
    let jsonBytes = 0;
    let made = 0;
    const r = rng(total);
    while (count < total) {
      const chunk: Omit<StoredRead, 'id'>[] = [];
      while (chunk.length < 5000 && count + chunk.length < total) {
        // Stories of 1 to ~30 reads (most small), a new story as soon as the last is full.
        let k = sizes.length - 1;
        if (k < 0 || sizes[k] >= 1 + Math.floor(-Math.log(1 - r() * 0.999) * 4)) {
          sizes.push(0);
          k++;
        }
        const rec = asStored(makeRead(k, sizes[k]++));
        if (made < 200) jsonBytes += JSON.stringify(rec).length * 2;
        made++;
        chunk.push(rec);
      }
      const ids = (await db.reads.bulkAdd(chunk as StoredRead[], { allKeys: true })) as number[];
      // Bulk-added reads bypass saveRead, so their keyword counts (with the postings kept under
      // POSTINGS_CAP, schema v6) and fingerprints are kept here.
      await putFingerprints(db, chunk.map((rec, i) => ({ ...rec, id: ids[i] })));
      chunk.forEach((rec, i) => addPostings(postings, { id: ids[i], keywords: rec.keywords }));
      storedReads += chunk.length;
      count += chunk.length;
    }
    await db.keywordStats.bulkPut(keywordStatsFrom(postings, storedReads));
    const after = await estimate();
    return {
      ms: performance.now() - t0,
      count,
      stories: sizes.length,
      added: made,
      estimateDelta: before !== null && after !== null ? after - before : null,
      sampleJsonBytes: made ? jsonBytes / Math.min(made, 200) : null,
    };
  },
  /** One new read of an existing story, timed through the keyword index or a linear scan. */
  async query(mode: 'indexed' | 'scan', q: number) {
    const r = rng(q * 9973 + 1);
    const k = Math.floor(r() * sizes.length);
    const article = makeRead(k, 1000 + q);
    const { read, ms, saveMs, related, differences } = await timedLookup(mode, article);
    // Ground truth: the generator put this read in story k, whose reads live under /news/k/.
    const urls = (await db.reads.bulkGet(related)).map((x) => x?.canonicalUrl ?? '');
    const sameStory = urls.filter((u) => u.includes(`/news/${k}/`)).length;
    await deleteRead(db, read.id);
    return { ms, saveMs, related, differences, storySize: sizes[k], sameStory };
  },
  /** Adds real analyzed reads (the stream's, a story's earlier articles) as stored reads. */
  async addReads(reads: AnalyzedArticle[]) {
    const t0 = performance.now();
    const recs = reads.map(asStored);
    const ids = (await db.reads.bulkAdd(recs as StoredRead[], { allKeys: true })) as number[];
    await putFingerprints(db, recs.map((rec, i) => ({ ...rec, id: ids[i] })));
    recs.forEach((rec, i) => addPostings(postings, { id: ids[i], keywords: rec.keywords }));
    storedReads += recs.length;
    // Only the records of the keywords these reads carry change (and the count of reads).
    const touched = new Map([...new Set(recs.flatMap((rec) => rec.keywords))].map((k) => [k, postings.get(k)!]));
    await db.keywordStats.bulkPut(keywordStatsFrom(touched, storedReads));
    return { ms: performance.now() - t0, count: await db.reads.count() };
  },
  /** One new real read, timed through the keyword index or a linear scan; `storyUrls` are its story's earlier reads. */
  async queryArticle(mode: 'indexed' | 'scan', article: AnalyzedArticle, storyUrls: string[]) {
    const { read, ms, saveMs, related, differences } = await timedLookup(mode, article);
    const urls = new Set(storyUrls);
    const sameStory = (await db.reads.bulkGet(related)).filter((x) => x && urls.has(x.canonicalUrl)).length;
    const phases = mode === 'indexed' ? await phaseTimes(read) : undefined;
    await deleteRead(db, read.id);
    return { ms, saveMs, related, differences, storySize: storyUrls.length, sameStory, phases };
  },
  /** Diagnostic: the keyword-index candidate step alone, for a new read of an existing story. */
  async candidates(q: number) {
    const r = rng(q * 9973 + 1);
    const article = makeRead(Math.floor(r() * sizes.length), 1000 + q);
    const t0 = performance.now();
    // As a lookup takes them: counts and kept postings in one request, the index for the rest.
    const stats = await keywordLookupStats(db, article.keywords);
    const found = await candidateIds(db, article.keywords, -1, CANDIDATE_LIMIT, POSTINGS_BUDGET, stats.counts, stats.postings);
    return { ms: performance.now() - t0, count: found.length };
  },
  async close() {
    db.close();
  },
};

(globalThis as unknown as { __tbLookup: typeof api }).__tbLookup = api;
