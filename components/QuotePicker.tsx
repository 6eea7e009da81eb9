import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Quote } from '../lib/library/model';
import type { LibrarySearch, QuoteRow } from '../lib/manager/search';

/** How many candidates the picker lists: enough to choose from, few enough to scan. */
const SHOWN = 20;

/**
 * The candidates in search order, the given speaker's first: a quote to merge
 * or a rendering to move almost always belongs with the same speaker.
 */
export function speakerFirst(rows: QuoteRow[], speakerId: string | null): QuoteRow[] {
  if (!speakerId) return rows;
  return [
    ...rows.filter((r) => r.quote.speakerId === speakerId),
    ...rows.filter((r) => r.quote.speakerId !== speakerId),
  ];
}

/**
 * Finds another quote by typing, for merge and move. It takes the focus when
 * it opens so typing goes to its search box; Escape cancels, Enter takes the
 * first match.
 */
export function QuotePicker({
  search,
  exclude,
  speakerId,
  title,
  onPick,
  onCancel,
}: {
  /** The manager's own index, so opening the picker costs nothing on a big library. */
  search: LibrarySearch;
  exclude: string;
  /** Whose quotes to list first. */
  speakerId: string | null;
  title: string;
  onPick(quote: Quote): void;
  onCancel(): void;
}) {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // `autoFocus` only works while a page loads; the picker opens later, on a click.
  // A layout effect focuses before the next paint, so no keystroke typed right away is lost.
  useLayoutEffect(() => input.current?.focus(), []);
  const rows = speakerFirst(
    search.filter({ query, speakerId: null, event: null }).filter((row) => row.quote.id !== exclude),
    speakerId,
  ).slice(0, SHOWN);
  const sameSpeaker = rows.filter((r) => r.quote.speakerId === speakerId);
  const others = rows.filter((r) => r.quote.speakerId !== speakerId);
  const list = (group: QuoteRow[]) => (
    <ul>
      {group.map((row) => (
        <li key={row.quote.id}>
          <button type="button" class="pick" data-quote-id={row.quote.id} onClick={() => onPick(row.quote)}>
            {/* Reported speech is an outlet's account, shown as the library list shows it: no quotation marks. */}
            {row.reported ? <em class="reported">{row.quote.canonical}</em> : `“${row.quote.canonical}”`}{' '}
            <span class="muted">
              — {row.speaker} · {row.renderingCount} rendering{row.renderingCount === 1 ? '' : 's'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <div
      class="picker"
      role="dialog"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <h3>{title}</h3>
      <input
        ref={input}
        type="search"
        aria-label="Find the quote"
        placeholder="Type words of the quote, its speaker or an outlet"
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && rows[0]) {
            e.preventDefault();
            onPick(rows[0].quote);
          }
        }}
      />
      {rows.length === 0 ? (
        <p class="muted">
          {query.trim() ? `No other quote matches “${query.trim()}”.` : 'There is no other quote yet.'}
        </p>
      ) : (
        <div class="pick-groups">
          {sameSpeaker.length ? (
            <>
              <h4 class="muted">By {sameSpeaker[0]?.speaker}</h4>
              {list(sameSpeaker)}
            </>
          ) : null}
          {others.length ? (
            <>
              {sameSpeaker.length ? <h4 class="muted">By other speakers</h4> : null}
              {list(others)}
            </>
          ) : null}
        </div>
      )}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
