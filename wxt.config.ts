import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

/** WXT's content-script entry takes its context from lib/extension/content/quiet-context.ts (see there why). */
const quietContentContext = {
  name: 'tabayyun-quiet-content-context',
  enforce: 'pre' as const,
  resolveId(source: string, importer?: string) {
    if (source === 'wxt/utils/content-script-context' && importer?.includes('content-script-isolated-world-entrypoint')) {
      return fileURLToPath(new URL('./lib/extension/content/quiet-context.ts', import.meta.url));
    }
    return null;
  },
};

/**
 * The side panel's script blocks the panel's first paint (`blocking="render"`; Vite's HTML step
 * drops the attribute from the source, so it is added to the built page): painting the empty
 * page first kept the main thread busy while the script's response waited behind it. In one
 * Chromium with both builds loaded, panels opened alternately: first difference 104 vs 127 ms
 * and 108 vs 132 ms (bench "panel"). Browsers without the attribute ignore it.
 */
const panelScriptBlocksRender = {
  name: 'tabayyun-panel-script-blocks-render',
  transformIndexHtml: {
    order: 'post' as const,
    handler: (html: string, ctx: { path: string }) => (ctx.path.includes('sidepanel') ? html.replace('<script type="module" crossorigin', '<script type="module" blocking="render" crossorigin') : html),
  },
};

// Chrome MV3 by default; `build:firefox` builds Firefox as MV3 too (WXT would pick MV2).
export default defineConfig({
  outDir: '.output',
  vite: () => ({ plugins: [quietContentContext, panelScriptBlocksRender] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // IndexedDB in the extension's origin; no `storage` quota surprises for months of reads.
    permissions: ['activeTab', 'scripting', 'unlimitedStorage', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // A reader can add any site permanently; requested at run time, never up front.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Tabayyun collects nothing: no data leaves the reader's machine.
            gecko: { id: 'tabayyun@tabayyun.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
