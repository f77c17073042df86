// When an article was published. A reader trusts the dateline printed under the headline; the
// machine dates (JSON-LD, then meta tags, then <time datetime>) are often the time a page was
// generated, updated or imported, sometimes in the wrong time zone. So the visible dateline
// decides the day, and a machine time that falls on that day adds the clock time.

import { normalizeMachineDate, parseVisibleDate, type VisibleDate } from './dates';
import type { JsonLdArticle } from './jsonld';
import { metaContent } from './metadata';

const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

// How far after the headline a dateline may stand (text nodes), and how long its line may be.
const NEAR_HEADING_NODES = 40;
const MAX_DATELINE = 160;
// Article text has begun: a dateline is no further than this.
const BODY_TEXT = 300;
const NON_TEXT_PARENT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|OPTION|TEXTAREA)$/;

// Lines that say what they date: publication first, update as a last resort.
const PUBLISHED_LABEL = /(نشر في|نشر بتاريخ|نشر يوم|تاريخ النشر|تم نشره|تم النشر|منشور|published|posted)/i;
const UPDATED_LABEL = /(اخر تحديث|آخر تحديث|تم التحديث|محدث|updated)/i;
// Digits in the scripts pages print dates in (\d is ASCII only).
const ANY_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9]/;
const DATE_NAME = /date|time|tmstmp|publish|posted|dateline/i;

/**
 * The date a text node prints. When it prints one, the short line around it (its parent's text)
 * is read too, for the clock time printed beside the date ("<time>02:00</time> 1 / 12 / 2020").
 */
function readLine(node: Node): VisibleDate | null {
  const parent = node.parentElement;
  if (!parent || NON_TEXT_PARENT.test(parent.tagName)) return null;
  const own = collapse(node.nodeValue);
  if (own.length < 4 || own.length > MAX_DATELINE || !ANY_DIGIT.test(own)) return null;
  const found = parseVisibleDate(own);
  if (!found || found.time) return found;
  const line = collapse(parent.textContent);
  return line.length <= MAX_DATELINE && line.length > own.length ? (parseVisibleDate(line) ?? found) : found;
}

/** The first dateline in the few lines after the headline, before the article text begins. */
function datelineAfter(doc: Document, heading: Element): VisibleDate | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = heading;
  // Skip the headline's own text.
  let node: Node | null = walker.nextNode();
  while (node && heading.contains(node)) node = walker.nextNode();
  for (let seen = 0; node && seen < NEAR_HEADING_NODES; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!collapse(node.nodeValue)) continue;
    seen++;
    if (length > BODY_TEXT && !NON_TEXT_PARENT.test(node.parentElement?.tagName ?? '')) break;
    const found = readLine(node);
    if (found) return found;
  }
  return null;
}

/** A labelled dateline anywhere in the article ("نشر في …", "تم نشره …"), else one marked by class. */
function labelledDateline(scope: Element): VisibleDate | null {
  let updated: VisibleDate | null = null;
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (length < 4 || length > MAX_DATELINE * 2) continue;
    const text = node.nodeValue ?? '';
    const published = PUBLISHED_LABEL.test(text);
    if (!published && !UPDATED_LABEL.test(text)) continue;
    // The date may be in the label's own node or in the element around it.
    const found = readLine(node) ?? (node.parentElement?.parentElement ? parseShort(node.parentElement.parentElement) : null);
    if (found && published) return found;
    if (found) updated ??= found;
  }
  for (const el of Array.from(scope.querySelectorAll('[class],[id]'))) {
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATE_NAME.test(key)) continue;
    const found = parseShort(el);
    if (found) return found;
  }
  return updated;
}

function parseShort(el: Element): VisibleDate | null {
  const text = collapse(el.textContent);
  return text.length <= MAX_DATELINE ? parseVisibleDate(text) : null;
}

/** The dateline a reader sees: after the headline, else a labelled one in the article. */
export function visibleDateline(doc: Document, heading: Element | null): VisibleDate | null {
  const near = heading ? datelineAfter(doc, heading) : null;
  if (near) return near;
  const scope = heading?.closest('article, main, [role="main"]') ?? doc.querySelector('article') ?? doc.body;
  return scope ? labelledDateline(scope) : null;
}

/**
 * The first machine-readable publication date in order of trust (JSON-LD, meta tags,
 * <time datetime>), as the page writes it (its own time zone kept), or null.
 */
export function machineDate(doc: Document, ld: JsonLdArticle | null): string | null {
  const raws: (string | null | undefined)[] = [ld?.datePublished, metaContent(doc, 'article:published_time', 'og:published_time')];
  for (const t of Array.from(doc.querySelectorAll('article time[datetime], time[itemprop="datePublished"][datetime], time[pubdate][datetime]'))) {
    raws.push(t.getAttribute('datetime'));
  }
  raws.push(
    metaContent(doc, 'pubdate', 'publishdate', 'publish-date', 'date', 'datePublished', 'dc.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'),
    doc.querySelector('main time[datetime], time[datetime]')?.getAttribute('datetime'),
  );
  for (const raw of raws) if (raw && normalizeMachineDate(raw)) return raw.trim();
  return null;
}

/** Minutes east of UTC that a machine date states ("+04:00", "+0400", "Z"), or null when it states none. */
function statedOffset(raw: string): number | null {
  const m = /(?:T|\s)\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i.exec(raw.trim());
  if (!m) return null;
  if (m[1].toUpperCase() === 'Z') return 0;
  const sign = m[1][0] === '-' ? -1 : 1;
  const digits = m[1].slice(1).replace(':', '');
  return sign * (+digits.slice(0, 2) * 60 + +digits.slice(2));
}

const MINUTE = 60_000;
const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

/** `instant` written in the zone `offsetMinutes` east of UTC: "2020-12-25T01:59:50+02:00". */
function inZone(instant: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(instant).toISOString();
  const local = new Date(instant + offsetMinutes * MINUTE).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
}

/**
 * The publication time: the visible dateline's day, with the machine time when it agrees
 * (written in the page's own zone when the dateline prints a clock time); the machine time
 * alone when nothing is printed.
 */
export function choosePublished(visible: VisibleDate | null, raw: string | null): string | null {
  const machine = normalizeMachineDate(raw);
  if (!visible) return machine;
  if (!raw || !machine || machine.length <= 10) return visible.date;
  const instant = Date.parse(machine);
  if (Number.isNaN(instant)) return visible.date;
  if (visible.time) {
    // The zone that turns the machine instant into the printed clock time, if there is one.
    const printed = Date.parse(`${visible.date}T${visible.time}:00Z`);
    const minutes = (printed - instant) / MINUTE;
    const offset = Math.round(minutes / 15) * 15;
    if (Math.abs(minutes - offset) <= 3 && offset >= -12 * 60 && offset <= 14 * 60) return inZone(instant, offset);
  }
  if (machine.slice(0, 10) === visible.date) return machine;
  // "2020-06-03T03:01+0400" printed as "03 يونيو 2020": the page's own zone puts it on that day.
  const offset = statedOffset(raw);
  if (offset !== null && inZone(instant, offset).slice(0, 10) === visible.date) return inZone(instant, offset);
  return visible.date;
}
