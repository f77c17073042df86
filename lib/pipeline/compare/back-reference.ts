// A sentence that points back at the news's event with a demonstrative («في هذا الهجوم», «بسبب
// هذه الحرائق», «الانفجار ذاته»): the count it gives is of that same event, not of another
// incident of a round-up (same-event.ts ROUND_UP_SOURCES 'back-reference').

import { normalizeArabic } from '../text/normalize';
import { memoized } from '../../lazy';

// Nouns of an event a toll counts (folded, with the article).
const EVENT = '(?:الهجوم|الهجمات|الانفجار|التفجير|التفجيرات|الحادث|الحادثه|الحريق|الحرايق|القصف|الغاره|الغارات|الزلزال|الفيضان|الفيضانات|السيول|الكمين|الاشتباكات|الغرق|الانهيار|الاعتداء|المجزره|الكارثه|العاصفه|الاعصار|التصادم)';
const BACK = new RegExp(`(?:^|\\s)(?:[وفبل]|في |من |جراء |بسبب |اثر )?(?:هذا|هذه|ذلك|تلك) ${EVENT}(?=$|[\\s،,.؛:»"])|(?:^|\\s)[وفبل]?${EVENT} (?:ذاته|ذاتها|نفسه|نفسها)(?=$|[\\s،,.؛:»"])`);
// «أما الجمعية فرفعت حصيلتها إلى …»: a source revising its own toll revises its count of the event
// already told, not one of another incident.
const OWN_REVISION = /(?:^|\s)[وف]?(?:رفع|رفعت|يرفع|ترفع|خفض|خفضت|يخفض|تخفض|عدل|عدلت|يعدل|تعدل)(?: \S+){0,4} (?:حصيلته|حصيلتها|حصيلتهم)(?=$|[\s،,.؛:»"])/;
// «في هجوم آخر», «هجمات أخرى»: another one of the same kind, whatever the demonstrative says.
const OTHER = /(?:^|\s)[وف]?(?:اخر|اخري|اخرى|الاخر|الاخري|الاخرى)(?=$|[\s،,.؛:»"])/;

/**
 * True when the sentence refers back to the event it follows with a demonstrative (or a source's
 * revision of its own toll), and names no
 * other one. Remembered per sentence: a round-up asks it of every pair of a group's figures.
 */
export const refersBackToEvent = memoized((sentence: string): boolean => {
  const s = normalizeArabic(sentence);
  return (BACK.test(s) || OWN_REVISION.test(s)) && !OTHER.test(s);
}, 4000);
