import Fuse from 'fuse.js';
import type { Form, LibraryData, Quote, Rendering, Speaker } from '../library/model';
import { align } from './align';
import { compareAnalyzed } from './compare';
import { analyze, type Analyzed } from './normalize';
import { FORM_OF_CODE, QuoteIndex, type MatcherSnapshot } from './quote-index';
import { alignmentScore, confidenceOf, meaningScore } from './score';
import { termOf } from './terms';
import type { Match, MatchOptions, RenderingMatch } from './types';

export type { MatcherSnapshot } from './quote-index';
export { CONFIDENT, POSSIBLE, CROSS_FORM_CONFIDENT } from './score';

/** Candidate wordings verified per query: enough for every rendering of a few quotes, few enough to align each. */
const CANDIDATES = 24;
/** Queries this short (normalized characters) also get Fuse.js's character-level score: typos matter more there. */
const FUSE_MAX_CHARS = 32;
const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.4, isCaseSensitive: true };

interface Scored {
  slot: number;
  doc: number;
  score: number;
  evidence: number;
}

/**
 * Finds the library quotes a page's quote is (or may be), and says how its
 * wording drifts from each outlet's. Retrieval first (an inverted index of
 * meaning terms finds a few candidate wordings among any number), then
 * verification of those few only (word alignment, shared meaning, Fuse.js for
 * short quotes), so a page of quotes costs milliseconds at 100k quotes. The
 * index follows the library through upserts and removals and persists as a
 * snapshot, so a restarted service worker need not rebuild it.
 */
export class QuoteMatcher {
  private scores = new Float32Array(0);
  private counts = new Uint16Array(0);
  private touched: number[] = [];

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

  removeQuote(id: string): void {
    this.ix.removeQuote(id);
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
    const page = analyze(text);
    if (page.words.length === 0) return [];
    const scored = this.score(page, options.form ?? null);
    const hint = options.speaker?.trim().toLowerCase();
    const bonus = (s: Scored) => (hint && this.speakerMatches(s.slot, hint) ? 0.02 : 0);
    scored.sort((a, b) => b.score + bonus(b) - (a.score + bonus(a)));
    const out: Match[] = [];
    for (const s of scored) {
      if (out.length >= (options.limit ?? 3)) break;
      const m = this.toMatch(page, s, options.form ?? null);
      if (m) out.push(m);
    }
    return out;
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
  private score(page: Analyzed, form: Form | null): Scored[] {
    const ix = this.ix;
    const n = ix.docCount;
    if (this.scores.length < n) {
      this.scores = new Float32Array(Math.max(n, this.scores.length * 2));
      this.counts = new Uint16Array(this.scores.length);
    }
    const maxIdf = this.idf(1);
    const qTerms = new Map<number, number>();
    let pageWeight = 0;
    for (const w of page.words) {
      const term = termOf(w);
      if (term === null) continue;
      const id = ix.termIds.get(term);
      if (id !== undefined && qTerms.has(id)) continue;
      const weight = this.idf(id === undefined ? 0 : ix.df.get(id));
      if (id === undefined) {
        pageWeight += weight;
        continue;
      }
      qTerms.set(id, weight);
      pageWeight += weight;
    }
    const scores = this.scores;
    const counts = this.counts;
    const touched = this.touched;
    touched.length = 0;
    for (const [term, weight] of qTerms) {
      ix.forEachDoc(term, (doc) => {
        if (counts[doc] === 0) touched.push(doc);
        scores[doc]! += weight;
        counts[doc]!++;
      });
    }
    // Rank by shared meaning, lightly penalizing stored terms the page lacks (a cheap meaningScore).
    const avgIdf = qTerms.size ? pageWeight / qTerms.size : 1;
    const top: { doc: number; rank: number }[] = [];
    let floor = -1;
    for (const doc of touched) {
      const terms = ix.docTermStart.get(doc + 1) - ix.docTermStart.get(doc);
      const rank = (scores[doc] as number) / (pageWeight + 0.15 * avgIdf * (terms - (counts[doc] as number)));
      if (top.length < CANDIDATES || rank > floor) {
        top.push({ doc, rank });
        if (top.length > CANDIDATES * 2) {
          top.sort((a, b) => b.rank - a.rank);
          top.length = CANDIDATES;
          floor = (top[CANDIDATES - 1] as { rank: number }).rank;
        }
      }
    }
    for (const doc of touched) {
      scores[doc] = 0;
      counts[doc] = 0;
    }
    top.sort((a, b) => b.rank - a.rank);
    if (top.length > CANDIDATES) top.length = CANDIDATES;

    const qWords = page.words.map((w, i) => ix.wordIds.get(w) ?? -1 - i);
    const fuse = this.fuseScores(page, top);
    const best = new Map<number, Scored>();
    top.forEach(({ doc }, k) => {
      let shared = 0;
      let storedWeight = 0;
      for (const t of ix.termsOf(doc)) {
        const w = this.idf(ix.df.get(t));
        storedWeight += w;
        const q = qTerms.get(t);
        if (q !== undefined) shared += q;
      }
      const words = ix.wordsOf(doc);
      let exact = alignmentScore(align(qWords, words), qWords.length, words.length);
      const f = fuse[k];
      if (f !== undefined) exact = Math.max(exact, f);
      let meaning = meaningScore(shared, pageWeight, storedWeight);
      const docForm = FORM_OF_CODE[ix.docForm.get(doc)] as Form;
      if ((form === 'reported') !== (docForm === 'reported')) meaning *= 1;
      const score = Math.min(1, Math.max(exact, meaning));
      const slot = ix.docQuote.get(doc);
      const prev = best.get(slot);
      if (!prev || score > prev.score) best.set(slot, { slot, doc, score, evidence: shared / maxIdf });
    });
    return [...best.values()];
  }

  /** Fuse.js over the few candidates of a short query: its character-level score forgives typos. */
  private fuseScores(page: Analyzed, top: { doc: number }[]): (number | undefined)[] {
    const pattern = page.words.join(' ');
    if (pattern.length > FUSE_MAX_CHARS || top.length === 0) return [];
    const texts = top.map(({ doc }) => Array.from(this.ix.wordsOf(doc), (w) => this.ix.words[w]).join(' '));
    const out: (number | undefined)[] = [];
    for (const r of new Fuse(texts, FUSE_OPTIONS).search(pattern)) out[r.refIndex] = 1 - (r.score ?? 1);
    return out;
  }

  private toMatch(page: Analyzed, s: Scored, form: Form | null): Match | null {
    const ix = this.ix;
    const docForm = FORM_OF_CODE[ix.docForm.get(s.doc)] as Form;
    const crossForm = (form === 'reported') !== (docForm === 'reported');
    const confidence = confidenceOf(s.score, s.evidence, crossForm);
    const quote = ix.quotes[s.slot];
    if (!confidence || !quote) return null;
    const renderings = ix.renderings[s.slot] ?? [];
    const canonicalForm = canonicalFormOf(quote, renderings);
    const canonical = compareAnalyzed(page, analyze(quote.canonical), form, canonicalForm);
    const speaker = ix.speakers.get(quote.speakerId);
    return {
      quoteId: quote.id,
      speakerId: quote.speakerId,
      speaker: speaker?.name ?? quote.speakerId,
      canonical: quote.canonical,
      event: quote.event,
      date: quote.date,
      score: s.score,
      confidence,
      crossForm,
      verdict: canonical.verdict,
      diff: canonical.diff,
      explanation: canonical.explanation,
      renderings: renderings.map((r): RenderingMatch => {
        const c = compareAnalyzed(page, analyze(r.text), form, r.form);
        return {
          renderingId: r.id,
          outlet: r.outlet,
          url: r.url,
          date: r.date,
          text: r.text,
          form: r.form,
          translated: r.translated,
          verdict: c.verdict,
          diff: c.diff,
          explanation: c.explanation,
        };
      }),
    };
  }
}

/** The canonical wording's form: that of the rendering it was taken from, else direct speech. */
function canonicalFormOf(quote: Quote, renderings: Rendering[]): Form {
  const key = analyze(quote.canonical).words.join(' ');
  return renderings.find((r) => analyze(r.text).words.join(' ') === key)?.form ?? 'direct';
}
