import { readFile } from 'node:fs/promises';
import bundled from '../library/bundled-library.json';
import { parseLibraryFile } from '../library/file-format';
import type { LibraryFile } from '../library/model';
import { runError } from './errors';

/** The bundled library unless `--library FILE` names another, validated the same way an import is. */
export async function loadLibraryFile(path: string | undefined): Promise<LibraryFile> {
  if (!path) return bundled as LibraryFile;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw runError(`cannot read library ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parseLibraryFile(text);
  if (!parsed.ok)
    throw runError(`malformed library ${path}: ${parsed.errors[0]}${more(parsed.errors.length)}`);
  return parsed.file;
}

function more(count: number): string {
  return count > 1 ? ` (and ${count - 1} more error${count > 2 ? 's' : ''})` : '';
}
