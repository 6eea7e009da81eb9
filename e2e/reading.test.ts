import { describe, expect, it } from 'vitest';
import {
  cardFrame,
  cardText,
  clickText,
  highlightSizes,
  openFirstCard,
  openHighlighted,
  openPopupFor,
} from './support/chromium';
import { useChromium } from './support/session';

const session = useChromium(['fixtures/pages']);

async function openSeed(name: string) {
  const page = await openHighlighted(session.browser, session.server.url(name));
  return page;
}

describe('reading a seed article in Chromium', () => {
  it('highlights the Reuters copy’s Rutte quotes as verbatim matches', async () => {
    const page = await openSeed('seed-002.html');
    const sizes = await highlightSizes(page);
    expect(sizes['verbatim-verbatim']).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: 'test-results/seed-002.png' });
    await page.close();
  });

  it('opens a card that shows how other outlets worded a paraphrased remark', async () => {
    const page = await openSeed('seed-003.html');
    const sizes = await highlightSizes(page);
    expect(sizes['verbatim-paraphrase']).toBeGreaterThanOrEqual(1);
    const text = await openFirstCard(page, 'This is not the moment');
    expect(text).toMatch(/Paraphrase/);
    expect(text).toContain('Reuters wire copy');
    expect(text).toContain('AP story as rewritten');
    // Rutte's two sentences, interrupted by "Rutte declared", are one statement: the library's "too great" remark.
    expect(text).toMatch(/global security challenges are too great/i);
    // The library's wording from this page's own outlet is marked as such, not offered as another outlet's.
    expect(text).toMatch(/Cnews Live\s*·\s*this outlet/);
    // The card stands clear of every line of the quote clicked, above or below it.
    const frame = await cardFrame(page);
    const card = (await (await frame!.frameElement()).boundingBox())!;
    const quote = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) =>
        el.textContent?.includes('This is not the moment'),
      );
      const boxes: DOMRect[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('verbatim-')) return;
        for (const range of highlight as unknown as Iterable<Range>)
          if (p?.contains(range.commonAncestorContainer)) boxes.push(range.getBoundingClientRect());
      });
      return { top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
    });
    expect(card.y >= quote.bottom || card.y + card.height <= quote.top).toBe(true);
    await page.screenshot({ path: 'test-results/seed-003-card.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBe('');
    await page.close();
  });

  it('checks the words a reported clause puts in quotation marks: Merz’s “current form”', async () => {
    const page = await openSeed('seed-002.html');
    const text = await openFirstCard(page, 'whether NATO will remain');
    expect(text).toMatch(/Friedrich Merz/);
    expect(text).toMatch(/The words in quotation marks: word for word/);
    expect(text).not.toMatch(/Not in library/);
    await page.close();
  });

  it('shows the clicked quote’s card when another card is already open', async () => {
    const page = await openSeed('seed-002.html');
    expect(await openFirstCard(page, 'Let me be absolutely clear')).toMatch(/go it alone/i);
    // No Escape in between: the reader goes straight from one quote to the next.
    await clickText(page, 'Yes, Europe needs to know');
    await expect.poll(() => cardText(page)).toMatch(/Uncle Sam/);
    expect(await cardText(page)).not.toMatch(/go it alone/i);
    await page.close();
  });

  it('opens the card beside the paragraph in a wide window, covering none of the text after it', async () => {
    const page = await openSeed('seed-002.html');
    await page.setViewportSize({ width: 1800, height: 900 });
    await openFirstCard(page, 'Let me be absolutely clear');
    const frame = await cardFrame(page);
    const box = await (await frame!.frameElement()).boundingBox();
    const paragraph = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((el) =>
        el.textContent?.includes('Let me be absolutely clear'),
      );
      const r = p!.getBoundingClientRect();
      return { right: r.right, bottom: r.bottom };
    });
    expect(box!.x).toBeGreaterThanOrEqual(paragraph.right);
    // Level with the quote, or raised just enough that the whole card stays in the window.
    expect(box!.y).toBeLessThan(paragraph.bottom);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await page.screenshot({ path: 'test-results/seed-002-card-beside.png' });
    await page.close();
  });

  it('says "More below" when the card is taller than the window, and no longer once scrolled to its end', async () => {
    const page = await openSeed('seed-003.html');
    await page.setViewportSize({ width: 1000, height: 420 });
    await openFirstCard(page, 'This is not the moment');
    const frame = (await cardFrame(page))!;
    const more = frame.locator('.more-below');
    await more.waitFor();
    await page.screenshot({ path: 'test-results/seed-003-card-more-below.png' });
    await more.click();
    await frame.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => more.count()).toBe(0);
    await page.close();
  });

  it('lists the page’s quotes in the popup, grouped by speaker', async () => {
    const page = await openSeed('seed-002.html');
    const popup = await openPopupFor(session.browser, page);
    await popup.waitForSelector('.quote');
    const groups = await popup.locator('.group h2').allInnerTexts();
    expect(groups[0]).toBe('Mark Rutte');
    const quotes = await popup.locator('.quote').allInnerTexts();
    expect(quotes.some((q) => q.includes('Let me be absolutely clear'))).toBe(true);
    await popup.screenshot({ path: 'test-results/popup.png' });
    await popup.close();
    await page.close();
  });

  it('sends no request anywhere but 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
  });
});
