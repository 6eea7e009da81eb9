import type { Form, Quote, Rendering, Speaker } from '../library/model';
import { IntList } from './int-list';
import { analyze } from './normalize';
import { termOf } from './terms';

const FORM_CODE: Record<Form, number> = { direct: 0, partial: 1, reported: 2 };
/** Forms by the code the index stores them under (one small integer per document). */
export const FORM_OF_CODE: Form[] = ['direct', 'partial', 'reported'];

/**
 * The persisted index: plain arrays and typed arrays only, so it survives
 * structured cloning into IndexedDB and back without any rebuilding.
 */
export interface MatcherSnapshot {
  kind: 'verbatim-matcher';
  /** 3: terms are plain stems (WordNet relations looked up at query time), comparatives and clitics folded. */
  version: 3;
  speakers: Speaker[];
  /** By slot; null where a quote was removed. */
  quotes: (Quote | null)[];
  renderings: Rendering[][];
  words: string[];
  terms: string[];
  df: Int32Array;
  docQuote: Int32Array;
  docRendering: Int32Array;
  docForm: Int32Array;
  docAlive: Int32Array;
  docWordStart: Int32Array;
  docWords: Int32Array;
  docTermStart: Int32Array;
  docTerms: Int32Array;
  postStart: Int32Array;
  postDocs: Int32Array;
}

/**
 * Documents (one per distinct wording of a quote: its canonical text and each
 * rendering), their normalized words as ids, their meaning terms, and an
 * inverted index from term to documents. Postings built at once live in one
 * CSR pair of arrays; documents added later go to small per-term lists until
 * the next snapshot folds them in. Removed documents are tombstoned.
 */
export class QuoteIndex {
  speakers = new Map<string, Speaker>();
  quotes: (Quote | null)[] = [];
  renderings: Rendering[][] = [];
  quoteDocs: number[][] = [];
  slotOf = new Map<string, number>();

  words: string[] = [];
  wordIds = new Map<string, number>();
  terms: string[] = [];
  termIds = new Map<string, number>();
  df = new IntList();

  docQuote = new IntList();
  docRendering = new IntList();
  docForm = new IntList();
  docAlive = new IntList();
  docWordStart = new IntList(undefined, 16);
  docWords = new IntList();
  docTermStart = new IntList();
  docTerms = new IntList();
  aliveDocs = 0;

  postStart = new Int32Array(1);
  postDocs = new Int32Array(0);
  extra = new Map<number, number[]>();

  constructor() {
    this.docWordStart.push(0);
    this.docTermStart.push(0);
  }

  get docCount(): number {
    return this.docQuote.length;
  }

  wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.wordIds.set(word, id);
    }
    return id;
  }

  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
      this.df.push(0);
    }
    return id;
  }

  /** The canonical wording's form: that of the rendering it was taken from, else direct speech. */
  canonicalForm(slot: number): Form {
    const first = this.quoteDocs[slot]?.[0];
    return first === undefined ? 'direct' : (FORM_OF_CODE[this.docForm.get(first)] as Form);
  }

  /** Adds (or replaces) a quote and its renderings; `index` false defers postings to {@link compact}. */
  putQuote(quote: Quote, renderings: Rendering[], index = true): void {
    let slot = this.slotOf.get(quote.id);
    if (slot === undefined) {
      slot = this.quotes.length;
      this.quotes.push(quote);
      this.renderings.push(renderings);
      this.quoteDocs.push([]);
      this.slotOf.set(quote.id, slot);
    } else {
      this.dropDocs(slot);
      this.quotes[slot] = quote;
      this.renderings[slot] = renderings;
    }
    const seen = new Set<string>();
    const docs: number[] = [];
    const add = (words: readonly string[], rendering: number, form: Form) => {
      const key = words.join(' ');
      if (!key || seen.has(key)) return;
      seen.add(key);
      const doc = this.addDoc(slot, rendering, form, words);
      docs.push(doc);
      if (index) for (const t of this.termsOf(doc)) this.postingsFor(t).push(doc);
    };
    const canonical = analyze(quote.canonical).words;
    // A rendering printed as the canonical wording (every new captured quote) is not analysed twice.
    const wordings = renderings.map((r) => (r.text === quote.canonical ? canonical : analyze(r.text).words));
    const canonicalKey = canonical.join(' ');
    const twin = wordings.findIndex((w) => w.join(' ') === canonicalKey);
    const canonicalForm = twin >= 0 ? (renderings[twin] as Rendering).form : 'direct';
    add(canonical, twin, canonicalForm);
    renderings.forEach((r, i) => add(wordings[i] as readonly string[], i, r.form));
    this.quoteDocs[slot] = docs;
  }

  /**
   * One more rendering of an indexed quote whose other wordings did not
   * change (a page read joins a quote): only the new wording's document is
   * added, so the rest is neither analysed again nor left behind as dead
   * documents. False when the quote is not indexed.
   */
  appendRendering(quoteId: string, rendering: Rendering): boolean {
    const slot = this.slotOf.get(quoteId);
    if (slot === undefined) return false;
    const list = this.renderings[slot] ?? [];
    this.renderings[slot] = [...list, rendering];
    const words = analyze(rendering.text).words;
    const ids = words.map((w) => this.wordIds.get(w));
    const docs = this.quoteDocs[slot] ?? [];
    const known =
      !words.length ||
      (ids.every((id) => id !== undefined) &&
        docs.some((doc) => {
          const stored = this.wordsOf(doc);
          return stored.length === ids.length && ids.every((id, i) => stored[i] === id);
        }));
    if (known) return true;
    const doc = this.addDoc(slot, list.length, rendering.form, words);
    docs.push(doc);
    this.quoteDocs[slot] = docs;
    for (const t of this.termsOf(doc)) this.postingsFor(t).push(doc);
    return true;
  }

  removeQuote(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.dropDocs(slot);
    this.quotes[slot] = null;
    this.renderings[slot] = [];
    this.slotOf.delete(id);
  }

  private dropDocs(slot: number): void {
    for (const doc of this.quoteDocs[slot] ?? []) {
      if (!this.docAlive.get(doc)) continue;
      this.docAlive.set(doc, 0);
      this.aliveDocs--;
      for (const t of this.termsOf(doc)) this.df.set(t, this.df.get(t) - 1);
    }
    this.quoteDocs[slot] = [];
  }

  private addDoc(slot: number, rendering: number, form: Form, words: readonly string[]): number {
    const doc = this.docQuote.length;
    this.docQuote.push(slot);
    this.docRendering.push(rendering);
    this.docForm.push(FORM_CODE[form]);
    this.docAlive.push(1);
    this.aliveDocs++;
    const terms = new Set<number>();
    for (const w of words) {
      this.docWords.push(this.wordId(w));
      const term = termOf(w);
      if (term !== null) terms.add(this.termId(term));
    }
    this.docWordStart.push(this.docWords.length);
    for (const t of terms) {
      this.docTerms.push(t);
      this.df.set(t, this.df.get(t) + 1);
    }
    this.docTermStart.push(this.docTerms.length);
    return doc;
  }

  termsOf(doc: number): Int32Array {
    return this.docTerms.data.subarray(this.docTermStart.get(doc), this.docTermStart.get(doc + 1));
  }

  wordsOf(doc: number): Int32Array {
    return this.docWords.data.subarray(this.docWordStart.get(doc), this.docWordStart.get(doc + 1));
  }

  private postingsFor(term: number): number[] {
    let list = this.extra.get(term);
    if (!list) {
      list = [];
      this.extra.set(term, list);
    }
    return list;
  }

  /**
   * Adds `weight` to `scores` (and 1 to `counts`) for every live document
   * holding `term`, listing first-touched documents in `touched` after the
   * `n` already there (it has room for every document) and returning the new
   * count: the inner loop of retrieval, kept free of calls and allocation
   * (a growing list was a third of a query's garbage). With `touchNew`
   * false only documents already touched are scored (a common term refines
   * the ranking of the candidates the rarer terms found, without adding more).
   */
  accumulate(
    term: number,
    weight: number,
    scores: Float32Array,
    counts: Uint16Array,
    touched: Int32Array,
    n: number,
    touchNew = true,
  ): number {
    const alive = this.docAlive.data;
    const visit = (doc: number) => {
      if (!alive[doc]) return;
      if (counts[doc] === 0) {
        if (!touchNew) return;
        touched[n++] = doc;
      }
      scores[doc] = (scores[doc] as number) + weight;
      counts[doc] = (counts[doc] as number) + 1;
    };
    if (term + 1 < this.postStart.length) {
      const docs = this.postDocs;
      const end = this.postStart[term + 1] as number;
      for (let k = this.postStart[term] as number; k < end; k++) {
        const doc = docs[k] as number;
        const c = counts[doc] as number;
        if (c === 0) {
          if (!touchNew || !alive[doc]) continue;
          touched[n++] = doc;
        }
        scores[doc] = (scores[doc] as number) + weight;
        counts[doc] = c + 1;
      }
    }
    const more = this.extra.get(term);
    if (more) for (const doc of more) visit(doc);
    return n;
  }

  /** Rebuilds the CSR postings from every live document (counting sort: two passes over the terms). */
  compact(): void {
    const nTerms = this.terms.length;
    const counts = new Int32Array(nTerms + 1);
    const n = this.docCount;
    for (let d = 0; d < n; d++) {
      if (!this.docAlive.get(d)) continue;
      for (const t of this.termsOf(d)) counts[t + 1] = (counts[t + 1] as number) + 1;
    }
    for (let t = 0; t < nTerms; t++) counts[t + 1] = (counts[t + 1] as number) + (counts[t] as number);
    const postDocs = new Int32Array(counts[nTerms] as number);
    const fill = counts.slice(0, nTerms);
    for (let d = 0; d < n; d++) {
      if (!this.docAlive.get(d)) continue;
      for (const t of this.termsOf(d)) {
        postDocs[fill[t] as number] = d;
        fill[t] = (fill[t] as number) + 1;
      }
    }
    this.postStart = counts;
    this.postDocs = postDocs;
    this.extra.clear();
  }

  snapshot(): MatcherSnapshot {
    this.compact();
    return {
      kind: 'verbatim-matcher',
      version: 3,
      speakers: [...this.speakers.values()],
      quotes: this.quotes.slice(),
      renderings: this.renderings.slice(),
      words: this.words.slice(),
      terms: this.terms.slice(),
      df: this.df.toArray(),
      docQuote: this.docQuote.toArray(),
      docRendering: this.docRendering.toArray(),
      docForm: this.docForm.toArray(),
      docAlive: this.docAlive.toArray(),
      docWordStart: this.docWordStart.toArray(),
      docWords: this.docWords.toArray(),
      docTermStart: this.docTermStart.toArray(),
      docTerms: this.docTerms.toArray(),
      postStart: this.postStart.slice(),
      postDocs: this.postDocs.slice(),
    };
  }

  static restore(s: MatcherSnapshot): QuoteIndex {
    if (s.kind !== 'verbatim-matcher' || s.version !== 3) throw new Error('not a Verbatim matcher snapshot');
    const ix = new QuoteIndex();
    for (const sp of s.speakers) ix.speakers.set(sp.id, sp);
    ix.quotes = s.quotes.slice();
    ix.renderings = s.renderings.slice();
    ix.quoteDocs = s.quotes.map(() => []);
    s.quotes.forEach((q, slot) => q && ix.slotOf.set(q.id, slot));
    ix.words = s.words.slice();
    ix.words.forEach((w, i) => ix.wordIds.set(w, i));
    ix.terms = s.terms.slice();
    ix.terms.forEach((t, i) => ix.termIds.set(t, i));
    ix.df = new IntList(s.df.slice());
    ix.docQuote = new IntList(s.docQuote.slice());
    ix.docRendering = new IntList(s.docRendering.slice());
    ix.docForm = new IntList(s.docForm.slice());
    ix.docAlive = new IntList(s.docAlive.slice());
    ix.docWordStart = new IntList(s.docWordStart.slice());
    ix.docWords = new IntList(s.docWords.slice());
    ix.docTermStart = new IntList(s.docTermStart.slice());
    ix.docTerms = new IntList(s.docTerms.slice());
    ix.postStart = s.postStart.slice();
    ix.postDocs = s.postDocs.slice();
    let alive = 0;
    for (let d = 0; d < s.docQuote.length; d++) {
      if (!s.docAlive[d]) continue;
      alive++;
      ix.quoteDocs[s.docQuote[d] as number]?.push(d);
    }
    ix.aliveDocs = alive;
    return ix;
  }
}
