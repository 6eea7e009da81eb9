import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  await Dexie.delete('verbatim');
});

describe('the background’s parse of a page’s blocks', () => {
  it('answers speech only: no scare quote, no cited title for the page to place', async () => {
    const { parseBlocks } = await import('../../lib/services/parse-service');
    const title = '“Ekberg’s voyage to the northern coast”. Harbour Encyclopedia.';
    const reply = await parseBlocks(
      {
        scan: 's1',
        from: 0,
        done: true,
        blocks: [
          {
            text: 'The council’s “reset” with the harbour board did not last the winter.',
            quoted: false,
            heading: false,
          },
          {
            text: '“We will open the bridge before the first frost,” Mayor Ana Lopez said.',
            quoted: false,
            heading: false,
          },
          { text: title, quoted: false, heading: false, cited: [[0, title.length]] },
        ],
      },
      7,
      0,
    );
    expect(reply.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ['speech', 'We will open the bridge before the first frost', 'Ana Lopez'],
    ]);
  });
});
