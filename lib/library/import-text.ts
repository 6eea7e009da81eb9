import { parseLibraryCsv } from './csv';
import type { AppDB } from './db';
import { MAX_LIBRARY_CHARS, parseLibraryFile } from './file-format';
import { importLibrary, type ImportSummary } from './import';
import type { LibraryFile } from './model';
import type { LibraryChange } from './undo';

/** A refused import: every reason, each naming its record (or CSV row) and field. */
export class ImportError extends Error {
  constructor(
    readonly fileName: string,
    readonly errors: string[],
  ) {
    super(`${fileName} was not imported; nothing changed.\n${errors.join('\n')}`);
    this.name = 'ImportError';
  }
}

/** CSV when the name says so, or when the text does not start like JSON. */
export function looksLikeCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  return !/^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
}

/** Parses either format into a validated library file, or throws ImportError with every problem. */
export function readLibraryText(name: string, text: string): LibraryFile {
  if (text.length > MAX_LIBRARY_CHARS) {
    const result = parseLibraryFile(text);
    if (!result.ok) throw new ImportError(name, result.errors);
  }
  const result = looksLikeCsv(name, text) ? parseLibraryCsv(text) : parseLibraryFile(text);
  if (!result.ok) throw new ImportError(name, result.errors);
  return result.file;
}

/**
 * The manager's import: validate everything first, then write in one
 * transaction. A bad file throws before anything is written; a failure while
 * writing rolls the whole transaction back.
 */
export async function importLibraryText(
  db: AppDB,
  name: string,
  text: string,
): Promise<{ result: ImportSummary; changed: LibraryChange }> {
  return importLibrary(db, readLibraryText(name, text), `import ${name}`);
}

/** One line a person can read after an import. */
export function describeImport(name: string, s: ImportSummary): string {
  const added = s.added.speakers + s.added.quotes + s.added.renderings;
  const merged = s.merged.speakers + s.merged.quotes + s.merged.renderings;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const known = [
    count(s.merged.quotes, 'quote'),
    count(s.merged.renderings, 'rendering'),
    count(s.merged.speakers, 'speaker'),
  ];
  const parts = [
    `Imported ${name}: ${s.added.quotes} new quote${s.added.quotes === 1 ? '' : 's'}, ` +
      `${s.added.renderings} new rendering${s.added.renderings === 1 ? '' : 's'}, ${s.added.speakers} new speaker${s.added.speakers === 1 ? '' : 's'}`,
  ];
  if (merged) parts.push(`already in your library, merged, not doubled: ${known.join(', ')}`);
  if (s.kept.length)
    parts.push(
      `${s.kept.length} field${s.kept.length === 1 ? '' : 's'} differed and your version was kept: ${s.kept.slice(0, 5).join(', ')}${s.kept.length > 5 ? ', …' : ''}`,
    );
  if (!added && !merged) parts.push('the file was empty');
  return `${parts.join('; ')}.`;
}
