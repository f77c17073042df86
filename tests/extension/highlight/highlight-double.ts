// A test double of the CSS Custom Highlight API, which jsdom does not have:
// Highlight is a Set of ranges with a priority, CSS.highlights a Map of names to highlights.

export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

type G = { CSS?: unknown; Highlight?: unknown };

/** Installs the double on globalThis; returns the registry and a function that uninstalls it. */
export function installHighlightDouble(): { registry: Map<string, FakeHighlight>; uninstall: () => void } {
  const g = globalThis as G;
  const savedCss = g.CSS;
  const savedHighlight = g.Highlight;
  const registry = new Map<string, FakeHighlight>();
  g.CSS = { ...(savedCss as object | undefined), highlights: registry };
  g.Highlight = FakeHighlight;
  return {
    registry,
    uninstall: () => {
      g.CSS = savedCss;
      g.Highlight = savedHighlight;
    },
  };
}

/** The texts of the ranges in one highlight, in insertion order. */
export function texts(h: FakeHighlight | undefined): string[] {
  return h ? [...h].map((r) => (r as Range).toString()) : [];
}
