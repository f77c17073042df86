// Bundles a bench entry (which imports the project's lib/ code) into one IIFE script for
// `page.addScriptTag({ content })`: page.evaluate cannot reach bundled modules otherwise.
import path from 'node:path';
import { build } from 'esbuild';

export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(process.cwd(), entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // Minified like the production build, so the code timed is the code shipped.
    minify: true,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}
