import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_LIBRARY_CHARS, parseLibraryFile, serializeLibrary } from '../../lib/library/file-format';
import { file, quote, rendering, sampleFile, speaker, must } from './helpers';

const errorsOf = (text: string) => {
  const result = parseLibraryFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};

describe('parseLibraryFile', () => {
  it('accepts a good file and the bundled library', () => {
    const result = parseLibraryFile(serializeLibrary(sampleFile()));
    expect(result.ok && result.file).toEqual(sampleFile());
    expect(parseLibraryFile(readFileSync('lib/library/bundled-library.json', 'utf8')).ok).toBe(true);
  });

  it('names the record and field of every error', () => {
    const bad = sampleFile();
    bad.renderings[1] = { ...must(bad.renderings[1]), date: '26/03/2025' };
    (bad.quotes[0] as unknown as Record<string, unknown>).tags = 'nato';
    (bad.speakers[1] as unknown as Record<string, unknown>).name = 42;
    const errors = errorsOf(JSON.stringify(bad));
    expect(errors).toContain('renderings[1] (id "r2").date: expected YYYY-MM-DD');
    expect(errors).toContain('quotes[0] (id "q1").tags: expected an array of strings');
    expect(errors).toContain('speakers[1] (id "kallas").name: expected a name as a string');
  });

  it('refuses impossible dates, unknown forms and missing fields', () => {
    const bad = file({
      speakers: [speaker('s', 'S')],
      quotes: [quote('q', 's', 'Words.', { date: '2025-02-30' })],
      renderings: [{ ...rendering('r', 'q', 'Words.'), form: 'quoted' as never, outlet: undefined as never }],
    });
    const errors = errorsOf(JSON.stringify(bad));
    expect(errors).toContain('quotes[0] (id "q").date: expected a real calendar date (YYYY-MM-DD)');
    expect(errors).toContain('renderings[0] (id "r").form: expected one of direct, partial, reported');
    expect(errors.some((e) => e.startsWith('renderings[0] (id "r").outlet:'))).toBe(true);
  });

  it('refuses references to records the file does not have, and repeated ids', () => {
    const bad = file({
      speakers: [speaker('s', 'S'), speaker('s', 'T')],
      quotes: [quote('q', 'nobody', 'Words.')],
      renderings: [rendering('r', 'q-missing', 'Words.')],
    });
    expect(errorsOf(JSON.stringify(bad))).toEqual([
      'speakers[1] (id "s").id: the id appears more than once',
      'quotes[0] (id "q").speakerId: no speaker "nobody" in the file',
      'renderings[0] (id "r").quoteId: no quote "q-missing" in the file',
    ]);
  });

  it('says why for malformed, truncated, wrong-format, wrong-version and wrong-type files', () => {
    const good = serializeLibrary(sampleFile());
    expect(errorsOf(good.slice(0, good.length / 2))[0]).toMatch(/^not valid JSON: .*truncated/);
    expect(errorsOf('{"format": "verbatim-library", version: 1}')[0]).toMatch(/^not valid JSON/);
    expect(errorsOf('[1, 2, 3]')).toEqual([
      'the file is not a JSON object: expected {"format": "verbatim-library", …}',
    ]);
    expect(errorsOf('{"format":"something-else","version":1}')).toEqual([
      'format: expected "verbatim-library", found "something-else"',
    ]);
    expect(errorsOf(JSON.stringify({ ...sampleFile(), version: 2 }))[0]).toMatch(
      /format version 2, made by a newer Verbatim/,
    );
    expect(errorsOf(JSON.stringify({ ...sampleFile(), version: '1' }))).toEqual([
      'version: expected 1, found "1"',
    ]);
    expect(errorsOf(JSON.stringify({ ...sampleFile(), quotes: {} }))).toEqual([
      'quotes: expected an array of records, found object',
    ]);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = ' '.repeat(MAX_LIBRARY_CHARS + 1);
    expect(errorsOf(huge)[0]).toMatch(/^the file is 40\.0 MB; Verbatim reads library files up to 40\.0 MB/);
  });

  it('caps a flood of errors with a count of the rest', () => {
    const bad = file({
      speakers: [speaker('s', 'S')],
      quotes: [quote('q', 's', 'Words.')],
      renderings: Array.from({ length: 250 }, (_, i) => rendering(`r${i}`, 'q', 'Words.', { date: 'soon' })),
    });
    const errors = errorsOf(JSON.stringify(bad));
    expect(errors).toHaveLength(101);
    expect(errors.at(-1)).toBe('… and 150 more errors');
  });
});

describe('rendering URLs', () => {
  it('refuses a URL that is not a web address, naming the record', async () => {
    const { parseLibraryFile } = await import('../../lib/library/file-format');
    const bundled = (await import('../../lib/library/bundled-library.json')).default;
    const file = structuredClone(bundled);
    file.renderings[0]!.url = 'javascript:alert(1)' as unknown as null;
    const parsed = parseLibraryFile(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.errors.join('\n')).toMatch(
      /renderings\[0\].*url: expected an http\(s\) URL/,
    );
  });
});
