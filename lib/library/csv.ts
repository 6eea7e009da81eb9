import Papa from 'papaparse';
import { nameKey } from './dedupe';
import { librarySchemas, validateLibraryValue } from './file-format';
import {
  LIBRARY_FORMAT,
  LIBRARY_FORMAT_VERSION,
  type LibraryFile,
  type Quote,
  type Rendering,
  type Speaker,
} from './model';

/**
 * The CSV columns, in order: one row per rendering carrying its quote's and
 * speaker's fields. A quote without renderings gets one row with the
 * rendering columns empty, a speaker without quotes one row with only the
 * speaker columns, so a CSV export holds the whole library.
 */
export const CSV_COLUMNS = [
  'speaker_id',
  'speaker_name',
  'speaker_aliases',
  'speaker_origin',
  'speaker_edited',
  'quote_id',
  'quote_canonical',
  'quote_canonical_reason',
  'quote_event',
  'quote_date',
  'quote_primary_source',
  'quote_tags',
  'quote_origin',
  'quote_edited',
  'rendering_id',
  'rendering_outlet',
  'rendering_url',
  'rendering_date',
  'rendering_text',
  'rendering_form',
  'rendering_language',
  'rendering_translated',
  'rendering_origin',
  'rendering_edited',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** Lists (aliases, tags) in one cell, separated by " | ". */
const LIST_SEPARATOR = ' | ';

const list = (values: string[]) => values.join(LIST_SEPARATOR);
const bool = (value: boolean) => (value ? 'true' : 'false');

function speakerCells(s: Speaker): Row {
  return {
    speaker_id: s.id,
    speaker_name: s.name,
    speaker_aliases: list(s.aliases),
    speaker_origin: s.origin,
    speaker_edited: bool(s.edited),
  };
}

function quoteCells(q: Quote): Row {
  return {
    quote_id: q.id,
    quote_canonical: q.canonical,
    quote_canonical_reason: q.canonicalReason,
    quote_event: q.event ?? '',
    quote_date: q.date ?? '',
    quote_primary_source: q.primarySource ?? '',
    quote_tags: list(q.tags),
    quote_origin: q.origin,
    quote_edited: bool(q.edited),
  };
}

function renderingCells(r: Rendering): Row {
  return {
    rendering_id: r.id,
    rendering_outlet: r.outlet,
    rendering_url: r.url ?? '',
    rendering_date: r.date ?? '',
    rendering_text: r.text,
    rendering_form: r.form,
    rendering_language: r.language,
    rendering_translated: bool(r.translated),
    rendering_origin: r.origin,
    rendering_edited: bool(r.edited),
  };
}

/** The library as CSV, for spreadsheets; the JSON file stays the lossless format. */
export function libraryToCsv(file: LibraryFile): string {
  const byQuote = new Map<string, Rendering[]>();
  for (const r of file.renderings) byQuote.set(r.quoteId, [...(byQuote.get(r.quoteId) ?? []), r]);
  const quoted = new Set(file.quotes.map((q) => q.speakerId));
  const speakers = new Map(file.speakers.map((s) => [s.id, s]));
  const rows: Row[] = [];
  for (const s of file.speakers) if (!quoted.has(s.id)) rows.push(speakerCells(s));
  for (const q of file.quotes) {
    const speaker = speakers.get(q.speakerId);
    const head = { ...(speaker ? speakerCells(speaker) : {}), ...quoteCells(q) };
    const renderings = byQuote.get(q.id) ?? [];
    if (!renderings.length) rows.push(head);
    for (const r of renderings) rows.push({ ...head, ...renderingCells(r) });
  }
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((row) => CSV_COLUMNS.map((c) => row[c] ?? '')) },
    {
      newline: '\n',
      // A cell starting with = + - @ would run as a formula in a spreadsheet; papaparse prefixes a quote mark.
      escapeFormulae: true,
    },
  );
}

const FIELD_COLUMN: Record<'speakers' | 'quotes' | 'renderings', Record<string, Column | undefined>> = {
  speakers: {
    id: 'speaker_id',
    name: 'speaker_name',
    aliases: 'speaker_aliases',
    origin: 'speaker_origin',
    edited: 'speaker_edited',
  },
  quotes: {
    id: 'quote_id',
    speakerId: 'speaker_id',
    canonical: 'quote_canonical',
    canonicalReason: 'quote_canonical_reason',
    event: 'quote_event',
    date: 'quote_date',
    primarySource: 'quote_primary_source',
    tags: 'quote_tags',
    origin: 'quote_origin',
    edited: 'quote_edited',
  },
  renderings: {
    id: 'rendering_id',
    quoteId: 'quote_id',
    outlet: 'rendering_outlet',
    url: 'rendering_url',
    date: 'rendering_date',
    text: 'rendering_text',
    form: 'rendering_form',
    language: 'rendering_language',
    translated: 'rendering_translated',
    origin: 'rendering_origin',
    edited: 'rendering_edited',
  },
};

/** Undoes the export's formula guard: a quote mark before = + - @ tab or CR was added by us. */
function unescapeFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** An id for a CSV row that has none, stable within the file (same name, same wording → same id). */
function derivedId(kind: 's' | 'q' | 'r', ...parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return `${kind}-csv-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * Reads a CSV library (columns as CSV_COLUMNS; only speaker_name,
 * quote_canonical, rendering_outlet and rendering_text are needed, the rest
 * default). Each error names its row (as a spreadsheet numbers it) and
 * column. Rows of one quote must agree on the quote's fields.
 */
export function parseLibraryCsv(
  text: string,
): { ok: true; file: LibraryFile } | { ok: false; errors: string[] } {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const columns = parsed.meta.fields ?? [];
  const missing = (['speaker_name', 'quote_canonical'] as const).filter(
    (needed) => !columns.includes(needed),
  );
  // Without the header the rows cannot be read at all: say what the file is not, and which columns it lacks.
  if (missing.length)
    return {
      ok: false,
      errors: [
        `this is not a Verbatim library CSV: its first line must name the columns (${CSV_COLUMNS.slice(0, 4).join(', ')}, …)`,
        ...missing.map((needed) => `header: the column "${needed}" is missing`),
      ],
    };
  // A file of one column has no delimiter to find: Papa Parse's guess is no error of the file's.
  const errors: string[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .sort((a, b) => (a.row ?? -1) - (b.row ?? -1))
    .map((e) => `${e.row !== undefined ? `row ${e.row + 2}: ` : ''}${e.message}`);
  if (errors.length) return { ok: false, errors: errors.slice(0, 100) };

  const speakers = new Map<string, { record: Speaker; row: number }>();
  const quotes = new Map<string, { record: Quote; row: number }>();
  const renderings: Rendering[] = [];
  const cell = (row: Row, column: Column) => unescapeFormula((row[column] ?? '').trim());
  const nullable = (row: Row, column: Column) => cell(row, column) || null;
  const items = (row: Row, column: Column) =>
    cell(row, column)
      .split('|')
      .map((v) => v.trim())
      .filter(Boolean);
  const flag = (row: Row, column: Column): unknown => {
    const v = cell(row, column).toLowerCase();
    return v === '' || v === 'false' ? false : v === 'true' ? true : v;
  };
  const check = (kind: keyof typeof FIELD_COLUMN, record: unknown, rowNumber: number, label: string) => {
    const result = librarySchemas[kind as 'speakers'].safeParse(record);
    if (result.success) return true;
    for (const issue of result.error.issues) {
      const column = FIELD_COLUMN[kind][String(issue.path[0])] ?? String(issue.path[0]);
      errors.push(`row ${rowNumber} (${label}).${column}: ${issue.message}`);
    }
    return false;
  };
  const agree = <T>(
    kind: 'speaker' | 'quote',
    id: string,
    first: { record: T; row: number },
    record: T,
    rowNumber: number,
  ) => {
    for (const [field, value] of Object.entries(record as object)) {
      if (JSON.stringify((first.record as Record<string, unknown>)[field]) !== JSON.stringify(value))
        errors.push(
          `row ${rowNumber} (${kind} id ${JSON.stringify(id)}).${FIELD_COLUMN[`${kind}s`][field] ?? field}: differs from row ${first.row}`,
        );
    }
  };

  parsed.data.forEach((row, index) => {
    const rowNumber = index + 2;
    const name = cell(row, 'speaker_name');
    const speaker = {
      id: cell(row, 'speaker_id') || derivedId('s', nameKey(name)),
      name,
      aliases: items(row, 'speaker_aliases'),
      origin: cell(row, 'speaker_origin') || 'user',
      edited: flag(row, 'speaker_edited'),
    } as Speaker;
    if (!check('speakers', speaker, rowNumber, `speaker id ${JSON.stringify(speaker.id)}`)) return;
    const knownSpeaker = speakers.get(speaker.id);
    if (knownSpeaker) agree('speaker', speaker.id, knownSpeaker, speaker, rowNumber);
    else speakers.set(speaker.id, { record: speaker, row: rowNumber });

    const canonical = cell(row, 'quote_canonical');
    if (!canonical && !cell(row, 'quote_id') && !cell(row, 'rendering_text')) return;
    const quote = {
      id: cell(row, 'quote_id') || derivedId('q', speaker.id, canonical),
      speakerId: speaker.id,
      canonical,
      canonicalReason: cell(row, 'quote_canonical_reason'),
      event: nullable(row, 'quote_event'),
      date: nullable(row, 'quote_date'),
      primarySource: nullable(row, 'quote_primary_source'),
      tags: items(row, 'quote_tags'),
      origin: cell(row, 'quote_origin') || 'user',
      edited: flag(row, 'quote_edited'),
    } as Quote;
    if (!check('quotes', quote, rowNumber, `quote id ${JSON.stringify(quote.id)}`)) return;
    const knownQuote = quotes.get(quote.id);
    if (knownQuote) agree('quote', quote.id, knownQuote, quote, rowNumber);
    else quotes.set(quote.id, { record: quote, row: rowNumber });

    const printed = cell(row, 'rendering_text');
    if (!printed && !cell(row, 'rendering_id') && !cell(row, 'rendering_outlet')) return;
    const outlet = cell(row, 'rendering_outlet');
    const rendering = {
      id: cell(row, 'rendering_id') || derivedId('r', quote.id, outlet, printed),
      quoteId: quote.id,
      outlet,
      url: nullable(row, 'rendering_url'),
      date: nullable(row, 'rendering_date'),
      text: printed,
      form: cell(row, 'rendering_form') || 'direct',
      language: cell(row, 'rendering_language') || 'en',
      translated: flag(row, 'rendering_translated'),
      origin: cell(row, 'rendering_origin') || 'user',
      edited: flag(row, 'rendering_edited'),
    } as Rendering;
    if (check('renderings', rendering, rowNumber, `rendering id ${JSON.stringify(rendering.id)}`))
      renderings.push(rendering);
  });
  if (errors.length)
    return {
      ok: false,
      errors:
        errors.length > 100 ? [...errors.slice(0, 100), `… and ${errors.length - 100} more errors`] : errors,
    };
  return validateLibraryValue({
    format: LIBRARY_FORMAT,
    version: LIBRARY_FORMAT_VERSION,
    speakers: [...speakers.values()].map((s) => s.record),
    quotes: [...quotes.values()].map((q) => q.record),
    renderings,
  });
}
