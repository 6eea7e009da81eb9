import Fuse from 'fuse.js';
import type { Form, LibraryData, Quote, Rendering, Speaker } from '../library/model';
import { align, alignElided } from './align';
import { compareAnalyzed } from './compare';
import { claimClause } from './claims';
import { factsDiffer, longestGap, pairFeatures, sideFacts, wordFact, type SideFacts } from './features';
import { analyze, partOf, type Analyzed } from './normalize';
import { sameRemarkLikelihood } from './pair-model';
import { FORM_OF_CODE, QuoteIndex, type MatcherSnapshot } from './quote-index';
import {
  alignmentScore,
  CLAIM_CLAUSE,
  confidenceOf,
  holdsWhole,
  LIKELY_FLOOR,
  meaningScore,
  MIN_POSSIBLE_EVIDENCE,
  shiftedOverlap,
  STRONG,
} from './score';
import { quotedParts, wordCount } from './quoted-parts';
import { maySplit, sentenceRanges } from './sentences';
import { StemKeys } from './stem-keys';
import { relatedTerms, termOf } from './terms';
import type { Comparison, Confidence, Match, MatchOptions, RenderingMatch } from './types';

export type { MatcherSnapshot } from './quote-index';
export { CONFIDENT, POSSIBLE, CROSS_FORM_CONFIDENT } from './score';

/**
 * Retrieval's budgets. Reading postings and verifying candidates are most of
 * a query's time at a year of reading (150k renderings: postings read, touched
 * documents ranked, two dozen wordings aligned). Cut from 24 candidates,
 * 4,000 / 30,000 postings and a verify share of 0.3, which took a query to
 * 11,700 postings read, 3,300 documents ranked and 19.5 wordings verified on
 * average, to 7,600, 2,600 and 14.7, with the same figures at 100k in
 * bench/match.ts (recall@1 0.991, negatives confident 0.7%, seeds) and the
 * same capture decisions (795 of 800, bench/match-speed.ts).
 *
 * CANDIDATES: wordings verified at most per query, enough for every rendering
 * of a few quotes. POSTINGS_BUDGET: postings read before commoner terms stop
 * adding candidates (they only refine the ranking of those found, up to
 * REFINE_BUDGET postings), so retrieval cost stays flat as the library grows.
 */
const CANDIDATES = 20;
const POSTINGS_BUDGET = 3_000;
const REFINE_BUDGET = 12_000;
/** Postings of WordNet-related terms read per query: enough for a reworded quote's rarer words, no more (they cost most of a query's time otherwise). */
const RELATED_BUDGET = 1_000;
/** Candidates ranked below this share of the best candidate's rank are not verified: they do not reach the bands. */
const VERIFY_RANK = 0.4;
/** Queries this short (normalized characters) also get Fuse.js's character-level score: typos matter more there. */
const FUSE_MAX_CHARS = 32;
/** Evidence per word when the page quote is a whole stored wording, word for word (six words are enough). */
const WHOLE_WORDING_EVIDENCE = 0.3;
/** Stored wordings whose sentence ranges are kept between queries (a few per candidate, far fewer than the library). */
const SENTENCE_CACHE = 50_000;
const NO_WORDS = new Int32Array(0);
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.4, isCaseSensitive: true };

/** A page quote's meaning terms (see QuoteMatcher.pageTerms). */
interface PageTerms {
  /** Indexed term id to the page word (index into weights) it is. */
  own: Map<number, number>;
  /** Indexed term id to the page word WordNet relates it to, and the share of that word's weight it earns. */
  related: Map<number, [number, number]>;
  /** Each page word's stem, by its {@link StemKeys} key, to the page word it is. */
  byKey: Map<number, number>;
  /** Stems WordNet relates to a page word, indexed or not (by stem key), with the page word and share: for two-step relations. */
  relatedKeys: Map<number, [number, number]>;
  weights: number[];
  pageWeight: number;
  /** Where the page marks left-out words (see Analyzed.elisions). */
  elisions: readonly number[];
  /** The numbers and negations among the page's words. */
  facts: SideFacts;
  /** Each page word's fold key (see {@link StemKeys.foldKey}), in order. */
  wordKeys: Int32Array;
  /** Scratch: the share of each page word a stored wording matches. */
  matched: Float64Array;
}

/** How much of the page's meaning a stored wording holds, and the words either side has no counterpart for. */
interface Shared {
  shared: number;
  storedWeight: number;
  /** Content words with no counterpart (same stem or a related one) on the other side, and the rarest one's IDF. */
  storedMissed: number;
  storedMissedMax: number;
  pageMissed: number;
  pageMissedMax: number;
}

/** One sentence of a page quote of several, to compare alone. */
interface PagePart {
  q: PageTerms;
  words: number[];
}

/** Indexed terms related to one indexed term, and the share of a word's weight each earns. */
interface RelatedIds {
  ids: Int32Array;
  shares: Float32Array;
}

/** A candidate quote's best wording and the figures behind its score (see {@link QuoteMatcher.explain}). */
export interface Scored {
  slot: number;
  doc: number;
  score: number;
  /** Word-for-word closeness (alignment, Fuse.js for short quotes). */
  exact: number;
  /** Shared meaning (synonym-folded stems, IDF-weighted). */
  meaning: number;
  evidence: number;
  /** Page meaning (IDF weight) the wording holds, page meaning in all, and the wording's own meaning in all. */
  shared: number;
  pageWeight: number;
  storedWeight: number;
  /** Meaning only one side holds, page and stored together, in units of one word a single stored wording holds. */
  unshared: number;
  /**
   * The same-remark model's inputs ({@link FEATURES} order) and its probability that the two are one
   * remark; [] and 1 for a wording the page holds word for word, [] and 0 for one too far from the page
   * for any rewording (the model is not asked, except by judge).
   */
  features: number[];
  likelihood: number;
  /** The page holds the whole stored wording word for word (see holdsWhole). */
  whole: boolean;
  /** The two wordings only overlap end to end (see shiftedOverlap): closeness alone does not decide. */
  shifted: boolean;
  /**
   * The longest clause only one side says, in content words (see claimClause), and whether a number
   * changed or a negation is on one side only (see factsDiffer): what confidenceOf asks of a confident
   * match. 0 and false for a wording the page holds word for word, and for one too far for any rewording.
   */
  clause: number;
  contradicts: boolean;
}

/**
 * Finds the library quotes a page's quote is (or may be), and says how its
 * wording drifts from each outlet's. Retrieval first (an inverted index of
 * meaning terms finds a few candidate wordings among any number), then
 * verification of those few only (word alignment, shared meaning, the
 * same-remark model for rewordings, sentence by sentence where either side
 * has several, Fuse.js for short quotes), so a page of quotes costs
 * milliseconds at 100k quotes. The
 * index follows the library through upserts and removals and persists as a
 * snapshot, so a restarted service worker need not rebuild it.
 */
/** A wording the reader's visit to `pageUrl` captured (addresses compared without their #fragment). */
function capturedFrom(r: Rendering, pageUrl: string): boolean {
  return r.origin === 'captured' && !!r.url && r.url.replace(/#.*$/, '') === pageUrl.replace(/#.*$/, '');
}

/** Quoted words in a reported clause shorter than this are its speaker's remark only when the page names that speaker. */
const SHORT_PART = 5;

export class QuoteMatcher {
  private scores = new Float32Array(0);
  private counts = new Uint16Array(0);
  private touched = new Int32Array(0);
  private topDocs = new Int32Array(CANDIDATES);
  private topRank = new Float64Array(CANDIDATES);
  private relatedCache = new Map<number, RelatedIds>();
  private relatedTermCount = 0;
  private sentenceCache = new Map<number, [number, number][]>();
  /** Stems as small numbers, and their WordNet relations as numbers (see StemKeys). */
  private stems = new StemKeys();
  /**
   * Per document, how many meaning terms it holds (at most 255): ranking reads
   * it for every document a query touches, and a byte per document stays in
   * cache where the index's own offsets (four bytes, two reads) miss it.
   */
  private termCounts = new Uint8Array(0);
  private termCountsKnown = 0;
  /** Per word id: 0 not yet known, else 1 + its {@link WordFact}. */
  private wordFacts = new Uint8Array(0);

  private constructor(private ix: QuoteIndex) {}

  static build(library: LibraryData): QuoteMatcher {
    const ix = new QuoteIndex();
    for (const s of library.speakers) ix.speakers.set(s.id, s);
    const byQuote = new Map<string, Rendering[]>();
    for (const r of library.renderings) {
      const list = byQuote.get(r.quoteId);
      if (list) list.push(r);
      else byQuote.set(r.quoteId, [r]);
    }
    for (const q of library.quotes) ix.putQuote(q, byQuote.get(q.id) ?? [], false);
    ix.compact();
    return new QuoteMatcher(ix);
  }

  static restore(snapshot: MatcherSnapshot): QuoteMatcher {
    return new QuoteMatcher(QuoteIndex.restore(snapshot));
  }

  /** Plain data and typed arrays (structured-clone-able), postings compacted; see {@link restore}. */
  snapshot(): MatcherSnapshot {
    return this.ix.snapshot();
  }

  upsertSpeaker(speaker: Speaker): void {
    this.ix.speakers.set(speaker.id, speaker);
  }

  upsertQuote(quote: Quote, renderings: Rendering[]): void {
    this.ix.putQuote(quote, renderings);
  }

  /** A new rendering of a quote already indexed, nothing else of it changed; false when the quote is not indexed. */
  appendRendering(quoteId: string, rendering: Rendering): boolean {
    return this.ix.appendRendering(quoteId, rendering);
  }

  removeQuote(id: string): void {
    this.ix.removeQuote(id);
  }

  /**
   * The quote's records as the index holds them, which mirror the library's
   * as of the index's last update: capture reads them instead of IndexedDB.
   * Shared with the index, so not to be changed.
   */
  records(quoteId: string): { quote: Quote; renderings: readonly Rendering[] } | null {
    const slot = this.ix.slotOf.get(quoteId);
    const quote = slot === undefined ? null : this.ix.quotes[slot];
    return quote ? { quote, renderings: this.ix.renderings[slot as number] ?? [] } : null;
  }

  /** Quotes in the index (for tests and the library's status line). */
  get size(): number {
    return this.ix.slotOf.size;
  }

  /**
   * The library quotes this text may be, best first; [] when none reaches the
   * "possible" band. Each match compares the text with the canonical wording
   * (`verdict`, `diff`, `explanation`) and with every rendering.
   */
  match(text: string, options: MatchOptions = {}): Match[] {
    const whole = this.matchText(text, options);
    if (options.form !== 'reported') return whole;
    const hint = options.speaker?.trim().toLowerCase();
    // A few words in quotation marks ("its “current form”") are found in many remarks: they are the quote
    // only when the page names the speaker the library gives it to.
    const saidBy = (m: Match) => {
      const slot = this.ix.slotOf.get(m.quoteId);
      return !!hint && slot !== undefined && this.speakerMatches(slot, hint);
    };
    const quoted = quotedParts(text);
    const parts = quoted.flatMap((part) =>
      this.matchText(part, { ...options, form: 'partial', limit: 1 })
        .filter((m) => wordCount(part) >= SHORT_PART || saidBy(m))
        .map((m) => ({
          ...m,
          explanation: `The words in quotation marks: ${m.explanation.charAt(0).toLowerCase()}${m.explanation.slice(1)}`,
        })),
    );
    if (!parts.length) return whole;
    // The quoted words are what the page says the speaker said. A clause that is mostly its quoted words
    // ("his “loathing of European free-loading”") is compared by them; one that words the rest of the
    // remark itself stays reported speech (unless its quoted words are all the library holds of it); one
    // that matches nothing as a whole is the quote its quoted words are.
    const mostlyQuoted = quoted.reduce((n, part) => n + wordCount(part), 0) * 2 > wordCount(text);
    const rank = (m: Match) => (m.confidence === 'confident' ? 1 : 0);
    // Quoted words that are the library's whole wording ("its “current form”") are the remark whatever the
    // clause around them says.
    const byPart = (m: Match) =>
      parts.find(
        (p) => p.quoteId === m.quoteId && rank(p) >= rank(m) && (mostlyQuoted || p.verdict === 'verbatim'),
      );
    // The parts come after as fallbacks: a caller that sets a whole-clause match aside (one known only from
    // this very page) still finds the remark the quoted words are.
    if (whole.length) {
      const first = whole.map((m) => byPart(m) ?? m);
      return [...first, ...parts.filter((p) => !first.some((m) => m.quoteId === p.quoteId))];
    }
    const best = parts.filter((p) => p.confidence === 'confident');
    return (best.length ? best : parts).slice(0, options.limit ?? 3);
  }

  private matchText(text: string, options: MatchOptions): Match[] {
    const page = analyze(text);
    if (page.words.length === 0) return [];
    const scored = this.score(page, options.form ?? null, this.ownCapture(options.pageUrl));
    const hint = options.speaker?.trim().toLowerCase();
    const bonus = (s: Scored) => (hint && this.speakerMatches(s.slot, hint) ? 0.02 : 0);
    // A confident match outranks a possible one whatever their scores (a close wording of another remark
    // scores higher than a rewording of this one), then the score decides.
    const ranked = scored.map((s) => {
      const band = this.bandOf(s, options.form ?? null);
      return { s, rank: (band === 'confident' ? 4 : band === 'possible' ? 2 : 0) + s.score + bonus(s) };
    });
    ranked.sort((a, b) => b.rank - a.rank);
    const limit = options.limit ?? 3;
    const banded = ranked
      .filter(({ s }) => this.bandOf(s, options.form ?? null))
      .slice(0, limit)
      .map(({ s }) => s);
    const runs = this.wordedParts(page, banded, options.form ?? null);
    const out: Match[] = [];
    for (const s of banded) {
      const m = this.toMatch(page, s, options.form ?? null, runs.get(s), options.pageUrl);
      if (m) out.push(m);
    }
    return out;
  }

  /**
   * The scored candidates behind {@link match}, below the bands too, with the
   * figures each score comes from: for the benchmark's threshold tuning and for
   * finding out why a quote matched.
   */
  explain(text: string): (Scored & { quoteId: string })[] {
    const page = analyze(text);
    if (page.words.length === 0) return [];
    return this.score(page, null)
      .sort((a, b) => b.score - a.score)
      .map((s) => ({ ...s, quoteId: this.ix.quotes[s.slot]?.id ?? '' }));
  }

  /**
   * The figures of this text against one given library quote (its best
   * wording), retrieval skipped, and the band they reach (null: none): the
   * same-remark decision on a known pair, for the benchmark's paraphrase
   * corpus and for a caller that already knows which quote to check.
   */
  judge(
    text: string,
    quoteId: string,
    options: Pick<MatchOptions, 'form'> = {},
  ): (Scored & { confidence: Confidence | null }) | null {
    const slot = this.ix.slotOf.get(quoteId);
    const page = analyze(text);
    if (slot === undefined || page.words.length === 0) return null;
    const q = this.pageTerms(page);
    const qWords = this.wordIdsOf(page);
    const parts = this.pageParts(page, qWords);
    let best: Scored | null = null;
    for (const doc of this.ix.quoteDocs[slot] ?? []) {
      if (!this.ix.docAlive.get(doc)) continue;
      const s = this.verify(q, qWords, doc, parts, options.form ?? null, true);
      if (!best || this.better(s, best, options.form ?? null)) best = s;
    }
    if (!best) return null;
    return { ...best, confidence: this.bandOf(best, options.form ?? null) };
  }

  private speakerMatches(slot: number, hint: string): boolean {
    const speaker = this.ix.speakers.get(this.ix.quotes[slot]?.speakerId ?? '');
    if (!speaker) return false;
    return [speaker.name, ...speaker.aliases].some((n) => n.toLowerCase() === hint);
  }

  private idf(df: number): number {
    const n = this.ix.aliveDocs;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Best wording per candidate quote: retrieval over the index, then verification of the top few. */
  /** The band a candidate reaches for a page quote printed in `form`. */
  private bandOf(s: Scored, form: Form | null): Confidence | null {
    const docForm = FORM_OF_CODE[this.ix.docForm.get(s.doc)] as Form;
    return confidenceOf(s, (form === 'reported') !== (docForm === 'reported'), form === 'partial');
  }

  /**
   * Whether `a` makes a better case than `b`: a higher band, or the same band
   * and a higher score (with `outOfBand` false, only within a band: a part of
   * a wording that reaches no band leaves the whole wording's figures alone).
   */
  private better(a: Scored, b: Scored, form: Form | null, outOfBand = true): boolean {
    const rank = (c: Confidence | null) => (c === 'confident' ? 2 : c === 'possible' ? 1 : 0);
    const ra = rank(this.bandOf(a, form));
    const rb = rank(this.bandOf(b, form));
    return ra > rb || (ra === rb && (outOfBand || ra > 0) && a.score > b.score);
  }

  /** Documents that are only this page's own captured wording, for {@link score} to pass over; null: none. */
  private ownCapture(pageUrl: string | null | undefined): ((doc: number) => boolean) | null {
    if (!pageUrl) return null;
    const ix = this.ix;
    return (doc) => {
      const r = ix.renderings[ix.docQuote.get(doc)]?.[ix.docRendering.get(doc)];
      return !!r && capturedFrom(r, pageUrl);
    };
  }

  private score(page: Analyzed, form: Form | null, skip: ((doc: number) => boolean) | null = null): Scored[] {
    const ix = this.ix;
    const n = ix.docCount;
    if (this.scores.length < n) {
      this.scores = new Float32Array(Math.max(n, this.scores.length * 2));
      this.counts = new Uint16Array(this.scores.length);
      this.touched = new Int32Array(this.scores.length);
    }
    const q = this.pageTerms(page);
    const pageWeight = q.pageWeight;
    const scores = this.scores;
    const counts = this.counts;
    const touched = this.touched;
    let touchedCount = 0;
    // Rarest terms first; the commonest are left out once enough postings were read (they rank little).
    const byRarity: [number, number, boolean][] = [...q.own].map(([id, k]) => [
      id,
      q.weights[k] as number,
      false,
    ]);
    // A related term ranks by its own rarity too (a rare page word's common synonym is common), and only
    // finds candidates while the postings budget lasts: it never refines, which would read its long lists.
    for (const [id, [k, share]] of q.related)
      byRarity.push([id, Math.min(q.weights[k] as number, this.idf(ix.df.get(id))) * share, true]);
    byRarity.sort((x, y) => y[1] - x[1]);
    let read = 0;
    let readRelated = 0;
    let used = 0;
    for (const [term, weight, isRelated] of byRarity) {
      const df = ix.df.get(term);
      if (isRelated) {
        if (readRelated + df > RELATED_BUDGET || read + df > POSTINGS_BUDGET) continue;
        readRelated += df;
      }
      const open = (!isRelated && used < 3) || read + df <= POSTINGS_BUDGET;
      if (!open && read + df > REFINE_BUDGET) break;
      touchedCount = ix.accumulate(term, weight, scores, counts, touched, touchedCount, open);
      read += df;
      if (!isRelated) used++;
    }
    // Rank by shared meaning, lightly penalizing stored terms the page lacks (a cheap meaningScore).
    const avgIdf = q.weights.length ? pageWeight / q.weights.length : 1;
    const topDocs = this.topDocs;
    const topRank = this.topRank;
    let kept = 0;
    const termCounts = this.docTermCounts();
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t] as number;
      const terms = termCounts[doc] as number;
      const rank =
        (scores[doc] as number) / (pageWeight + 0.15 * avgIdf * Math.max(0, terms - (counts[doc] as number)));
      scores[doc] = 0;
      counts[doc] = 0;
      if (kept === CANDIDATES && rank <= (topRank[CANDIDATES - 1] as number)) continue;
      if (skip?.(doc)) continue;
      // Insertion into the short sorted list of the best so far.
      let i = kept < CANDIDATES ? kept++ : CANDIDATES - 1;
      while (i > 0 && (topRank[i - 1] as number) < rank) {
        topRank[i] = topRank[i - 1] as number;
        topDocs[i] = topDocs[i - 1] as number;
        i--;
      }
      topRank[i] = rank;
      topDocs[i] = doc;
    }
    // Verify only the candidates ranked near the best: the others cannot reach the bands.
    const bestRank = topRank[0] ?? 0;
    let verify = 0;
    while (verify < kept && (topRank[verify] as number) >= VERIFY_RANK * bestRank) verify++;

    const qWords = this.wordIdsOf(page);
    const parts = this.pageParts(page, qWords);
    const best = new Map<number, Scored>();
    let bestExact = 0;
    for (let k = 0; k < verify; k++) {
      const s = this.verify(q, qWords, topDocs[k] as number, parts, form);
      if (s.exact > bestExact) bestExact = s.exact;
      const prev = best.get(s.slot);
      if (!prev || this.better(s, prev, form)) best.set(s.slot, s);
    }
    // A short quote not found word for word: Fuse.js's character-level score forgives typos.
    if (bestExact < 1 && page.words.join(' ').length <= FUSE_MAX_CHARS && verify > 0) {
      for (const [k, f] of this.fuseScores(page, topDocs.subarray(0, verify))) {
        const doc = topDocs[k] as number;
        const s = best.get(ix.docQuote.get(doc));
        if (s && f > s.score) {
          s.doc = doc;
          s.exact = f;
          s.score = f;
          // Character-level closeness of a short quote is not an alignment's window: it decides alone.
          s.shifted = false;
        }
      }
    }
    return [...best.values()];
  }

  /** {@link termCounts}, brought up to the index's documents (documents are only ever added, never renumbered). */
  private docTermCounts(): Uint8Array {
    const ix = this.ix;
    const n = ix.docCount;
    if (this.termCounts.length < n) {
      const grown = new Uint8Array(Math.max(n, 2 * this.termCounts.length));
      grown.set(this.termCounts);
      this.termCounts = grown;
    }
    const start = ix.docTermStart.data;
    for (let doc = this.termCountsKnown; doc < n; doc++)
      this.termCounts[doc] = Math.min(255, (start[doc + 1] as number) - (start[doc] as number));
    this.termCountsKnown = n;
    return this.termCounts;
  }

  /**
   * The indexed terms WordNet relates to an indexed term, as ids, cached per
   * term: every query looks them up for each of its words. The cache is dropped when the index gains terms (a related
   * stem may have become indexed).
   */
  private relatedIds(term: number): RelatedIds {
    if (this.relatedTermCount !== this.ix.terms.length) {
      this.relatedCache.clear();
      this.relatedTermCount = this.ix.terms.length;
    }
    let r = this.relatedCache.get(term);
    if (!r) {
      const ids: number[] = [];
      const shares: number[] = [];
      for (const [stem, share] of relatedTerms(this.ix.terms[term] as string)) {
        const id = this.ix.termIds.get(stem);
        if (id === undefined) continue;
        ids.push(id);
        shares.push(share);
      }
      r = { ids: Int32Array.from(ids), shares: Float32Array.from(shares) };
      this.relatedCache.set(term, r);
    }
    return r;
  }

  /** Page words as the index's word ids; words it lacks get ids no stored word has. */
  private wordIdsOf(page: Analyzed): number[] {
    return page.words.map((w, i) => this.ix.wordIds.get(w) ?? -1 - i);
  }

  /** The figures of one stored wording against the page: alignment, shared meaning, evidence. */
  private verify(
    q: PageTerms,
    qWords: number[],
    doc: number,
    parts: PagePart[],
    form: Form | null,
    always = false,
  ): Scored {
    const ix = this.ix;
    const words = ix.wordsOf(doc);
    const reported = FORM_OF_CODE[ix.docForm.get(doc)] === 'reported';
    let best = this.figures(q, qWords, doc, words, ix.termsOf(doc), reported, always);
    // Word for word and confident already, comparing sentence by sentence could only find less (a close
    // wording with a clause of its own may have a sentence that is the remark); and a part shares no more
    // meaning than the whole, so too little evidence in the whole is too little in every part.
    const close = (best.exact >= STRONG && !best.shifted) || best.whole;
    if (best.evidence < MIN_POSSIBLE_EVIDENCE || (close && this.bandOf(best, form) === 'confident'))
      return best;
    // A part replaces the whole only when it makes a better case (a higher band, or a higher score in one).
    const consider = (s: Scored) => {
      if (this.better(s, best, form, false)) best = s;
    };
    for (const part of parts)
      consider(this.figures(part.q, part.words, doc, words, ix.termsOf(doc), reported, always));
    const sentences = this.storedSentences(doc);
    if (sentences.length > 1)
      for (const [from, to] of sentences) {
        const sub = words.subarray(from, to);
        const terms = this.termsOfWords(sub);
        consider(this.figures(q, qWords, doc, sub, terms, reported, always));
        // A sentence of the page against a sentence of the stored wording: two remarks the page runs together.
        for (const part of parts)
          consider(this.figures(part.q, part.words, doc, sub, terms, reported, always));
      }
    return best;
  }

  /**
   * Where the sentences of a stored wording begin and end, in its words; one
   * range for one sentence. Worked out from the printed text the first time a
   * query verifies the wording, and cached (most wordings are one sentence,
   * which a cheap test on the raw text tells).
   */
  private storedSentences(doc: number): [number, number][] {
    let ranges = this.sentenceCache.get(doc);
    if (ranges) return ranges;
    const ix = this.ix;
    const slot = ix.docQuote.get(doc);
    const r = ix.docRendering.get(doc);
    const text = (r >= 0 ? ix.renderings[slot]?.[r]?.text : ix.quotes[slot]?.canonical) ?? '';
    const length = ix.wordsOf(doc).length;
    ranges = [[0, length]];
    if (maySplit(text)) {
      const split = sentenceRanges(analyze(text));
      if (split[split.length - 1]?.[1] === length) ranges = split;
    }
    if (this.sentenceCache.size > SENTENCE_CACHE) this.sentenceCache.clear();
    this.sentenceCache.set(doc, ranges);
    return ranges;
  }

  /** The numbers and negations of stored words, each word's kind worked out once (see wordFact). */
  private storedFacts(words: Int32Array): SideFacts {
    const ix = this.ix;
    if (this.wordFacts.length < ix.words.length) {
      const grown = new Uint8Array(Math.max(ix.words.length, 2 * this.wordFacts.length));
      grown.set(this.wordFacts);
      this.wordFacts = grown;
    }
    const numbers: string[] = [];
    let negations = 0;
    for (const w of words) {
      let f = this.wordFacts[w] as number;
      if (f === 0) {
        f = wordFact(ix.words[w] as string) + 1;
        this.wordFacts[w] = f;
      }
      if (f === 2) numbers.push(ix.words[w] as string);
      else if (f === 3) negations++;
    }
    return { numbers, negations };
  }

  /** The indexed meaning terms of a run of stored words (a sentence of a wording), each once. */
  private termsOfWords(words: Int32Array): number[] {
    const ids = new Set<number>();
    for (const w of words) {
      const term = termOf(this.ix.words[w] as string);
      const id = term === null ? undefined : this.ix.termIds.get(term);
      if (id !== undefined) ids.add(id);
    }
    return [...ids];
  }

  /** The sentences (and dash-set clauses) of a page quote of two or more, each with its own terms; [] for one. */
  private pageParts(page: Analyzed, qWords: number[]): PagePart[] {
    const ranges = sentenceRanges(page, true);
    if (ranges.length < 2) return [];
    return ranges.map(([from, to]) => ({
      q: this.pageTerms(partOf(page, [from, to])),
      words: qWords.slice(from, to),
    }));
  }

  /** The figures of one stored wording (or one sentence of it) against the page: alignment, shared meaning, evidence. */
  private figures(
    q: PageTerms,
    qWords: number[],
    doc: number,
    words: Int32Array,
    terms: ArrayLike<number>,
    reported: boolean,
    always: boolean,
  ): Scored {
    const ix = this.ix;
    const sm = this.sharedMeaning(q, terms);
    const { shared, storedWeight } = sm;
    const a = align(qWords, words);
    let exact = alignmentScore(a, qWords.length, words.length);
    let shifted = shiftedOverlap(a, qWords.length, words.length);
    let used = a;
    if (q.elisions.length && exact < 1) {
      const e = alignElided(qWords, words, q.elisions);
      const elidedScore = e ? alignmentScore(e, qWords.length, words.length) : 0;
      if (e && elidedScore > exact) {
        used = e;
        exact = elidedScore;
        shifted = shiftedOverlap(e, qWords.length, words.length);
      }
    }
    const meaning = meaningScore(shared, q.pageWeight, storedWeight, reported);
    const score = Math.min(1, Math.max(exact, meaning));
    // A page quote that is a whole stored wording, word for word, is evidence however common its words.
    const whole =
      a.matched === qWords.length && a.matched === words.length ? WHOLE_WORDING_EVIDENCE * a.matched : 0;
    const unit = this.idf(1);
    const wholeStored = holdsWhole(a, words.length);
    const evidence = shared / unit + whole;
    // The model is asked only where its answer can decide: not when the page holds the wording word for word
    // (a fragment or the whole wording) or closely (likelihood 1: the question is moot) unless the close
    // wording says a clause of its own, which only a likely rewording may (see confidenceOf); nor when score or
    // evidence is below what any rewording needs (likelihood 0). Its figures would cost a fifth of a query otherwise.
    const contained = exact >= 1 || wholeStored;
    const close = (exact >= STRONG && !shifted) || wholeStored;
    const scored: Scored = {
      slot: ix.docQuote.get(doc),
      doc,
      score,
      exact,
      meaning,
      evidence,
      shared,
      pageWeight: q.pageWeight,
      storedWeight,
      unshared: (Math.max(0, q.pageWeight - shared) + Math.max(0, storedWeight - shared)) / unit,
      whole: wholeStored,
      shifted,
      features: [],
      likelihood: close ? 1 : 0,
      clause: 0,
      contradicts: false,
    };
    if (!always && (contained || score < LIKELY_FLOOR || evidence < MIN_POSSIBLE_EVIDENCE)) return scored;
    const folded = this.stems.folded(q.wordKeys, words, ix.words);
    const storedFacts = this.storedFacts(words);
    const kindOf = (key: number) => this.stems.kindOf(key);
    // What a close page quote leaves out at the stored wording's edges, or where it marks an ellipsis, it
    // quotes in part: only a stored clause or number inside the aligned stretch is a claim the page drops.
    const [from, to] = close ? [used.rStart, used.rEnd] : [0, words.length];
    const storedClauses = close && used !== a ? NO_WORDS : folded.stored.subarray(from, to);
    const relates = (x: number, y: number) => this.stems.relates(x, y);
    scored.clause = Math.max(
      claimClause(folded.page, folded.stored, kindOf, relates),
      claimClause(storedClauses, folded.page, kindOf, relates),
    );
    scored.contradicts = factsDiffer(
      q.facts,
      close ? this.storedFacts(words.subarray(from, to)) : storedFacts,
    );
    if (!always && close && (scored.contradicts || scored.clause < CLAIM_CLAUSE)) return scored;
    scored.features = pairFeatures(qWords, words, q.facts, storedFacts, {
      meaning,
      exact,
      shared: shared / unit,
      pageOnly: Math.max(0, q.pageWeight - shared) / unit,
      storedOnly: Math.max(0, storedWeight - shared) / unit,
      pageMissed: sm.pageMissed,
      storedMissed: sm.storedMissed,
      rarestMissed: Math.max(sm.pageMissedMax, sm.storedMissedMax) / unit,
      folded: folded.overlap,
      clause: longestGap(folded.page, folded.stored, kindOf),
      alignment: a,
    });
    scored.likelihood = sameRemarkLikelihood(scored.features);
    return scored;
  }

  /**
   * The page's meaning terms: each content word once, with its IDF weight, and
   * the indexed terms WordNet relates to it (with the share of that weight a
   * match on them earns). Words the index has never seen still weigh (they are
   * meaning the library lacks) and still bring their related terms.
   */
  private pageTerms(page: Analyzed): PageTerms {
    const ix = this.ix;
    const own = new Map<number, number>();
    const related = new Map<number, [number, number]>();
    const byStem = new Map<string, number>();
    const byKey = new Map<number, number>();
    const weights: number[] = [];
    let pageWeight = 0;
    for (const w of page.words) {
      const term = termOf(w);
      if (term === null || byStem.has(term)) continue;
      const k = weights.length;
      byStem.set(term, k);
      byKey.set(this.stems.key(term), k);
      const id = ix.termIds.get(term);
      const weight = this.idf(id === undefined ? 0 : ix.df.get(id));
      weights.push(weight);
      pageWeight += weight;
      if (id !== undefined) own.set(id, k);
    }
    const relate = (id: number, k: number, share: number) => {
      if (own.has(id)) return;
      const prev = related.get(id);
      if (!prev || share * (weights[k] as number) > prev[1] * (weights[prev[0]] as number))
        related.set(id, [k, share]);
    };
    const relatedKeys = new Map<number, [number, number]>();
    for (const [term, k] of byStem) {
      const near = this.stems.relatedOf(this.stems.key(term));
      for (let i = 0; i < near.chained; i++) {
        const key = near.ids[i] as number;
        const share = near.shares[i] as number;
        const prev = relatedKeys.get(key);
        if (!prev || share > prev[1]) relatedKeys.set(key, [k, share]);
      }
      const indexed = ix.termIds.get(term);
      if (indexed !== undefined) {
        const { ids, shares } = this.relatedIds(indexed);
        for (let i = 0; i < ids.length; i++) relate(ids[i] as number, k, shares[i] as number);
        continue;
      }
      for (const [other, share] of relatedTerms(term)) {
        const id = ix.termIds.get(other);
        if (id !== undefined) relate(id, k, share);
      }
    }
    return {
      own,
      related,
      byKey,
      relatedKeys,
      weights,
      pageWeight,
      elisions: page.elisions,
      facts: sideFacts(page.words, page.words.map(wordFact)),
      wordKeys: Int32Array.from(page.words, (w) => this.stems.foldKey(w)),
      matched: new Float64Array(weights.length),
    };
  }

  /**
   * How much of the page's meaning one stored wording holds: each page word
   * counts once, fully when the wording has it, in part when it has a word
   * WordNet relates to it (looked up from either end, or through a word both
   * relate to).
   */
  private sharedMeaning(q: PageTerms, terms: ArrayLike<number>): Shared {
    const ix = this.ix;
    const matched = q.matched;
    matched.fill(0);
    let storedWeight = 0;
    let storedMissed = 0;
    let storedMissedMax = 0;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as number;
      const weight = this.idf(ix.df.get(t));
      storedWeight += weight;
      const k = q.own.get(t);
      if (k !== undefined) {
        matched[k] = 1;
        continue;
      }
      let hit = false;
      const r = q.related.get(t);
      if (r) {
        hit = true;
        if (r[1] > (matched[r[0]] as number)) matched[r[0]] = r[1];
      }
      // The stored word's own relations: to a page word, or (two steps: vast and great both mean large)
      // to a word a page word relates to, at the product of both shares.
      const { ids: keys, shares, chained } = this.stems.relatedOfTerm(t, ix.terms);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as number;
        const share = shares[i] as number;
        const j = q.byKey.get(key);
        if (j !== undefined) {
          hit = true;
          if (share > (matched[j] as number)) matched[j] = share;
        }
        const near = i < chained ? q.relatedKeys.get(key) : undefined;
        if (near) {
          hit = true;
          if (near[1] * share > (matched[near[0]] as number)) matched[near[0]] = near[1] * share;
        }
      }
      if (!hit) {
        storedMissed++;
        if (weight > storedMissedMax) storedMissedMax = weight;
      }
    }
    let shared = 0;
    let pageMissed = 0;
    let pageMissedMax = 0;
    for (let k = 0; k < matched.length; k++) {
      const weight = q.weights[k] as number;
      shared += weight * (matched[k] as number);
      if (matched[k] === 0) {
        pageMissed++;
        if (weight > pageMissedMax) pageMissedMax = weight;
      }
    }
    return { shared, storedWeight, storedMissed, storedMissedMax, pageMissed, pageMissedMax };
  }

  /** Fuse.js similarity (1 - score) of a short query to each of a few candidate wordings, by candidate index. */
  private fuseScores(page: Analyzed, docs: Int32Array): [number, number][] {
    const texts = Array.from(docs, (doc) =>
      Array.from(this.ix.wordsOf(doc), (w) => this.ix.words[w]).join(' '),
    );
    return new Fuse(texts, FUSE_OPTIONS)
      .search(page.words.join(' '))
      .map((r) => [r.refIndex, 1 - (r.score ?? 1)]);
  }

  /**
   * Which sentences of a page quote each match is, when the page runs two
   * remarks together ("“…act alone,” Rutte declared. “The security challenges
   * …”" and both are in the library): a sentence goes to another match than
   * the best when that one is confident of it and makes the better case (see
   * {@link better}); a sentence of words the library does not hold stays with
   * the best, which is then extended by it. A match is worded against
   * the run from its first sentence to its last, not against the other remark
   * too. A match given every sentence, or none, keeps the whole quote.
   */
  private wordedParts(page: Analyzed, matches: Scored[], form: Form | null): Map<Scored, [number, number]> {
    const runs = new Map<Scored, [number, number]>();
    if (matches.length < 2 || !maySplit(page.units.join(''))) return runs;
    const ranges = sentenceRanges(page, true);
    if (ranges.length < 2) return runs;
    const ix = this.ix;
    const qWords = this.wordIdsOf(page);
    for (const range of ranges) {
      const q = this.pageTerms(partOf(page, range));
      const words = qWords.slice(...range);
      let best: { s: Scored; c: Scored } | null = null;
      for (const s of matches) {
        const reported = FORM_OF_CODE[ix.docForm.get(s.doc)] === 'reported';
        const c = this.figures(q, words, s.doc, ix.wordsOf(s.doc), ix.termsOf(s.doc), reported, true);
        // A sentence stays with the best match unless another is confident of it and makes the better case.
        if (!best || (this.bandOf(c, form) === 'confident' && this.better(c, best.c, form))) best = { s, c };
      }
      if (!best) continue;
      const run = runs.get(best.s);
      runs.set(best.s, run ? [run[0], range[1]] : [range[0], range[1]]);
    }
    for (const [s, run] of runs) if (run[0] === 0 && run[1] === page.words.length) runs.delete(s);
    return runs;
  }

  private toMatch(
    page: Analyzed,
    s: Scored,
    form: Form | null,
    shown?: [number, number],
    pageUrl?: string | null,
  ): Match | null {
    const ix = this.ix;
    const docForm = FORM_OF_CODE[ix.docForm.get(s.doc)] as Form;
    const crossForm = (form === 'reported') !== (docForm === 'reported');
    const confidence = confidenceOf(s, crossForm, form === 'partial');
    const quote = ix.quotes[s.slot];
    if (!confidence || !quote) return null;
    const renderings = ix.renderings[s.slot] ?? [];
    // A page quote that runs two remarks together is worded against each quote by the sentences that are it.
    const printed = shown ? partOf(page, shown) : page;
    // Outlets often print the canonical wording itself: compare each distinct wording and form once.
    const seen = new Map<string, Comparison>();
    const against = (text: string, storedForm: Form): Comparison => {
      const key = `${storedForm}\u0000${text}`;
      let c = seen.get(key);
      if (!c) {
        c = compareAnalyzed(printed, analyze(text), form, storedForm);
        seen.set(key, c);
      }
      return c;
    };
    const canonical = against(quote.canonical, ix.canonicalForm(s.slot));
    // A remark only read, never put in the library, is compared with what the reader read.
    const said = (line: string) =>
      quote.origin === 'captured'
        ? line.replace(
            /the library's (reported )?wording/g,
            (_, r?: string) => `the ${r ?? ''}wording you read`,
          )
        : line;
    const speaker = ix.speakers.get(quote.speakerId);
    // A page whose words the library already holds as an outlet's rendering is that account, however far it
    // strays from the canonical wording: say whose, or "0 of its 10 words" reads as a match on nothing.
    const key = printed.words.join(' ');
    const held = renderings.find(
      (r) =>
        r.text !== quote.canonical &&
        !(pageUrl && capturedFrom(r, pageUrl)) &&
        analyze(r.text).words.join(' ') === key,
    );
    const heldBy = held ? ` The library holds these words as ${held.outlet}'s account of the remark.` : '';
    return {
      quoteId: quote.id,
      speakerId: quote.speakerId,
      speaker: speaker?.name ?? quote.speakerId,
      canonical: quote.canonical,
      event: quote.event,
      date: quote.date,
      score: s.score,
      evidence: s.evidence,
      confidence,
      quoteOrigin: quote.origin,
      crossForm,
      verdict: canonical.verdict,
      diff: canonical.diff,
      explanation: said(canonical.explanation) + heldBy,
      ...(shown ? { comparedPart: printed.units.join('').trim() } : {}),
      renderings: renderings.map((r): RenderingMatch => {
        const c = against(r.text, r.form);
        return {
          renderingId: r.id,
          outlet: r.outlet,
          url: r.url,
          date: r.date,
          text: r.text,
          form: r.form,
          translated: r.translated,
          origin: r.origin,
          verdict: c.verdict,
          diff: c.diff.map((part) => ({ ...part })),
          explanation: said(c.explanation),
        };
      }),
    };
  }
}
