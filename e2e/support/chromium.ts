import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { QUIET_CHROMIUM_FLAGS, findChromium } from '../../scripts/browsers';

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
 * recorded, so a test can prove nothing left the machine. `allowIncognito`
 * first starts the profile once and ticks the extension's "Allow in Incognito"
 * in its preferences, as a reader does on chrome://extensions (automation has
 * no other way to set it), so a test can open a private window.
 */
export async function launchWithExtension(
  options: { headless?: boolean; allowIncognito?: boolean } = {},
): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'verbatim-e2e-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: options.headless ?? true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        ...QUIET_CHROMIUM_FLAGS,
      ],
      viewport: { width: 1200, height: 900 },
    });
  let context = await launch();
  await welcomed(context);
  if (options.allowIncognito) {
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await context.close();
    await allowInIncognito(profile, new URL(first.url()).host);
    context = await launch();
  }
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

/**
 * A fresh install opens the first-run page in a new tab, in front. A reader
 * opens their news after it; a test that opened its page first would click on a
 * tab behind it, where Chromium drops the first click in the card's frame.
 */
async function welcomed(context: BrowserContext): Promise<void> {
  await waitFor(
    async () => context.pages().some((page) => page.url().endsWith('/welcome.html')),
    'the first-run page a fresh install opens',
    30_000,
  );
}

/** What chrome://extensions' "Allow in Incognito" switch writes into a closed profile. */
async function allowInIncognito(profile: string, extensionId: string): Promise<void> {
  const path = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(await readFile(path, 'utf8')) as {
    extensions: { settings: Record<string, Record<string, unknown>> };
  };
  const settings = prefs.extensions.settings[extensionId];
  if (!settings) throw new Error(`the profile does not know extension ${extensionId}`);
  settings.incognito = true;
  await writeFile(path, JSON.stringify(prefs));
}

/**
 * Opens `url` in a new private (incognito) window, as a reader does, and
 * returns its tab id: automation cannot drive that window's page, so tests
 * read it through the extension's own view of the tab.
 */
export async function openIncognito(browser: ExtensionBrowser, url: string): Promise<number> {
  return browser.worker.evaluate(async (target) => {
    const win = await chrome.windows.create({ incognito: true, url: target });
    const id = win?.tabs?.[0]?.id;
    if (!win?.incognito || id === undefined) throw new Error('no private window opened');
    return id;
  }, url);
}

/** The toolbar badge's text on a tab: what the content script reported for its page. */
export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
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

/** Waits until the extension has painted at least one of its highlights on the page. */
export async function waitForHighlights(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('verbatim-')),
    null,
    {
      timeout,
    },
  );
}

/** Opens `url` in a new tab and waits until Verbatim has painted it. */
export async function openHighlighted(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await waitForHighlights(page);
  return page;
}

/**
 * The toolbar popup as a tab, inspecting `page`'s tab: automation cannot open
 * the browser's own popup, so it is opened with the tab named in its URL.
 */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page.url());
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
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

/** The card frame (an extension page inside our closed shadow root), once it shows a card. */
export async function cardFrame(page: Page): Promise<Frame | null> {
  const frame = page.frames().find((f) => f.url().includes('/card.html#'));
  if (!frame) return null;
  // The card itself, not the "Loading…" line the frame shows while it asks the background.
  return (await frame.locator('div.card').count()) > 0 ? frame : null;
}

/** The open card's text, or '' when no card is open. */
export async function cardText(page: Page): Promise<string> {
  const frame = await cardFrame(page);
  return frame ? frame.locator('div.card').innerText() : '';
}

/** Clicks a quote and waits until its card shows. */
export async function openFirstCard(page: Page, prefix: string): Promise<string> {
  await clickText(page, prefix);
  return waitFor(() => cardText(page), 'a quote card to open');
}

/** Polls until `read` gives something truthy; usable outside the test runner (the demo uses it). */
export async function waitFor<T>(
  read: () => Promise<T>,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Watches for the extension page that an action is about to open: call it
 * before the action, then await the result with the path the page shows. It
 * polls the pages opened since instead of filtering "page" events by URL: a
 * window that the extension opens may announce itself while still at
 * about:blank, and a predicate on that event's URL then never matches.
 */
export function nextPage(browser: ExtensionBrowser): (path: string, timeoutMs?: number) => Promise<Page> {
  const opened: Page[] = [];
  const record = (page: Page) => opened.push(page);
  browser.context.on('page', record);
  return async (path, timeoutMs = 30_000) => {
    try {
      return await waitFor(
        async () => opened.find((p) => p.url().includes(path)),
        `a new page at ${path}`,
        timeoutMs,
      );
    } finally {
      browser.context.off('page', record);
    }
  };
}

/** Changes the reader's settings as the settings page would (one key of extension storage). */
export async function updateSettings(
  browser: ExtensionBrowser,
  patch: Record<string, unknown>,
): Promise<void> {
  await browser.worker.evaluate(async (change) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...change } });
  }, patch);
}

/** How many renderings the library holds that were captured while reading, read from its IndexedDB. */
export function capturedCount(browser: ExtensionBrowser): Promise<number> {
  return countRows(browser, 'renderings', 'captured');
}

/** Waits until what the background captured stops changing, and returns it. */
export async function settledCapturedCount(browser: ExtensionBrowser): Promise<number> {
  let last = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 700));
    const now = await capturedCount(browser);
    if (now === last) return now;
    last = now;
  }
}

/** How many quotes the library holds (the bundled ones arrive a moment after install). */
export function quoteCount(browser: ExtensionBrowser): Promise<number> {
  return countRows(browser, 'quotes', null);
}

function countRows(browser: ExtensionBrowser, table: string, origin: string | null): Promise<number> {
  return browser.worker.evaluate(
    async ({ table, origin }) =>
      // Opening a database that does not exist yet would create an empty one under the extension's feet.
      !(await indexedDB.databases()).some((d) => d.name === 'verbatim')
        ? 0
        : new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('verbatim');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains(table)) {
                db.close();
                resolve(0);
                return;
              }
              const store = db.transaction(table).objectStore(table);
              const count =
                origin === null ? store.count() : store.index('origin').count(IDBKeyRange.only(origin));
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
              count.onerror = () => reject(count.error);
            };
          }),
    { table, origin },
  );
}
