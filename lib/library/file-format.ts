import { z } from 'zod';
import type { AppDB } from './db';
import { FORMS, LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, ORIGINS, type LibraryFile } from './model';

/** Larger files are refused before parsing, so a stray huge file cannot freeze the manager. */
export const MAX_LIBRARY_CHARS = 40 * 1024 * 1024;
/** Past this many, errors are summarised: nobody reads ten thousand lines, and the first ones show the pattern. */
const MAX_ERRORS = 100;

const isoDate = z.string({ error: 'expected YYYY-MM-DD' }).superRefine((value, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'expected YYYY-MM-DD' });
  else if (
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  )
    ctx.addIssue({ code: 'custom', message: 'expected a real calendar date (YYYY-MM-DD)' });
});
const id = z.string({ error: 'expected a string id' }).trim().min(1, { error: 'expected a non-empty id' });
const text = (what: string) => z.string({ error: `expected ${what} as a string` });
const nonEmpty = (what: string) =>
  text(what).refine((s) => s.trim().length > 0, { error: `${what} is empty` });
const origin = z.enum(ORIGINS as [string, ...string[]], { error: `expected one of ${ORIGINS.join(', ')}` });
const flag = z.boolean({ error: 'expected true or false' });
const strings = z.array(z.string({ error: 'expected a string' }), { error: 'expected an array of strings' });

const speakerSchema = z.object({
  id,
  name: nonEmpty('a name'),
  aliases: strings,
  origin,
  edited: flag,
});

const quoteSchema = z.object({
  id,
  speakerId: id,
  canonical: nonEmpty('the canonical wording'),
  canonicalReason: text('a reason'),
  event: text('an event').nullable(),
  date: isoDate.nullable(),
  primarySource: text('a primary source').nullable(),
  tags: strings,
  origin,
  edited: flag,
});

const renderingSchema = z.object({
  id,
  quoteId: id,
  outlet: nonEmpty('an outlet'),
  // Only web addresses: a rendering's URL becomes a link in cards and the manager.
  url: text('a URL')
    .refine((value) => /^https?:\/\//i.test(value), { error: 'expected an http(s) URL' })
    .nullable(),
  date: isoDate.nullable(),
  text: nonEmpty('the printed text'),
  form: z.enum(FORMS as [string, ...string[]], { error: `expected one of ${FORMS.join(', ')}` }),
  language: nonEmpty('a BCP 47 language tag'),
  translated: flag,
  origin,
  edited: flag,
});

/** The file's records, validated one by one so each error can name its record. */
export const librarySchemas = { speakers: speakerSchema, quotes: quoteSchema, renderings: renderingSchema };

type Section = keyof typeof librarySchemas;
const SECTIONS: Section[] = ['speakers', 'quotes', 'renderings'];

/** `renderings[12] (id "x")`: the name an error gives its record. */
export function recordName(section: string, index: number, raw: unknown): string {
  const rid = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof rid === 'string'
    ? `${section}[${index}] (id ${JSON.stringify(rid)})`
    : `${section}[${index}]`;
}

function fieldPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** An error list that stops growing at MAX_ERRORS but still counts the rest. */
class Errors {
  readonly list: string[] = [];
  private extra = 0;
  add(message: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push(message);
    else this.extra++;
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  result(): string[] {
    return this.extra
      ? [...this.list, `… and ${this.extra} more error${this.extra === 1 ? '' : 's'}`]
      : this.list;
  }
}

/** Ids unique per section, and every reference resolving inside the file: a file stands on its own. */
function checkReferences(file: LibraryFile, errors: Errors): void {
  const seen = new Map<Section, Set<string>>();
  for (const section of SECTIONS) {
    const ids = new Set<string>();
    file[section].forEach((record, i) => {
      if (ids.has(record.id))
        errors.add(`${recordName(section, i, record)}.id: the id appears more than once`);
      ids.add(record.id);
    });
    seen.set(section, ids);
  }
  file.quotes.forEach((q, i) => {
    if (!seen.get('speakers')?.has(q.speakerId))
      errors.add(
        `${recordName('quotes', i, q)}.speakerId: no speaker ${JSON.stringify(q.speakerId)} in the file`,
      );
  });
  file.renderings.forEach((r, i) => {
    if (!seen.get('quotes')?.has(r.quoteId))
      errors.add(
        `${recordName('renderings', i, r)}.quoteId: no quote ${JSON.stringify(r.quoteId)} in the file`,
      );
  });
}

/** Validates an already-parsed value as a library file; every error names its record and field. */
export function validateLibraryValue(
  value: unknown,
): { ok: true; file: LibraryFile } | { ok: false; errors: string[] } {
  const errors = new Errors();
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      errors: ['the file is not a JSON object: expected {"format": "verbatim-library", …}'],
    };
  }
  const top = value as Record<string, unknown>;
  if (top.format !== LIBRARY_FORMAT) {
    return {
      ok: false,
      errors: [
        top.format === undefined
          ? `this JSON file is not a Verbatim library: it has no "format": "${LIBRARY_FORMAT}" field (a file exported from Verbatim's library has one)`
          : `format: expected "${LIBRARY_FORMAT}", found ${JSON.stringify(top.format)}`,
      ],
    };
  }
  if (top.version !== LIBRARY_FORMAT_VERSION) {
    return {
      ok: false,
      errors: [
        typeof top.version === 'number' && top.version > LIBRARY_FORMAT_VERSION
          ? `version: the file is format version ${top.version}, made by a newer Verbatim; this one reads version ${LIBRARY_FORMAT_VERSION}`
          : `version: expected ${LIBRARY_FORMAT_VERSION}, found ${JSON.stringify(top.version) ?? 'nothing'}`,
      ],
    };
  }
  const out: Record<Section, unknown[]> = { speakers: [], quotes: [], renderings: [] };
  for (const section of SECTIONS) {
    const records = top[section];
    if (!Array.isArray(records)) {
      errors.add(
        `${section}: expected an array of records, found ${records === undefined ? 'nothing' : typeof records}`,
      );
      continue;
    }
    records.forEach((raw, i) => {
      const parsed = librarySchemas[section].safeParse(raw);
      if (parsed.success) out[section].push(parsed.data);
      else
        for (const issue of parsed.error.issues)
          errors.add(`${recordName(section, i, raw)}${fieldPath(issue.path)}: ${issue.message}`);
    });
  }
  if (errors.any) return { ok: false, errors: errors.result() };
  const file = { format: LIBRARY_FORMAT, version: LIBRARY_FORMAT_VERSION, ...out } as LibraryFile;
  checkReferences(file, errors);
  return errors.any ? { ok: false, errors: errors.result() } : { ok: true, file };
}

/**
 * Parses the one library file format (export, import, bundled data,
 * `--library`). Nothing half-valid gets through: either the whole file is a
 * library or the answer lists what is wrong, record by record.
 */
export function parseLibraryFile(
  text: string,
): { ok: true; file: LibraryFile } | { ok: false; errors: string[] } {
  if (text.length > MAX_LIBRARY_CHARS) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      errors: [
        `the file is ${mb(text.length)} MB; Verbatim reads library files up to ${mb(MAX_LIBRARY_CHARS)} MB`,
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /end of (JSON )?input|Unterminated|Unexpected end/i.test(reason);
    return {
      ok: false,
      errors: [`not valid JSON: ${reason}${truncated ? ' (the file looks truncated)' : ''}`],
    };
  }
  return validateLibraryValue(value);
}

/** The library as a file: every record, ids kept, in key order so two exports of one library are identical. */
export async function exportLibrary(db: AppDB): Promise<LibraryFile> {
  return db.transaction('r', db.speakers, db.quotes, db.renderings, async () => ({
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    speakers: await db.speakers.toArray(),
    quotes: await db.quotes.toArray(),
    renderings: await db.renderings.toArray(),
  }));
}

/** The file's text as export writes it: two-space JSON with a final newline. */
export function serializeLibrary(file: LibraryFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
