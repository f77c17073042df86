// Its own module, so the panel can tell stale reads without bundling the engine.
/**
 * The version of everything analyzeArticle computes from a text (claims, keywords, entities).
 * Raise it whenever a change to lib/pipeline/quantities, lib/pipeline/claims, lib/pipeline/story/features or lib/pipeline/analyze.ts
 * would give a stored text different results: stored reads record the version that analysed
 * them, and the extension re-analyses older ones from their stored text (lib/store/reanalyze.ts).
 */
export const ENGINE_VERSION = 64;
