import { describe, expect, it } from 'vitest';
import bundledJson from '../../lib/library/bundled-library.json';
import type { LibraryFile } from '../../lib/library/model';
import { LibrarySearch, allowedEdits, editDistance, searchWords } from '../../lib/manager/search';
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

  it('shows quotes seen while reading on a shelf of their own, with the pages they were read on', () => {
    const lib = file({
      speakers: [speaker('s', 'Mark Rutte')],
      quotes: [
        quote('kept', 's', 'A fairer NATO.'),
        quote('seen', 's', 'Not the time to go it alone.', { origin: 'captured' }),
      ],
      renderings: [
        rendering('r1', 'seen', 'Not the time to go it alone.', {
          origin: 'captured',
          url: 'https://a.example/1',
        }),
        rendering('r2', 'seen', 'not the time to go it alone', {
          origin: 'captured',
          url: 'https://b.example/2',
        }),
        rendering('r3', 'seen', 'Not the time to go it alone!', {
          origin: 'captured',
          url: 'https://b.example/2',
        }),
      ],
    });
    const search = new LibrarySearch(lib);
    expect(ids(search.filter({ query: '', ...all, shelf: 'library' }))).toEqual(['kept']);
    const reading = search.filter({ query: 'alone', ...all, shelf: 'reading' });
    expect(ids(reading)).toEqual(['seen']);
    expect(reading[0]?.pages).toBe(2);
    expect(ids(search.filter({ query: '', ...all }))).toHaveLength(2);
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

  it('forgives one typo in a short word and two in a long one, as QA typed them', () => {
    const search = new LibrarySearch(bundledJson as LibraryFile);
    const found = (query: string) => ids(search.filter({ query, ...all }));
    expect(found('fairer nto')).toEqual(found('fairer nato'));
    expect(found('fairer nato').length).toBeGreaterThan(0);
    expect(found('ruttte')).toEqual(found('rutte'));
    expect(found('go it aloen')).toEqual(found('go it alone'));
    expect(found('greenlnd')).toEqual(found('greenland'));
    expect(found('xyzzy qqq')).toEqual([]);
  });

  it('takes a word for a typo only when the word as typed leaves no quote', () => {
    const lib = file({
      speakers: [speaker('s', 'Kaja Kallas')],
      quotes: [
        quote('note', 's', 'A note on spending.'),
        quote('nato', 's', 'NATO must spend more.'),
        quote('into', 's', 'Looking into it.'),
      ],
    });
    const search = new LibrarySearch(lib);
    // "not" begins "note": that is what was meant, not a typo for "nato".
    expect(ids(search.filter({ query: 'not', ...all }))).toEqual(['note']);
    // "nto" begins nothing: "nato" (first letter kept) ranks above "into" and "note".
    expect(ids(search.filter({ query: 'nto', ...all }))[0]).toBe('nato');
    // Two letters are too few to guess from.
    expect(ids(search.filter({ query: 'nt', ...all }))).toEqual([]);
    // "spend nto": "spend" keeps "note" and "nato" in play; the typo picks among them.
    expect(ids(search.filter({ query: 'spend nto', ...all })).sort()).toEqual(['nato', 'note']);
  });

  it('finds the near spelling even behind hundreds of words that contain the typed letters', () => {
    const letters = 'bcdfghjklm';
    const filler = [...letters].flatMap((a) => [...letters].map((b) => `${a}${b}nto ${a}${b}ntos`));
    const lib = file({
      speakers: [speaker('s', 'Kaja Kallas')],
      quotes: [quote('filler', 's', filler.join(' ')), quote('nato', 's', 'NATO must spend more.')],
    });
    expect(ids(new LibrarySearch(lib).filter({ query: 'nto', ...all }))).toEqual(['nato']);
  });

  it('counts a swap of neighbours as one typo and gives up past the limit', () => {
    expect(editDistance('aloen', 'alone', 1)).toBe(1);
    expect(editDistance('nto', 'nato', 1)).toBe(1);
    expect(editDistance('ruttte', 'rutte', 1)).toBe(1);
    expect(editDistance('fairer', 'faster', 1)).toBe(2);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
    expect([2, 3, 5, 6, 7, 12].map(allowedEdits)).toEqual([0, 1, 1, 1, 2, 2]);
  });
});
