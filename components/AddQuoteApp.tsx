import { useEffect, useState } from 'preact/hooks';
import type { Match } from '../lib/match/types';
import { sendMessage, type AddFormData } from '../lib/messaging';
import { FormSelect, PublicationFields } from './PrintedFields';
import { VerdictChip } from './VerdictChip';

const EMPTY: AddFormData = { text: '', url: '', outlet: '', date: null, speaker: null, form: 'direct' };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Add to Verbatim": the selection, prefilled with what the page says about
 * itself, attached to a suggested library quote or made into a new one.
 */
export function AddQuoteApp({ token }: { token: string }) {
  const [draft, setDraft] = useState<AddFormData | null>(null);
  const [expired, setExpired] = useState(false);
  const [speakers, setSpeakers] = useState<string[]>([]);
  const [suggestions, setSuggestions] = useState<Match[] | null>(null);
  const [target, setTarget] = useState<string>('new');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saved, setSaved] = useState<{ quoteId: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void (async () => {
      const data = await sendMessage('getAddForm', { token }).catch(() => null);
      setExpired(!data);
      setDraft(data ?? EMPTY);
      setSpeakers((await sendMessage('getSpeakerHints').catch(() => [])).map((s) => s.name));
      if (!data?.text) return setSuggestions([]);
      const found = await sendMessage('suggestQuotes', { text: data.text, url: data.url }).catch(() => []);
      setSuggestions(found);
      if (found[0]?.confidence === 'confident') setTarget(found[0].quoteId);
    })();
  }, [token]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && window.close();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!draft) return <p class="muted add-form">Loading…</p>;
  const set = (patch: Partial<AddFormData>) => setDraft({ ...draft, ...patch });

  const save = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      const result = await sendMessage('addRendering', {
        quoteId: target === 'new' ? null : target,
        speakerName: target === 'new' ? draft.speaker : null,
        text: draft.text,
        outlet: draft.outlet,
        url: draft.url.trim() || null,
        date: draft.date,
        form: draft.form,
        origin: 'user',
      });
      setSaved({ quoteId: result.quoteId });
      const chosen = suggestions?.find((m) => m.quoteId === target);
      setStatus({
        kind: 'ok',
        text: chosen
          ? `Saved as ${draft.outlet}’s wording of ${chosen.speaker}’s quote.`
          : `Saved as a new quote by ${draft.speaker}.`,
      });
    } catch (error) {
      setStatus({ kind: 'error', text: `Could not save: ${message(error)}` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="add-form" onSubmit={save} aria-labelledby="add-title">
      <h1 id="add-title">Add to Verbatim</h1>
      {expired ? (
        <p class="notice error" role="alert">
          This form’s page details are no longer available. Fill the fields in, or select the text on the page
          again and choose “Add to Verbatim”.
        </p>
      ) : null}
      <label class="field">
        <span>Quote as printed</span>
        <textarea
          required
          rows={4}
          value={draft.text}
          onInput={(e) => set({ text: (e.target as HTMLTextAreaElement).value })}
        />
      </label>
      <fieldset class="targets">
        <legend>Attach it to</legend>
        {suggestions === null ? <p class="muted">Looking for this quote in your library…</p> : null}
        {suggestions?.length === 0 ? <p class="muted">Nothing like it in your library yet.</p> : null}
        {suggestions?.map((m) => (
          <label key={m.quoteId} class="check target">
            <input
              type="radio"
              name="target"
              value={m.quoteId}
              checked={target === m.quoteId}
              onChange={() => setTarget(m.quoteId)}
            />{' '}
            <VerdictChip kind={m.verdict} confidence={m.confidence} /> “{m.canonical}”{' '}
            <span class="muted">— {m.speaker}</span>
          </label>
        ))}
        <label class="check target">
          <input
            type="radio"
            name="target"
            value="new"
            checked={target === 'new'}
            onChange={() => setTarget('new')}
          />{' '}
          A new quote
        </label>
      </fieldset>
      <div class="row">
        <label class="field">
          <span>{target === 'new' ? 'Speaker' : 'Speaker (the chosen quote’s speaker is kept)'}</span>
          <input
            name="speaker"
            list="verbatim-speakers"
            required={target === 'new'}
            disabled={target !== 'new'}
            placeholder="Who said it"
            value={draft.speaker ?? ''}
            onInput={(e) => set({ speaker: (e.target as HTMLInputElement).value || null })}
          />
          <datalist id="verbatim-speakers">
            {speakers.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <FormSelect value={draft.form} onChange={(form) => set({ form })} />
      </div>
      <PublicationFields value={draft} onChange={set} />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving || saved !== null}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        {saved ? (
          <button
            type="button"
            onClick={() =>
              void sendMessage('openInLibrary', { quoteId: saved.quoteId }).then(() => window.close())
            }
          >
            Open in the library
          </button>
        ) : null}
        <button type="button" onClick={() => window.close()}>
          {saved ? 'Close' : 'Cancel'}
        </button>
      </div>
      <p
        class={`status ${status?.kind ?? ''}`}
        role={status?.kind === 'error' ? 'alert' : 'status'}
        aria-live="polite"
      >
        {status?.text}
      </p>
    </form>
  );
}
