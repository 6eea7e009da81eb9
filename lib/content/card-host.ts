import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { sendMessage } from '../messaging';
import { readPageMeta } from '../page-meta';
import type { PageItem } from './page-state';

export interface CardHost {
  open(item: PageItem): Promise<void>;
  close(): void;
  /** True for our own shadow host, so watchers can ignore our UI. */
  isOwnNode(node: Node): boolean;
}

/** Messages the card frame posts to its parent page. */
export type CardFrameMessage =
  | { verbatim: 'card'; type: 'resize'; height: number }
  | { verbatim: 'card'; type: 'close' }
  | { verbatim: 'card'; type: 'dismissed' };

const WIDTH = 440;

/**
 * The card lives in an extension page framed inside one closed shadow root:
 * page CSS and scripts cannot reach it, its code loads only when the first
 * card opens (the content script stays small), and a strict page CSP cannot
 * block its scripts or styles.
 */
export function createCardHost(ctx: ContentScriptContext, onDismissed: () => void): CardHost {
  let ui: ShadowRootContentScriptUi<HTMLIFrameElement> | null = null;
  let returnFocus: HTMLElement | null = null;

  const close = () => {
    if (!ui?.mounted) return;
    ui.shadowHost.style.display = 'none';
    ui.mounted.src = 'about:blank';
    returnFocus?.focus?.();
    returnFocus = null;
  };

  const ensureUi = async () => {
    if (ui) return ui;
    ui = await createShadowRootUi(ctx, {
      name: 'verbatim-card',
      mode: 'closed',
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: `:host{position:absolute!important;top:0;left:0;z-index:2147483647}iframe{border:0;width:${WIDTH}px;max-width:calc(100vw - 24px);height:120px;border-radius:10px;box-shadow:0 8px 28px rgb(0 0 0/.22);background:transparent;color-scheme:normal}`,
      onMount: (container) => {
        const frame = document.createElement('iframe');
        frame.title = 'Verbatim quote card';
        frame.setAttribute('allow', 'clipboard-write');
        container.append(frame);
        return frame;
      },
    });
    ui.mount();
    ctx.addEventListener(window, 'message', (event) => {
      const frame = ui?.mounted;
      if (!frame || event.source !== frame.contentWindow) return;
      const message = event.data as CardFrameMessage;
      if (message?.verbatim !== 'card') return;
      if (message.type === 'resize') frame.style.height = `${Math.min(Math.max(message.height, 80), 640)}px`;
      if (message.type === 'close') close();
      if (message.type === 'dismissed') {
        close();
        onDismissed();
      }
    });
    return ui;
  };

  const open = async (item: PageItem) => {
    const host = await ensureUi();
    const frame = host.mounted;
    if (!frame) return;
    const meta = readPageMeta(document, location.href);
    const token = await sendMessage('prepareCard', {
      quote: { text: item.quote.text, form: item.quote.form, speaker: item.quote.speaker },
      match: item.match,
      url: location.href,
      outlet: meta.outlet,
      date: meta.date,
    });
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    placeNear(host.shadowHost, item.quote.ranges[0]);
    host.shadowHost.style.display = 'block';
    frame.src = browser.runtime.getURL(`/card.html#${token}`);
    frame.addEventListener('load', () => frame.focus(), { once: true });
  };

  return {
    open,
    close,
    isOwnNode: (node) => {
      const host = ui?.shadowHost;
      return !!host && (node === host || host.contains(node));
    },
  };
}

function placeNear(host: HTMLElement, range: Range | undefined): void {
  const rect = range?.getBoundingClientRect();
  const top = (rect ? rect.bottom : 40) + window.scrollY + 8;
  const maxLeft = window.scrollX + document.documentElement.clientWidth - WIDTH - 12;
  const left = Math.max(window.scrollX + 12, Math.min((rect?.left ?? 40) + window.scrollX, maxLeft));
  host.style.setProperty('top', `${top}px`, 'important');
  host.style.setProperty('left', `${left}px`, 'important');
}
