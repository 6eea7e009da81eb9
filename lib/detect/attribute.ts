import { creditLine } from './credits';
import { parseBlock, type BlockEvent, type QuoteEvent, type ReportedEvent } from './parse';
import { SpeakerResolver } from './speakers';
import type { DetectedQuote, QuoteKind, SpeakerHint } from './types';

/**
 * The half of detection that needs no DOM: parsing block texts and putting speakers on their
 * quotes. It runs wherever the text is cheapest to read — the extension's background, from the
 * texts the content script sends, and in-process for `verbatim scan` — so both give the same quotes.
 */

/** A block as attribution reads it: plain data, so it can cross from the page to the background. */
export interface BlockText {
  text: string;
  /** Inside <blockquote>, <q> or a pull-quote element: quoted even without marks. */
  quoted: boolean;
  /** A headline: quotes in it count, unmarked words never do. */
  heading: boolean;
  /**
   * Stretches [start, end) of the text inside a <cite>, the element for a work's title: quoted
   * words there name an article or a book in a reference ("“Tasman's achievement”. Te Ara."), and
   * crediting them to the publisher after them would list a headline as someone's speech.
   */
  cited?: readonly (readonly [number, number])[];
}

/** Quoted words in a <cite>: the mark before them is the page's own, not one drawn around a pull quote. */
const citedTitle = (block: BlockText, at: number) =>
  /[“"„«‘'‹「]/.test(block.text.charAt(at - 1)) && !!block.cited?.some(([a, b]) => at >= a && at < b);

/** A reported clause is speech; quoted words are a title in a <cite>, a scare quote when the parse says so. */
function kindOf(event: QuoteEvent | ReportedEvent, block: BlockText): QuoteKind {
  if (event.kind !== 'quote') return 'speech';
  if (citedTitle(block, event.start) || event.title) return 'title';
  return event.scare ? 'scare' : 'speech';
}

/** "<blockquote><p>…</p><cite>Abel Ekberg</cite></blockquote>": a quoted block that is all <cite> is its source line. */
function sourceLine(block: BlockText): boolean {
  const [first, ...rest] = block.cited ?? [];
  return (
    block.quoted &&
    !!first &&
    !rest.length &&
    !/\S/.test(block.text.slice(0, first[0]) + block.text.slice(first[1]))
  );
}

/** A stretch of one block's text: [block index, start, end). */
export type Span = [number, number, number];

/** A quote as offsets into the block texts: what the page maps back to live DOM ranges. */
export type FoundQuote = Omit<DetectedQuote, 'ranges'> & { spans: Span[] };

/** Parsed blocks by text: what lets a rescan skip every block whose text did not change. */
export type ParseCache = Map<string, BlockEvent[]>;

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Quote marks and spaces between an attribution's last word and the quote it resumes. */
const MARKS_BEFORE = /[\s"“”„«»‘’']+$/u;
const SENTENCE_END = /[.!?…]$/u;

/**
 * A statement and the part its attribution interrupted, as one text. Where the
 * attribution ended a sentence ("“…act alone,” Rutte declared. “The security
 * challenges…”") the first part was a sentence of its own, its full stop turned
 * into the comma before the attribution: the joined text gives it back, so the
 * card reads two sentences and matching can take each apart. An attribution set
 * in mid-sentence ("“The risk,” said X, “is that…”") joins with a space.
 */
function resumed(first: string, blockText: string, start: number, text: string): string {
  const ended = SENTENCE_END.test(blockText.slice(0, start).replace(MARKS_BEFORE, ''));
  return ended && !SENTENCE_END.test(first) ? `${first}. ${text}` : `${first} ${text}`;
}

/**
 * The description a quote's speaker was named by ("the NATO chief"), when the
 * page put a description, not a name, to a person it named elsewhere: capture
 * learns it as the person's alias. An outlet or a document read as its own
 * speaker ("the Beige Book") is not a description of anyone.
 */
function describedAs(type: string, words: string[], speaker: string): string | null {
  if (type !== 'desc' || words.length < 2) return null;
  const said = words.join(' ');
  if (said.toLowerCase().includes(speaker.toLowerCase())) return null;
  return said.replace(/^(The|A|An)\b/, (d) => d.toLowerCase());
}

/** The stretches of [start, a) and [b, end) in block `i` that hold any visible character. */
function spansOf(i: number, text: string, start: number, a: number, b: number, end: number): Span[] {
  const spans: Span[] = [];
  if (a > start && /\S/.test(text.slice(start, a))) spans.push([i, start, a]);
  if (end > b && /\S/.test(text.slice(b, end))) spans.push([i, b, end]);
  return spans;
}

/**
 * Quotes and their speakers in the blocks' texts, in order; yields between blocks so a caller on a
 * main thread can slice it. `cache` is read and refreshed: afterwards it holds exactly these blocks.
 */
export function* attributeSteps(
  blocks: readonly BlockText[],
  speakers: readonly SpeakerHint[],
  cache: ParseCache,
): Generator<void, FoundQuote[]> {
  const resolver = new SpeakerResolver([...speakers]);
  const out: FoundQuote[] = [];
  const seen = new Map<string, BlockEvent[]>();
  let open: FoundQuote | null = null;
  /** The quotes of the block before when it held nothing but quotes no cue credits: a credit line may follow. */
  let uncredited: FoundQuote[] = [];
  for (const [i, block] of blocks.entries()) {
    yield;
    const key = `${block.quoted ? 1 : 0}${block.heading ? 1 : 0}${block.text}`;
    const events = cache.get(key) ?? parseBlock(block.text, block.quoted, block.heading);
    seen.set(key, events);
    const source = sourceLine(block);
    const credit =
      uncredited.length && !block.heading
        ? (creditLine(block.text) ?? (source ? creditLine(`- ${block.text}`) : null))
        : null;
    if (credit) {
      const speaker = resolver.resolve(credit);
      for (const quote of uncredited) quote.speaker = speaker;
      if (speaker) resolver.spoke(speaker);
    }
    const before = out.length;
    // A quote set out alone, in marks or as a pull quote, may be credited by the line after it.
    let bare = !block.heading && (block.quoted || /^\s*[“"„«‘']/.test(block.text));
    const carried = open as FoundQuote | null;
    open = null;
    let blockSpeaker: string | null = null;
    /** Quotes still without a speaker, and whether their own sentence named none (then only the block's speaker fits). */
    const unresolved: [FoundQuote, boolean][] = [];
    let leadingQuote = false;
    /** The block's last quote, which an interrupted statement resumes. */
    let last: FoundQuote | null = null;
    for (const event of events) {
      if (event.kind === 'sentence') {
        resolver.sentence(event.subject, event.names);
        continue;
      }
      if (source) continue;
      let end = event.end;
      while (/[\s,;:]/.test(block.text.charAt(end - 1))) end--;
      // The highlight covers exactly the words: a trailing comma or a skipped attribution stays out.
      const [a, b] = (event.kind === 'reported' && event.gap) || [end, end];
      const spans = spansOf(i, block.text, event.start, a, b, end);
      const text = fold(`${block.text.slice(event.start, a)} ${block.text.slice(b, end)}`);
      if (!text || !spans.length) continue;
      if (event.kind === 'quote' && event.leading && carried) {
        carried.text += ` ${text}`;
        carried.spans.push(...spans);
        if (!event.closed) open = carried;
        blockSpeaker = carried.speaker;
        leadingQuote = true;
        continue;
      }
      if (event.kind === 'quote' && event.resumes && last) {
        last.text = resumed(last.text, block.text, event.start, text);
        last.spans.push(...spans);
        if (!event.closed) open = last;
        continue;
      }
      if (event.kind !== 'quote' || event.cue) bare = false;
      const speaker = event.cue ? resolver.resolve(event.cue) : null;
      const quote: FoundQuote = {
        text,
        form: event.kind === 'quote' ? event.form : 'reported',
        kind: kindOf(event, block),
        marked: event.kind === 'quote' || !!event.mixed,
        speaker: null,
        spans,
      };
      out.push(quote);
      last = quote;
      if (event.kind === 'quote') {
        if (!event.closed && event.family !== 'c') open = quote;
        if (event.leading) leadingQuote = true;
      }
      if (quote.kind !== 'speech') continue;
      if (speaker) {
        quote.speaker = speaker;
        const as = event.cue ? describedAs(event.cue.type, event.cue.words, speaker) : null;
        if (as) quote.speakerAs = as;
        blockSpeaker ??= speaker;
        // Who was asked ("Rubio was asked by Baker whether…") answers next: an agent does not become the one "he" is.
        if (!event.cue?.agent) resolver.spoke(speaker);
      } else if (event.kind === 'quote') {
        unresolved.push([quote, event.cued && !event.leading]);
      } else if (event.mixed) {
        unresolved.push([quote, true]);
      }
    }
    for (const [quote, cued] of unresolved) {
      const carried = block.quoted
        ? (resolver.current ?? resolver.subject ?? resolver.named)
        : leadingQuote
          ? resolver.current
          : resolver.subject;
      quote.speaker = blockSpeaker ?? (cued ? null : carried);
      if (!blockSpeaker && quote.speaker) resolver.spoke(quote.speaker);
    }
    uncredited = bare ? out.slice(before).filter((q) => q.kind === 'speech') : [];
  }
  for (const quote of out) if (quote.speaker) quote.speaker = resolver.complete(quote.speaker);
  let k = 0;
  for (const key of cache.keys()) {
    if (++k % 1000 === 0) yield;
    if (!seen.has(key)) cache.delete(key);
  }
  for (const [key, events] of seen) cache.set(key, events);
  return out;
}

/** The same, run straight through: for the background and the command line, where no page waits. */
export function attributeBlocks(
  blocks: readonly BlockText[],
  speakers: readonly SpeakerHint[],
  cache: ParseCache = new Map(),
): FoundQuote[] {
  const steps = attributeSteps(blocks, speakers, cache);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
