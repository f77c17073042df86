// Bundled by esbuild into the page for the in-page section: the extension's own extraction
// (lib/pipeline/extract, with the same Readability it bundles), callable from page.evaluate.
import { extractArticle } from '../../lib/pipeline/extract/index';

(globalThis as unknown as { __tbExtract: typeof extractArticle }).__tbExtract = extractArticle;
