import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

/**
 * After the library changed (a quote added from a card or the add form, an
 * edit or import in the manager), every open page asks again for its matches,
 * so highlights and cards never show what the library no longer says. Tabs
 * without our content script simply do not answer. A page that only just
 * told the background something (`exceptTabId`) needs no telling back.
 */
export async function refreshAllTabs(exceptTabId?: number): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || tab.id === exceptTabId
        ? undefined
        : sendMessage('refreshMatches', undefined, tab.id).catch(() => undefined),
    ),
  );
}
