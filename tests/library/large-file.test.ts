import { describe, expect, it } from 'vitest';
import { exportLibrary, MAX_LIBRARY_CHARS, serializeLibrary } from '../../lib/library/file-format';
import { importLibrary } from '../../lib/library/import';
import { ImportError, importLibraryText } from '../../lib/library/import-text';
import type { LibraryFile } from '../../lib/library/model';
import { file, freshDb, quote, rendering, sampleFile, speaker, must } from './helpers';

/** A valid library file of about `bytes` bytes: many quotes with long renderings. */
function libraryOfSize(bytes: number): string {
  const lib: LibraryFile = file({ speakers: [speaker('s', 'Prolific Speaker')] });
  const words = 'the alliance must stand together and spend more on its common defence '.repeat(6);
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const q = quote(`q${i}`, 's', `Remark ${i}: ${words}`);
    const r = rendering(`r${i}`, `q${i}`, `Remark ${i}: ${words}`, { outlet: `Outlet ${i % 50}` });
    lib.quotes.push(q);
    lib.renderings.push(r);
    size += JSON.stringify(q, null, 2).length + JSON.stringify(r, null, 2).length;
  }
  return serializeLibrary(lib);
}

describe('large files', () => {
  it('refuses a 50 MB file with a clear error and leaves the library unchanged', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleFile());
    const before = await exportLibrary(db);
    const text = libraryOfSize(50 * 1024 * 1024);
    expect(text.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(text.length).toBeGreaterThan(MAX_LIBRARY_CHARS);
    const error = (await importLibraryText(db, 'huge.json', text).catch((e: unknown) => e)) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.errors[0]).toMatch(/^the file is 5\d\.\d MB; Verbatim reads library files up to 40\.0 MB$/);
    expect(await exportLibrary(db)).toEqual(before);
  });

  it('refuses a truncated large file and leaves the library unchanged', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleFile());
    const before = await exportLibrary(db);
    const text = libraryOfSize(5 * 1024 * 1024);
    const error = (await importLibraryText(db, 'cut.json', text.slice(0, -1000)).catch(
      (e: unknown) => e,
    )) as ImportError;
    expect(error.errors[0]).toMatch(/^not valid JSON: .*truncated/);
    expect(await exportLibrary(db)).toEqual(before);
  });

  it('imports a 5 MB file whole', async () => {
    const db = await freshDb();
    const text = libraryOfSize(5 * 1024 * 1024);
    const { result } = await importLibraryText(db, 'big.json', text);
    expect(result.added.quotes).toBeGreaterThan(3000);
    expect(result.added.quotes).toBe(must(text.match(/"canonical"/g)).length);
    expect(await db.renderings.count()).toBe(result.added.renderings);
    // A correctness test, not a timed one: a loaded machine may take longer than the default 5 s.
  }, 60_000);
});
