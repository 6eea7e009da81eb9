import { eventLine } from './format-date';
import type { Match } from './match/types';

/** The canonical wording with who said it, when and where, ready to paste into copy. */
export function citationOf(match: Match): string {
  const context = eventLine(match.event, match.date).replace(' · ', ', ');
  return `“${match.canonical}” (${match.speaker}${context ? `, ${context}` : ''})`;
}
