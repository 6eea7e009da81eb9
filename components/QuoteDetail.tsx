import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDay } from '../lib/format-date';
import type { LibraryData, Quote, Rendering, Speaker } from '../lib/library/model';
import type { LibraryClient } from '../lib/manager/library-client';
import type { LibrarySearch } from '../lib/manager/search';
import { compare } from '../lib/match/compare';
import type { Comparison } from '../lib/match/types';
import { DriftDiff } from './DriftDiff';
import type { Act } from './ManagerApp';
import { QuotePicker } from './QuotePicker';
import { RenderingEditor } from './RenderingEditor';
import { VerdictChip } from './VerdictChip';
import { webLink } from '../lib/url';

type Editable = Pick<
  Quote,
  'speakerId' | 'canonical' | 'canonicalReason' | 'event' | 'date' | 'primarySource' | 'tags'
>;

const editable = (q: Quote): Editable => ({
  speakerId: q.speakerId,
  canonical: q.canonical,
  canonicalReason: q.canonicalReason,
  event: q.event,
  date: q.date,
  primarySource: q.primarySource,
  tags: q.tags,
});

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where a quote or rendering came from, said as a reader would: "bundled" alone reads as jargon beside a name. */
function originLabel(record: { origin: string; edited: boolean }): string {
  if (record.origin === 'bundled')
    return record.edited ? 'ships with Verbatim, edited by you' : 'ships with Verbatim';
  return record.origin === 'captured' ? 'seen while reading' : 'added by you';
}

/** One quote: its fields, then every rendering side by side, each diffed against the canonical wording. */
export function QuoteDetail({
  quote,
  library,
  search,
  client,
  act,
  busy,
  onDeleted,
  onUnsaved,
}: {
  quote: Quote;
  library: LibraryData;
  search: LibrarySearch;
  client: LibraryClient;
  act: Act;
  busy: boolean;
  onDeleted(): void;
  /** Told whenever the form starts or stops holding unsaved changes, so leaving it can ask first. */
  onUnsaved?(unsaved: boolean): void;
}) {
  const [draft, setDraft] = useState<Editable>(editable(quote));
  const [tagsText, setTagsText] = useState(quote.tags.join(', '));
  const [editing, setEditing] = useState<string | null>(null);
  const [editingSpeaker, setEditingSpeaker] = useState(false);
  const [picking, setPicking] = useState<{ kind: 'merge' } | { kind: 'move'; rendering: Rendering } | null>(
    null,
  );
  /** The button that opened the picker, to give the focus back when it closes. */
  const opener = useRef<HTMLElement | null>(null);
  const openPicker = (next: NonNullable<typeof picking>, button: EventTarget | null) => {
    opener.current = button instanceof HTMLElement ? button : null;
    setPicking(next);
  };
  const closePicker = () => {
    setPicking(null);
    opener.current?.focus();
  };
  const saved = JSON.stringify(editable(quote));
  // A saved change (or an undo) reloads the quote: start the form again from what is stored.
  useEffect(() => {
    setDraft(editable(quote));
    setTagsText(quote.tags.join(', '));
  }, [saved]);

  // Oldest first, undated last, then by outlet: the order in which the wording travelled.
  const renderings = library.renderings
    .filter((r) => r.quoteId === quote.id)
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.outlet.localeCompare(b.outlet));
  const speaker = library.speakers.find((s) => s.id === quote.speakerId) ?? null;
  const dirty = JSON.stringify(draft) !== saved;
  useEffect(() => {
    onUnsaved?.(dirty);
    return () => onUnsaved?.(false);
  }, [dirty]);
  const set = (patch: Partial<Editable>) => setDraft({ ...draft, ...patch });
  const text = (value: string) => (value.trim() ? value : null);

  return (
    <article class="quote-detail" data-quote-id={quote.id} aria-labelledby="quote-speaker">
      <header class="detail-head">
        <h2 id="quote-speaker">{speaker?.name ?? 'Unknown speaker'}</h2>
        {speaker ? (
          <button
            type="button"
            class="link"
            onClick={() => setEditingSpeaker(!editingSpeaker)}
            aria-expanded={editingSpeaker}
          >
            {editingSpeaker ? 'Close speaker' : 'Edit speaker'}
          </button>
        ) : null}
      </header>
      <p class="muted origin">{originLabel(quote).replace(/^./, (c) => c.toUpperCase())}</p>
      {speaker?.aliases.length && !editingSpeaker ? (
        <p class="muted aliases">Also called: {speaker.aliases.join(' · ')}</p>
      ) : null}
      {speaker && editingSpeaker ? (
        <SpeakerEditor
          key={speaker.id + JSON.stringify(speaker)}
          speaker={speaker}
          onCancel={() => setEditingSpeaker(false)}
          onSave={(next) =>
            act('Saving the speaker', async () => {
              await client.saveSpeaker(next);
              setEditingSpeaker(false);
              return 'Saved the speaker.';
            })
          }
        />
      ) : null}
      <form
        class="quote-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act('Saving the quote', async () => {
            await client.saveQuote({ ...quote, ...draft });
            return 'Saved the quote.';
          });
        }}
      >
        <label class="field">
          <span>Canonical wording</span>
          <textarea
            rows={3}
            required
            value={draft.canonical}
            onInput={(e) => set({ canonical: (e.target as HTMLTextAreaElement).value })}
          />
        </label>
        <label class="field">
          <span>Why this wording is canonical</span>
          <input
            value={draft.canonicalReason}
            onInput={(e) => set({ canonicalReason: (e.target as HTMLInputElement).value })}
          />
        </label>
        <div class="row">
          <label class="field">
            <span>Speaker</span>
            <select
              value={draft.speakerId}
              onChange={(e) => set({ speakerId: (e.target as HTMLSelectElement).value })}
            >
              {[...library.speakers]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
          </label>
          <label class="field">
            <span>Date of the remark</span>
            <input
              type="date"
              value={draft.date ?? ''}
              onInput={(e) => set({ date: (e.target as HTMLInputElement).value || null })}
            />
          </label>
        </div>
        <label class="field">
          <span>Event</span>
          <input
            value={draft.event ?? ''}
            placeholder="Where and when it was said, e.g. “Speech in Warsaw, 26 March 2025”"
            onInput={(e) => set({ event: text((e.target as HTMLInputElement).value) })}
          />
        </label>
        <label class="field">
          <span>Primary source (transcript, video…)</span>
          <input
            value={draft.primarySource ?? ''}
            placeholder="A link to the transcript or recording, if there is one"
            onInput={(e) => set({ primarySource: text((e.target as HTMLInputElement).value) })}
          />
        </label>
        <label class="field">
          <span>Tags (separated by commas)</span>
          <input
            value={tagsText}
            onInput={(e) => {
              const value = (e.target as HTMLInputElement).value;
              setTagsText(value);
              set({
                tags: value
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              });
            }}
          />
        </label>
        <div class="actions">
          <button type="submit" class="primary" disabled={!dirty || busy}>
            Save
          </button>
          <button
            type="button"
            disabled={!dirty}
            onClick={() => {
              setDraft(editable(quote));
              setTagsText(quote.tags.join(', '));
            }}
          >
            Discard changes
          </button>
          {quote.origin === 'captured' ? (
            <button
              type="button"
              class="primary keep"
              disabled={busy}
              onClick={() =>
                act('Keeping the quote', async () => {
                  await client.keepQuote(quote.id);
                  return 'Kept in your library: forgetting pages or the storage cap no longer removes it.';
                })
              }
            >
              Keep in library
            </button>
          ) : null}
          <button
            type="button"
            disabled={busy}
            aria-expanded={picking?.kind === 'merge'}
            onClick={(e) => openPicker({ kind: 'merge' }, e.currentTarget)}
          >
            Merge another quote into this…
          </button>
          <button
            type="button"
            class="danger"
            disabled={busy}
            onClick={() =>
              act('Deleting the quote', async () => {
                await client.deleteQuote(quote.id);
                onDeleted();
                return `Deleted the quote and its ${renderings.length} rendering${renderings.length === 1 ? '' : 's'}. Undo brings them back.`;
              })
            }
          >
            Delete quote
          </button>
        </div>
      </form>
      {picking ? (
        <QuotePicker
          search={search}
          exclude={quote.id}
          speakerId={quote.speakerId}
          title={
            picking.kind === 'merge'
              ? 'Merge which quote into this one? Its renderings move here and it is removed.'
              : `Move ${picking.rendering.outlet}’s rendering to which quote?`
          }
          onCancel={closePicker}
          onPick={(other) => {
            closePicker();
            if (picking.kind === 'merge') {
              const moving = library.renderings.filter((r) => r.quoteId === other.id).length;
              void act('Merging', async () => {
                await client.mergeQuotes(quote.id, other.id);
                return `Merged “${clip(other.canonical)}” into this quote; ${moving} rendering${moving === 1 ? '' : 's'} moved here.`;
              });
            } else {
              const rendering = picking.rendering;
              void act('Moving the rendering', async () => {
                await client.moveRendering(rendering.id, other.id);
                return `Moved ${rendering.outlet}’s rendering to “${clip(other.canonical)}”.`;
              });
            }
          }}
        />
      ) : null}
      <h3>
        Renderings <span class="muted">({renderings.length})</span>
      </h3>
      {renderings.length === 0 && editing !== 'new' ? (
        <p class="muted">No outlet’s wording yet. Add one below, or use “Add to Verbatim” on a news page.</p>
      ) : null}
      <div class="rendering-grid">
        {renderings.map((r) =>
          editing === r.id ? (
            <RenderingEditor
              key={r.id}
              rendering={r}
              onCancel={() => setEditing(null)}
              onSave={(next) =>
                act('Saving the rendering', async () => {
                  await client.saveRendering(next);
                  setEditing(null);
                  return `Saved ${next.outlet}’s rendering.`;
                })
              }
            />
          ) : (
            <RenderingCard
              key={r.id}
              rendering={r}
              canonical={quote.canonical}
              busy={busy}
              onEdit={() => setEditing(r.id)}
              onMove={(button) => openPicker({ kind: 'move', rendering: r }, button)}
              onDelete={() =>
                act('Deleting the rendering', async () => {
                  await client.deleteRendering(r.id);
                  return `Deleted ${r.outlet}’s rendering. Undo brings it back.`;
                })
              }
            />
          ),
        )}
        {editing === 'new' ? (
          <RenderingEditor
            rendering={null}
            quoteId={quote.id}
            onCancel={() => setEditing(null)}
            onSave={(next) =>
              act('Adding the rendering', async () => {
                await client.addRendering(next);
                setEditing(null);
                return `Added ${next.outlet}’s rendering.`;
              })
            }
          />
        ) : (
          <button type="button" class="add-rendering" disabled={busy} onClick={() => setEditing('new')}>
            + Add a rendering
          </button>
        )}
      </div>
    </article>
  );
}

/** Compares a rendering with the canonical wording; a failure shows as "not compared" rather than breaking the page. */
function safeCompare(r: Rendering, canonical: string): Comparison | null {
  try {
    return compare(r.text, canonical, r.form, 'direct');
  } catch {
    return null;
  }
}

function RenderingCard({
  rendering: r,
  canonical,
  busy,
  onEdit,
  onMove,
  onDelete,
}: {
  rendering: Rendering;
  canonical: string;
  busy: boolean;
  onEdit(): void;
  onMove(button: EventTarget | null): void;
  onDelete(): void;
}) {
  const comparison = safeCompare(r, canonical);
  const meta = [
    r.date ? formatDay(r.date) : null,
    r.form,
    r.translated ? `translated (${r.language})` : r.language,
    originLabel(r),
  ].filter(Boolean);
  return (
    <section class="rendering-card" data-rendering-id={r.id} aria-label={`${r.outlet}’s wording`}>
      <div class="rendering-head">
        <strong>{r.outlet}</strong> {comparison ? <VerdictChip kind={comparison.verdict} /> : null}
      </div>
      <p class="muted meta">
        {meta.join(' · ')}
        {webLink(r.url) ? (
          <>
            {' · '}
            <a href={webLink(r.url) ?? undefined} target="_blank" rel="noopener noreferrer">
              source
            </a>
          </>
        ) : null}
      </p>
      {comparison ? (
        <>
          <DriftDiff parts={comparison.diff} label={comparison.explanation} />
          <p class="muted explain">{comparison.explanation}</p>
        </>
      ) : (
        <p class="diff">{r.text}</p>
      )}
      <div class="actions">
        <button type="button" disabled={busy} onClick={onEdit} aria-label={`Edit ${r.outlet}’s rendering`}>
          Edit
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={(e) => onMove(e.currentTarget)}
          aria-label={`Move ${r.outlet}’s rendering to another quote`}
        >
          Move…
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy}
          onClick={onDelete}
          aria-label={`Delete ${r.outlet}’s rendering`}
        >
          Delete
        </button>
      </div>
    </section>
  );
}

/** A speaker's name and the titles that stand for them in copy, one per line. */
function SpeakerEditor({
  speaker,
  onSave,
  onCancel,
}: {
  speaker: Speaker;
  onSave(next: Speaker): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(speaker.name);
  const [aliases, setAliases] = useState(speaker.aliases.join('\n'));
  return (
    <form
      class="speaker-editor"
      aria-label="Edit speaker"
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({
          ...speaker,
          name,
          aliases: aliases
            .split('\n')
            .map((a) => a.trim())
            .filter(Boolean),
        });
      }}
    >
      <label class="field">
        <span>Name</span>
        <input required value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>Also called (one per line, e.g. “the NATO chief”)</span>
        <textarea
          rows={4}
          value={aliases}
          onInput={(e) => setAliases((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          Save speaker
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
