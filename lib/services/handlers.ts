import { browser } from 'wxt/browser';
import { exportLibrary } from '../library/file-format';
import { captureRendering } from '../library/capture';
import { onMessage, sendMessage } from '../messaging';
import { showBadge } from './badge';
import { loadCard, storeCard } from './card-store';
import { getDb } from './library-service';
import { matchQuotes, refreshQuotes, speakerHints } from './match-service';
import { forgetPageReport, loadPageReport, savePageReport } from './page-reports';

/** Wires every background message to its service; the one place that knows all of them. */
export function registerHandlers(): void {
  onMessage('matchQuotes', ({ data }) => matchQuotes(data.url, data.quotes));
  onMessage('getSpeakerHints', () => speakerHints());
  onMessage('reportPageQuotes', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId) return;
    await savePageReport(tabId, data);
    await showBadge(tabId, data);
  });
  onMessage('prepareCard', ({ data }) => storeCard(data));
  onMessage('getCard', ({ data }) => loadCard(data.token));
  onMessage('getPageQuotes', ({ data }) => loadPageReport(data.tabId));
  onMessage('getQuoteDetails', async ({ data }) => {
    const db = await getDb();
    const quote = await db.quotes.get(data.quoteId);
    if (!quote) return null;
    return {
      quote,
      speaker: (await db.speakers.get(quote.speakerId)) ?? null,
      renderings: await db.renderings.where('quoteId').equals(quote.id).toArray(),
    };
  });
  onMessage('addRendering', async ({ data }) => {
    const db = await getDb();
    const added = await captureRendering(db, data);
    await refreshQuotes([added.quoteId], []);
    return added;
  });
  onMessage('notifyLibraryChanged', ({ data }) => refreshQuotes(data.quoteIds, data.removedQuoteIds));
  onMessage('exportLibrary', async () => exportLibrary(await getDb()));
  onMessage('dismissMatch', async ({ data }) => {
    const db = await getDb();
    await db.dismissals.put({ url: data.url, quoteId: data.quoteId, text: data.text, date: new Date().toISOString() });
  });
  onMessage('openInLibrary', async ({ data }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#quote=${encodeURIComponent(data.quoteId)}`) });
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetPageReport(tabId));
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-highlights') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId !== undefined) await sendMessage('toggleHighlights', undefined, tabId).catch(() => undefined);
  });
}
