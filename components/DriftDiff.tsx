import { Fragment } from 'preact';
import type { DiffPart } from '../lib/match/types';

/**
 * A changed run's words apart from the spaces around it: marked spaces ran a
 * strike or an underline into the next word, so "great significant" read as one change.
 */
function spaced(text: string): { before: string; words: string; after: string } {
  const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return { before, words, after };
}

/**
 * A word diff as a reader scans it: struck words are the library's only,
 * underlined words the page's only. Text is rendered as text, never markup.
 */
export function DriftDiff({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <p class="diff" aria-label={label}>
      {parts.map((part, i) => {
        if (part.op === 'same') return <span key={i}>{part.text}</span>;
        const { before, words, after } = spaced(part.text);
        return (
          <Fragment key={i}>
            {before}
            {!words ? null : part.op === 'removed' ? (
              <del title="Only in the library's wording">{words}</del>
            ) : (
              <ins title="Only in this wording">{words}</ins>
            )}
            {after}
          </Fragment>
        );
      })}
    </p>
  );
}
