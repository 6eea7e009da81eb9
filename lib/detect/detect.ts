import { isHeading, rangesFor, walkBlocks, type Block } from './blocks';
import { parseBlock, type BlockEvent } from './parse';
import { findArticle, type Article } from './root';
import { SpeakerResolver } from './speakers';
import type { DetectOptions, DetectedQuote } from './types';

/** Parsed blocks by text: what lets a rescan skip every block whose text did not change. */
export type ParseCache = Map<string, BlockEvent[]>;

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function* scanRootOf(
  root: Document | Node,
  options: DetectOptions,
): Generator<void, Pick<Article, 'skip'> & { root: Node }> {
  if (root.nodeType !== 9 || options.wholeNode) return { root, skip: new Set() };
  return yield* findArticle(root as Document);
}

/**
 * The whole detection as a generator: it yields between pieces of work so the async path can
 * hand the main thread back, and the sync path simply runs it through. One code path keeps
 * the content script and `verbatim scan` returning the same quotes for the same page.
 */
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

export function* detectSteps(
  root: Document | Node,
  options: DetectOptions,
  cache: ParseCache,
): Generator<void, DetectedQuote[]> {
  const article = yield* scanRootOf(root, options);
  const blocks: Block[] = yield* walkBlocks(article.root, 200, article.skip);
  const resolver = new SpeakerResolver(options.speakers ?? []);
  const out: DetectedQuote[] = [];
  const seen = new Map<string, BlockEvent[]>();
  let open: DetectedQuote | null = null;
  for (const block of blocks) {
    yield;
    const heading = isHeading(block);
    const key = `${block.quoted ? 1 : 0}${heading ? 1 : 0}${block.text}`;
    const events = cache.get(key) ?? parseBlock(block.text, block.quoted, heading);
    seen.set(key, events);
    const carried = open as DetectedQuote | null;
    open = null;
    let blockSpeaker: string | null = null;
    /** Quotes still without a speaker, and whether their own sentence named none (then only the block's speaker fits). */
    const unresolved: [DetectedQuote, boolean][] = [];
    let leadingQuote = false;
    /** The block's last quote, which an interrupted statement resumes. */
    let last: DetectedQuote | null = null;
    for (const event of events) {
      if (event.kind === 'sentence') {
        resolver.sentence(event.subject, event.names);
        continue;
      }
      let end = event.end;
      while (/[\s,;:]/.test(block.text.charAt(end - 1))) end--;
      // The highlight covers exactly the words: a trailing comma or a skipped attribution stays out.
      const [a, b] = (event.kind === 'reported' && event.gap) || [end, end];
      const ranges = [...rangesFor(block, event.start, a), ...rangesFor(block, b, end)];
      const text = fold(`${block.text.slice(event.start, a)} ${block.text.slice(b, end)}`);
      if (!text || !ranges.length) continue;
      if (event.kind === 'quote' && event.leading && carried) {
        carried.text += ` ${text}`;
        carried.ranges.push(...ranges);
        if (!event.closed) open = carried;
        blockSpeaker = carried.speaker;
        leadingQuote = true;
        continue;
      }
      if (event.kind === 'quote' && event.resumes && last) {
        last.text += ` ${text}`;
        last.ranges.push(...ranges);
        if (!event.closed) open = last;
        continue;
      }
      const speaker = event.cue ? resolver.resolve(event.cue) : null;
      const quote: DetectedQuote = {
        text,
        form: event.kind === 'quote' ? event.form : 'reported',
        kind: event.kind === 'quote' && event.scare ? 'scare' : 'speech',
        marked: event.kind === 'quote' || !!event.mixed,
        speaker: null,
        ranges,
      };
      out.push(quote);
      last = quote;
      if (event.kind === 'quote') {
        if (!event.closed && event.family !== 'c') open = quote;
        if (event.leading) leadingQuote = true;
      }
      if (quote.kind === 'scare') continue;
      if (speaker) {
        quote.speaker = speaker;
        const as = event.cue ? describedAs(event.cue.type, event.cue.words, speaker) : null;
        if (as) quote.speakerAs = as;
        blockSpeaker ??= speaker;
        resolver.spoke(speaker);
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
