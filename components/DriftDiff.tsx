import type { DiffPart } from '../lib/match/types';

/**
 * A word diff as a reader scans it: struck words are the library's only,
 * underlined words the page's only. Text is rendered as text, never markup.
 */
export function DriftDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <p class="diff" aria-label={label}>
      {parts.map((part, i) =>
        part.op === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.op === 'removed' ? (
          <del key={i} title="Only in the library's wording">
            {part.text}
          </del>
        ) : (
          <ins key={i} title="Only in this wording">
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}
