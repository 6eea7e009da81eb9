import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from '../../scripts/browsers';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/** Fixed so extension pages have a known moz-extension:// address. */
export const FIREFOX_UUID = 'a3c1f2e4-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const ADDON_ID = 'verbatim@verbatim.invalid';

export interface FirefoxWithExtension {
  browser: Browser;
  newPage(): Promise<Page>;
  extensionUrl(path: string): string;
  /**
   * Opens an extension page and waits for `selector` in it. Over WebDriver BiDi
   * Firefox never reports a moz-extension:// navigation as finished, so the
   * page itself is watched instead of the navigation.
   */
  openExtensionPage(page: Page, path: string, selector: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Firefox ESR driven over WebDriver BiDi with the built extension installed.
 * Every request except 127.0.0.1 goes to a closed proxy port, so nothing can
 * leave the machine.
 */
const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`;

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const profile = await mkdtemp(join(tmpdir(), 'verbatim-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    newPage: () => browser.newPage(),
    extensionUrl,
    openExtensionPage: async (page, path, selector) => {
      await page.goto(extensionUrl(path), { timeout: 5_000 }).catch(() => undefined);
      await page.waitForSelector(selector, { timeout: 20_000 });
    },
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
