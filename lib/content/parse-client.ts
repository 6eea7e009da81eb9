import type { BlockText, FoundQuote } from '../detect/attribute';
import type { Attribute } from '../detect/scan';
import type { ParseReply, ParseRequest } from '../messaging';

/** Letters of block text a message carries at most: copying it stays well inside one slice. */
const LETTERS_PER_MESSAGE = 64_000;

/** A name for one scan's messages; random, as a reloaded page starts its counters again. */
function scanName(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Attribution in the background, the blocks sent in pieces of about `letters` and the quotes taken
 * back in pieces: a page of tens of thousands of paragraphs makes many small messages, each copied
 * in its own task, instead of one that holds the page's main thread. A usual article is one message.
 */
export function attributeRemotely(
  send: (request: ParseRequest) => Promise<ParseReply>,
  letters = LETTERS_PER_MESSAGE,
): Attribute {
  return async (blocks: BlockText[]) => {
    const scan = scanName();
    let start = 0;
    for (;;) {
      let end = start;
      let size = 0;
      while (end < blocks.length && (end === start || size + (blocks[end]?.text.length ?? 0) <= letters))
        size += blocks[end++]?.text.length ?? 0;
      const done = end >= blocks.length;
      const reply = await send({ scan, blocks: blocks.slice(start, end), done, from: 0 });
      if (done) return takeRest(send, scan, reply);
      start = end;
    }
  };
}

async function takeRest(
  send: (request: ParseRequest) => Promise<ParseReply>,
  scan: string,
  first: ParseReply,
): Promise<FoundQuote[]> {
  const quotes = first.quotes;
  while (quotes.length < first.total) {
    const more = await send({ scan, blocks: [], done: true, from: quotes.length });
    // The background forgot the scan (restarted): what came back is all there is.
    if (!more.quotes.length) break;
    for (const quote of more.quotes) quotes.push(quote);
  }
  return quotes;
}
