// lib/ knows the news, not the test stories: no hand-written code, table or comment in lib/
// names a person, place, organisation, deal or event of a test story. Places and countries come
// from the generated gazetteer (lib/pipeline/text/data), people are found by pattern.
//
// Two lists are checked against every word of lib/**/*.ts(x) (the generated data excepted):
//  - a fixed list of names the project once hard-coded (always checked);
//  - names drawn at test time from ../shared (seeds, corpus, corpus-dev, the fresh stories of
//    eval/stream-gold) and from the invented stories of eval/invented: the places, countries,
//    nationalities, people and administrative places that the stories' headlines, gold claims
//    and attributions name, found with the gazetteer and the name patterns; the rare words of
//    the gold attributions; and the capitalised words of the English story descriptions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokensOf, lexicalForms, type Token } from '../lib/pipeline/text/tokens';
import { findEntities, learnPeople } from '../lib/pipeline/text/entities';
import { normalizeArabic, STOPWORDS } from '../lib/pipeline/text/normalize';
import { CORPUS_DEV_DIR, CORPUS_DIR, SEEDS_DIR, textFiles } from './fixtures/shared';
import { loadStream } from '../eval/stream';
import { materializeStreamGold, STREAM_GOLD_BATCHES } from '../eval/stream-gold';
import { INVENTED_DIR } from '../eval/gold';
import { describeShared } from './fixtures/describe-shared';

const LIB = path.resolve(__dirname, '../lib');
const GENERATED = path.join(LIB, 'pipeline', 'text', 'data');
// The outlets the content script runs on by itself (the product's site list, with their own
// names: «المصري اليوم»): publishers, not what a story is about.
const SITE_LIST = path.join(LIB, 'extension', 'sites.ts');

function libFiles(dir = LIB): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return p === GENERATED ? [] : libFiles(p);
    return /\.tsx?$/.test(d.name) && p !== SITE_LIST ? [p] : [];
  });
}

interface Hit {
  file: string;
  line: number;
  name: string;
}

/** Every occurrence in lib of an Arabic name (folded, one or more words) or a Latin word. */
function findInLib(arabic: Set<string>, latin: Set<string>): Hit[] {
  const hits: Hit[] = [];
  const multi = [...arabic].filter((n) => n.includes(' ')).map((n) => n.split(' '));
  for (const file of libFiles()) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      const rel = path.relative(LIB, file);
      const words = tokensOf(text).filter((t) => t.type === 'word');
      const formsOf = (t: Token) => new Set(lexicalForms(t));
      words.forEach((t, k) => {
        if (/^[A-Za-z]+$/.test(t.raw)) {
          // Codes in capitals ("QAR", "USD") are no names.
          if (!/^[A-Z]+$/.test(t.raw) && latin.has(t.raw.toLowerCase())) hits.push({ file: rel, line: i + 1, name: t.raw });
          return;
        }
        for (const f of formsOf(t)) if (arabic.has(f)) hits.push({ file: rel, line: i + 1, name: f });
        for (const m of multi) {
          if (!formsOf(t).has(m[0])) continue;
          if (m.slice(1).every((w, j) => { const n = words[k + 1 + j]; return !!n && (n.norm === w || n.bare === w); })) hits.push({ file: rel, line: i + 1, name: m.join(' ') });
        }
      });
    });
  }
  return hits;
}

const show = (hits: Hit[]) => hits.map((h) => `${h.file}:${h.line} «${h.name}»`).join('\n');

// Names the project once hard-coded for its test stories (invented here, not read from ../shared).
const ONCE_HARD_CODED_ARABIC = [
  'كيربي', 'كيربى', 'اردوغان', 'كليتشدار', 'كيليتشدار', 'كليجدار', 'كيليجدار', 'اوغلو', 'قابضه', 'الحوز', 'حوز', 'تارودانت', 'شيشاوه',
  'ورزازات', 'ازيلال', 'درنه', 'اكتاو', 'راس الحكمه', 'مدبولي', 'السيسي',
];
const ONCE_HARD_CODED_LATIN = ['kirby', 'erdogan', 'kilicdaroglu', 'adq', 'haouz', 'taroudant', 'chichaoua', 'derna', 'aktau', 'hekma', 'madbouly', 'sisi'];

describe('lib/ knowledge', () => {
  it('names none of the people, places or deals it was once hard-coded with', () => {
    const hits = findInLib(new Set(ONCE_HARD_CODED_ARABIC.map(normalizeArabic)), new Set(ONCE_HARD_CODED_LATIN));
    expect(show(hits)).toBe('');
  });

  it('finds a name planted in a line (the scan itself works)', () => {
    const tokens = tokensOf('// «بإقليم تارودانت» و Kirby');
    expect(tokens.some((t) => lexicalForms(t).includes('تارودانت'))).toBe(true);
  });
});

interface StoryText {
  story: string;
  /** Headlines, gold claim texts and attributions: where a story names its actors. */
  lines: string[];
  attributions: string[];
  description: string;
}

function readStories(): StoryText[] {
  const out: StoryText[] = [];
  for (const root of [CORPUS_DIR, CORPUS_DEV_DIR, INVENTED_DIR]) {
    if (!fs.existsSync(root)) continue;
    for (const story of fs.readdirSync(root)) {
      const dir = path.join(root, story);
      if (!fs.existsSync(path.join(dir, 'gold.json'))) continue;
      const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8')) as { claims: { text?: string; source_attribution?: string | null }[] };
      const meta = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as { story?: string };
      const titles = textFiles(dir).map((f) => fs.readFileSync(f, 'utf8').split('\n')[0]);
      const attributions = gold.claims.map((c) => c.source_attribution ?? '').filter(Boolean);
      out.push({ story, lines: [...titles, ...gold.claims.map((c) => c.text ?? ''), ...attributions], attributions, description: meta.story ?? '' });
    }
  }
  // The annotated stories of the stream (eval/stream-gold, eval/stream-gold-2): their headlines name their actors.
  for (const dir of STREAM_GOLD_BATCHES.flatMap((b) => materializeStreamGold(b.dir))) {
    const titles = textFiles(dir).map((f) => fs.readFileSync(f, 'utf8').split('\n')[0]);
    out.push({ story: path.basename(dir), lines: titles, attributions: [], description: '' });
  }
  const seedTitles = textFiles(SEEDS_DIR).map((f) => fs.readFileSync(f, 'utf8').split('\n')[0]);
  const seedReadme = fs.readFileSync(path.join(SEEDS_DIR, 'README.md'), 'utf8');
  out.push({ story: 'seeds', lines: seedTitles, attributions: [], description: seedReadme.split('\n').slice(0, 5).join(' ') });
  return out;
}

// Capitalised English words of the descriptions that name no one: months, days, common words.
// («dir» is lib's text direction, the spelling of a district a description names too; «concession»,
// a clause of «رغم», a town's name too; «camp», «operation» and «arab», words of a camp's fire, a
// plant's operator and an Arab outlet, lib's comments' words too; «coalition» and «bar», an
// electoral list's and a place's names, lib's words for a coalition and a chart's bar; «lower» and
// «blend», a region's and a crude grade's names, lib's words for lower case and blended scores;
// «dates» and «center», a fruit's season and a statistics centre's name, lib's words for calendar
// dates and a chart's middle; «fund» and «investment», words of a fund's name, lib's words for a
// programme's running total and a use of spending; «public», of a health institute's name, lib's word
// for what a page shows; «pipeline», a city estate's name, lib's word for the data flow; «search», of a
// search-and-rescue agency's name, lib's word for looking up; «population» and «states», of a population
// council's and a country's names, lib's words for residents and places; «line» and «route», of a
// railway line's and a migration route's names, lib's words for a text line and a message route; «majority», «force», «rescue», «survey», «higher», «relief», «municipal», words of
// parties', agencies' and offices' names, lib's words for seats, forces, rescuers, surveys, rounding and councils;
// «tourist», «board», «transport», «natural», of a tourist board's, a transport authority's and a ministry of
// natural resources' names, lib's words for tourists, those aboard, transport and natural gas.)
const ENGLISH_COMMON = new Set(
  'public fund investment the a an and or said decision of in on at to from after before during with without by for about over under into than then first second third final round results result national local regional state government ministry interior health defence defense army police coast guard storm floods flood earthquake fire hospital school church train attack raid strike deal loan revenue election elections legislative presidential truce hostage crossings wildfires shipwreck collision do not edit them build fixtures five real arabic news articles plain text dumps their web pages boilerplate included one story they are project reference case seed seeds mutual treaty troops sent january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday early late death toll tolls dead missing injured different authorities conflicting morning evening night north south east west central eastern western northern southern people city red sea new old invented market facility authority credit extended office high court civil minister prime supreme area union construction bank capital alliance movement rural urban development left middle front social bureau statistics path work point district disaster delta centre center popular road villages pre forward department management french cross labour pass met sun service land rights house green rally assembly data party mark alternative agency saint open region changes safe modern tunisian list league province future consumer will rises deputies chamber crescent current change audit port independent citizens free export view generation bloc general council hall company speaker trade indic far growth family action official yes cap dir article youth term municipalities programme balance electoral unit country building light great account concession camp operation arab coalition bar lower blend dates majority force rescue survey higher relief municipal international operations safar pipeline search population states line route tourist board transport natural'.split(' '),
);
// Words the descriptions use for an outlet's press style («02 Egyptian-style paper», «03 Maghreb-style»),
// as lib's comments do for spelling and number conventions: a way of writing, no place of the story
// (the story's own places are caught by the gazetteer in the test above).
const PRESS_STYLES = new Set(['egyptian', 'maghreb', 'levant', 'levantine', 'gulf', 'algerian', 'moroccan']);

/** Share of unrelated news articles (../shared/stream) using each word: everyday words are common. */
function streamShares(limit = 4000): Map<string, number> {
  const docs = loadStream().slice(0, limit);
  const df = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set(tokensOf(d.text).filter((t) => t.type === 'word').map((t) => t.bare));
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  for (const [w, n] of df) df.set(w, n / Math.max(1, docs.length));
  return df;
}
// Everyday words the 2015 stream happens to use rarely, as their tokenizer's bare form
// («برلماني», parliamentary, folded to «رلماني» like a glued preposition; «منفصل», separate): no one's name.
// («متطابقة», matching, of «مصادر متطابقة»; «ماي», May as the Maghreb names it, also the first word of a town's name.)
// («جيتي», Getty Images in a photo caption's credit, extract/boilerplate.ts; also the first word of a village's name.)
// («استطلاعات», polls, in a polling firm's description «مؤسسة X للاستطلاعات».)
// («ترك», left, the verb, which the gazetteer also reads as «the Turks». «تعداد», a census; «شحنة», a shipment.)
// («بلاغات», reports, folded to «لاغات» like a glued preposition; «معارضون», opponents, a vote's side or a source.)
// («اغا», Agha, a title of respect in names, folded as «بلاغا», a report, is; «اختتام», the close of a season.)
// («اجيين», refugees, «لاجئين» folded like a glued preposition; «يسري», applies, the verb, a given name too.)
// («قراءات», readings, of «قراءات أولية» in a weather office's attribution; the panel's word for reads.)
// («حصيلتها», its toll, of a source revising its own count; «ولائية», of a state, folded to «اييه» like
// a glued conjunction and preposition; «محيّنة», updated, a Maghrebi word for a revised toll.)
// («أسرتان», two families, a source as relatives of the missing are; lib's dual of households.)
// («اختر», choose, the panel's verb, folded alike with a family name of South Asia, «أختر».)
// («للناجين», for the survivors, of a register's name in an attribution; lib's plural of survivors.)
// («بريدي», postal, folded to «ريدي» like a glued preposition, as a family name of South India is.)
// («كاكاو», cocoa, a commodity priced per tonne, of a cocoa council's name in an attribution.)
// («تعاونية», a cooperative, of a miners' cooperative's name; lib's fishermen's cooperative in an example.)
const EVERYDAY_WORDS = new Set(['تعاونيه', 'ريدي', 'كاكاو', 'ناجين', 'رلماني', 'منفصل', 'متطابقه', 'ماي', 'جيتي', 'استطلاعات', 'ترك', 'تعداد', 'شحنه', 'لاغات', 'معارضون', 'اغا', 'اختتام', 'اجيين', 'يسري', 'قراءات', 'حصيلتها', 'اييه', 'محينه', 'اسرتان', 'اختر']);
// A word in more of the unrelated articles than this is everyday vocabulary ("وزيرة", "حالات"),
// not a name of a story's own people or places.
const EVERYDAY_SHARE = 0.003;

describeShared('lib/ knowledge of the shared test stories', () => {
  const stories = readStories();
  const shares = streamShares();
  const rareInNews = (w: string): boolean => w.length >= 3 && (shares.get(w) ?? 0) < EVERYDAY_SHARE;

  it('names no place, country, nationality or person that a test story names', () => {
    const names = new Set<string>();
    for (const s of stories) {
      for (const line of s.lines) {
        const tokens = tokensOf(line);
        const people = learnPeople(tokens);
        for (const h of findEntities(tokens, people)) {
          // The words of the name as written (an administrative or town word before it excepted).
          const words = tokens.slice(h.from, h.to).filter((t) => t.type === 'word');
          // Places and countries of the data: their whole name. Names found by pattern (a title
          // or a unit word before them): each of their words that news rarely uses.
          if (h.type === 'person' || h.key.startsWith('place:') || h.key.startsWith('town:')) {
            for (const w of words.slice(h.type === 'person' ? 0 : 1)) if (rareInNews(w.bare) && !EVERYDAY_WORDS.has(w.bare)) names.add(w.bare);
          } else if (!(words.length === 1 && EVERYDAY_WORDS.has(words[0].bare))) names.add(words.map((t, k) => (k === 0 ? t.bare : t.norm)).join(' '));
        }
      }
    }
    expect(names.size).toBeGreaterThan(20);
    expect(show(findInLib(names, new Set()))).toBe('');
  });

  it('names no rare word of a gold attribution (people, organisations) nor a name of a story description', () => {
    // How many stories use each word: a word found in one or two stories' attributions and
    // headlines is a name (a spokesman, an agency), not everyday news vocabulary.
    const storiesOf = new Map<string, Set<string>>();
    for (const s of stories) {
      for (const line of s.lines) {
        for (const t of tokensOf(line)) {
          if (t.type !== 'word') continue;
          (storiesOf.get(t.bare) ?? storiesOf.set(t.bare, new Set()).get(t.bare)!).add(s.story);
        }
      }
    }
    const rare = new Set<string>();
    for (const s of stories) {
      for (const a of s.attributions) {
        for (const t of tokensOf(a)) {
          if (t.type !== 'word' || t.bare.length < 4 || /^ال/.test(t.norm) || STOPWORDS.has(t.bare)) continue;
          if ((storiesOf.get(t.bare)?.size ?? 0) <= 1 && rareInNews(t.bare) && !EVERYDAY_WORDS.has(t.bare)) rare.add(t.bare);
        }
      }
    }
    const latin = new Set<string>();
    for (const s of stories) {
      // (Whole words in any Latin letters: «Setúbal» is a name, never its «Set».)
      for (const m of s.description.matchAll(/(?<![.:]\s)(?<!\p{L})(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu)) if (!ENGLISH_COMMON.has(m[1].toLowerCase()) && !PRESS_STYLES.has(m[1].toLowerCase())) latin.add(m[1].toLowerCase());
    }
    expect(rare.size).toBeGreaterThan(5);
    expect(rare.has(normalizeArabic('لافروف'))).toBe(false);
    expect(latin.size).toBeGreaterThan(10);
    expect(show(findInLib(rare, latin))).toBe('');
  });
});
