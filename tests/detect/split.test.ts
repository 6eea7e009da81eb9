import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { attributeBlocks, type BlockText } from '../../lib/detect/attribute';
import { scanSliced } from '../../lib/detect/scan';
import { article, RUTTE } from './helpers';

const STORY = [
  '<p>“We will not give up on this town,” said Ada Stone, who runs the bakery.</p>',
  '<p>Stone said the new rules would hurt small shops more than the big chains.</p>',
  '<p>“It is only fair,” she added. “Everyone should pay their <q>fair</q> share.”</p>',
  '<blockquote>Nobody should pay more than that.</blockquote>',
  '<p>The NATO chief said allies must “go it alone” if needed. Rutte spoke in Brussels.</p>',
].join('');

const summary = (quotes: { text: string; speaker: string | null; form: string; kind: string }[]) =>
  quotes.map(({ text, speaker, form, kind }) => ({ text, speaker, form, kind }));

describe('detection split between the page and the background', () => {
  it('gives the same quotes when the block texts cross a message boundary as JSON', async () => {
    const doc = article(STORY);
    const sent: BlockText[][] = [];
    const split = await scanSliced(doc, {}, (blocks) => {
      sent.push(blocks);
      // What extension messaging does to both directions: nothing but plain data survives.
      const received = JSON.parse(JSON.stringify(blocks)) as BlockText[];
      return Promise.resolve(JSON.parse(JSON.stringify(attributeBlocks(received, [RUTTE]))));
    });
    const inProcess = detectQuotes(doc, { speakers: [RUTTE] });
    expect(sent).toHaveLength(1);
    expect(summary(split)).toEqual(summary(inProcess));
    expect(split.length).toBeGreaterThan(3);
    expect(split.map((q) => q.ranges.map((r) => r.toString()).join(' '))).toEqual(
      inProcess.map((q) => q.ranges.map((r) => r.toString()).join(' ')),
    );
  });

  it('answers quotes as offsets into the blocks it was sent, with the flags that shaped them', () => {
    const blocks: BlockText[] = [
      {
        text: '“Rates will stay where they are,” the Fed chair said on Monday.',
        quoted: false,
        heading: false,
      },
      { text: 'Prices matter more than growth this year.', quoted: true, heading: false },
      { text: 'Prices rise as the minister says growth will slow', quoted: false, heading: true },
    ];
    const found = attributeBlocks(blocks, []);
    const [first, pull] = found;
    expect(first?.spans).toEqual([[0, 1, 31]]);
    expect(blocks[0]!.text.slice(1, 31)).toBe(first!.text);
    expect(pull).toMatchObject({ text: 'Prices matter more than growth this year.', spans: [[1, 0, 41]] });
    // A headline's unmarked words are the desk's: nothing comes of the third block.
    expect(found.some((q) => q.spans.some(([block]) => block === 2))).toBe(false);
  });
});
