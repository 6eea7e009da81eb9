import { describe, expect, it } from 'vitest';
import { FORMS, LIBRARY_FORMAT, LIBRARY_FORMAT_VERSION, type Rendering } from '../../lib/library/model';
import { SEEDS, bundledLibrary, looseKey, seedOf, seedText, type Seed } from './seed-data';

const library = bundledLibrary();
const quoteById = new Map(library.quotes.map((q) => [q.id, q]));
const renderingsOf = (quoteId: string) => library.renderings.filter((r) => r.quoteId === quoteId);
const GO_IT_ALONE = 'rutte-2025-03-26-go-it-alone';

/** Wire copy before rewrites before the translation; seed 004 is the only source of its interview. */
const RELIABILITY: Seed[] = ['002', '000', '003', '001', '004'];
const stripEnd = (text: string) => text.replace(/[.,\s]+$/, '');

describe('the bundled library file', () => {
  it('is the one library format with every model field on every record', () => {
    expect(library.format).toBe(LIBRARY_FORMAT);
    expect(library.version).toBe(LIBRARY_FORMAT_VERSION);
    const keys = (o: object) => Object.keys(o).sort();
    for (const s of library.speakers) expect(keys(s)).toEqual(['aliases', 'edited', 'id', 'name', 'origin']);
    for (const q of library.quotes)
      expect(keys(q)).toEqual(
        [
          'canonical',
          'canonicalReason',
          'date',
          'edited',
          'event',
          'id',
          'origin',
          'primarySource',
          'speakerId',
          'tags',
        ].sort(),
      );
    for (const r of library.renderings)
      expect(keys(r)).toEqual(
        [
          'date',
          'edited',
          'form',
          'id',
          'language',
          'origin',
          'outlet',
          'quoteId',
          'text',
          'translated',
          'url',
        ].sort(),
      );
    for (const record of [...library.speakers, ...library.quotes, ...library.renderings]) {
      expect(record.origin).toBe('bundled');
      expect(record.edited).toBe(false);
    }
  });

  it('has unique, readable ids and no dangling references', () => {
    const ids = [...library.speakers, ...library.quotes, ...library.renderings].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/);
    const speakerIds = new Set(library.speakers.map((s) => s.id));
    for (const q of library.quotes) expect(speakerIds, q.id).toContain(q.speakerId);
    for (const r of library.renderings) {
      expect(quoteById.has(r.quoteId), r.id).toBe(true);
      expect(r.id.startsWith(`${r.quoteId}--seed-`), r.id).toBe(true);
    }
    for (const q of library.quotes) expect(renderingsOf(q.id).length, q.id).toBeGreaterThan(0);
  });

  it('takes renderings from all five seeds, labelled by outlet and date consistently', () => {
    const outletsBySeed = new Map<Seed, Set<string>>();
    for (const r of library.renderings) {
      const seed = seedOf(r.id);
      outletsBySeed.set(seed, (outletsBySeed.get(seed) ?? new Set()).add(r.outlet));
      expect(FORMS).toContain(r.form);
      expect(r.language).toBe('en');
      expect(r.translated, r.id).toBe(seed === '001');
      expect(r.date, r.id).toBe(seed === '004' ? null : '2025-03-26');
      expect(r.url).toBeNull();
    }
    expect([...outletsBySeed.keys()].sort()).toEqual([...SEEDS]);
    for (const outlets of outletsBySeed.values()) expect(outlets.size).toBe(1);
    const outlet = (seed: Seed) => [...(outletsBySeed.get(seed) ?? [])][0];
    expect(outlet('002')).toContain('Reuters wire copy');
    expect(outlet('000')).toContain('AP story as rewritten');
    expect(outlet('003')).toBe('Cnews Live');
    expect(outlet('001')).toMatch(/translation/);
    expect(outlet('004')).toMatch(/dpa/);
  });

  it('prints every quoted rendering exactly as its seed does', () => {
    for (const r of library.renderings.filter((x) => x.form !== 'reported')) {
      expect(seedText(seedOf(r.id)), r.id).toContain(r.text);
    }
  });

  it('takes reported renderings from the seed text, dropping only an inserted "he said"', () => {
    for (const r of library.renderings.filter((x) => x.form === 'reported')) {
      expect(seedText(seedOf(r.id)).replace(/, he said,/g, ''), r.id).toContain(r.text);
    }
  });

  it('gives the go-it-alone remark every seed’s wording in its proper form', () => {
    const bySeed = (seed: Seed) =>
      renderingsOf(GO_IT_ALONE)
        .filter((r) => seedOf(r.id) === seed)
        .map((r): Pick<Rendering, 'form' | 'text'> => ({ form: r.form, text: r.text }));
    expect(quoteById.get(GO_IT_ALONE)?.speakerId).toBe('mark-rutte');
    expect(bySeed('000')).toContainEqual({
      form: 'direct',
      text: 'Let me be absolutely clear, this is not the time to go it alone. Not for Europe or North America.',
    });
    expect(bySeed('002')).toContainEqual({ form: 'partial', text: 'go it alone' });
    expect(
      bySeed('002').some((r) => r.form === 'direct' && r.text.startsWith('Let me be absolutely clear')),
    ).toBe(true);
    expect(bySeed('003')).toContainEqual({
      form: 'direct',
      text: 'This is not the moment for Europe or North America to act alone',
    });
    expect(bySeed('001')).toContainEqual({
      form: 'reported',
      text: 'This is not the time for individual action',
    });
    expect(bySeed('001')).toContainEqual({ form: 'partial', text: 'single action' });
    expect(bySeed('004')).toEqual([]);
  });

  it('keeps other people’s words under their own speakers', () => {
    const speakerOfText = (text: string) =>
      library.renderings.filter((r) => r.text.includes(text)).map((r) => quoteById.get(r.quoteId)?.speakerId);
    expect(speakerOfText('We’ll make sure it doesn’t happen.')).toEqual(['donald-trump']);
    expect(speakerOfText('loathing of European free-loading')).toEqual(['pete-hegseth']);
    expect(speakerOfText('current form')).toEqual(['friedrich-merz']);
    expect(speakerOfText('being prepared for any potential outcome')).toEqual(['donald-tusk']);
    expect(speakerOfText('soldiers carrying the European flag')).toEqual(['manfred-weber']);
    expect(new Set(speakerOfText('5% of'))).toEqual(new Set(['donald-trump']));
    expect(speakerOfText('If anyone miscalculates')).toEqual(['mark-rutte']);
  });

  it('knows the speakers by the titles the seeds use for them', () => {
    const aliases = (id: string) => library.speakers.find((s) => s.id === id)?.aliases ?? [];
    expect(aliases('mark-rutte')).toEqual(
      expect.arrayContaining([
        'Rutte',
        'Mr. Rutte',
        'the NATO chief',
        'NATO’s Rutte',
        'the former Dutch prime minister',
      ]),
    );
    expect(aliases('donald-trump')).toEqual(expect.arrayContaining(['Trump', 'former President Trump']));
    expect(aliases('friedrich-merz')).toContain('Germany’s likely next chancellor');
  });

  it('takes each canonical wording from the most reliable seed that renders the quote', () => {
    for (const quote of library.quotes) {
      const renderings = renderingsOf(quote.id);
      const best = RELIABILITY.find((seed) => renderings.some((r) => seedOf(r.id) === seed));
      const bestTexts = renderings.filter((r) => seedOf(r.id) === best).map((r) => stripEnd(r.text));
      const fromBest = bestTexts.includes(stripEnd(quote.canonical));
      // The wire copy drops the final full stop that the AP rewrite keeps; the words must still be the wire's.
      const sameWords = renderings.some(
        (r) => seedOf(r.id) === best && looseKey(r.text) === looseKey(quote.canonical),
      );
      expect(fromBest || sameWords, quote.id).toBe(true);
      expect(quote.canonicalReason.length, quote.id).toBeGreaterThan(20);
    }
  });

  it('dates the Warsaw remarks and leaves the interview undated', () => {
    for (const quote of library.quotes.filter((q) => q.id.startsWith('rutte-2025-03-26-'))) {
      expect(quote.date).toBe('2025-03-26');
    }
    for (const quote of library.quotes.filter((q) => q.id.startsWith('rutte-dpa-'))) {
      expect(quote).toMatchObject({ date: null, event: 'Interview with dpa' });
    }
  });
});
