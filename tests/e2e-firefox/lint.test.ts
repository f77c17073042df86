// The Firefox build (MV3, sidebar) passes Mozilla's own linter. `npm run test:e2e:firefox`
// builds it first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from '../../scripts/firefox';

const DIR = FIREFOX_EXTENSION_DIR;

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('Firefox build', () => {
  let report: { errors: LintMessage[]; warnings: LintMessage[] };

  beforeAll(() => {
    if (!existsSync(path.join(DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${DIR}: run npm run build:firefox first.`);
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', DIR, '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    report = JSON.parse(out.slice(out.indexOf('{')));
  });

  it('has a sidebar opened from the toolbar and declares that it collects no data', () => {
    const manifest = JSON.parse(readFileSync(path.join(DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(manifest.action).toBeDefined();
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.permissions).not.toContain('sidePanel');
  });

  it('web-ext lint finds no error', () => {
    expect(report.errors).toEqual([]);
  });

  it('its only warnings are innerHTML inside the bundled libraries (Readability, Preact)', () => {
    // Our own code never assigns innerHTML: page text is rendered as text only.
    const ours = ['lib', 'components', 'entrypoints']
      .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)))
      .filter((f) => /\.tsx?$/.test(f) && /innerHTML\s*=|dangerouslySetInnerHTML/.test(readFileSync(f, 'utf8')));
    expect(ours).toEqual([]);
    for (const w of report.warnings) expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
  });
});
