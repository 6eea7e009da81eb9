import type { Form } from '../library/model';

/**
 * Speech is someone's words; scare quotes are a writer's distance from a word, and titles name a
 * work (a cited article's headline): both are kept apart, with no speaker and no library lookup.
 */
export type QuoteKind = 'speech' | 'scare' | 'title';

export interface DetectedQuote {
  /** The quoted words, without the marks, whitespace folded. */
  text: string;
  form: Form;
  kind: QuoteKind;
  /** True when the words stood in quote marks (or a quote element); false for unmarked speech. */
  marked: boolean;
  /** Display name of the speaker, resolved through aliases and pronouns; null when unknown. */
  speaker: string | null;
  /** The description the speaker was named by here ("the NATO chief"), when it was one. */
  speakerAs?: string;
  /** The live DOM ranges the quote covers (one per text node stretch or per paragraph). */
  ranges: Range[];
}

/** Who may be speaking: the library's speakers help resolve titles such as "the NATO chief". */
export interface SpeakerHint {
  name: string;
  aliases: string[];
}

export interface DetectOptions {
  speakers?: SpeakerHint[];
  /** Skip article-root discovery and scan this whole node. */
  wholeNode?: boolean;
}
