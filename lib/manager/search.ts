import Fuse from 'fuse.js';
import type { LibraryData, Quote } from '../library/model';

export interface QuoteRow {
  quote: Quote;
  speaker: string;
  renderingCount: number;
  outlets: string[];
}

export interface ManagerFilter {
  query: string;
  speakerId: string | null;
  event: string | null;
}

/** How much a hit in each field counts towards a row's rank. */
const WEIGHT = { canonical: 3, speaker: 2, rendering: 1, event: 1, tag: 1, outlet: 1 } as const;
/** Typo tolerance: how far (Fuse score, 0 = exact) a library word may be from a typed one. */
const FUZZY_THRESHOLD = 0.3;
/** Typed words shorter than this are only ever prefixes: too short to guess a typo from. */
const FUZZY_MIN_LENGTH = 4;

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
 * follow the typing), and a word matching nothing is looked up with Fuse.js
 * in the vocabulary, which forgives typos. A quote must match every typed word.
 * Searching the vocabulary rather than every quote's text keeps a keystroke
 * fast with 10,000 quotes (bench/library.ts measures it).
 */
export class LibrarySearch {
  readonly rows: QuoteRow[];
  private readonly vocabulary: string[];
  private readonly postings = new Map<string, { rows: number[]; weights: number[] }>();
  private fuse: Fuse<string> | null = null;

  constructor(library: LibraryData) {
    const speakers = new Map(library.speakers.map((s) => [s.id, s]));
    const byQuote = new Map<string, { texts: string[]; outlets: Set<string> }>();
    for (const r of library.renderings) {
      const entry = byQuote.get(r.quoteId) ?? { texts: [], outlets: new Set<string>() };
      entry.texts.push(r.text);
      entry.outlets.add(r.outlet);
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
          outlets: [...(extra?.outlets ?? [])],
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

  /** Library words a typed word stands for: those it begins, or failing that, near spellings. */
  private wordsFor(typed: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.vocabulary, typed); i < this.vocabulary.length; i++) {
      const word = this.vocabulary[i] as string;
      if (!word.startsWith(typed)) break;
      found.push(word);
    }
    if (found.length || typed.length < FUZZY_MIN_LENGTH) return found;
    this.fuse ??= new Fuse(this.vocabulary, { includeScore: true, threshold: FUZZY_THRESHOLD });
    return this.fuse
      .search(typed, { limit: 20 })
      .filter((hit) => (hit.score ?? 1) <= FUZZY_THRESHOLD)
      .map((hit) => hit.item);
  }

  filter({ query, speakerId, event }: ManagerFilter): QuoteRow[] {
    const keep = (row: QuoteRow) =>
      (!speakerId || row.quote.speakerId === speakerId) && (!event || row.quote.event === event);
    const typed = [...new Set(searchWords(query))];
    if (!typed.length) return this.rows.filter(keep);
    const score = new Float64Array(this.rows.length);
    const matched = new Uint16Array(this.rows.length);
    typed.forEach((word, n) => {
      const best = new Map<number, number>();
      for (const libraryWord of this.wordsFor(word)) {
        const list = this.postings.get(libraryWord);
        if (!list) continue;
        // An exact word counts a little more than a word it only begins.
        const bonus = libraryWord === word ? 0.5 : 0;
        for (let i = 0; i < list.rows.length; i++) {
          const row = list.rows[i] as number;
          if (matched[row] !== n) continue;
          const weight = (list.weights[i] as number) + bonus;
          if (weight > (best.get(row) ?? 0)) best.set(row, weight);
        }
      }
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

  /** The events to browse by, only the chosen speaker's when one is chosen. */
  events(speakerId: string | null = null): string[] {
    const rows = speakerId ? this.rows.filter((r) => r.quote.speakerId === speakerId) : this.rows;
    return [...new Set(rows.map((r) => r.quote.event).filter((e): e is string => !!e))].sort();
  }
}
