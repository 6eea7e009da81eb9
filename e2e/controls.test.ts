import { describe, expect, it } from 'vitest';
import {
  cardText,
  highlightSizes,
  openFirstCard,
  openHighlighted,
  openPopupFor,
  tabIdOf,
  waitForHighlights,
} from './support/chromium';
import { useChromium } from './support/session';

const session = useChromium(['fixtures/pages']);

const badgeOf = (tabId: number) =>
  session.browser.worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }),
    tabId,
  );

describe('toolbar badge, site switch and keyboard', () => {
  it('counts matched quotes on the badge and turns it orange when the wording drifted', async () => {
    const faithful = await openHighlighted(session.browser, session.server.url('seed-002.html'));
    const faithfulId = await tabIdOf(session.browser, faithful.url());
    await expect.poll(async () => Number((await badgeOf(faithfulId)).text)).toBeGreaterThanOrEqual(5);

    const drifted = await openHighlighted(session.browser, session.server.url('seed-003.html'));
    const driftedId = await tabIdOf(session.browser, drifted.url());
    await expect.poll(async () => (await badgeOf(driftedId)).color).toEqual([194, 65, 12, 255]);
    await faithful.close();
    await drifted.close();
  });

  it('moves focus into the card, closes it with Escape and gives focus back', async () => {
    const page = await openHighlighted(session.browser, session.server.url('seed-002.html'));
    await openFirstCard(page, 'A fairer NATO');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('VERBATIM-CARD');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBe('');
    await page.close();
  });

  it('reveals a quote from the popup with the keyboard and opens its card', async () => {
    const page = await openHighlighted(session.browser, session.server.url('seed-002.html'));
    const popup = await openPopupFor(session.browser, page);
    const target = popup.locator('.quote', { hasText: 'A fairer NATO' }).first();
    await target.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain('fair share');
    await popup.close();
    await page.close();
  });

  it('switches Verbatim off on one site from the popup and remembers it', async () => {
    const page = await openHighlighted(session.browser, session.server.url('seed-002.html'));
    const popup = await openPopupFor(session.browser, page);
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
    const page = await openHighlighted(session.browser, session.server.url('seed-002.html'));
    const tabId = await tabIdOf(session.browser, page.url());
    await session.browser.worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { verbatimRunCommand(c: string, t: number): Promise<void> }
        ).verbatimRunCommand('toggle-highlights', id),
      tabId,
    );
    await expect.poll(async () => Object.keys(await highlightSizes(page)).length).toBe(0);
    await session.browser.worker.evaluate(
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
      session.browser.worker.evaluate(async (value) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), runOn: value } });
      }, runOn);
    await setRunOn('click');
    const page = await session.browser.newPage();
    await page.goto(session.server.url('seed-002.html'));
    await page.waitForTimeout(1500);
    expect(Object.keys(await highlightSizes(page))).toEqual([]);
    const popup = await openPopupFor(session.browser, page);
    await waitForHighlights(page);
    await popup.waitForSelector('.quote');
    await setRunOn('news');
    await popup.close();
    await page.close();
  });
});
