import { useState } from 'preact/hooks';
import type { Quote } from '../lib/library/model';
import type { LibrarySearch } from '../lib/manager/search';

/** How many candidates the picker lists: enough to choose from, few enough to scan. */
const SHOWN = 20;

/** Finds another quote by typing, for merge and move; Escape cancels, Enter takes the first match. */
export function QuotePicker({
  search,
  exclude,
  title,
  onPick,
  onCancel,
}: {
  /** The manager's own index, so opening the picker costs nothing on a big library. */
  search: LibrarySearch;
  exclude: string;
  title: string;
  onPick(quote: Quote): void;
  onCancel(): void;
}) {
  const [query, setQuery] = useState('');
  const rows = search
    .filter({ query, speakerId: null, event: null })
    .filter((row) => row.quote.id !== exclude)
    .slice(0, SHOWN);
  return (
    <div class="picker" role="dialog" aria-label={title} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3>{title}</h3>
      <input
        type="search"
        autoFocus
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
        <ul>
          {rows.map((row) => (
            <li key={row.quote.id}>
              <button
                type="button"
                class="pick"
                data-quote-id={row.quote.id}
                onClick={() => onPick(row.quote)}
              >
                “{row.quote.canonical}”{' '}
                <span class="muted">
                  — {row.speaker} · {row.renderingCount} rendering{row.renderingCount === 1 ? '' : 's'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
