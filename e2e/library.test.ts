import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextPage, tabIdOf, updateSettings } from './support/chromium';
import { useChromium } from './support/session';

const RESULTS = resolve('test-results');

/** A news page with a remark no library has, so "Add to Verbatim" must make a new quote. */
function articlePage(outlet: string, date: string, sentence: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Bridge plan - ${outlet}</title>
<meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${date}T09:00:00Z">
</head><body><header><nav><a href="/">Home</a></nav></header>
<article><h1>City sets date for river bridge</h1>
<p>${sentence}</p>
<p>The council will vote on the budget next month.</p></article>
<footer>© ${outlet}</footer></body></html>`;
}

const FIRST = '“We will open the new river bridge before the first frost,” Mayor Ana Lopez said on Tuesday.';
const SECOND = 'Mayor Ana Lopez said: “The new river bridge will open before the first frost.”';

/** Selects `text` in the page, as a reader dragging over it would. */
async function selectText(page: Page, text: string): Promise<void> {
  await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`not on the page: ${needle}`);
  }, text);
}

/** The context-menu path: the same handler the menu calls, with the menu's own data. */
async function addFromPage(path: string, selection: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(session.server.url(path));
  await selectText(page, selection);
  const tabId = await tabIdOf(session.browser, page.url());
  const opened = nextPage(session.browser);
  await session.browser.worker.evaluate(
    async ({ url, text, id }) => {
      const tab = await chrome.tabs.get(id);
      const add = (
        globalThis as unknown as { verbatimAddFromPage(info: object, tab: object | undefined): Promise<void> }
      ).verbatimAddFromPage;
      await add({ selectionText: text, frameId: 0, pageUrl: url, menuItemId: 'verbatim-add-selection' }, tab);
    },
    { url: page.url(), text: selection, id: tabId },
  );
  const form = await opened('/add.html');
  await form.waitForSelector('form.add-form textarea');
  await page.close();
  return form;
}

async function saveAsNewQuote(form: Page, speaker: string): Promise<void> {
  await form.waitForFunction(() => !document.body.textContent?.includes('Looking for this quote'));
  await form.getByLabel('A new quote').check();
  const speakerInput = form.locator('input[name="speaker"]');
  if (!(await speakerInput.inputValue())) await speakerInput.fill(speaker);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText(/^Saved as a new quote/).waitFor();
}

async function openManager(): Promise<Page> {
  const manager = await session.browser.newPage();
  await manager.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await manager.locator('.quote-list, .empty').first().waitFor();
  return manager;
}

async function search(manager: Page, words: string): Promise<void> {
  await manager.getByLabel('Search the library').fill(words);
}

const session = useChromium(['fixtures/pages'], {
  routes: {
    '/gazette.html': () => articlePage('Riverside Gazette', '2025-04-01', FIRST),
    '/herald.html': () => articlePage('Valley Herald', '2025-04-02', SECOND),
  },
});

describe('the library in Chromium, as a new user meets it', () => {
  // These tests manage the library by hand; e2e/reading-memory.test.ts covers what reading adds by itself.
  beforeAll(() => updateSettings(session.browser, { capture: false }));

  it('adds a quote from a page through the context-menu path, prefilled from the page', async () => {
    const selection = 'We will open the new river bridge before the first frost';
    const form = await addFromPage('gazette.html', selection);
    expect(await form.getByLabel('Quote as printed').inputValue()).toContain(selection);
    expect(await form.locator('input[name="outlet"]').inputValue()).toBe('Riverside Gazette');
    expect(await form.locator('input[name="date"]').inputValue()).toBe('2025-04-01');
    expect(await form.locator('input[name="url"]').inputValue()).toBe(session.server.url('gazette.html'));
    await form.screenshot({ path: join(RESULTS, 'library-add-form.png') });
    await saveAsNewQuote(form, 'Ana Lopez');
    await form.close();

    const second = await addFromPage('herald.html', 'The new river bridge will open before the first frost.');
    await saveAsNewQuote(second, 'Ana Lopez');
    await second.close();
  });

  it('lists reported speech without quotation marks, each row as tall as its wording', async () => {
    const manager = await openManager();
    await search(manager, 'Article 5 is clear');
    const reported = manager.locator('.quote-row', { hasText: 'Article 5 is clear' }).first();
    expect(await reported.locator('.row-text').innerText()).toBe('NATO’s Article 5 is clear');
    expect(await reported.locator('.row-meta').innerText()).toContain('reported speech');
    await search(manager, '');
    // A one-line quote takes a shorter row than a two-line one: no gap under short wording.
    const heights = await manager
      .locator('.quote-row')
      .evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().height)));
    expect(new Set(heights).size).toBeGreaterThan(1);
    // Measured rows stack with no gap and no overlap.
    const stacked = await manager.locator('.quote-row').evaluateAll((rows) => {
      const boxes = rows.map((row) => row.getBoundingClientRect()).sort((a, b) => a.top - b.top);
      return boxes.slice(1).every((box, i) => Math.abs(box.top - boxes[i]!.bottom) < 1);
    });
    expect(stacked).toBe(true);
    await manager.screenshot({ path: join(RESULTS, 'library-rows.png') });
    await manager.close();
  });

  it('finds both in the manager, merges them, undoes and merges again', async () => {
    const manager = await openManager();
    await search(manager, 'river bridge first frost');
    const rows = manager.locator('.quote-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain('Ana Lopez');

    await manager.locator('.quote-row', { hasText: 'We will open' }).click();
    const detail = manager.locator('.quote-detail');
    await detail.getByText('Riverside Gazette').waitFor();
    await detail.getByRole('button', { name: 'Merge another quote into this…' }).click();
    // The picker takes the focus: typing goes straight into its search box.
    await manager.keyboard.type('will open before the first frost');
    expect(await manager.getByLabel('Find the quote').inputValue()).toBe('will open before the first frost');
    await manager.locator('.picker .pick', { hasText: 'The new river bridge will open' }).click();
    await manager.getByText(/^Merged “The new river bridge/).waitFor();
    await expect.poll(() => detail.locator('.rendering-card').count()).toBe(2);
    expect(await detail.locator('.rendering-card').allInnerTexts()).toEqual([
      expect.stringContaining('Riverside Gazette'),
      expect.stringContaining('Valley Herald'),
    ]);
    await expect.poll(() => rows.count()).toBe(1);
    await manager.screenshot({ path: join(RESULTS, 'library-merged.png'), fullPage: true });

    await manager.getByRole('button', { name: /^Undo merge two quotes/ }).click();
    await manager.getByText('Undid: merge two quotes.').waitFor();
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => detail.locator('.rendering-card').count()).toBe(1);

    await detail.getByRole('button', { name: 'Merge another quote into this…' }).click();
    // The picker takes the focus: typing goes straight into its search box.
    await manager.keyboard.type('will open before the first frost');
    expect(await manager.getByLabel('Find the quote').inputValue()).toBe('will open before the first frost');
    await manager.getByLabel('Find the quote').press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    await manager.close();
  });

  it('exports, and imports the export again after a delete; a malformed file changes nothing and says why', async () => {
    const manager = await openManager();
    const downloading = manager.waitForEvent('download');
    await manager.getByRole('button', { name: 'Export JSON' }).click();
    const download = await downloading;
    const exported = join(RESULTS, 'library-export.json');
    await download.saveAs(exported);
    const file = JSON.parse(await readFile(exported, 'utf8'));
    expect(file).toMatchObject({ format: 'verbatim-library', version: 1 });
    const mine = file.quotes.find((q: { canonical: string }) => q.canonical.includes('river bridge'));
    expect(file.renderings.filter((r: { quoteId: string }) => r.quoteId === mine.id)).toHaveLength(2);
    const total = file.quotes.length;

    await search(manager, 'river bridge first frost');
    await manager.locator('.quote-row').first().click();
    await manager.getByRole('button', { name: 'Delete quote' }).click();
    await manager.getByText(/^Deleted the quote and its 2 renderings/).waitFor();
    await expect.poll(() => manager.locator('.quote-row').count()).toBe(0);
    await manager.getByText(/^No quote matches/).waitFor();

    const bad = join(RESULTS, 'library-bad.json');
    const broken = structuredClone(file);
    broken.renderings[0].date = '1 April';
    await writeFile(bad, JSON.stringify(broken));
    await manager.locator('input[type="file"]').setInputFiles(bad);
    const alert = manager.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/library-bad\.json was not imported; nothing changed/);
    expect(await alert.innerText()).toMatch(/renderings\[0\] \(id ".+"\)\.date: expected YYYY-MM-DD/);
    await expect.poll(() => manager.locator('.quote-row').count()).toBe(0);
    await manager.screenshot({ path: join(RESULTS, 'library-import-error.png'), fullPage: true });

    await manager.locator('input[type="file"]').setInputFiles(exported);
    await manager.getByText(/^Imported library-export\.json: 1 new quote, 2 new renderings/).waitFor();
    await expect.poll(() => manager.locator('.quote-row').count()).toBe(1);
    await manager.getByLabel('Search the library').fill('');
    await expect
      .poll(async () => (await manager.locator('.count').innerText()).trim())
      .toBe(`${total} quotes`);
    await manager.close();
  });

  it('makes a quote by hand, adds, edits and moves a rendering, undoes by keyboard, and restores the bundled quotes', async () => {
    const manager = await openManager();
    await manager.getByRole('button', { name: 'New quote' }).click();
    const form = manager.getByRole('form', { name: 'New quote' });
    // No speaker is chosen for the reader: the first in the list would be a misattribution one click away.
    expect(await form.getByLabel('Speaker').inputValue()).toBe('');
    await form.getByLabel('Speaker').selectOption({ label: 'A new speaker…' });
    await form.getByLabel('New speaker’s name').fill('Kaja Kallas');
    await form.getByLabel(/^Wording/).fill('Europe must be ready to defend itself by the end of the decade.');
    await form.getByLabel('Date (optional)').fill('2025-03-20');
    await form.getByRole('button', { name: 'Add quote' }).click();
    const detail = manager.locator('.quote-detail');
    await detail.getByRole('heading', { name: 'Kaja Kallas' }).waitFor();
    await detail.getByText('No outlet’s wording yet.').waitFor();

    await detail.getByRole('button', { name: '+ Add a rendering' }).click();
    const editor = manager.getByRole('form', { name: 'New rendering' });
    await editor
      .getByLabel('Text as printed')
      .fill('Europe must be ready to defend itself by 2030, Kallas said.');
    await editor.getByLabel('Outlet').fill('Politico Europe');
    await editor.getByLabel('Form').selectOption('reported');
    await editor.getByRole('button', { name: 'Save' }).click();
    const card = detail.locator('.rendering-card', { hasText: 'Politico Europe' });
    await card.waitFor();
    expect(await card.innerText()).toContain('reported');

    await card.getByRole('button', { name: 'Edit Politico Europe’s rendering' }).click();
    await manager
      .getByRole('form', { name: /^Edit Politico Europe/ })
      .getByLabel('Outlet')
      .fill('Politico');
    await manager
      .getByRole('form', { name: /^Edit Politico Europe/ })
      .getByRole('button', { name: 'Save' })
      .click();
    await manager.getByText('Saved Politico’s rendering.').waitFor();

    const move = detail.getByRole('button', { name: 'Move Politico’s rendering to another quote' });
    // Escape closes the picker and gives the focus back to the button that opened it.
    await move.click();
    await manager.keyboard.press('Escape');
    await expect.poll(() => manager.locator('.picker').count()).toBe(0);
    expect(await move.evaluate((button) => button === document.activeElement)).toBe(true);
    await move.click();
    await manager.getByLabel('Find the quote').fill('river bridge');
    await manager.locator('.picker .pick').first().click();
    await manager.getByText(/^Moved Politico’s rendering to “We will open/).waitFor();
    await detail.getByText('No outlet’s wording yet.').waitFor();
    await manager.locator('body').click({ position: { x: 5, y: 5 } });
    await manager.keyboard.press('Control+z');
    await manager.getByText('Undid: move a rendering.').waitFor();
    await detail.locator('.rendering-card', { hasText: 'Politico' }).waitFor();

    // The list answers the keyboard: arrows move the selection and the detail follows.
    await manager.getByLabel('Search the library').fill('');
    const list = manager.getByRole('listbox', { name: 'Quotes' });
    await list.focus();
    await manager.keyboard.press('Home');
    const first = await manager.locator('.quote-row[aria-selected="true"]').getAttribute('data-quote-id');
    await manager.keyboard.press('ArrowDown');
    const second = await manager.locator('.quote-row[aria-selected="true"]').getAttribute('data-quote-id');
    expect(second).not.toBe(first);
    expect(await detail.getAttribute('data-quote-id')).toBe(second);

    // Delete a bundled quote, then restore the bundled quotes: it comes back and Kallas's quote stays.
    await search(manager, 'not the time to go it alone');
    await manager.locator('.quote-row', { hasText: 'Let me be absolutely clear' }).first().click();
    await manager.getByRole('button', { name: 'Delete quote' }).click();
    await manager.getByText(/^Deleted the quote/).waitFor();
    await expect
      .poll(() => manager.locator('.quote-row', { hasText: 'Let me be absolutely clear' }).count())
      .toBe(0);
    await manager.getByRole('button', { name: 'Restore bundled quotes' }).click();
    await manager.getByText(/^Restored the bundled quotes: \d+ records? brought back/).waitFor();
    await expect
      .poll(() => manager.locator('.quote-row', { hasText: 'Let me be absolutely clear' }).count())
      .toBe(1);
    await search(manager, 'defend itself by the end of the decade');
    await expect.poll(() => manager.locator('.quote-row').count()).toBe(1);
    await manager.screenshot({ path: join(RESULTS, 'library-manager.png'), fullPage: true });
    await manager.close();
  });

  it('sends no request anywhere but 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
  });
});
