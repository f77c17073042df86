// The CSS Custom Highlight API, looked up at call time (never at import) so that the same code
// runs in the page and in tests that install a double on a jsdom window. Where the API is
// missing nothing is marked: text is never wrapped in elements, which would break Arabic
// letter joining and fight pages that re-render.

export const CONFLICT = 'tabayyun-conflict';
export const DIFFER = 'tabayyun-differ';
export const FLASH = 'tabayyun-flash';

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
