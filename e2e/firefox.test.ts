import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { serveFolders, type StaticServer } from './support/server';

let firefox: FirefoxWithExtension;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolders([resolve('fixtures/pages')]);
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const highlightNames = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('verbatim-')));

async function waitForHighlights(page: Page) {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('verbatim-')), {
    timeout: 30_000,
  });
}

describe('the main path in Firefox ESR', () => {
  it('highlights quotes, opens a card, and lists the quotes in the popup', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('seed-003.html'));
    await waitForHighlights(page);
    expect(await highlightNames(page)).toContain('verbatim-paraphrase');

    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('This is not the moment') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 10);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const frame = await waitForCardFrame(page);
    const card = await frame.$eval('div.card', (el) => (el as HTMLElement).innerText);
    expect(card).toMatch(/Paraphrase/);
    expect(card).toContain('Reuters wire copy');

    const tabUrl = page.url();
    const popup = await firefox.newPage();
    await firefox.openExtensionPage(popup, 'popup.html', '.popup');
    const tabId = await popup.evaluate(async (url) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, tabUrl);
    await firefox.openExtensionPage(popup, `popup.html?tab=${tabId}`, '.quote');
    const groups = await popup.$$eval('.group h2', (els) => els.map((el) => el.textContent));
    expect(groups).toContain('Mark Rutte');
  });
});

async function waitForCardFrame(page: Page) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    // Over WebDriver BiDi the extension frame reports about:blank as its URL, so look for the card itself.
    for (const frame of page.frames()) {
      if (frame !== page.mainFrame() && (await frame.$('div.card').catch(() => null))) return frame;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no card frame opened');
}
