import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardText,
  highlightSizes,
  launchWithExtension,
  openFirstCard,
  tabIdOf,
  waitForHighlights,
  type ExtensionBrowser,
} from './support/chromium';
import { serveFolders, type StaticServer } from './support/server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFolders([resolve('fixtures/pages')]);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const badgeOf = (tabId: number) =>
  browser.worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }),
    tabId,
  );

describe('toolbar badge, site switch and keyboard', () => {
  it('counts matched quotes on the badge and turns it orange when the wording drifted', async () => {
    const faithful = await browser.newPage();
    await faithful.goto(server.url('seed-002.html'));
    await waitForHighlights(faithful);
    const faithfulId = await tabIdOf(browser, faithful.url());
    await expect.poll(async () => Number((await badgeOf(faithfulId)).text)).toBeGreaterThanOrEqual(5);

    const drifted = await browser.newPage();
    await drifted.goto(server.url('seed-003.html'));
    await waitForHighlights(drifted);
    const driftedId = await tabIdOf(browser, drifted.url());
    await expect.poll(async () => (await badgeOf(driftedId)).color).toEqual([194, 65, 12, 255]);
    await faithful.close();
    await drifted.close();
  });

  it('moves focus into the card, closes it with Escape and gives focus back', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seed-002.html'));
    await waitForHighlights(page);
    await openFirstCard(page, 'A fairer NATO');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('VERBATIM-CARD');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBe('');
    await page.close();
  });

  it('reveals a quote from the popup with the keyboard and opens its card', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seed-002.html'));
    await waitForHighlights(page);
    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const target = popup.locator('.quote', { hasText: 'A fairer NATO' }).first();
    await target.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('fair share');
    await popup.close();
    await page.close();
  });

  it('switches Verbatim off on one site from the popup and remembers it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seed-002.html'));
    await waitForHighlights(page);
    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('checkbox', { name: /On 127\.0\.0\.1/ }).uncheck();
    await expect.poll(async () => Object.keys(await highlightSizes(page)).length).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(Object.keys(await highlightSizes(page))).toEqual([]);
    await popup.reload();
    await popup.getByRole('checkbox', { name: /On 127\.0\.0\.1/ }).check();
    await waitForHighlights(page);
    await popup.close();
    await page.close();
  });

  it('shows and hides every highlight with the keyboard shortcut’s command', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seed-002.html'));
    await waitForHighlights(page);
    const tabId = await tabIdOf(browser, page.url());
    await browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { verbatimRunCommand(c: string, t: number): Promise<void> }
        ).verbatimRunCommand('toggle-highlights', id),
      tabId,
    );
    await expect.poll(async () => Object.keys(await highlightSizes(page)).length).toBe(0);
    await browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { verbatimRunCommand(c: string, t: number): Promise<void> }
        ).verbatimRunCommand('toggle-highlights', id),
      tabId,
    );
    await waitForHighlights(page);
    await page.close();
  });

  it('reads nothing in “only when I click” mode until the popup is opened on the page', async () => {
    const setRunOn = (runOn: string) =>
      browser.worker.evaluate(async (value) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), runOn: value } });
      }, runOn);
    await setRunOn('click');
    const page = await browser.newPage();
    await page.goto(server.url('seed-002.html'));
    await page.waitForTimeout(1500);
    expect(Object.keys(await highlightSizes(page))).toEqual([]);
    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await waitForHighlights(page);
    await popup.waitForSelector('.quote');
    await setRunOn('news');
    await popup.close();
    await page.close();
  });
});
