import { describe, expect, it } from 'vitest';
import { cardFrame, highlightSizes, openFirstCard, nextPage, openHighlighted } from './support/chromium';
import { useChromium } from './support/session';

const session = useChromium(['e2e/pages']);

describe('a quote the library does not hold', () => {
  it('says so on its card, opens the add form prefilled from the page, and is highlighted once saved', async () => {
    const page = await openHighlighted(session.browser, session.server.url('unknown.html'));
    const card = await openFirstCard(page, 'We will open the new river bridge');
    expect(card).toMatch(/Not in library/);
    const opened = nextPage(session.browser);
    await (await cardFrame(page))!.getByRole('button', { name: 'Add to library…' }).click();
    const add = await opened('/add.html#');
    await add.waitForSelector('textarea');
    expect(await add.locator('textarea').first().inputValue()).toBe(
      'We will open the new river bridge before the first frost',
    );
    expect(await add.getByLabel('Outlet').inputValue()).toBe('The Springfield Ledger');
    expect(await add.getByLabel('Speaker').inputValue()).toBe('Ana Lopez');
    await add.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await highlightSizes(page))['verbatim-verbatim'] ?? 0).toBe(1);
    await add.close();
    await page.close();
  });
});
