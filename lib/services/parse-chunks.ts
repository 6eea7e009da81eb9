import type { BlockText, FoundQuote } from '../detect/attribute';
import type { ParseReply, ParseRequest } from '../messaging';

/** Scans still arriving or still being taken; past this, the oldest (a page closed mid-scan) is dropped. */
const KEPT_SCANS = 20;

interface Pending {
  blocks: BlockText[];
  found: FoundQuote[] | null;
}

/**
 * The background's half of a scan sent in pieces: blocks are gathered until the last piece, then
 * attributed together (speakers are resolved across the whole article, so a piece alone would not do),
 * and the quotes are handed back `perReply` at a time. A scan that fits one message keeps no state.
 */
export class ParseChunks {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly perReply = 2000) {}

  /** `sender` tells apart the tabs and frames whose scans may share a name; `attribute` reads them all. */
  async receive(
    sender: string,
    request: ParseRequest,
    attribute: (blocks: BlockText[]) => Promise<FoundQuote[]>,
  ): Promise<ParseReply> {
    const key = `${sender} ${request.scan}`;
    let entry = this.pending.get(key);
    if (!entry) {
      if (request.done && !request.from) return this.answer(key, await attribute(request.blocks), 0);
      entry = { blocks: [], found: null };
      this.pending.set(key, entry);
      if (this.pending.size > KEPT_SCANS) this.pending.delete(this.pending.keys().next().value as string);
    }
    if (!entry.found) {
      for (const block of request.blocks) entry.blocks.push(block);
      if (!request.done) return { quotes: [], total: 0 };
      entry.found = await attribute(entry.blocks);
      entry.blocks = [];
    }
    return this.answer(key, entry.found, request.from);
  }

  private answer(key: string, found: FoundQuote[], from: number): ParseReply {
    const end = from + this.perReply;
    if (end < found.length) this.pending.set(key, this.pending.get(key) ?? { blocks: [], found });
    else this.pending.delete(key);
    return { quotes: found.slice(from, end), total: found.length };
  }
}
