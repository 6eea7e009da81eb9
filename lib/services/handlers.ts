import { browser } from 'wxt/browser';
import { addPageRendering } from '../library/add-from-page';
import { onMessage, type AddFormData, type CardData } from '../messaging';
import { runCommand } from './commands';
import { refreshAllTabs } from './refresh-tabs';
import { openAddForm } from './context-menu';
import { scanTab } from './site-access';
import { showBadge } from './badge';
import { loadHandoff, storeHandoff } from './handoff-store';
import { getDb } from './library-service';
import { matchQuotes, refreshQuotes, speakerHints, suggestQuotes } from './match-service';
import {
  capturePage,
  forgetEverythingRead,
  forgetReadPage,
  forgetReadSite,
  readingCounts,
} from './reading-service';
import { forgetPageReport, loadPageReport, savePageReport } from './page-reports';
import { parseBlocks } from './parse-service';

/** Wires every background message to its service; the one place that knows all of them. */
export function registerHandlers(): void {
  onMessage('matchQuotes', ({ data }) => matchQuotes(data.url, data.quotes));
  onMessage('getSpeakerHints', () => speakerHints());
  onMessage('parseBlocks', ({ data, sender }) => parseBlocks(data, sender.tab?.id, sender.frameId));
  onMessage('capturePage', async ({ data, sender }) => {
    if (sender.frameId) return;
    const change = await capturePage(data, sender.tab?.incognito ?? false);
    // Other open pages may hold the same remarks: let them ask again so their cards show this page.
    if (change && (change.added || change.removed)) void refreshAllTabs(sender.tab?.id);
  });
  onMessage('forgetPage', async ({ data }) => {
    const change = await forgetReadPage(data.url);
    void refreshAllTabs();
    return change.removed;
  });
  onMessage('forgetAllReading', async () => {
    const change = await forgetEverythingRead();
    void refreshAllTabs();
    return change.removed;
  });
  onMessage('getReadingStats', () => readingCounts());
  onMessage('forgetSite', async ({ data }) => {
    const change = await forgetReadSite(data.site);
    void refreshAllTabs();
    return change.removed;
  });
  onMessage('reportPageQuotes', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    await savePageReport(tabId, data);
    await showBadge(tabId, data);
  });
  onMessage('loadCardUi', async ({ sender }) => {
    if (sender.tab?.id === undefined) return;
    await browser.scripting.executeScript({
      target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
      files: ['/card-ui.js'],
    });
  });
  onMessage('prepareCard', ({ data }) => storeHandoff('card', data));
  onMessage('getCard', ({ data }) => loadHandoff<CardData>('card', data.token));
  onMessage('openAddForm', ({ data }) => openAddForm(data));
  onMessage('getAddForm', ({ data }) => loadHandoff<AddFormData>('add', data.token));
  onMessage('suggestQuotes', ({ data }) => suggestQuotes(data.text, data.url));
  onMessage('getPageQuotes', ({ data }) => loadPageReport(data.tabId));
  onMessage('scanTab', ({ data }) => scanTab(data.tabId));
  onMessage('addRendering', async ({ data }) => {
    const db = await getDb();
    const added = await addPageRendering(db, data);
    // Even words already there may have changed hands (a quote seen while reading, now kept).
    await refreshQuotes([added.quoteId], []);
    void refreshAllTabs();
    return added;
  });
  onMessage('notifyLibraryChanged', async ({ data }) => {
    await refreshQuotes(data.quoteIds, data.removedQuoteIds);
    void refreshAllTabs();
  });
  onMessage('dismissMatch', async ({ data }) => {
    const db = await getDb();
    await db.dismissals.put({
      url: data.url,
      quoteId: data.quoteId,
      text: data.text,
      date: new Date().toISOString(),
    });
  });
  onMessage('openInLibrary', async ({ data }) => {
    await browser.tabs.create({
      url: browser.runtime.getURL(`/options.html#quote=${encodeURIComponent(data.quoteId)}`),
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetPageReport(tabId));
  // A tab that loads another page no longer shows the last one's quotes (its content script reports afresh).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetPageReport(tabId);
  });
  browser.commands?.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
}
