import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  capturedCount,
  cardFrame,
  cardText,
  openFirstCard,
  openHighlighted,
  openPopupFor,
  quoteCount,
  settledCapturedCount,
  waitForHighlights,
} from './support/chromium';
import { useChromium } from './support/session';

/** 50,000 paragraphs, every 500th holding a different attributed quote nobody's library has. */
function hugePage(): string {
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan, all of it</title>',
    '<meta property="og:site_name" content="The Long Read"></head><body><article><h1>The harbour plan</h1>',
  ];
  for (let i = 0; i < 50_000; i++)
    parts.push(
      i % 500 === 0
        ? `<p>“Stage ${i / 500} of the harbour plan will finish before the ${i / 500}th winter storm,” Mayor Ana Lopez said.</p>`
        : `<p>Paragraph ${i} of filler text about the weather, the markets and the traffic on the ring road.</p>`,
    );
  parts.push('</article></body></html>');
  return parts.join('');
}

const session = useChromium(['fixtures/pages'], { routes: { '/huge.html': hugePage } });

/** Deletes every quote through the manager's own buttons, as a reader who wants none of the bundled ones would. */
async function emptyLibrary(): Promise<void> {
  // A fresh install merges the bundled quotes a moment after start: wait for them before deleting them.
  const deadline = Date.now() + 30_000;
  while ((await quoteCount(session.browser)) === 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  const manager = await session.browser.newPage();
  // The manager reads the library once when it opens: open it again until it shows the bundled quotes.
  for (let attempt = 0; ; attempt++) {
    await manager.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await manager.locator('.quote-list, .empty').first().waitFor();
    if ((await manager.locator('.quote-list').count()) > 0 || attempt >= 20) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await manager.locator('.quote-list').waitFor();
  // Clicked from inside the page: 47 rounds of the automation's own waiting would take minutes here.
  await manager.evaluate(async () => {
    const countText = () => document.querySelector('p.count')?.textContent ?? '';
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    while (document.querySelector('.quote-row')) {
      const before = countText();
      (document.querySelector('.quote-row') as HTMLElement).click();
      await until(() => !!document.querySelector('.quote-detail'));
      const remove = [...document.querySelectorAll('.quote-detail button')].find(
        (b) => b.textContent === 'Delete quote',
      ) as HTMLButtonElement;
      await until(() => !remove.disabled);
      remove.click();
      await until(() => countText() !== before);
    }
  });
  await manager.getByText('Your library is empty.').waitFor();
  await manager.close();
}

const HEADLINE = 'This is not the time to go it alone';

describe('Verbatim remembers what you read', () => {
  beforeAll(emptyLibrary, 120_000);

  let first = 0;
  let second = 0;
  let page002: Page;

  it('remembers the quotes of seed 000 with nothing in the library', async () => {
    const page = await openHighlighted(session.browser, session.server.url('seed-000.html'));
    first = await settledCapturedCount(session.browser);
    expect(first).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  it('shows on seed 002 how seed 000 worded the same remark, with its diff and outlet', async () => {
    page002 = await openHighlighted(session.browser, session.server.url('seed-002.html'));
    second = await settledCapturedCount(session.browser);
    expect(second).toBeGreaterThan(first);
    const card = await openFirstCard(page002, HEADLINE);
    expect(card).toMatch(/seen on other pages you read/i);
    expect(card).toContain('AP story as rewritten');
    expect(card).toContain('Let me be absolutely clear');
    const frame = await cardFrame(page002);
    // Seed 000 printed the longer sentence: the words only it has are marked.
    expect(await frame!.locator('.seen-elsewhere del, .seen-elsewhere ins').count()).toBeGreaterThan(0);
    // Each page is named by its title: two stories from one outlet are told apart.
    expect(await frame!.locator('.seen-elsewhere .page-title').allInnerTexts()).toContain(
      'NATO chief Rutte calls for unity as Europe builds up its defenses',
    );
    // Nothing here is in the library: the card offers what was read, not a library wording.
    expect(card).toContain('Copy the fullest wording with citation');
    expect(card).toContain('Open in “Seen while reading”');
    expect(card).not.toMatch(/library's wording|Library wording/);
    await page002.screenshot({ path: 'test-results/reading-memory-card.png' });
    await page002.keyboard.press('Escape');
    await expect.poll(() => cardText(page002)).toBe('');
  });

  it('adds nothing when seed 002 is read again', async () => {
    const again = await openHighlighted(session.browser, session.server.url('seed-002.html'));
    expect(await settledCapturedCount(session.browser)).toBe(second);
    await again.close();
  });

  it('shows what was read on its own shelf in the manager, and keeps a quote the reader chooses', async () => {
    const manager = await session.browser.newPage();
    await manager.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await manager.getByRole('button', { name: /^Seen while reading \(\d+\)$/ }).click();
    const rows = manager.locator('.quote-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await manager.getByLabel('Search the library').fill('go it alone');
    const shared = rows.filter({ hasText: 'read on 2 pages' });
    await expect.poll(() => shared.count()).toBeGreaterThan(0);
    await manager.screenshot({ path: 'test-results/reading-memory-manager.png' });
    // Keeping a quote moves it to the library shelf.
    await manager.getByLabel('Search the library').fill('can we trust the Americans');
    await rows.filter({ hasText: 'Absolutely, can we trust' }).first().click();
    await manager.getByRole('button', { name: 'Keep in library' }).click();
    await manager.getByText(/^Kept in your library/).waitFor();
    await expect
      .poll(() => manager.getByRole('button', { name: /^Library \(1\)$/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await manager.close();
  });

  it('shows in the popup how many other pages a quote was read on, and forgets the site', async () => {
    const popup = await openPopupFor(session.browser, page002);
    await popup.waitForSelector('.quote');
    await expect.poll(() => popup.locator('.read-count').count()).toBeGreaterThan(0);
    expect(await popup.locator('.read-count').first().innerText()).toMatch(/Read on 1 other page$/);
    // Quotes only read elsewhere are counted apart from the library's.
    expect(await popup.locator('.summary').innerText()).toMatch(
      /, \d+ in your library, \d+ seen on other pages you read$/,
    );
    await popup.screenshot({ path: 'test-results/reading-memory-popup.png' });
    await popup.locator('#forget-site').click();
    await popup.getByText(/^Forgot \d+ wordings? from this site\./).waitFor();
    await popup.close();
    expect(await capturedCount(session.browser)).toBe(0);
    await expect
      .poll(async () => {
        const card = await openFirstCard(page002, HEADLINE);
        await page002.keyboard.press('Escape');
        return card;
      })
      .not.toContain('AP story as rewritten');
    await page002.close();
  });

  it('captures a page of 50,000 paragraphs without freezing the page or the background for long', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('huge.html'));
    await waitForHighlights(page, 60_000);
    // While the page is scanned and its quotes stored, the page's main thread and the background keep answering.
    const pageGap = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let worst = 0;
          let last = performance.now();
          const started = last;
          const tick = () => {
            const now = performance.now();
            worst = Math.max(worst, now - last);
            last = now;
            if (now - started < 4000) setTimeout(tick, 0);
            else resolve(worst);
          };
          setTimeout(tick, 0);
        }),
    );
    let backgroundWorst = 0;
    for (let i = 0; i < 10; i++) {
      const asked = Date.now();
      await session.browser.worker.evaluate(() => 1);
      backgroundWorst = Math.max(backgroundWorst, Date.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await expect.poll(() => capturedCount(session.browser), { timeout: 60_000 }).toBe(100);
    expect(await pageGap).toBeLessThan(250);
    expect(backgroundWorst).toBeLessThan(1000);
    await page.close();
  });

  it('sends no request anywhere but 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
  });
});
