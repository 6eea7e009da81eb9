import { describe, expect, it } from 'vitest';
import { highlightSizes, waitForHighlights } from './support/chromium';
import { useChromium } from './support/session';

const session = useChromium(['e2e/pages']);

const highlighted = async (page: Parameters<typeof highlightSizes>[0]) =>
  Object.values(await highlightSizes(page)).reduce((sum, size) => sum + size, 0);

describe('pages that change after load', () => {
  it('highlights an article inserted after the page loaded', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('late.html'));
    expect(await highlighted(page)).toBe(0);
    await waitForHighlights(page);
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toBe(2);
    await page.close();
  });

  it('highlights the new quotes of a page that grows on click', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('grow.html'));
    await waitForHighlights(page);
    await expect.poll(() => highlighted(page)).toBe(1);
    await page.click('#more');
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toBe(2);
    await page.click('#more');
    await expect.poll(() => highlighted(page), { timeout: 15_000 }).toBe(3);
    await page.close();
  });

  it('paints quotes inside a same-origin frame and an open shadow root where they are', async () => {
    const page = await session.browser.newPage();
    await page.goto(session.server.url('embedded.html'));
    await waitForHighlights(page);
    await expect.poll(() => highlighted(page)).toBe(2);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect
      .poll(() =>
        frame!.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('verbatim-')).length),
      )
      .toBe(1);
    const shadowStyled = await page.evaluate(() => {
      const root = document.querySelector('news-quote')?.shadowRoot;
      return root
        ? root.adoptedStyleSheets.some((sheet) =>
            /::highlight\(verbatim-/.test([...sheet.cssRules].map((r) => r.cssText).join('')),
          )
        : false;
    });
    expect(shadowStyled).toBe(true);
    await page.screenshot({ path: 'test-results/embedded.png' });
    await page.close();
  });
});
