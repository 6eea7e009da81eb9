import { useEffect, useRef, useState } from 'preact/hooks';
import { eventLine } from '../lib/format-date';
import type { Match } from '../lib/match/types';
import type { QuoteQuery } from '../lib/messaging';
import { seenElsewhere } from '../lib/reading/other-pages';
import { DriftDiff } from './DriftDiff';
import { RenderingList } from './RenderingList';
import { SeenElsewhere } from './SeenElsewhere';
import { VerdictChip } from './VerdictChip';

export interface CardActions {
  copyCitation(match: Match): Promise<void>;
  openInLibrary(match: Match): void;
  /** Resolves to what to tell the reader (added, or already there). */
  addRendering(quote: QuoteQuery, match: Match): Promise<string>;
  /** A quote the library does not hold: the add form, where the reader names the speaker and the quote. */
  openAddForm(quote: QuoteQuery): Promise<void>;
  dismiss(match: Match): Promise<void>;
  close(): void;
}

/**
 * The card a reader opens on a highlighted quote: this page's wording against
 * the library's, then every outlet's. All page text is rendered as text.
 */
export function QuoteCard({
  quote,
  match,
  url,
  outlet,
  actions,
}: {
  quote: QuoteQuery;
  match: Match | null;
  /** The page the card is on: its own earlier capture is not "another page". */
  url: string;
  /** The page's outlet, as its metadata names it. */
  outlet: string;
  actions: CardActions;
}) {
  const elsewhere = seenElsewhere(match, url);
  const fromReading = match?.quoteOrigin === 'captured';
  const library = match?.renderings.filter((r) => r.origin !== 'captured') ?? [];
  const dialog = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    dialog.current?.focus();
  }, [quote, match]);

  const run = (done: string, action: () => Promise<unknown>) => async () => {
    try {
      const said = await action();
      setStatus(typeof said === 'string' && said ? said : done);
    } catch (error) {
      setStatus(`Could not do that: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="verbatim-card-title"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          actions.close();
        }
      }}
    >
      <header class="card-head">
        <h2 id="verbatim-card-title">
          {match ? match.speaker : (quote.speaker ?? 'Unknown speaker')}
          {match && (match.event || match.date) ? (
            <span class="muted"> · {eventLine(match.event, match.date)}</span>
          ) : null}
        </h2>
        <button type="button" class="icon" aria-label="Close" onClick={actions.close}>
          ×
        </button>
      </header>
      {match ? (
        <>
          <p class="verdict-line">
            <VerdictChip kind={match.verdict} confidence={match.confidence} />{' '}
            <span class="explain">
              {match.crossForm ? 'Across forms (looser): ' : ''}
              {match.explanation}
            </span>
          </p>
          <section aria-label="This page against the library">
            <h3>
              {fromReading
                ? 'This page against the fullest wording you read'
                : 'This page against the library'}
            </h3>
            {match.comparedPart ? (
              <p class="muted section-note compared-part">
                Only the part of this quote that is this remark is compared; the rest is closer to another
                quote in your library.
              </p>
            ) : null}
            <DriftDiff parts={match.diff} label={match.explanation} />
            <p class="muted canonical-label">
              {fromReading ? 'Fullest wording seen while reading' : 'Library wording'}: “{match.canonical}”
            </p>
          </section>
          {elsewhere.length ? (
            <section aria-label="Seen on other pages you read">
              <h3>Seen on other pages you read</h3>
              <p class="muted section-note">This page’s wording against each of theirs.</p>
              <SeenElsewhere renderings={elsewhere} />
            </section>
          ) : null}
          {library.length || !elsewhere.length ? (
            <section aria-label="How outlets worded it">
              <h3>How outlets worded it</h3>
              <p class="muted section-note">Each outlet’s wording against the library’s.</p>
              <RenderingList renderings={library} canonical={match.canonical} url={url} outlet={outlet} />
            </section>
          ) : null}
          <footer class="actions">
            <button
              type="button"
              onClick={run('Copied with its citation.', () => actions.copyCitation(match))}
            >
              {fromReading ? 'Copy the fullest wording with citation' : 'Copy library wording with citation'}
            </button>
            <button type="button" onClick={() => actions.openInLibrary(match)}>
              {fromReading ? 'Open in “Seen while reading”' : 'Open in library'}
            </button>
            <button type="button" onClick={run('Added.', () => actions.addRendering(quote, match))}>
              Add this page’s wording
            </button>
            <button type="button" onClick={run('Hidden on this page.', () => actions.dismiss(match))}>
              Not this quote
            </button>
          </footer>
        </>
      ) : (
        <>
          <p class="verdict-line">
            <VerdictChip kind="unmatched" />{' '}
            <span class="explain">No quote in your library matches these words.</span>
          </p>
          <blockquote class="page-text">{quote.text}</blockquote>
          <footer class="actions">
            <button type="button" onClick={run('The add form is open.', () => actions.openAddForm(quote))}>
              Add to library…
            </button>
          </footer>
        </>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
