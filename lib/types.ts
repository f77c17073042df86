// Shared types of the whole pipeline: page → extract → quantities → claims → story → compare → store.
// Field names of Quantity, Claim, Difference and Figure follow ../shared/contract/cli.md exactly.

export type Qualifier =
  | 'exact'
  | 'about'
  | 'more-than'
  | 'less-than'
  | 'at-least'
  | 'at-most'
  | 'range';

export type QuantityKind =
  | 'count'
  | 'percent'
  | 'money'
  | 'date'
  | 'year'
  | 'duration'
  | 'ordinal'
  | 'age'
  | 'other';

/** One number as written in a text, with the interval its wording allows. */
export interface Quantity {
  /** Exact substring of the input, qualifier included ("أكثر من 8 آلاف"). */
  text: string;
  /** UTF-16 offsets of `text` in the input. */
  start: number;
  end: number;
  /** The number stated (10 آلاف → 10000). */
  value: number;
  /** Interval the wording allows; null where unbounded. */
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  kind: QuantityKind;
  /** What is counted, as written ("جندي"), a currency code ("USD"), or null. */
  unit: string | null;
  /** Whether the amount is vague ("عشرات", "آلاف", "بضعة"): an interval, never an exact number. */
  vague?: boolean;
}

/** What the article says about a figure's status. */
export type ClaimModality = 'count' | 'projection' | 'denial';

/** A quantity in its sentence: what it counts, about whom, said by whom. */
export interface Claim extends Quantity {
  /** The sentence the quantity stands in (as displayed, unnormalised). */
  sentence: string;
  /** Offset of `sentence` in the article text. */
  sentenceStart: number;
  /** False for dates, years, clock times, durations, ordinals, names with digits, bylines. */
  comparable: boolean;
  /** Who the article says gave the figure ("جون سميث"), or null. */
  attribution: string | null;
  /** Normalised concept key of the counted noun ("soldier", "death"), or null. */
  concept: string | null;
  /** Normalised keys of the entities the figure is about (places, countries, groups). */
  entities: string[];
  /** A rate ("يوميا" → "day"), or null for a plain amount. */
  rate: string | null;
  modality: ClaimModality;
  /** A figure of the headline: `start`/`end` and `sentenceStart` are offsets into the title, not the text. */
  inTitle?: boolean;
  /** Entities whose people or things are counted (a nationality's adjective after «جندي» → that country's soldiers). */
  owners?: string[];
  /** Entities where the counted thing is (a province after «بإقليم», a country after «في»). */
  places?: string[];
  /** True where the place was named as an administrative unit ("بإقليم أونتاريو"): a breakdown figure. */
  adminPlace?: boolean;
  /** Short Arabic label from the claim's own words ("جندي من كندا في النرويج"). */
  label?: string | null;
  /** How the concept and scope were found (lib/claims/evidence.ts); absent on reads analysed before it existed. */
  evidence?: ClaimEvidence;
  /**
   * True where the article presents the figure as an earlier one by a sentence before its own
   * ("وكان X قد أعلن … . وأوضح أن …"); figures whose own sentence says so are read from it
   * (lib/pipeline/claims/modality.ts isEarlierMention).
   */
  earlier?: boolean;
}

/**
 * Where a claim's topic came from. `noun`: the counted noun written next to the figure
 * ("12 قتيلا"), words of its clause ("حصيلة القتلى … 12 شخصا"), or an earlier figure of the
 * sentence ("و201 بإقليم …", "العدد"). `scope`: owners/places named for the figure itself (or
 * none named), read off a list's previous item, or guessed (a country named earlier in the
 * sentence, the nationality of the source).
 */
export interface ClaimEvidence {
  noun: 'adjacent' | 'clause' | 'inherited';
  scope: 'stated' | 'none' | 'list' | 'guessed';
}

/** Metadata read from the page (or from a .txt file's first line for the CLI). */
export interface ArticleMeta {
  /** Address the reader was on. */
  url: string;
  /** Canonical address (link rel=canonical / og:url), falling back to `url` without the hash. */
  canonicalUrl: string;
  /** Outlet name (og:site_name, JSON-LD publisher, or the host). */
  site: string;
  /** Host name without "www.". */
  host: string;
  title: string;
  byline: string | null;
  /** ISO 8601 publication time, or null when the page does not say. */
  published: string | null;
  lang: string | null;
  dir: 'rtl' | 'ltr' | null;
}

/** What the content script sends the background: one article, extracted. */
export interface ArticleSnapshot extends ArticleMeta {
  /** Article text, paragraphs separated by blank lines ("\n\n"). */
  text: string;
}

/** Why a page was not taken as an article. */
export type SkipReason = 'not-readerable' | 'too-short' | 'not-arabic' | 'too-large' | 'failed';

export type ExtractResult =
  | { ok: true; article: ArticleSnapshot }
  | { ok: false; reason: SkipReason; detail?: string };

/** An article with everything computed from its text. */
export interface AnalyzedArticle extends ArticleSnapshot {
  claims: Claim[];
  /** Top normalised keywords (stems) for story lookup; a multi-entry index in the store. */
  keywords: string[];
  /** Normalised named entities found in the text. */
  entities: string[];
}

/** An earlier read judged to tell the same story, with its similarity score (0..1). */
export interface Related {
  article: number;
  score: number;
}

export interface Figure {
  /** Index of the article in the list given to compare (the current one included). */
  article: number;
  /** Index of the claim in that article's claims. */
  claim: number;
  value: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  text: string;
  sentence: string;
  attribution: string | null;
  /** The claim's modality where it is not a plain count (a denial shown beside counts). */
  modality?: ClaimModality;
}

/** Why figures on one topic differ (see lib/pipeline/compare/reason.ts). */
export type DifferenceReason = 'updated' | 'contradiction' | 'different-sources';

export interface Difference {
  /** Short Arabic label built from the claims' own words. */
  topic: string;
  kind: QuantityKind;
  unit: string | null;
  /** True where the figures cannot all be true at once. */
  conflict: boolean;
  /** Why the figures differ: updated over time, contradicting at one time, or different sources. */
  reason: DifferenceReason;
  /** Every figure on the topic, current article's included, ordered by publication date. */
  figures: Figure[];
  /** True when the figures come from two versions of the same URL ("changed since you read it"). */
  update?: boolean;
}
