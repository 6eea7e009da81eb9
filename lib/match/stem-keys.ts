import { chainedCount, relatedTerms, termOf } from './terms';

/** Stems (by key) WordNet relates to one stem, and the share of a word's weight each earns. */
export interface RelatedKeys {
  ids: Int32Array;
  shares: Float32Array;
  /** The first `chained` may join two other words (see chainedCount); the rest relate directly only. */
  chained: number;
}

/** Two wordings' words as fold keys, synonyms read as the other side's word, and their overlap (see StemKeys.folded). */
export interface FoldedWords {
  overlap: number;
  page: Int32Array;
  stored: Int32Array;
}

/**
 * A speech verb marks an attribution ("…, said TI's general counsel Joseph
 * Hubach", "according to the institute"): words around it tell who spoke, not
 * what was said. Function words of the stop list, and the stem of "according".
 */
export type KeyKind = 'content' | 'function' | 'speech';
const SPEECH = new Set([
  'say',
  'says',
  'said',
  'saying',
  'told',
  'tell',
  'tells',
  'stated',
  'added',
  'noted',
  'accord',
]);

/** A WordNet relation this strong (0.5 to 1) makes two words one for the folded overlap: deadly/lethal, not lethal/dangerous. */
const FOLD_SHARE = 0.7;

/**
 * A small number for every stem a query has met, indexed or not, and per
 * stem the keys of the stems WordNet relates to it: comparing a stored
 * wording's words with the page's is then number lookups, not string hashing
 * and table parsing (a sixth of a query's time otherwise). Stems are never
 * forgotten: there are as many as words in use.
 */
export class StemKeys {
  private keys = new Map<string, number>();
  private stems: string[] = [];
  private related: (RelatedKeys | undefined)[] = [];
  /** Per indexed term id, and per word id, its key + 1 (0: not yet looked up). */
  private ofTerm = new Int32Array(0);
  private ofWord = new Int32Array(0);

  key(stem: string): number {
    let key = this.keys.get(stem);
    if (key === undefined) {
      key = this.stems.length;
      this.keys.set(stem, key);
      this.stems.push(stem);
    }
    return key;
  }

  /** The keys of the stems WordNet relates to a stem, worked out once per stem. */
  relatedOf(key: number): RelatedKeys {
    let r = this.related[key];
    if (!r) {
      const stem = this.stems[key] as string;
      const list = relatedTerms(stem);
      r = {
        ids: Int32Array.from(list, ([other]) => this.key(other)),
        shares: Float32Array.from(list, ([, share]) => share),
        chained: chainedCount(stem),
      };
      this.related[key] = r;
    }
    return r;
  }

  /** {@link relatedOf} an indexed term, by its id in `terms` (a stored wording's terms come as ids). */
  relatedOfTerm(term: number, terms: readonly string[]): RelatedKeys {
    this.ofTerm = roomFor(this.ofTerm, term);
    let key = (this.ofTerm[term] as number) - 1;
    if (key < 0) {
      key = this.key(terms[term] as string);
      this.ofTerm[term] = key + 1;
    }
    return this.relatedOf(key);
  }

  /**
   * A word's key for the folded overlap: its stem's key for a content word
   * (inflections fold together), the word's own for a function word (kept
   * apart from stems by a leading NUL, which no word holds).
   */
  foldKey(word: string): number {
    return this.key(termOf(word) ?? `\u0000${word}`);
  }

  /** {@link foldKey} of a stored word, by its id in `words`, looked up once per word. */
  foldKeyOfWord(word: number, words: readonly string[]): number {
    this.ofWord = roomFor(this.ofWord, word);
    let key = (this.ofWord[word] as number) - 1;
    if (key < 0) {
      key = this.foldKey(words[word] as string);
      this.ofWord[word] = key + 1;
    }
    return key;
  }

  /**
   * The two wordings' words as fold keys, with a page content word whose stem
   * the stored wording lacks read as the first stored word WordNet relates
   * closely to it, and the Dice overlap of those keys (each word counted once
   * per occurrence): how much of the wording is the same words, once
   * inflection and synonyms are set aside. Function words count too (how a
   * sentence is put, not only what it is about). The sequences let phrasing
   * (word pairs, edits) be compared with synonyms folded as well. Fitted in
   * the same-remark model: on MRPC's held-out half the overlap took the model
   * alone from 0.760 to 0.765.
   */
  folded(pageKeys: Int32Array, stored: Int32Array, words: readonly string[]): FoldedWords {
    const storedKeys = Int32Array.from(stored, (w) => this.foldKeyOfWord(w, words));
    const left = new Map<number, number>();
    for (const k of storedKeys) left.set(k, (left.get(k) ?? 0) + 1);
    const present = new Set(left.keys());
    const page = new Int32Array(pageKeys.length);
    let shared = 0;
    for (let i = 0; i < pageKeys.length; i++) {
      let k = pageKeys[i] as number;
      if (!present.has(k) && this.isStem(k))
        for (const other of storedKeys)
          if (this.isStem(other) && this.closelyRelated(k, other)) {
            k = other;
            break;
          }
      page[i] = k;
      const n = left.get(k) ?? 0;
      if (n > 0) {
        shared++;
        left.set(k, n - 1);
      }
    }
    return {
      overlap: (2 * shared) / Math.max(1, pageKeys.length + stored.length),
      page,
      stored: storedKeys,
    };
  }

  /** Whether a fold key is a content word's, a function word's, or a speech verb's (see {@link KeyKind}). */
  kindOf(key: number): KeyKind {
    const s = this.stems[key] as string;
    if (s.charCodeAt(0) !== 0) return SPEECH.has(s) ? 'speech' : 'content';
    return SPEECH.has(s.slice(1)) ? 'speech' : 'function';
  }

  /** A content word's stem, not a function word's fold key. */
  private isStem(key: number): boolean {
    return (this.stems[key] as string).charCodeAt(0) !== 0;
  }

  /** Whether WordNet relates two stems (by key) at all, looked up from either end. */
  relates(a: number, b: number): boolean {
    return this.relatedAt(a, b, 0);
  }

  /** Whether WordNet relates two stems (by key) closely, looked up from either end. */
  private closelyRelated(a: number, b: number): boolean {
    return this.relatedAt(a, b, FOLD_SHARE);
  }

  private relatedAt(a: number, b: number, share: number): boolean {
    const near = (from: number, to: number) => {
      const r = this.relatedOf(from);
      for (let i = 0; i < r.ids.length; i++)
        if (r.ids[i] === to && (r.shares[i] as number) >= share) return true;
      return false;
    };
    return near(a, b) || near(b, a);
  }
}

/** The array, grown (doubling) to hold index `i`. */
function roomFor(a: Int32Array<ArrayBuffer>, i: number): Int32Array<ArrayBuffer> {
  if (i < a.length) return a;
  const grown = new Int32Array(Math.max(i + 1, 2 * a.length));
  grown.set(a);
  return grown;
}
