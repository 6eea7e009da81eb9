import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/browsers';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that tried to leave 127.0.0.1 (and was blocked). */
  blocked: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Real Chromium with the built extension loaded, as a user would run it. Every
 * request that is not for 127.0.0.1 or the extension itself is blocked and
 * recorded, so a test can prove nothing left the machine.
 */
export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'verbatim-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1200, height: 900 },
  });
  const blocked: string[] = [];
  await context.route(
    (url) => !/^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/.test(url.href),
    async (route) => {
      blocked.push(route.request().url());
      await route.abort();
    },
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    blocked,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The tab id the extension knows a page by, asked of the extension itself. */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  return browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab for ${target}`);
    return tab.id;
  }, url);
}

/** The names and sizes of our highlights in the page, read through the page's own CSS.highlights. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('verbatim-')) sizes[name] = highlight.size;
    });
    return sizes;
  });
}

/** Clicks the page's text where it starts with `prefix`, as a reader clicks a highlighted quote. */
export async function clickText(page: Page, prefix: string): Promise<void> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + Math.min(needle.length, 12));
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, prefix);
  if (!point) throw new Error(`text not found on the page: ${prefix}`);
  await page.mouse.click(point.x, point.y);
}

/** The open card's text, read through its shadow root. */
export function cardText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('verbatim-card');
    const card = host?.shadowRoot?.querySelector('.card');
    return card instanceof HTMLElement && !(host as HTMLElement).hidden ? card.innerText : '';
  });
}

/** Clicks a quote and waits until its card shows. */
export async function openFirstCard(page: Page, prefix: string): Promise<string> {
  await clickText(page, prefix);
  await page.waitForFunction(() => {
    const host = document.querySelector('verbatim-card');
    return !!host?.shadowRoot?.querySelector('.card') && !(host as HTMLElement).hidden;
  });
  return cardText(page);
}
