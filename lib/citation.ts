import type { Match } from './match/types';

/** The canonical wording with who said it, when and where, ready to paste into copy. */
export function citationOf(match: Match): string {
  const context = [match.event, match.date].filter(Boolean).join(', ');
  return `“${match.canonical}” (${match.speaker}${context ? `, ${context}` : ''})`;
}
