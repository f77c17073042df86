// The CSS Custom Highlight API, looked up at call time (never at import) so that the same code
// runs in the page and in tests that install a double on a jsdom window. Where the API is
// missing nothing is marked: text is never wrapped in elements, which would break Arabic
// letter joining and fight pages that re-render.

/**
 * A CSS identifier a page cannot predict: 16 random letters, new on every page load. The page
 * shares CSS.highlights with us and can list its names, so a fixed name would tell any page that
 * this reader uses Tabayyun, and which of its figures are flagged as conflicts.
 */
export function unpredictableName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
}

export const CONFLICT = unpredictableName();
export const DIFFER = unpredictableName();
export const FLASH = unpredictableName();

/** The subset of HighlightRegistry and Highlight this module uses. */
export interface Registry {
  set(name: string, highlight: Highlight): unknown;
  get(name: string): Highlight | undefined;
  delete(name: string): boolean;
}

export interface HighlightApi {
  registry: Registry;
  create(ranges: Range[], priority: number): Highlight;
}

export function highlightApi(): HighlightApi | null {
  const g = globalThis as { CSS?: { highlights?: Registry }; Highlight?: typeof Highlight };
  const registry = g.CSS?.highlights;
  const Ctor = g.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return {
    registry,
    create(ranges, priority) {
      const h = new Ctor(...ranges);
      h.priority = priority;
      return h;
    },
  };
}
