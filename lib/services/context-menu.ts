import { browser, type Browser } from 'wxt/browser';
import { sendMessage, type AddFormData } from '../messaging';
import { readHost } from '../url';
import { storeHandoff } from './handoff-store';

export const ADD_MENU_ID = 'verbatim-add-selection';

export function createMenus(): void {
  browser.contextMenus.create({ id: ADD_MENU_ID, title: 'Add to Verbatim', contexts: ['selection'] });
}

/**
 * "Add to Verbatim" on a selection: the page describes the selection (speaker
 * guess, outlet, date); when it cannot (no content script there), the menu's
 * own selection text and the tab's URL still fill the form.
 */
export async function addFromPage(
  info: Pick<Browser.contextMenus.OnClickData, 'selectionText' | 'frameId' | 'pageUrl'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
): Promise<void> {
  const described =
    tab?.id !== undefined
      ? await sendMessage('describeSelection', undefined, {
          tabId: tab.id,
          frameId: info.frameId ?? 0,
        }).catch(() => null)
      : null;
  const url = tab?.url ?? info.pageUrl ?? '';
  const data: AddFormData = described ?? {
    text: (info.selectionText ?? '').trim(),
    url,
    outlet: readHost(url) || 'Unknown outlet',
    date: null,
    speaker: null,
    form: 'direct',
  };
  await openAddForm(data);
}

/** The "Add to Verbatim" form in a small window, prefilled; the menu and a card's "Add to library…" both use it. */
export async function openAddForm(data: AddFormData): Promise<void> {
  const token = await storeHandoff('add', data);
  await browser.windows.create({
    url: browser.runtime.getURL(`/add.html#${token}`),
    type: 'popup',
    width: 560,
    height: 720,
  });
}

export function registerMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_MENU_ID) void addFromPage(info, tab);
  });
}
