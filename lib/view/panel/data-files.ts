// The reader's export and import files, on the panel's side. Export reads the store directly
// (no message size limit on months of reading); an import file is checked here first (size,
// JSON, nesting), then handed to the background as one message, which checks every record.
import type { TabayyunDB } from '../../store/db';
import { exportAll, exportFileName } from '../../store/export';
import { checkNesting, ImportError, MAX_IMPORT_BYTES } from '../../store/export-format';

/** What the panel needs of a chosen file (a DOM File, or a fake in tests). */
export interface ChosenFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** The parsed file, or one sentence naming the file and saying why nothing was imported. */
export async function readImportFile(file: ChosenFile): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: `${file.name}: larger than ${MAX_IMPORT_BYTES / 1_048_576} MB, so nothing was imported.` };
  try {
    const data: unknown = JSON.parse(await file.text());
    checkNesting(data);
    return { ok: true, data };
  } catch (e) {
    return { ok: false, message: e instanceof ImportError ? `${file.name}: ${e.message}` : `${file.name}: not JSON, so nothing was imported.` };
  }
}

/** Saves every read, version and story decision as one JSON file (the browser's download). */
export async function downloadExport(db: TabayyunDB, doc: Document = document, now = Date.now()): Promise<void> {
  const file = await exportAll(db, now);
  const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
  const a = Object.assign(doc.createElement('a'), { href: url, download: exportFileName(now) });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
