import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import type { LibraryFile } from '../../lib/library/model';
import { LibrarySearch, searchWords } from '../../lib/manager/search';
import { file, quote, rendering, sampleFile, speaker } from './helpers';

const ids = (rows: { quote: { id: string } }[]) => rows.map((r) => r.quote.id);
const all = { speakerId: null, event: null };

describe('manager search', () => {
  it('finds quotes as the words are typed, by wording, speaker, alias, outlet and rendering text', () => {
    const search = new LibrarySearch(sampleFile());
    expect(ids(search.filter({ query: 'go it al', ...all }))).toEqual(['q1']);
    expect(ids(search.filter({ query: 'kallas', ...all }))).toEqual(['q2']);
    expect(ids(search.filter({ query: 'NATO chief', ...all }))).toEqual(['q1']);
    expect(ids(search.filter({ query: 'politico', ...all }))).toEqual(['q2']);
    expect(ids(search.filter({ query: 'europe alone', ...all }))).toEqual([]);
    expect(ids(search.filter({ query: '', ...all }))).toEqual(['q2', 'q1']);
  });

  it('forgives a typo and ignores case and accents', () => {
    const lib = file({
      speakers: [speaker('s', 'José Manuel Albares')],
      quotes: [quote('q', 's', 'La defensa europea es una prioridad.'), quote('q2', 's', 'Something else.')],
      renderings: [rendering('r', 'q', 'La defensa europea es una prioridad.', { outlet: 'El País' })],
    });
    const search = new LibrarySearch(lib);
    expect(ids(search.filter({ query: 'jose pais', ...all }))).toEqual(['q']);
    expect(ids(search.filter({ query: 'priorty', ...all }))).toEqual(['q']);
    expect(searchWords('NATO’s “Rutte”')).toEqual(['nato', 's', 'rutte']);
  });

  it('ranks a hit in the wording above one in a rendering only, and applies speaker and event filters', () => {
    const lib = file({
      speakers: [speaker('a', 'A'), speaker('b', 'B')],
      quotes: [
        quote('q1', 'a', 'Words about spending.', { event: 'Summit' }),
        quote('q2', 'b', 'Defence matters.', { event: 'Summit' }),
      ],
      renderings: [rendering('r', 'q2', 'Defence matters, and spending too.')],
    });
    const search = new LibrarySearch(lib);
    expect(ids(search.filter({ query: 'spending', ...all }))).toEqual(['q1', 'q2']);
    expect(ids(search.filter({ query: 'spending', speakerId: 'b', event: null }))).toEqual(['q2']);
    expect(ids(search.filter({ query: '', speakerId: null, event: 'Summit' }))).toEqual(['q1', 'q2']);
    expect(search.events('a')).toEqual(['Summit']);
  });

  it('finds the bundled Rutte quotes', () => {
    const search = new LibrarySearch(bundledJson as LibraryFile);
    const rows = search.filter({ query: 'go it alone', ...all });
    expect(rows[0]?.speaker).toBe('Mark Rutte');
  });
});
