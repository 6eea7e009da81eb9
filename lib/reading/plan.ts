import type { Form, Rendering } from '../library/model';
import { normalizeText } from '../match/normalize';

/** A quote as capture keeps it: speech with a speaker; scare quotes and unattributed words never get here. */
export interface ReadQuote {
  text: string;
  form: Form;
  speaker: string;
  /** The description the page named the speaker by, learnt as one of the speaker's aliases. */
  speakerAs?: string | null;
}

/** What reading a page changes, decided before anything is written. */
export interface ReadingPlan {
  /** Renderings this page gave before that it still prints: left as they are. */
  kept: string[];
  /** New wordings the matcher tied with confidence to a quote already in the library. */
  join: { quote: ReadQuote; quoteId: string }[];
  /** New wordings of remarks the library does not hold yet: each starts a captured quote. */
  create: ReadQuote[];
  /** Renderings this page gave before that it no longer prints (the page changed). */
  drop: string[];
}

const keyOf = (quote: Pick<ReadQuote, 'text' | 'form'>) => `${quote.form}\u0000${normalizeText(quote.text)}`;

/**
 * Decides what a page's quotes do to the library. Reading a page again adds
 * nothing twice: a wording the page already gave (same words after the
 * matcher's normalization, same form) is kept as it is; only new wordings go
 * to `joinOf` (the matcher's confident answer, or null for a remark of its
 * own); wordings the page no longer prints are dropped.
 */
export function planReading(
  quotes: ReadQuote[],
  previous: Pick<Rendering, 'id' | 'text' | 'form'>[],
  joinOf: (quote: ReadQuote) => string | null,
): ReadingPlan {
  const before = new Map(previous.map((r) => [keyOf(r), r.id]));
  const seen = new Set<string>();
  const plan: ReadingPlan = { kept: [], join: [], create: [], drop: [] };
  for (const quote of quotes) {
    const key = keyOf(quote);
    if (!quote.text.trim() || seen.has(key)) continue;
    seen.add(key);
    const old = before.get(key);
    if (old !== undefined) {
      plan.kept.push(old);
      continue;
    }
    const quoteId = joinOf(quote);
    if (quoteId) plan.join.push({ quote, quoteId });
    else plan.create.push(quote);
  }
  const kept = new Set(plan.kept);
  plan.drop = previous.filter((r) => !kept.has(r.id)).map((r) => r.id);
  return plan;
}
