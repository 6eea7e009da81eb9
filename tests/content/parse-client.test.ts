import { describe, expect, it } from 'vitest';
import { attributeRemotely } from '../../lib/content/parse-client';
import { attributeBlocks, type BlockText } from '../../lib/detect/attribute';
import type { ParseReply, ParseRequest } from '../../lib/messaging';
import { ParseChunks } from '../../lib/services/parse-chunks';

const block = (text: string): BlockText => ({ text, quoted: false, heading: false });

/** An article whose speaker is named once, early, and only referred to as "she" after. */
function article(paragraphs: number): BlockText[] {
  const blocks = [block('Ada Stone, the mayor of the harbour town, spoke to reporters on Tuesday.')];
  for (let i = 0; i < paragraphs; i++)
    blocks.push(block(`“We will rebuild pier number ${i} before the winter storms arrive,” she said.`));
  return blocks;
}

/** The background as the extension wires it, and a log of what each message carried. */
function background(perReply?: number) {
  const chunks = new ParseChunks(perReply);
  const sent: ParseRequest[] = [];
  const send = async (request: ParseRequest): Promise<ParseReply> => {
    sent.push(structuredClone(request));
    return structuredClone(
      await chunks.receive('tab 1/0', request, async (blocks) => attributeBlocks(blocks, [])),
    );
  };
  return { send, sent };
}

describe('blocks sent to the background in pieces', () => {
  it('gives the quotes one message would, speakers resolved across the pieces', async () => {
    const blocks = article(300);
    const { send, sent } = background(50);
    const found = await attributeRemotely(send, 2_000)(blocks);
    expect(found).toEqual(attributeBlocks(blocks, []));
    expect(found[299]?.speaker).toBe('Ada Stone');
    expect(sent.filter((r) => r.blocks.length).length).toBeGreaterThan(5);
    expect(sent.every((r) => r.blocks.reduce((n, b) => n + b.text.length, 0) <= 2_000)).toBe(true);
    // The quotes came back 50 at a time after the last piece.
    expect(sent.filter((r) => r.from > 0).length).toBe(5);
  });

  it('sends a usual article as one message and keeps nothing after', async () => {
    const blocks = article(10);
    const { send, sent } = background();
    expect(await attributeRemotely(send)(blocks)).toEqual(attributeBlocks(blocks, []));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ done: true, from: 0 });
  });

  it('keeps two scans of the same frame apart while both are arriving', async () => {
    const { send } = background(20);
    const [a, b] = await Promise.all([
      attributeRemotely(send, 1_000)(article(60)),
      attributeRemotely(send, 1_000)([block('“Nothing here will change this year,” Tom Reed said.')]),
    ]);
    expect(a).toHaveLength(60);
    expect(b.map((q) => q.speaker)).toEqual(['Tom Reed']);
  });
});
