// `npx tsx eval/stream-audit.ts [--n 4000] [--from-date D] [--to-date D] [--out FILE.json]`: the
// stream's own stories, read as one reader's history. The first N usable articles of
// ../shared/stream in publication order (only the days from `--from-date` to `--to-date`,
// YYYY-MM-DD inclusive, when given: a zip outside them is never opened) are read one by one into
// one store, each viewed right after it is read through `buildStoryReport` (what the panel shows),
// and every card shown is printed figure by figure — value, concept, owners, places, evidence, the
// read's headline and the sentence — to be judged by hand (good / mixed / wrongly linked). Nothing
// here is gold: the stream has no annotations; it is news nobody tuned on.
// `--out` writes the cards as JSON with stable keys (view URL + figures) so that two runs can be
// compared card by card (`--compare OLD.json` prints which cards of OLD are gone or changed).
// `--places yes|no`, `--place-context headline|text`, `--countries off|headline|fallback|sentence`,
// `--country-context headline|text`, `--fates yes|no` (compare/fate.ts), `--days yes|no`, `--tallies yes|no`, `--means yes|no`, `--clocks yes|no`,
// `--lead-context none|places,days,means` (LEAD_CONTEXT, compare/lead-context.ts),
// `--round-up-values conflict|bounds`, `--round-up-sources sentence|read|read-same-context|back-reference` and `--round-up-lead none|headline|first|lead` set the same-event knobs
// (lib/pipeline/compare/same-event.ts), `--card-floor S`, `--shared-country off|kind|any`, `--close DAYS/FLOOR` and `--figures N[/amounts]` the
// card-link knobs (lib/pipeline/story/card-link.ts), for measuring.
import fs from 'node:fs';
import { analyzeArticle } from '../lib/pipeline/analyze';
import type { AnalyzedArticle, Claim } from '../lib/types';
import { countryRule, leadGates, setSameEventKnobs } from '../lib/pipeline/compare/same-event';
import { setFateKnobs } from '../lib/pipeline/compare/fate';
import { matchRuleOf } from '../lib/pipeline/compare/round-up-match';
import { setCardLinkKnobs } from '../lib/pipeline/story/card-link';
import { loadStream } from './stream';
import { EvalStore } from './views';

interface AuditFigure {
  read: string;
  text: string;
  concept: string | null;
  owners: string[];
  places: string[];
  evidence: string;
  earlier: boolean;
  title: string;
  site: string;
  sentence: string;
}

interface AuditCard {
  /** The viewed article's URL and the card's figures (read URL + claim text): stable across runs. */
  key: string;
  view: number;
  url: string;
  title: string;
  topic: string;
  reason: string;
  conflict: boolean;
  related: string[];
  figures: AuditFigure[];
}

interface Options {
  n: number;
  out: string | null;
  compare: string | null;
  from: string;
  to: string;
}

function day(v: string | undefined, option: string): string {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new Error(`${option} wants a day as YYYY-MM-DD, got ${v ?? 'nothing'}`);
  return v;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { n: 4000, out: null, compare: null, from: '', to: '' };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (argv[i] === '--n') o.n = Number(v);
    else if (argv[i] === '--places') setSameEventKnobs({ places: v === 'yes' });
    else if (argv[i] === '--place-context') setSameEventKnobs({ placeContext: v === 'text' ? 'text' : 'headline' });
    else if (argv[i] === '--countries') setSameEventKnobs({ countries: countryRule(v) });
    else if (argv[i] === '--country-context') setSameEventKnobs({ countryContext: v === 'text' ? 'text' : 'headline' });
    else if (argv[i] === '--fates') setFateKnobs({ fates: v === 'yes' });
    else if (argv[i] === '--days') setSameEventKnobs({ days: v === 'yes' });
    else if (argv[i] === '--tallies') setSameEventKnobs({ tallies: v === 'yes' });
    else if (argv[i] === '--means') setSameEventKnobs({ means: v === 'yes' });
    else if (argv[i] === '--lead-context') setSameEventKnobs({ leadContext: leadGates(v) });
    else if (argv[i] === '--clocks') setSameEventKnobs({ clocks: v === 'yes' });
    else if (argv[i] === '--card-floor') setCardLinkKnobs({ threshold: Number(v) });
    else if (argv[i] === '--shared-country') setCardLinkKnobs({ country: v === 'kind' || v === 'any' ? v : 'off' });
    else if (argv[i] === '--figures') setCardLinkKnobs({ figures: Number(v.split('/')[0]), amounts: v.endsWith('/amounts') });
    else if (argv[i] === '--close') setCardLinkKnobs({ closeDays: Number(v.split('/')[0]), closeMinShared: Number(v.split('/')[1]) });
    else if (argv[i] === '--round-up-lead') setSameEventKnobs({ roundUpLead: v === 'headline' || v === 'first' || v === 'lead' ? v : 'none' });
    else if (argv[i] === '--round-up-values') setSameEventKnobs({ roundUpValues: v === 'bounds' ? 'bounds' : 'conflict' });
    else if (argv[i] === '--round-up-match') setSameEventKnobs({ roundUpMatch: matchRuleOf(v) });
    else if (argv[i] === '--disputed') setSameEventKnobs({ disputedCounts: v === 'on' });
    else if (argv[i] === '--breakdowns') setSameEventKnobs({ breakdowns: v === 'on' });
    else if (argv[i] === '--round-up-sources') setSameEventKnobs({ roundUpSources: v === 'read' || v === 'read-same-context' || v === 'back-reference' ? v : 'sentence' });
    else if (argv[i] === '--from-date') o.from = day(v, '--from-date');
    else if (argv[i] === '--to-date') o.to = day(v, '--to-date');
    else if (argv[i] === '--out') o.out = v;
    else if (argv[i] === '--compare') o.compare = v;
    else throw new Error(`unknown option ${argv[i]}`);
    i++;
  }
  return o;
}

function figureOf(c: Claim | undefined, a: { url: string; title: string; site: string }, text: string, sentence: string): AuditFigure {
  const ev = c?.evidence ? `${c.evidence.noun}/${c.evidence.scope}` : '?';
  return {
    read: a.url,
    text,
    concept: c?.concept ?? null,
    owners: c?.owners ?? [],
    places: c?.places ?? [],
    evidence: ev,
    earlier: Boolean(c?.earlier),
    title: a.title,
    site: a.site,
    sentence: sentence.replace(/\s+/g, ' '),
  };
}

function print(card: AuditCard, id: number): string {
  const lines = [`#${id} [view ${card.view}] ${card.title}`, `  card «${card.topic}» ${card.reason}${card.conflict ? ' conflict' : ''}`];
  for (const r of card.related) lines.push(`  related ${r}`);
  for (const f of card.figures) {
    const scope = [...f.owners.map((o) => `owner ${o}`), ...f.places.map((p) => `place ${p}`)].join(', ');
    lines.push(`  - ${f.text} [${f.concept}${scope ? `; ${scope}` : ''}; ${f.evidence}${f.earlier ? '; earlier' : ''}] ${f.site} «${f.title.slice(0, 90)}»`);
    lines.push(`      ${f.sentence.slice(0, 420)}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const all = loadStream(undefined, { dated: true, from: o.from, to: o.to });
  const ordered = [...all].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.url < b.url ? -1 : 1)).slice(0, o.n);
  const store = new EvalStore();
  const analyzed = new Map<number, AnalyzedArticle>();
  const cards: AuditCard[] = [];
  for (const [view, snapshot] of ordered.entries()) {
    const a = analyzeArticle(snapshot);
    const read = await store.read(a);
    analyzed.set(read.id, a);
    const report = await store.report(read.id);
    if (!report) throw new Error(`${snapshot.url}: read not found after saving`);
    for (const d of report.differences) {
      const figures = d.figures.map((f) => {
        const art = report.articles[f.article];
        return figureOf(analyzed.get(art.readId)?.claims[f.claim], art, f.text, f.sentence);
      });
      const key = `${snapshot.url} | ${figures.map((f) => `${f.read}#${f.text}`).sort().join(' ; ')}`;
      cards.push({
        key,
        view,
        url: snapshot.url,
        title: snapshot.title,
        topic: d.topic,
        reason: d.reason,
        conflict: d.conflict,
        related: report.related.map((r) => `${r.score.toFixed(3)} ${report.articles[r.article].title}`),
        figures,
      });
    }
    if (view % 500 === 499) console.error(`${view + 1} read, ${cards.length} cards`);
  }
  store.close();
  cards.forEach((c, i) => console.log(`\n${print(c, i)}`));
  const views = new Set(cards.map((c) => c.view)).size;
  console.log(`\n${ordered.length} stream articles read in publication order; ${views} views show ${cards.length} cards`);
  if (o.out) fs.writeFileSync(o.out, JSON.stringify(cards, null, 1));
  if (o.compare) {
    const old = JSON.parse(fs.readFileSync(o.compare, 'utf8')) as AuditCard[];
    const now = new Set(cards.map((c) => c.key));
    const oldKeys = new Set(old.map((c) => c.key));
    const views = new Set(cards.map((c) => c.url));
    old.forEach((c, i) => {
      if (now.has(c.key)) return;
      const changed = cards.filter((n) => n.url === c.url && n.topic === c.topic);
      console.log(`old #${i}: ${changed.length ? `changed → ${changed.map((n) => n.figures.map((f) => f.text).join(' / ')).join(' | ')}` : views.has(c.url) ? 'gone (view still shows other cards)' : 'gone'}`);
    });
    cards.forEach((c, i) => {
      if (!oldKeys.has(c.key)) console.log(`new #${i}: ${c.title.slice(0, 80)} — ${c.figures.map((f) => f.text).join(' / ')}`);
    });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
