// WXT's content-script context without its two page-visible parts. On start WXT announces the
// script to the page (window.postMessage naming the extension id, and a document event), and
// stops when it hears such an announcement — which any page can forge to stop the script, and
// from which any page learns that this reader runs Tabayyun. wxt.config.ts puts this class in
// place of WXT's for the content script's entrypoint; `main` uses none of the context's hooks.
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

export class ContentScriptContext extends WxtContentScriptContext {
  /** Not announced: a page has nothing to read. (Only WXT's dev reloads relied on it.) */
  override stopOldScripts(): void {}
  /** Not listening: a page has nothing to forge. */
  override listenForNewerScripts(): void {}
}
