// Kinds of event, the one list of their words: story linking weighs reads about the same kind
// (an earthquake, an election), claims know an event noun from a place's name ("زلزال X" names
// the quake, not whose dead), and topic labels name the event a toll is of ("قتلى الزلزال").
// Words are normalised (normalizeArabic); matched by stem where a list says so.

import { keywordStem, normalizeArabic } from './normalize';

interface EventKind {
  /** Words that make a text about this kind of event (story features count them by stem). */
  triggers: string;
  /** The event as a topic label names it, when the kind has one noun ("قتلى الزلزال"). */
  noun?: string;
}

export const EVENT_KINDS: Readonly<Record<string, EventKind>> = {
  quake: { triggers: 'زلزال زلازل الزلزال هزه هزات ارتداديه ريختر', noun: 'الزلزال' },
  flood: { triggers: 'فيضان فيضانات سيول السيول عاصفه اعصار امطار غمرت', noun: 'الفيضانات' },
  fire: { triggers: 'حريق حرائق' },
  election: { triggers: 'انتخابات الانتخابات انتخابيه اقتراع الاقتراع فرز الناخبين ناخب اصوات الاصوات مرشح جولة الاعاده' },
  deal: { triggers: 'صفقه استثمار استثمارات استثماريه دولار مليار ودائع وديعه تطوير' },
  war: { triggers: 'حرب الحرب قتال القتال جنود جندي عسكريين عسكري القوات هجوم صواريخ مسيرات معاهده الدفاع' },
  crash: { triggers: 'تحطم طائره الطائره رحله ركاب' },
  economy: { triggers: 'اسعار تضخم بورصه سهم اسهم' },
  sport: { triggers: 'مباراه منتخب دوري بطوله كاس هدف' },
};

// Nouns that name one event of those kinds ("زلزال", "حريق") or another disaster ("كارثه", "انفجار").
const EVENT_NOUN_WORDS = ['زلزال', 'هزه', 'فيضانات', 'فيضان', 'عاصفه', 'اعصار', 'كارثه', 'انفجار', 'حريق', 'سيول'];
const EVENT_NOUN = new RegExp(`^(و|ب|ل)?(ال)?(${EVENT_NOUN_WORDS.join('|')})$`);

/** True where a normalised word names an event ("الزلزال", "وحريق"). */
export const isEventNounWord = (norm: string): boolean => EVENT_NOUN.test(norm);

/** Event kind of each trigger word's stem (as story keywords stem it). */
export const EVENT_KIND_OF_STEM: ReadonlyMap<string, string> = new Map(
  Object.entries(EVENT_KINDS).flatMap(([kind, k]) => k.triggers.split(' ').map((w) => [keywordStem(w), kind] as [string, string])),
);

// The label's event, first match first: a hurricane without floods is named as such.
const LABEL_EVENTS: [RegExp, string][] = [
  [/زلزال|هزه ارضيه/, EVENT_KINDS.quake.noun as string],
  [/فيضان|سيول|عاصفه/, EVENT_KINDS.flood.noun as string],
  [/اعصار/, 'الإعصار'],
];

/** The event a sentence names, as a topic label says it ("الزلزال"), or null. */
export function eventNounOf(sentence: string): string | null {
  const s = normalizeArabic(sentence);
  for (const [re, noun] of LABEL_EVENTS) if (re.test(s)) return noun;
  return null;
}
