import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../lib/cli/main';
import { tabIdOf, updateSettings, waitForHighlights } from './support/chromium';
import { useChromium } from './support/session';

const session = useChromium(['fixtures/pages']);

/** What `verbatim scan --json` finds on a saved page: text, speaker and best match of every quote. */
async function scanned(page: string) {
  const out: string[] = [];
  const code = await main(['scan', '--json', page], { out: (t) => out.push(t), err: () => undefined });
  expect(code).toBe(0);
  const [result] = JSON.parse(out.join('\n')).pages as {
    quotes: { text: string; speaker: string | null; matches: { quoteId: string }[] }[];
  }[];
  return result!.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    quoteId: q.matches[0]?.quoteId ?? null,
  }));
}

/** What the content script reported for the tab: the same fields, as the popup sees them. */
async function reported(tabId: number) {
  const report = await session.browser.worker.evaluate(async (id) => {
    const key = `page-report:${id}`;
    return (await chrome.storage.session.get(key))[key] as
      { quotes: { text: string; speaker: string | null; match: { quoteId: string } | null }[] } | undefined;
  }, tabId);
  return (report?.quotes ?? []).map((q) => ({
    text: q.text,
    speaker: q.speaker,
    quoteId: q.match?.quoteId ?? null,
  }));
}

describe('the content script and the command line agree', () => {
  // Both must match against the same library: what capture remembers from one seed page would join the next
  // page's quotes in the browser, where the command line holds the bundled library only.
  beforeAll(() => updateSettings(session.browser, { capture: false }));

  for (const seed of ['000', '001', '002', '003', '004']) {
    it(`finds the same quotes, speakers and matches on the seed ${seed} page`, async () => {
      const page = await session.browser.newPage();
      await page.goto(session.server.url(`seed-${seed}.html`));
      await waitForHighlights(page);
      const tabId = await tabIdOf(session.browser, page.url());
      const expected = await scanned(`fixtures/pages/seed-${seed}.html`);
      await expect.poll(() => reported(tabId)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(5);
      await page.close();
    });
  }
});
