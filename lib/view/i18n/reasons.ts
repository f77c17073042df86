// How each reason a difference exists is said, in the panel and on the command line alike.
import type { DifferenceReason } from '../../types';
import type { MessageKey } from './messages';

export const REASON_WORDS: Record<DifferenceReason, { badge: MessageKey; why: MessageKey }> = {
  contradiction: { badge: 'contradiction', why: 'contradictionWhy' },
  'different-sources': { badge: 'differentSources', why: 'differentSourcesWhy' },
  updated: { badge: 'reasonUpdated', why: 'updatedWhy' },
};
