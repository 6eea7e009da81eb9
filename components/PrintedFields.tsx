import { FORMS, type Form } from '../lib/library/model';

const FORM_LABELS: Record<Form, string> = {
  direct: 'direct (in full quote marks)',
  partial: 'partial (a fragment in quote marks)',
  reported: 'reported (indirect speech)',
};

/** How the outlet printed the words; the same choices wherever a rendering is written. */
export function FormSelect({ value, onChange }: { value: Form; onChange(form: Form): void }) {
  return (
    <label class="field">
      <span>Form</span>
      <select
        name="form"
        value={value}
        onChange={(e) => onChange((e.target as HTMLSelectElement).value as Form)}
      >
        {FORMS.map((f) => (
          <option key={f} value={f}>
            {FORM_LABELS[f]}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface Publication {
  outlet: string;
  date: string | null;
  url: string;
}

/**
 * Where a rendering was printed: outlet, day and address, as the add-from-page
 * form and the manager's rendering editor both ask for them.
 */
export function PublicationFields({
  value,
  onChange,
}: {
  value: Publication;
  onChange(patch: Partial<Publication>): void;
}) {
  return (
    <>
      <div class="row">
        <label class="field">
          <span>Outlet</span>
          <input
            name="outlet"
            required
            value={value.outlet}
            onInput={(e) => onChange({ outlet: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label class="field">
          <span>Published</span>
          <input
            name="date"
            type="date"
            value={value.date ?? ''}
            onInput={(e) => onChange({ date: (e.target as HTMLInputElement).value || null })}
          />
        </label>
      </div>
      <label class="field">
        <span>URL</span>
        <input
          name="url"
          type="url"
          value={value.url}
          onInput={(e) => onChange({ url: (e.target as HTMLInputElement).value })}
        />
      </label>
    </>
  );
}
