import type { Form, Origin } from '../library/model';

/**
 * One list of drift verdicts used everywhere (command line, cards, popup), so
 * a reader sees the same word for the same drift wherever they look.
 */
export const VERDICTS = ['verbatim', 'fragment', 'extended', 'edited', 'paraphrase', 'reported'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CONFIDENCES = ['confident', 'possible'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A word-diff part: `removed` is in the library's wording only, `added` in the page's only. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** How the queried text compares with one stored wording. */
export interface Comparison {
  verdict: Verdict;
  diff: DiffPart[];
  /** One line a reader can take in at a glance ("2 words changed: ..."). */
  explanation: string;
}

export interface RenderingMatch extends Comparison {
  renderingId: string;
  outlet: string;
  url: string | null;
  date: string | null;
  text: string;
  form: Form;
  translated: boolean;
  /** Where the rendering came from: a captured one was seen by the reader on that page. */
  origin: Origin;
  /** A captured rendering's page title, as reading remembers it: two stories from one outlet told apart. */
  pageTitle?: string;
}

export interface Match extends Comparison {
  quoteId: string;
  speakerId: string;
  /** Display name of the speaker. */
  speaker: string;
  canonical: string;
  event: string | null;
  date: string | null;
  /** 0..1, 1 = identical after normalization. */
  score: number;
  /**
   * How much meaning the page and the library share, in units of one word that
   * only one stored wording holds; a short common phrase scores low however
   * exact it is, and needs more to be confident.
   */
  evidence: number;
  confidence: Confidence;
  /** A captured quote is one the reader met while reading, not one anybody put in the library. */
  quoteOrigin: Origin;
  /** True when a direct quote met a reported rendering or the other way round: a looser match. */
  crossForm: boolean;
  /** Every rendering of the quote compared with the queried text. */
  renderings: RenderingMatch[];
  /**
   * Set when the page quote runs two remarks together: the sentences of it that are this remark, which is
   * all the diff compares (the rest is closer to another library quote).
   */
  comparedPart?: string;
}

export interface MatchOptions {
  /** How the page printed the text; reported text is compared more loosely. */
  form?: Form | null;
  /** Best matches to return (default 3). */
  limit?: number;
  /** Who the page says is speaking (display name); a tie-breaker, never a reason to match on its own. */
  speaker?: string | null;
  /**
   * The page's address (without its #fragment): what the reader's earlier visit captured from this very
   * page is no evidence about it, so a reload judges the page as its first visit did.
   */
  pageUrl?: string | null;
}
