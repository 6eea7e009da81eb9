import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Rendering } from '../lib/library/model';
import { FormSelect, PublicationFields } from './PrintedFields';

export type RenderingDraft = Omit<Rendering, 'id' | 'origin' | 'edited'> & { id?: string };

/** Edits one rendering, or drafts a new one for `quoteId`; Escape cancels. */
export function RenderingEditor({
  rendering,
  quoteId,
  onSave,
  onCancel,
}: {
  rendering: Rendering | null;
  quoteId?: string;
  onSave(next: RenderingDraft): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<RenderingDraft>(() => {
    if (!rendering)
      return {
        quoteId: quoteId ?? '',
        outlet: '',
        url: null,
        date: null,
        text: '',
        form: 'direct',
        language: 'en',
        translated: false,
      };
    const { origin: _origin, edited: _edited, ...fields } = rendering;
    return fields;
  });
  const set = (patch: Partial<RenderingDraft>) => setDraft({ ...draft, ...patch });
  const textBox = useRef<HTMLTextAreaElement>(null);
  // `autoFocus` only works while a page loads; the editor opens later, on a click.
  // A layout effect focuses before the next paint, so no keystroke typed right away is lost.
  useLayoutEffect(() => textBox.current?.focus(), []);
  return (
    <form
      class="rendering-card editing"
      aria-label={rendering ? `Edit ${rendering.outlet}’s rendering` : 'New rendering'}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <label class="field">
        <span>Text as printed</span>
        <textarea
          required
          rows={3}
          ref={textBox}
          value={draft.text}
          onInput={(e) => set({ text: (e.target as HTMLTextAreaElement).value })}
        />
      </label>
      <PublicationFields
        value={{ ...draft, url: draft.url ?? '' }}
        onChange={({ url, ...patch }) =>
          set(url === undefined ? patch : { ...patch, url: url.trim() || null })
        }
      />
      <div class="row">
        <FormSelect value={draft.form} onChange={(form) => set({ form })} />
        <label class="field narrow">
          <span>Language</span>
          <input
            required
            pattern="[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"
            title="A language tag such as en, de or pt-BR"
            value={draft.language}
            onInput={(e) => set({ language: (e.target as HTMLInputElement).value.trim() })}
          />
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={draft.translated}
            onChange={(e) => set({ translated: (e.target as HTMLInputElement).checked })}
          />{' '}
          Translated
        </label>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
