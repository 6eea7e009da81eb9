import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryData } from '../lib/library/model';
import type { LibraryClient } from '../lib/manager/library-client';
import { LibrarySearch, shelfOf, type Shelf } from '../lib/manager/search';
import { LibraryToolbar, NewQuoteForm } from './LibraryToolbar';
import { QuoteDetail } from './QuoteDetail';
import { QuoteList } from './QuoteList';

/** Runs one change to the library and reports it; resolves true when it worked. */
export type Act = (label: string, change: () => Promise<string | undefined>) => Promise<boolean>;

interface Notice {
  kind: 'ok' | 'error';
  text: string;
  /** Every reason, for a refused import. */
  details?: string[];
}

function errorNotice(label: string, error: unknown): Notice {
  const details = (error as { errors?: unknown } | null)?.errors;
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  // A refused import explains itself ("x.json was not imported; nothing changed.") and lists every reason.
  if (Array.isArray(details)) return { kind: 'error', text: message, details: details.map(String) };
  return { kind: 'error', text: `${label} failed: ${message}` };
}

/**
 * The library manager: search and browse on the left, one quote with all its
 * renderings on the right, and every change undoable from the toolbar (or
 * Ctrl+Z outside text fields).
 */
export function ManagerApp({
  client,
  initialQuoteId,
}: {
  client: LibraryClient;
  initialQuoteId: string | null;
}) {
  const [library, setLibrary] = useState<LibraryData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const [event, setEvent] = useState<string | null>(null);
  const [shelf, setShelf] = useState<Shelf>('library');
  const [selected, setSelected] = useState<string | null>(initialQuoteId);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoLabel, setUndoLabel] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);
  /** Whether the open quote's form holds changes not yet saved. */
  const unsaved = useRef(false);
  /** The quote last open on each shelf, to show it again when the reader comes back to that shelf. */
  const openOnShelf = useRef<Partial<Record<Shelf, string>>>({});

  const reload = async () => {
    const [next, label] = await Promise.all([client.load(), client.nextUndo()]);
    setLibrary(next);
    setUndoLabel(label);
  };

  useEffect(() => {
    reload().catch((error: unknown) =>
      setLoadError(
        `Verbatim could not open your library: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    // Quotes added from a page in another window show up when the reader comes back here.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const act: Act = async (label, change) => {
    setBusy(true);
    setNotice({ kind: 'ok', text: `${label}…` });
    try {
      const message = await change();
      await reload();
      setNotice({ kind: 'ok', text: message || label });
      return true;
    } catch (error) {
      setNotice(errorNotice(label, error));
      await reload().catch(() => undefined);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const undo = () =>
    act('Undo', async () => {
      const undone = await client.undo();
      return undone ? `Undid: ${undone}.` : 'Nothing to undo.';
    });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (
        (e.ctrlKey || e.metaKey) &&
        !e.shiftKey &&
        e.key.toLowerCase() === 'z' &&
        !typing &&
        undoLabel &&
        !busy
      ) {
        e.preventDefault();
        void undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Closing the tab with an unsaved form asks first, as leaving the quote does.
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      if (unsaved.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, []);

  // Another quote opens at its top, not where the last one was scrolled to.
  const detailPane = useRef<HTMLElement>(null);
  useEffect(() => detailPane.current?.scrollTo(0, 0), [selected]);

  const search = useMemo(() => (library ? new LibrarySearch(library) : null), [library]);
  // The shelf follows the chosen quote: one opened from a card, or one just kept, shows where it now is.
  const selectedShelf = library?.quotes.find((q) => q.id === selected);
  useEffect(() => {
    if (selectedShelf) setShelf(shelfOf(selectedShelf));
  }, [selectedShelf?.id, selectedShelf?.origin]);
  const rows = useMemo(
    () => (search ? search.filter({ query, speakerId, event, shelf }) : []),
    [search, query, speakerId, event, shelf],
  );
  const shelfCounts = useMemo(() => {
    const reading = library?.quotes.filter((q) => shelfOf(q) === 'reading').length ?? 0;
    return { library: (library?.quotes.length ?? 0) - reading, reading };
  }, [library]);
  const events = useMemo(() => (search ? search.events(speakerId) : []), [search, speakerId]);
  const quotesBySpeaker = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of library?.quotes ?? []) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    return counts;
  }, [library]);

  if (loadError)
    return (
      <p class="notice error" role="alert">
        {loadError}
      </p>
    );
  if (!library || !search) return <p class="muted loading">Opening your library…</p>;
  const quote = selected ? (library.quotes.find((q) => q.id === selected) ?? null) : null;
  /** Leaving a quote whose form holds unsaved changes asks first; true when the reader may go. */
  const mayLeave = () =>
    !unsaved.current || window.confirm('Your changes to this quote are not saved. Leave them?');
  const select = (id: string) => {
    if (id !== selected && mayLeave()) setSelected(id);
  };
  // The detail pane shows a quote of the shelf in view: the one last open there, or none.
  const switchShelf = (next: Shelf) => {
    if (next === shelf || !mayLeave()) return;
    if (selected) openOnShelf.current[shelf] = selected;
    const back = library.quotes.find((q) => q.id === openOnShelf.current[next]);
    unsaved.current = false;
    setSelected(back && shelfOf(back) === next ? back.id : null);
    setShelf(next);
  };
  const filtered = query.trim() !== '' || speakerId !== null || event !== null;

  return (
    <div class="manager" aria-busy={busy}>
      <LibraryToolbar
        client={client}
        act={act}
        busy={busy}
        undoLabel={undoLabel}
        onUndo={() => void undo()}
        onNewQuote={() => setCreating(true)}
      />
      {notice ? (
        <div class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.details?.length ? (
            <ul class="notice-details">
              {notice.details.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            class="link"
            aria-label="Dismiss this message"
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        </div>
      ) : null}
      {creating ? (
        <NewQuoteForm
          client={client}
          act={act}
          speakers={library.speakers}
          onDone={(id) => {
            setCreating(false);
            if (id) {
              setQuery('');
              setSpeakerId(null);
              setEvent(null);
              setSelected(id);
            }
          }}
        />
      ) : null}
      <div class="panes">
        <aside class="browse" aria-label="Browse the library">
          <div class="shelves" role="group" aria-label="Which quotes">
            {(['library', 'reading'] as const).map((name) => (
              <button
                key={name}
                type="button"
                class={`shelf${shelf === name ? ' selected' : ''}`}
                aria-pressed={shelf === name}
                onClick={() => switchShelf(name)}
              >
                {name === 'library' ? 'Library' : 'Seen while reading'} ({shelfCounts[name]})
              </button>
            ))}
          </div>
          <input
            type="search"
            class="search"
            placeholder="Search quotes, speakers, outlets, events…"
            aria-label="Search the library"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
          <div class="filters">
            <select
              aria-label="Show quotes by speaker"
              value={speakerId ?? ''}
              onChange={(e) => {
                setSpeakerId((e.target as HTMLSelectElement).value || null);
                setEvent(null);
              }}
            >
              <option value="">All speakers</option>
              {[...library.speakers]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({quotesBySpeaker.get(s.id) ?? 0})
                  </option>
                ))}
            </select>
            <select
              aria-label="Show quotes from event"
              value={event ?? ''}
              disabled={events.length === 0}
              onChange={(e) => setEvent((e.target as HTMLSelectElement).value || null)}
            >
              <option value="">{events.length ? 'All events' : 'No events'}</option>
              {events.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <p class="muted count" aria-live="polite">
            {filtered ? `${rows.length} of ${shelfCounts[shelf]} quotes` : `${shelfCounts[shelf]} quotes`}
          </p>
          {shelf === 'reading' && shelfCounts.reading === 0 ? (
            <div class="empty">
              <p>Nothing seen while reading yet.</p>
              <p class="muted">
                As you read news, Verbatim remembers each attributed quote on the page (on this machine only),
                so the next outlet’s card can show how this one worded it. Switch it off in Settings.
              </p>
            </div>
          ) : library.quotes.length === 0 ? (
            <div class="empty">
              <p>Your library is empty.</p>
              <p class="muted">
                Bring back the quotes Verbatim ships with (<em>Restore bundled quotes</em>), import a library
                file, or add a quote with <em>New quote</em> — or select text on any page and choose{' '}
                <em>Add to Verbatim</em>.
              </p>
            </div>
          ) : rows.length === 0 ? (
            <div class="empty">
              <p>No quote matches{query.trim() ? ` “${query.trim()}”` : ' these filters'}.</p>
              <button
                type="button"
                onClick={() => {
                  setQuery('');
                  setSpeakerId(null);
                  setEvent(null);
                }}
              >
                Clear search and filters
              </button>
            </div>
          ) : (
            <QuoteList rows={rows} selected={selected} onSelect={select} />
          )}
        </aside>
        <section class="detail" aria-label="Quote" ref={detailPane}>
          {quote ? (
            <QuoteDetail
              key={quote.id}
              quote={quote}
              library={library}
              search={search}
              client={client}
              act={act}
              busy={busy}
              onDeleted={() => setSelected(null)}
              onUnsaved={(value) => (unsaved.current = value)}
            />
          ) : selected && library.quotes.length ? (
            <p class="muted">That quote is no longer in the library. Choose another one on the left.</p>
          ) : (
            <p class="muted">Choose a quote to see every outlet’s wording of it side by side.</p>
          )}
        </section>
      </div>
    </div>
  );
}
