import Fuse from 'fuse.js';
import type { LibraryData, Quote } from '../library/model';

export interface QuoteRow {
  quote: Quote;
  speaker: string;
  renderingCount: number;
  /** Every rendering is reported speech: the wording is an outlet's account, shown without quotation marks. */
  reported: boolean;
  outlets: string[];
  /** Pages the reader read this quote on (captured renderings), for "Seen while reading". */
  pages: number;
}

/** The reader's own library (bundled and added) and what was only seen while reading are shown apart. */
export type Shelf = 'library' | 'reading';

export const shelfOf = (quote: Quote): Shelf => (quote.origin === 'captured' ? 'reading' : 'library');

export interface ManagerFilter {
  query: string;
  speakerId: string | null;
  event: string | null;
  /** Only this shelf's quotes; null for both. */
  shelf?: Shelf | null;
}

/** How much a hit in each field counts towards a row's rank. */
const WEIGHT = { canonical: 3, speaker: 2, rendering: 1, event: 1, tag: 1, outlet: 1 } as const;
/** Typed words shorter than this are only ever prefixes: too short to guess a typo from. */
const FUZZY_MIN_LENGTH = 3;
/** Library words shorter than this are never typo guesses: "to" or "no" would stand for any short typo. */
const FUZZY_MIN_WORD = 3;
/** How many near spellings one typed word may stand for. */
const FUZZY_LIMIT = 20;
/** A hit through a typo counts for less than one through the word as typed. */
const FUZZY_WEIGHT = 0.5;
/** ...and for less again when the first letter differs too: readers seldom mistype a word's first letter. */
const FUZZY_OTHER_START = 0.6;

/**
 * Typos forgiven in a typed word, by its length: one (a missing, extra,
 * wrong or swapped letter) up to six letters — "nto" is "nato", "aloen" is
 * "alone" — and two in longer words. Shorter words get none.
 */
export function allowedEdits(length: number): number {
  if (length < FUZZY_MIN_LENGTH) return 0;
  return length <= 6 ? 1 : 2;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) between two words,
 * or `max + 1` as soon as it is certain to exceed `max`. Fuse.js finds the
 * candidates; this decides, because Fuse's score also rewards a word that only
 * contains the typed letters ("into" for "nto") and counts a swap as two.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** Words as search compares them: lower case, accents off, letters and digits only. */
export function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The first index in a sorted array whose value is >= `key`. */
function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The manager's search as you type. Every word of every field (wording,
 * speaker and aliases, event, tags, outlets, each rendering's text) goes into
 * a word index; each typed word matches library words it begins (so results
 * follow the typing), and a word that leaves no quote in play is taken for a
 * typo: Fuse.js finds near spellings in the vocabulary, `allowedEdits` decides
 * how near is near enough. A quote must match every typed word.
 * Searching the vocabulary rather than every quote's text keeps a keystroke
 * fast with 10,000 quotes (bench/library.ts measures it).
 */
export class LibrarySearch {
  readonly rows: QuoteRow[];
  private readonly vocabulary: string[];
  private readonly postings = new Map<string, { rows: number[]; weights: number[] }>();
  /** Fuse per typed length, over the library words long enough to be that word with a typo (or to begin with it). */
  private readonly fuses = new Map<number, Fuse<string>>();
  /** Near spellings already found, so the words before the one being typed cost nothing on the next keystroke. */
  private readonly nearCache = new Map<string, { word: string; factor: number }[]>();

  constructor(library: LibraryData) {
    const speakers = new Map(library.speakers.map((s) => [s.id, s]));
    const byQuote = new Map<
      string,
      { texts: string[]; outlets: Set<string>; pages: Set<string>; reported: boolean }
    >();
    for (const r of library.renderings) {
      const entry = byQuote.get(r.quoteId) ?? {
        texts: [],
        outlets: new Set<string>(),
        pages: new Set<string>(),
        reported: true,
      };
      entry.texts.push(r.text);
      entry.reported &&= r.form === 'reported';
      entry.outlets.add(r.outlet);
      if (r.origin === 'captured' && r.url) entry.pages.add(r.url);
      byQuote.set(r.quoteId, entry);
    }
    const docs = library.quotes.map((quote) => {
      const extra = byQuote.get(quote.id);
      const speaker = speakers.get(quote.speakerId);
      return {
        row: {
          quote,
          speaker: speaker?.name ?? 'Unknown speaker',
          renderingCount: extra?.texts.length ?? 0,
          reported: extra?.reported ?? false,
          outlets: [...(extra?.outlets ?? [])],
          pages: extra?.pages.size ?? 0,
        },
        aliases: speaker?.aliases ?? [],
        texts: extra?.texts ?? [],
      };
    });
    docs.sort(
      (a, b) =>
        a.row.speaker.localeCompare(b.row.speaker) ||
        (a.row.quote.date ?? '').localeCompare(b.row.quote.date ?? '') ||
        a.row.quote.id.localeCompare(b.row.quote.id),
    );
    this.rows = docs.map((d) => d.row);
    docs.forEach((doc, index) => {
      const add = (text: string | null, weight: number) => {
        if (text) for (const word of searchWords(text)) this.post(word, index, weight);
      };
      add(doc.row.quote.canonical, WEIGHT.canonical);
      add(doc.row.speaker, WEIGHT.speaker);
      for (const alias of doc.aliases) add(alias, WEIGHT.speaker);
      add(doc.row.quote.event, WEIGHT.event);
      for (const tag of doc.row.quote.tags) add(tag, WEIGHT.tag);
      for (const outlet of doc.row.outlets) add(outlet, WEIGHT.outlet);
      for (const text of doc.texts) add(text, WEIGHT.rendering);
    });
    this.vocabulary = [...this.postings.keys()].sort();
  }

  /** Rows are indexed in order, so a row's repeated word only needs the last entry checked. */
  private post(word: string, row: number, weight: number): void {
    let list = this.postings.get(word);
    if (!list) {
      list = { rows: [], weights: [] };
      this.postings.set(word, list);
    }
    const last = list.rows.length - 1;
    if (list.rows[last] === row) list.weights[last] = Math.max(list.weights[last] as number, weight);
    else {
      list.rows.push(row);
      list.weights.push(weight);
    }
  }

  /** Library words a typed word begins, in the index's order. */
  private prefixed(typed: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.vocabulary, typed); i < this.vocabulary.length; i++) {
      const word = this.vocabulary[i] as string;
      if (!word.startsWith(typed)) break;
      found.push(word);
    }
    return found;
  }

  /**
   * Library words within `allowedEdits` typos of a typed word, whole or (as
   * the reader is still typing) their beginning of the same length.
   */
  private nearSpellings(typed: string): { word: string; factor: number }[] {
    const cached = this.nearCache.get(typed);
    if (cached) return cached;
    const edits = allowedEdits(typed.length);
    const near: { word: string; distance: number }[] = [];
    if (edits) {
      let fuse = this.fuses.get(typed.length);
      if (!fuse) {
        const words = this.vocabulary.filter(
          (word) => word.length >= Math.max(FUZZY_MIN_WORD, typed.length - edits),
        );
        // Fuse scores errors per typed letter; the small extra keeps a word right at the limit in.
        const threshold = edits / typed.length + 0.05;
        fuse = new Fuse(words, { includeScore: true, threshold, ignoreLocation: true });
        this.fuses.set(typed.length, fuse);
      }
      // No limit: Fuse ranks words that merely contain the typed letters ("into" for "nto") first,
      // and there can be hundreds of those before the real near spelling.
      for (const { item: word } of fuse.search(typed)) {
        const distance = Math.min(
          editDistance(typed, word, edits),
          editDistance(typed, word.slice(0, typed.length), edits),
        );
        if (distance > 0 && distance <= edits) near.push({ word, distance });
      }
    }
    near.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
    const found = near.slice(0, FUZZY_LIMIT).map(({ word }) => ({
      word,
      factor: word[0] === typed[0] ? FUZZY_WEIGHT : FUZZY_WEIGHT * FUZZY_OTHER_START,
    }));
    if (this.nearCache.size > 200) this.nearCache.clear();
    this.nearCache.set(typed, found);
    return found;
  }

  filter({ query, speakerId, event, shelf = null }: ManagerFilter): QuoteRow[] {
    const keep = (row: QuoteRow) =>
      (!speakerId || row.quote.speakerId === speakerId) &&
      (!event || row.quote.event === event) &&
      (!shelf || shelfOf(row.quote) === shelf);
    const typed = [...new Set(searchWords(query))];
    if (!typed.length) return this.rows.filter(keep);
    const score = new Float64Array(this.rows.length);
    const matched = new Uint16Array(this.rows.length);
    typed.forEach((word, n) => {
      // The words as typed first; only when none of them keeps a row in play is the word taken for a typo.
      const asTyped = this.prefixed(word).map((libraryWord) => ({ word: libraryWord, factor: 1 }));
      let best = this.rowsFor(word, asTyped, n, matched);
      if (!best.size) best = this.rowsFor(word, this.nearSpellings(word), n, matched);
      for (const [row, weight] of best) {
        matched[row] = n + 1;
        score[row] = (score[row] as number) + weight;
      }
    });
    const hits: number[] = [];
    for (let row = 0; row < this.rows.length; row++) if (matched[row] === typed.length) hits.push(row);
    hits.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
    return hits.map((row) => this.rows[row] as QuoteRow).filter(keep);
  }

  /** The best weight each row still in play gets from any of `libraryWords`, each scaled by its factor. */
  private rowsFor(
    typed: string,
    libraryWords: { word: string; factor: number }[],
    n: number,
    matched: Uint16Array,
  ): Map<number, number> {
    const best = new Map<number, number>();
    for (const { word: libraryWord, factor } of libraryWords) {
      const list = this.postings.get(libraryWord);
      if (!list) continue;
      // An exact word counts a little more than a word it only begins.
      const bonus = libraryWord === typed ? 0.5 : 0;
      for (let i = 0; i < list.rows.length; i++) {
        const row = list.rows[i] as number;
        if (matched[row] !== n) continue;
        const weight = ((list.weights[i] as number) + bonus) * factor;
        if (weight > (best.get(row) ?? 0)) best.set(row, weight);
      }
    }
    return best;
  }

  /** The events to browse by, only the chosen speaker's when one is chosen. */
  events(speakerId: string | null = null): string[] {
    const rows = speakerId ? this.rows.filter((r) => r.quote.speakerId === speakerId) : this.rows;
    return [...new Set(rows.map((r) => r.quote.event).filter((e): e is string => !!e))].sort();
  }
}
