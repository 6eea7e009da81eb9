import type { DetectedQuote, QuoteKind } from '../detect/types';
import type { Form } from '../library/model';
import type { Match } from '../match/types';

/**
 * The `--json` shapes, documented in the README's JSON Schema. Later versions
 * may add fields; the names here never change, so scripts can rely on them.
 */
export interface QuoteJson {
  text: string;
  speaker: string | null;
  form: Form | null;
  /** In a scan: "speech", or "title" for a cited work's quoted title (no speaker, never matched). */
  kind?: Exclude<QuoteKind, 'scare'>;
  matches: MatchJson[];
}

export interface MatchJson {
  quoteId: string;
  speaker: string;
  canonical: string;
  score: number;
  confidence: Match['confidence'];
  verdict: Match['verdict'];
  explanation: string;
  crossForm: boolean;
  diff: Match['diff'];
  renderings: {
    outlet: string;
    url: string | null;
    date: string | null;
    text: string;
    form: Form;
    verdict: Match['verdict'];
    explanation: string;
  }[];
}

export function matchJson(match: Match): MatchJson {
  return {
    quoteId: match.quoteId,
    speaker: match.speaker,
    canonical: match.canonical,
    score: Math.round(match.score * 1000) / 1000,
    confidence: match.confidence,
    verdict: match.verdict,
    explanation: match.explanation,
    crossForm: match.crossForm,
    diff: match.diff,
    renderings: match.renderings.map((r) => ({
      outlet: r.outlet,
      url: r.url,
      date: r.date,
      text: r.text,
      form: r.form,
      verdict: r.verdict,
      explanation: r.explanation,
    })),
  };
}

export function quoteJson(
  quote: Pick<DetectedQuote, 'text' | 'speaker'> & { form: Form | null; kind?: QuoteJson['kind'] },
  matches: Match[],
): QuoteJson {
  const { text, speaker, form, kind } = quote;
  return { text, speaker, form, ...(kind ? { kind } : {}), matches: matches.map(matchJson) };
}

/** A reader's view of the same result: the quote, then each match with its verdict. */
export function quoteText(quote: QuoteJson): string {
  const head = `“${quote.text}”${quote.speaker ? ` — ${quote.speaker}` : ''}${quote.form ? ` [${quote.form}]` : ''}`;
  if (quote.kind === 'title') return `${head}\n    a cited work's title, not speech`;
  if (quote.matches.length === 0) return `${head}\n    no match in the library`;
  const lines = quote.matches.map(
    (m) =>
      `    ${m.verdict} (${m.confidence}, score ${m.score.toFixed(2)}): ${m.quoteId}\n` +
      `      ${m.explanation}\n      library: “${m.canonical}”\n      diff: ${diffText(m.diff)}`,
  );
  return `${head}\n${lines.join('\n')}`;
}

/** The diff in plain text: [-library only-] and {+page only+}, the convention of `git diff --word-diff`. */
export function diffText(parts: Match['diff']): string {
  return parts
    .map((p) =>
      p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text.trim()}-] ` : `{+${p.text.trim()}+} `,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
