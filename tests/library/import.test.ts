import { describe, expect, it, vi } from 'vitest';
import { libraryToCsv, parseLibraryCsv } from '../../lib/library/csv';
import { exportLibrary, serializeLibrary } from '../../lib/library/file-format';
import { importLibrary } from '../../lib/library/import';
import {
  describeImport,
  ImportError,
  importLibraryText,
  readLibraryText,
} from '../../lib/library/import-text';
import { saveQuote, undoLast } from '../../lib/library/operations';
import { file, freshDb, quote, rendering, sampleFile, speaker, must } from './helpers';

describe('export and import', () => {
  it('gives back the same library after export → import into an empty library (JSON)', async () => {
    const source = await freshDb();
    await importLibrary(source, sampleFile());
    const exported = await exportLibrary(source);
    const target = await freshDb();
    await importLibraryText(target, 'library.json', serializeLibrary(exported));
    expect(await exportLibrary(target)).toEqual(exported);
  });

  it('gives back the same library through CSV, quotes without renderings and lone speakers included', async () => {
    const lib = sampleFile();
    lib.speakers.push(speaker('lone', 'Nobody Quoted', { aliases: ['the quiet one', 'N. Q.'] }));
    lib.quotes.push(
      quote('q3', 'kallas', '=SUM(A1) is not a formula, "quoted", with, commas', { primarySource: 'Speech' }),
    );
    lib.renderings.push(
      rendering('r4', 'q3', '-leading dash\nand a new line', { translated: true, language: 'de' }),
    );
    const source = await freshDb();
    await importLibrary(source, lib);
    const exported = await exportLibrary(source);
    const csv = libraryToCsv(exported);
    expect(csv.split('\n')[0]).toBe(
      'speaker_id,speaker_name,speaker_aliases,speaker_origin,speaker_edited,quote_id,quote_canonical,quote_canonical_reason,quote_event,quote_date,quote_primary_source,quote_tags,quote_origin,quote_edited,rendering_id,rendering_outlet,rendering_url,rendering_date,rendering_text,rendering_form,rendering_language,rendering_translated,rendering_origin,rendering_edited',
    );
    expect(csv).toContain(`"'=SUM(A1)`);
    const target = await freshDb();
    await importLibraryText(target, 'library.csv', csv);
    expect(await exportLibrary(target)).toEqual(exported);
  });

  it('reads a hand-made CSV with only the needed columns and reports bad rows by row and column', () => {
    const ok = parseLibraryCsv(
      'speaker_name,quote_canonical,rendering_outlet,rendering_text\nAda,Hello there.,BBC,Hello there.\nAda,Hello there.,ITV,hello there\n',
    );
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(ok.file.speakers).toHaveLength(1);
      expect(ok.file.quotes).toHaveLength(1);
      expect(ok.file.renderings.map((r) => r.outlet)).toEqual(['BBC', 'ITV']);
    }
    const bad = parseLibraryCsv(
      'speaker_name,quote_canonical,rendering_outlet,rendering_text,rendering_date\nAda,Hi.,BBC,Hi.,yesterday\n',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors[0]).toMatch(
        /^row 2 \(rendering id "r-csv-[0-9a-f]+"\)\.rendering_date: expected YYYY-MM-DD$/,
      );
    const noHeader = parseLibraryCsv('name,text\nAda,Hi\n');
    expect(noHeader.ok || noHeader.errors).toContain('header: the column "speaker_name" is missing');
  });

  it('says what a file that is no library is, in the reader’s words, not the parser’s', () => {
    const prose = parseLibraryCsv('Some notes I took\nabout the summit\nand more\n');
    expect(prose.ok).toBe(false);
    if (!prose.ok) {
      expect(prose.errors[0]).toMatch(
        /^this is not a Verbatim library CSV: its first line must name the columns/,
      );
      expect(prose.errors.join('\n')).not.toMatch(/delimiting character/);
    }
    expect(() => readLibraryText('notes.json', '{"quotes": []}')).toThrow(
      /this JSON file is not a Verbatim library/,
    );
  });

  it('counts what an import found already in the library by kind', () => {
    const line = describeImport('mine.json', {
      added: { speakers: 0, quotes: 0, renderings: 0 },
      merged: { speakers: 7, quotes: 47, renderings: 85 },
      kept: [],
    });
    expect(line).toBe(
      'Imported mine.json: 0 new quotes, 0 new renderings, 0 new speakers; already in your library, merged, not doubled: 47 quotes, 85 renderings, 7 speakers.',
    );
  });
});

describe('merge policy', () => {
  it('merges duplicates instead of doubling them: same id, same speaker name, same wording, same printed text', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleFile());
    const { result } = await importLibrary(
      db,
      file({
        speakers: [speaker('other-rutte-id', 'mark rutte', { aliases: ['NATO Secretary-General'] })],
        quotes: [
          quote('other-q', 'other-rutte-id', 'this is NOT the time to go it alone', {
            primarySource: 'NATO transcript',
          }),
        ],
        renderings: [
          rendering('r1', 'other-q', 'This is not the time to go it alone.', {
            origin: 'bundled',
            date: '2025-03-26',
          }),
          rendering('new-id-same-text', 'other-q', 'This is not the time, to go it alone!'),
          rendering('r-new', 'other-q', 'This is not the time to go it alone.', { outlet: 'Le Monde' }),
        ],
      }),
    );
    expect(result.added).toEqual({ speakers: 0, quotes: 0, renderings: 1 });
    expect(result.merged).toEqual({ speakers: 1, quotes: 1, renderings: 2 });
    expect(await db.speakers.count()).toBe(2);
    expect(must(await db.speakers.get('rutte')).aliases).toEqual([
      'the NATO chief',
      'NATO Secretary-General',
    ]);
    const q1 = must(await db.quotes.get('q1'));
    expect(q1.primarySource).toBe('NATO transcript');
    expect(q1.canonical).toBe('This is not the time to go it alone.');
    expect(q1.edited).toBe(true);
    expect(await db.renderings.where('quoteId').equals('q1').count()).toBe(3);
    expect(must(await db.renderings.get('r-new')).quoteId).toBe('q1');
  });

  it('never overwrites what the user edited, and says which fields it kept', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleFile());
    const mine = must(await db.quotes.get('q2'));
    await saveQuote(db, {
      ...mine,
      canonical: 'Europe must be ready to defend itself — my wording.',
      event: 'My event',
    });
    const incoming = sampleFile();
    incoming.quotes[1] = {
      ...must(incoming.quotes[1]),
      canonical: 'Something else entirely.',
      event: 'Their event',
    };
    const { result } = await importLibrary(db, incoming);
    expect(result.kept).toEqual(['quotes[1] (id "q2").canonical', 'quotes[1] (id "q2").event']);
    expect(await db.quotes.get('q2')).toMatchObject({
      canonical: 'Europe must be ready to defend itself — my wording.',
      event: 'My event',
    });
  });
});

describe('all or nothing', () => {
  it('a malformed file changes nothing and says why', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleFile());
    const before = await exportLibrary(db);
    const bad = sampleFile();
    bad.quotes.push(quote('q9', 'rutte', 'New words.'));
    bad.renderings.push(rendering('r9', 'q9', 'New words.', { date: '2025-13-01' }));
    const error = await importLibraryText(db, 'bad.json', JSON.stringify(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('bad.json was not imported; nothing changed.');
    expect((error as ImportError).errors).toEqual([
      'renderings[3] (id "r9").date: expected a real calendar date (YYYY-MM-DD)',
    ]);
    expect(await exportLibrary(db)).toEqual(before);
    expect(await db.undo.count()).toBe(1);
  });

  it('rolls back everything when writing fails half way', async () => {
    const db = await freshDb();
    const before = await exportLibrary(db);
    const spy = vi.spyOn(db.renderings, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(importLibrary(db, sampleFile())).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await exportLibrary(db)).toEqual(before);
    expect(await db.undo.count()).toBe(0);
  });

  it('undoes an import as one step', async () => {
    const db = await freshDb();
    await importLibrary(db, sampleFile());
    const before = await exportLibrary(db);
    const more = file({
      speakers: [speaker('new', 'New Speaker')],
      quotes: [
        quote('qn', 'new', 'Fresh words.'),
        quote('q1', 'rutte', 'ignored', { primarySource: 'filled' }),
      ],
      renderings: [rendering('rn', 'qn', 'Fresh words.')],
    });
    const { changed } = await importLibrary(db, more);
    expect(changed.quoteIds.sort()).toEqual(['q1', 'qn']);
    expect(await db.quotes.count()).toBe(3);
    const undone = await undoLast(db);
    expect(undone?.label).toBe('import');
    expect(undone?.removedQuoteIds).toEqual(['qn']);
    expect(await exportLibrary(db)).toEqual(before);
  });
});
