import bundledJson from '../lib/library/bundled-library.json';
import type { Form, LibraryData, LibraryFile, Quote, Rendering } from '../lib/library/model';
import { normalizeText } from '../lib/match/normalize';
import { rng, shuffle, type Unit } from './match-corpus';
import * as drift from './match-queries';

/** The benchmark's libraries and page quotes (shared by bench/match.ts and bench/match-tune.ts). */
export const bundled = bundledJson as LibraryFile;
/** Page quotes made per drift kind and per kind of negative. */
export const PER_KIND = 150;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The drift kinds, each scored for recall@1. */
export const KINDS = [
  'verbatim',
  'fragment',
  'extended',
  'edited',
  'paraphrase',
  'reported',
  'cross-form',
  'seed-paraphrase',
] as const;
export type Kind = (typeof KINDS)[number] | 'negative-same-topic' | 'negative-random';

/** One page quote and the library quote it should find (null for a negative). */
export interface Query {
  kind: Kind;
  text: string;
  form: Form;
  expected: string | null;
}

/** Real paraphrase pairs from the seeds: seed 003's rewording, and the quote it rewords. */
export const SEED_PAIRS: [string, string][] = [
  ['This is not the moment for Europe or North America to act alone', 'rutte-2025-03-26-go-it-alone'],
  [
    'The security challenges we face are too vast for any one of us to handle in isolation. There is no substitute for NATO in keeping our regions safe.',
    'rutte-2025-03-26-no-alternative',
  ],
  ['A truly fair NATO requires all members to pull their weight.', 'rutte-2025-03-26-fairer-nato'],
  [
    'Yes, Europe needs to be reassured that America stands with us. But America, too, must see that its NATO partners are ready to share the burden',
    'rutte-2025-03-26-uncle-sam',
  ],
  [
    'This will mark the beginning of a new era for NATO—one that is stronger, fairer, and more formidable',
    'rutte-2025-03-26-stronger-fairer-lethal',
  ],
];

/** A library of SOTU quotes (some held only as reported speech, for cross-form queries) plus the bundled library. */
export function buildLibrary(units: Unit[], crossForm: Set<number>): LibraryData {
  const speakers = new Map<string, LibraryData['speakers'][number]>();
  const quotes: Quote[] = [];
  const renderings: Rendering[] = [];
  for (const u of units) {
    const speakerId = `sotu-${slug(u.speaker)}`;
    if (!speakers.has(speakerId))
      speakers.set(speakerId, { id: speakerId, name: u.speaker, aliases: [], origin: 'user', edited: false });
    const id = `sotu-${u.index}`;
    const reported = crossForm.has(u.index);
    const text = reported ? drift.reported(u.text) : u.text;
    quotes.push({
      id,
      speakerId,
      canonical: text,
      canonicalReason: 'State of the Union text',
      event: `State of the Union ${u.year}`,
      date: `${u.year}-01-01`,
      primarySource: null,
      tags: [],
      origin: 'user',
      edited: false,
    });
    renderings.push({
      id: `${id}-r`,
      quoteId: id,
      outlet: 'SOTU',
      url: null,
      date: null,
      text,
      form: reported ? 'reported' : 'direct',
      language: 'en',
      translated: false,
      origin: 'user',
      edited: false,
    });
  }
  // The bundled library, minus the seed 003 renderings the seed pairs query with.
  const seedQueries = new Set(SEED_PAIRS.map(([q]) => normalizeText(q)));
  return {
    speakers: [...bundled.speakers, ...speakers.values()],
    quotes: [...bundled.quotes, ...quotes],
    renderings: [...bundled.renderings.filter((r) => !seedQueries.has(normalizeText(r.text))), ...renderings],
  };
}

/** The page quotes for one library: every drift kind, the seed pairs and both kinds of negatives. */
export function makeQueries(
  all: Unit[],
  inLibrary: Set<number>,
  library: Unit[],
  crossForm: Set<number>,
  seed: number,
): Query[] {
  const random = rng(seed);
  const queries: Query[] = [];
  const direct = shuffle(
    library.filter((u) => !crossForm.has(u.index)),
    random,
  );
  let cursor = 0;
  const next = () => direct[cursor++ % direct.length] as Unit;
  const add = (kind: Kind, make: (u: Unit) => string | null, form: Form = 'direct') => {
    let made = 0;
    for (let tries = 0; made < PER_KIND && tries < PER_KIND * 20; tries++) {
      const u = next();
      const text = make(u);
      if (!text) continue;
      queries.push({ kind, text, form, expected: `sotu-${u.index}` });
      made++;
    }
  };
  add('verbatim', (u) => drift.verbatim(u.text, random));
  add('fragment', (u) => drift.fragment(u.text, random));
  add('extended', (u) => {
    const after = all[u.index + 1];
    if (!after || after.speech !== u.speech || inLibrary.has(after.index)) return null;
    return drift.extended(u.text, after.text);
  });
  add('edited', (u) => drift.edited(u.text, random));
  add('paraphrase', (u) => drift.paraphrase(u.text, random));
  add('reported', (u) => drift.reported(u.text), 'reported');
  for (const u of shuffle(
    library.filter((x) => crossForm.has(x.index)),
    random,
  ).slice(0, PER_KIND)) {
    queries.push({ kind: 'cross-form', text: u.text, form: 'direct', expected: `sotu-${u.index}` });
  }
  for (const [text, expected] of SEED_PAIRS)
    queries.push({ kind: 'seed-paraphrase', text, form: 'direct', expected });

  // Negatives: sentences of the same addresses next to library quotes (same speaker, same topic), and random ones.
  let same = 0;
  for (const u of direct) {
    if (same >= PER_KIND) break;
    const near = all[u.index + 1];
    if (!near || near.speech !== u.speech || inLibrary.has(near.index)) continue;
    queries.push({ kind: 'negative-same-topic', text: near.text, form: 'direct', expected: null });
    same++;
  }
  const outside = shuffle(
    all.filter((u) => !inLibrary.has(u.index)),
    random,
  ).slice(0, PER_KIND);
  for (const u of outside)
    queries.push({ kind: 'negative-random', text: u.text, form: 'direct', expected: null });
  return queries;
}
