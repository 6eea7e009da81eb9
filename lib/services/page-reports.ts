import { browser } from 'wxt/browser';
import type { PageReport } from '../messaging';

/**
 * Each tab's last report, kept in session storage so a service worker that
 * was stopped between the page's scan and the popup opening still knows it.
 */
const key = (tabId: number) => `page-report:${tabId}`;

export async function savePageReport(tabId: number, report: PageReport): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: report });
}

export async function loadPageReport(tabId: number): Promise<PageReport | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as PageReport | undefined) ?? null;
}

export async function forgetPageReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
