// The export file: versioned JSON, and the checks an imported file must pass before anything
// is written. Reads are keyed by canonical URL, not by id, because ids change on import.
import type { Claim } from '../types';
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

type Check = (v: unknown) => boolean;
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const orNull = (c: Check): Check => (v) => v === null || c(v);
const isStrings: Check = (v) => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ARTICLE_FIELDS: Record<string, Check> = {
  url: isString,
  canonicalUrl: (v) => isString(v) && (v as string).length > 0,
  site: isString,
  host: isString,
  title: isString,
  byline: orNull(isString),
  published: orNull(isString),
  lang: orNull(isString),
  dir: (v) => v === null || v === 'rtl' || v === 'ltr',
  text: isString,
  keywords: isStrings,
  entities: isStrings,
  readAt: isNumber,
  version: (v) => Number.isInteger(v) && (v as number) >= 1,
};

const optional = (c: Check): Check => (v) => v === undefined || c(v);

// Partial: a claim field added later is optional by the house rules, and unchecked until listed.
const CLAIM_FIELDS: Partial<Record<keyof Claim, Check>> = {
  text: isString,
  start: isNumber,
  end: isNumber,
  value: isNumber,
  min: orNull(isNumber),
  max: orNull(isNumber),
  qualifier: isString,
  kind: isString,
  unit: orNull(isString),
  vague: optional(isBoolean),
  sentence: isString,
  sentenceStart: isNumber,
  comparable: isBoolean,
  attribution: orNull(isString),
  concept: orNull(isString),
  entities: isStrings,
  rate: orNull(isString),
  modality: isString,
  owners: optional(isStrings),
  places: optional(isStrings),
  label: optional(orNull(isString)),
};

function checkFields(value: unknown, fields: Partial<Record<string, Check>>, where: string): Record<string, unknown> {
  if (!isObject(value)) throw new ImportError(`${where} is not an object.`);
  for (const [name, check] of Object.entries(fields)) {
    if (check && !check(value[name])) throw new ImportError(`${where}.${name} is missing or has the wrong type.`);
  }
  return value;
}

function checkArticle(value: unknown, where: string, extra: Record<string, Check>): void {
  const record = checkFields(value, { ...ARTICLE_FIELDS, ...extra }, where);
  if (!Array.isArray(record.claims)) throw new ImportError(`${where}.claims is missing or has the wrong type.`);
  record.claims.forEach((c, i) => checkFields(c, CLAIM_FIELDS, `${where}.claims[${i}]`));
}

/** Checks that `data` is an export this version can read; throws an ImportError saying what is wrong. */
export function validateExport(data: unknown): ExportFile {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) throw new ImportError('This file is not a Tabayyun export.');
  const version = data.formatVersion;
  if (!Number.isInteger(version) || (version as number) < 1) throw new ImportError('This Tabayyun export has no valid format version.');
  if ((version as number) > EXPORT_FORMAT_VERSION) {
    throw new ImportError(`This file was exported by a newer version of Tabayyun (format ${version}); update the extension to import it.`);
  }
  for (const list of ['reads', 'versions', 'storyLinks'] as const) {
    if (!Array.isArray(data[list])) throw new ImportError(`The export has no "${list}" list.`);
  }
  const reads = data.reads as unknown[];
  const versions = data.versions as unknown[];
  const links = data.storyLinks as unknown[];
  reads.forEach((r, i) => checkArticle(r, `reads[${i}]`, { firstReadAt: isNumber, textHash: isString }));
  const urls = new Set(reads.map((r) => (r as ExportedRead).canonicalUrl));
  versions.forEach((v, i) => {
    checkArticle(v, `versions[${i}]`, { readCanonicalUrl: isString, textHash: isString });
    if (!urls.has((v as ExportedVersion).readCanonicalUrl)) throw new ImportError(`versions[${i}] belongs to no read in the file.`);
  });
  links.forEach((l, i) => checkFields(l, { a: isString, b: isString, same: isBoolean, at: isNumber }, `storyLinks[${i}]`));
  return data as unknown as ExportFile;
}
