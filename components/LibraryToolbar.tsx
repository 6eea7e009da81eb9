import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Speaker } from '../lib/library/model';
import type { LibraryClient } from '../lib/manager/library-client';
import type { Act } from './ManagerApp';

/** Hands a file to the browser's download, as "Export" promises; the blob URL is released after. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Library-wide actions: new quote, import, export, restore the bundled quotes, undo. */
export function LibraryToolbar({
  client,
  act,
  busy,
  undoLabel,
  onUndo,
  onNewQuote,
}: {
  client: LibraryClient;
  act: Act;
  busy: boolean;
  undoLabel: string | null;
  onUndo(): void;
  onNewQuote(): void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <header class="toolbar">
      <h1>Verbatim library</h1>
      <div class="actions" role="toolbar" aria-label="Library actions">
        <button type="button" onClick={onNewQuote} disabled={busy}>
          New quote
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          class="file-input"
          accept=".json,.csv,application/json,text/csv"
          hidden
          aria-label="Import a library file (JSON or CSV)"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file)
              void act(`Importing ${file.name}`, async () => client.importFile(file.name, await file.text()));
          }}
        />
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act('Export', async () => {
              download(`verbatim-library-${today}.json`, 'application/json', await client.exportJson());
              return 'Exported the library as JSON (the format Import reads back).';
            })
          }
        >
          Export JSON
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            act('Export', async () => {
              download(`verbatim-library-${today}.csv`, 'text/csv', await client.exportCsv());
              return 'Exported the library as CSV, one row per rendering.';
            })
          }
        >
          Export CSV
        </button>
        <button
          type="button"
          disabled={busy}
          title="Brings back every quote Verbatim ships with, as shipped; your own quotes stay"
          onClick={() => act('Restore', () => client.restoreBundled())}
        >
          Restore bundled quotes
        </button>
        <button
          type="button"
          disabled={busy || !undoLabel}
          onClick={onUndo}
          aria-keyshortcuts="Control+Z"
          title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        >
          {undoLabel ? `Undo ${undoLabel}` : 'Undo'}
        </button>
      </div>
    </header>
  );
}

const NEW_SPEAKER = '__new__';

/** "New quote": a speaker (existing or new) and the wording; the rest can be filled in afterwards. */
export function NewQuoteForm({
  client,
  act,
  speakers,
  onDone,
}: {
  client: LibraryClient;
  act: Act;
  speakers: Speaker[];
  onDone(id: string | null): void;
}) {
  const sorted = [...speakers].sort((a, b) => a.name.localeCompare(b.name));
  // No speaker chosen for the reader: the first name in the list would be a misattribution one click away.
  const [speakerId, setSpeakerId] = useState(sorted.length ? '' : NEW_SPEAKER);
  const [speakerName, setSpeakerName] = useState('');
  const [canonical, setCanonical] = useState('');
  const [event, setEvent] = useState('');
  const [date, setDate] = useState('');
  const wording = useRef<HTMLTextAreaElement>(null);
  // `autoFocus` only works while a page loads; this form opens later, on a click.
  // A layout effect focuses before the next paint, so no keystroke typed right away is lost.
  useLayoutEffect(() => wording.current?.focus(), []);
  return (
    <form
      class="new-quote"
      aria-label="New quote"
      onKeyDown={(e) => e.key === 'Escape' && onDone(null)}
      onSubmit={(e) => {
        e.preventDefault();
        let id: string | null = null;
        void act('Adding the quote', async () => {
          const sid = speakerId === NEW_SPEAKER ? await client.addSpeaker(speakerName) : speakerId;
          id = await client.addQuote({
            speakerId: sid,
            canonical,
            event: event.trim() || null,
            date: date || null,
          });
          return 'Added the quote. Add how outlets printed it below.';
        }).then((ok) => ok && onDone(id));
      }}
    >
      <h2>New quote</h2>
      <div class="row">
        <label class="field">
          <span>Speaker</span>
          <select
            required
            value={speakerId}
            onChange={(e) => setSpeakerId((e.target as HTMLSelectElement).value)}
          >
            <option value="" disabled>
              Choose a speaker…
            </option>
            {sorted.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            <option value={NEW_SPEAKER}>A new speaker…</option>
          </select>
        </label>
        {speakerId === NEW_SPEAKER ? (
          <label class="field">
            <span>New speaker’s name</span>
            <input
              required
              value={speakerName}
              onInput={(e) => setSpeakerName((e.target as HTMLInputElement).value)}
            />
          </label>
        ) : null}
      </div>
      <label class="field">
        <span>Wording (the most reliable version you have)</span>
        <textarea
          ref={wording}
          required
          rows={3}
          value={canonical}
          onInput={(e) => setCanonical((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="row">
        <label class="field">
          <span>Event (optional)</span>
          <input
            value={event}
            placeholder="e.g. “Speech in Warsaw, 26 March 2025”"
            onInput={(e) => setEvent((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="field date">
          <span>Date (optional)</span>
          <input type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          Add quote
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
