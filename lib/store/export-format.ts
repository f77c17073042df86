// The export file: versioned JSON, and the checks an imported file must pass before anything
// is written. Reads are keyed by canonical URL, not by id, because ids change on import.
// An import file is as untrusted as a web page: every record is rebuilt from the fields named
// here (nothing else is kept, `__proto__` included), with the limits a live read has.
import * as v from 'valibot';
import { MAX_FIELD_LENGTH, MAX_TEXT_LENGTH } from '../extension/messaging/protocol';
import { ENTITY_COUNT, ENTITY_KEYWORDS, KEYWORD_COUNT } from '../pipeline/story/limits';
import type { ClaimModality, Qualifier, QuantityKind } from '../types';
import type { ReadVersion, StoredRead } from './db';

export const EXPORT_FORMAT = 'tabayyun-export';
export const EXPORT_FORMAT_VERSION = 1;

/** A read as exported: everything but its local id, its derived size and the engine that analysed it (imports are re-analysed). */
export type ExportedRead = Omit<StoredRead, 'id' | 'savedBytes' | 'engine'>;
/** An earlier version, tied to its read by the read's canonical URL. */
export type ExportedVersion = Omit<ReadVersion, 'id' | 'readId' | 'savedBytes' | 'engine'> & { readCanonicalUrl: string };
/** A same-story decision between two reads, named by their canonical URLs. */
export interface ExportedStoryLink {
  a: string;
  b: string;
  same: boolean;
  at: number;
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  reads: ExportedRead[];
  versions: ExportedVersion[];
  storyLinks: ExportedStoryLink[];
}

/** A file that cannot be imported; the message says why, for the reader. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Records one file may hold: more than months of heavy reading, far less than would stall the background. */
export const MAX_IMPORT_READS = 50_000;
export const MAX_IMPORT_VERSIONS = 50_000;
export const MAX_IMPORT_LINKS = 50_000;
/** The panel hands the file to the background as one message, which Chrome caps at 64 MiB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** An export nests six levels (file › reads › read › claims › claim › entities); anything deeper is not one. */
export const MAX_IMPORT_DEPTH = 8;
/** Claims one read may carry: a figure every 80 characters of the longest text a live read allows. */
export const MAX_CLAIMS = MAX_TEXT_LENGTH / 80;
/** Story keywords a live read carries (lib/pipeline/story/features: stems, entity keys, two event keys). */
export const MAX_KEYWORDS = KEYWORD_COUNT + ENTITY_KEYWORDS + 2;
const MAX_ENTITIES = ENTITY_COUNT;
/** Entities, owners or places of one claim. */
const MAX_CLAIM_ENTITIES = 50;
const MAX_WORD = 200;
/** Versions of one address: a page re-read every day for years. */
const MAX_VERSION = 10_000;
/** No read predates the extension; none is more than a day in the future (clock skew). */
const EARLIEST = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;

const QUALIFIERS: Qualifier[] = ['exact', 'about', 'more-than', 'less-than', 'at-least', 'at-most', 'range'];
const KINDS: QuantityKind[] = ['count', 'percent', 'money', 'date', 'year', 'duration', 'ordinal', 'age', 'other'];
const MODALITIES: ClaimModality[] = ['count', 'projection', 'denial'];

const text = (max: number) => v.pipe(v.string('is not text'), v.maxLength(max, `is longer than ${max} characters`));
const nonEmptyText = (max: number) => v.pipe(text(max), v.check((s) => s.trim().length > 0, 'is empty'));
const orNull = <T extends v.GenericSchema>(schema: T) => v.nullable(schema);
const isWebAddress = (s: string) => {
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};
const webAddress = v.pipe(text(MAX_FIELD_LENGTH), v.check(isWebAddress, 'is not an http(s) address'));
const finite = v.pipe(v.number('is not a number'), v.finite('is not a finite number'));
const offset = v.pipe(v.number('is not a number'), v.integer('is not a whole number'), v.minValue(0, 'is negative'), v.maxValue(MAX_TEXT_LENGTH, `is beyond ${MAX_TEXT_LENGTH}`));
const version = v.pipe(v.number('is not a number'), v.integer('is not a whole number'), v.minValue(1, 'is below 1'), v.maxValue(MAX_VERSION, `is above ${MAX_VERSION}`));
/** A list checked for length before any item is looked at. */
const list = <T extends v.GenericSchema>(max: number, item: T) =>
  v.pipe(v.array(v.unknown(), 'is not a list'), v.maxLength(max, `has more than ${max} entries`), v.array(item));
const words = (max: number) => list(max, text(MAX_WORD));

function timeSchema(now: number) {
  return v.pipe(
    finite,
    v.check((t) => t >= EARLIEST, 'is before 2020'),
    v.check((t) => t <= now + DAY, 'is in the future'),
  );
}

const claimSchema = v.object({
  text: text(MAX_FIELD_LENGTH),
  start: offset,
  end: offset,
  value: finite,
  min: orNull(finite),
  max: orNull(finite),
  qualifier: v.picklist(QUALIFIERS, 'is not a known qualifier'),
  kind: v.picklist(KINDS, 'is not a known kind'),
  unit: orNull(text(MAX_WORD)),
  vague: v.optional(v.boolean('is not true or false')),
  sentence: text(MAX_TEXT_LENGTH),
  sentenceStart: offset,
  comparable: v.boolean('is not true or false'),
  attribution: orNull(text(MAX_FIELD_LENGTH)),
  concept: orNull(text(MAX_WORD)),
  entities: words(MAX_CLAIM_ENTITIES),
  rate: orNull(text(MAX_WORD)),
  modality: v.picklist(MODALITIES, 'is not a known modality'),
  inTitle: v.optional(v.boolean('is not true or false')),
  owners: v.optional(words(MAX_CLAIM_ENTITIES)),
  places: v.optional(words(MAX_CLAIM_ENTITIES)),
  adminPlace: v.optional(v.boolean('is not true or false')),
  label: v.optional(orNull(text(MAX_FIELD_LENGTH))),
});

/** The fields of an analysed article, with a live read's limits (lib/extension/background/validate.ts). */
function articleEntries(now: number) {
  return {
    url: webAddress,
    canonicalUrl: webAddress,
    site: text(MAX_FIELD_LENGTH),
    host: text(MAX_FIELD_LENGTH),
    title: text(MAX_FIELD_LENGTH),
    byline: orNull(text(MAX_FIELD_LENGTH)),
    published: orNull(text(MAX_FIELD_LENGTH)),
    lang: orNull(text(MAX_FIELD_LENGTH)),
    dir: v.nullable(v.picklist(['rtl', 'ltr'], 'is not rtl, ltr or null')),
    text: nonEmptyText(MAX_TEXT_LENGTH),
    claims: list(MAX_CLAIMS, claimSchema),
    keywords: words(MAX_KEYWORDS),
    entities: words(MAX_ENTITIES),
    readAt: timeSchema(now),
    version,
    // Recomputed on import, so a hand-edited file cannot hide a changed text.
    textHash: text(MAX_WORD),
  };
}

function exportSchema(now: number) {
  return v.object({
    exportedAt: v.optional(text(MAX_WORD)),
    reads: list(MAX_IMPORT_READS, v.object({ ...articleEntries(now), firstReadAt: timeSchema(now) })),
    versions: list(MAX_IMPORT_VERSIONS, v.object({ ...articleEntries(now), readCanonicalUrl: webAddress })),
    storyLinks: list(MAX_IMPORT_LINKS, v.object({ a: webAddress, b: webAddress, same: v.boolean('is not true or false'), at: timeSchema(now) })),
  });
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** "reads[3].claims[0].value" for an issue's path. */
function where(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const step of issue.path ?? []) {
    const key = step.key as string | number;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  }
  return out || 'the file';
}

/** Throws when `value` nests deeper than `max` levels; walks without recursion, so any depth is safe. */
export function checkNesting(value: unknown, max = MAX_IMPORT_DEPTH): void {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) throw new ImportError(`This file nests data more than ${max} levels deep; a Tabayyun export never does, so nothing was imported.`);
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
}

/**
 * Checks that `data` is an export this version can read and rebuilds it from the named fields;
 * throws an ImportError naming the record and field that is wrong (nothing is imported then).
 */
export function validateExport(data: unknown, now = Date.now()): ExportFile {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) throw new ImportError('This file is not a Tabayyun export.');
  const formatVersion = data.formatVersion;
  if (!Number.isInteger(formatVersion) || (formatVersion as number) < 1) throw new ImportError('This Tabayyun export has no valid format version.');
  if ((formatVersion as number) > EXPORT_FORMAT_VERSION) {
    throw new ImportError(`This file was exported by a newer version of Tabayyun (format ${formatVersion}); update the extension to import it.`);
  }
  for (const name of ['reads', 'versions', 'storyLinks'] as const) {
    if (!Array.isArray(data[name])) throw new ImportError(`The export has no "${name}" list.`);
  }
  checkNesting(data);
  const result = v.safeParse(exportSchema(now), data, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    throw new ImportError(`Nothing was imported: ${where(issue)} ${issue.message}.`);
  }
  const { reads, versions, storyLinks } = result.output;
  const urls = new Map<string, number>();
  reads.forEach((r, i) => {
    const first = urls.get(r.canonicalUrl);
    if (first !== undefined) throw new ImportError(`Nothing was imported: reads[${i}].canonicalUrl repeats reads[${first}].`);
    urls.set(r.canonicalUrl, i);
  });
  versions.forEach((version, i) => {
    if (!urls.has(version.readCanonicalUrl)) throw new ImportError(`Nothing was imported: versions[${i}] belongs to no read in the file.`);
  });
  return { format: EXPORT_FORMAT, formatVersion: EXPORT_FORMAT_VERSION, exportedAt: result.output.exportedAt ?? '', reads, versions, storyLinks };
}
