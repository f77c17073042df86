// How many story keywords and entities a read carries. Apart from lib/pipeline/story/features so that
// what only needs the limits (the import file's checks, in the panel) does not load the
// background corpus table and the gazetteer.

export const KEYWORD_COUNT = 30;
export const ENTITY_COUNT = 15;
/** Entity keys added to the keywords (prefixed "@") so the store's keyword index finds them. */
export const ENTITY_KEYWORDS = 5;
/** A first line longer than this is a ticker or a lead, not a headline (no headline weight). */
export const MAX_HEADLINE_LENGTH = 200;
