import type { Match } from '../match/types';
import type { HighlightKind } from './styles';

/** The paint for a quote: its verdict, or the "not in library" style when nothing matched. */
export function highlightKindOf(match: Match | null): HighlightKind {
  return match ? match.verdict : 'unmatched';
}
