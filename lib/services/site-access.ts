import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';
import { readSettings, watchSettings, type Settings } from '../settings';
import { BUILT_IN_PATTERNS, sitePatterns } from '../sites';

const SCRIPT_ID = 'verbatim-granted-sites';
const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';

/**
 * The sites beyond the built-in list where the content script should run now:
 * what the reader chose, limited to what the browser actually granted (a
 * reader can revoke access in the browser's own settings at any time).
 */
export function grantedMatches(settings: Settings, granted: string[]): string[] {
  if (settings.runOn === 'all') return granted.includes('<all_urls>') ? ['<all_urls>'] : [];
  if (settings.runOn === 'click') return [];
  return settings.extraSites.flatMap(sitePatterns).filter((pattern) => granted.includes(pattern));
}

/** The registration under way; each sync starts after the one before. */
let syncing: Promise<void> = Promise.resolve();

/**
 * Keeps the registration in step; calls run one after another, since a new
 * site changes both the settings and the permissions at once and two
 * overlapping registrations would collide on the script's id.
 */
export function syncContentScripts(): Promise<void> {
  syncing = syncing.then(sync, sync);
  return syncing;
}

/**
 * The dynamically registered content script follows the settings and the
 * granted permissions. The built-in sites use the manifest's own content
 * script, so they are excluded here to avoid running twice.
 */
async function sync(): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = grantedMatches(await readSettings(), granted);
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      excludeMatches: [...BUILT_IN_PATTERNS],
      js: [CONTENT_JS],
      css: [CONTENT_CSS],
      runAt: 'document_idle',
    },
  ]);
}

/**
 * "Only when I click" and sites outside every list: opening the popup grants
 * the tab (activeTab), so the content script is put in now if it is not there
 * yet, then asked to scan.
 */
export async function scanTab(tabId: number): Promise<boolean> {
  if (await askToScan(tabId)) return true;
  if (!browser.scripting) return false;
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
  // The freshly injected script needs a moment to start listening.
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await askToScan(tabId)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

const askToScan = (tabId: number) =>
  sendMessage('scanPage', undefined, tabId).then(
    () => true,
    () => false,
  );

export function watchSiteAccess(): void {
  watchSettings(() => void syncContentScripts());
  browser.permissions.onAdded?.addListener(() => void syncContentScripts());
  browser.permissions.onRemoved?.addListener(() => void syncContentScripts());
}
