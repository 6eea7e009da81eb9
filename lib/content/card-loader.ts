import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import type { CardHost } from './card-host';

/** What the card UI script leaves in the content scripts' shared world once the background injects it. */
export type CardHostFactory = (ctx: ContentScriptContext, onMatchesChanged: () => void) => CardHost;

declare global {
  var verbatimCardUi: CardHostFactory | undefined;
}

/** Our one element in a page; it holds the card and any overlays. */
export const HOST_TAG = 'verbatim-card';

/**
 * True for our own shadow host and anything in it, so watchers and clicks can
 * ignore our UI. It runs for every mutation record, so it only walks up to the
 * node's root instead of searching the document.
 */
export function isOwnNode(node: Node | null): boolean {
  if (!node) return false;
  const root = node.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : node;
  return host.nodeName === HOST_TAG.toUpperCase();
}

/**
 * The card host, loaded on first use. Its code (the shadow-root UI and the
 * overlay painter) is a separate script that the background injects into
 * this frame's content-script world when the first card opens, so the
 * content script that runs on every page stays small. Injection by the
 * extension is not subject to the page's Content-Security-Policy.
 */
export function lazyCardHost(
  ctx: ContentScriptContext,
  onMatchesChanged: () => void,
): Omit<CardHost, 'describeSelection'> & {
  describeSelection: (
    ...args: Parameters<CardHost['describeSelection']>
  ) => Promise<ReturnType<CardHost['describeSelection']>>;
} {
  let host: Promise<CardHost> | null = null;
  let loaded: CardHost | null = null;
  const load = () => {
    host ??= (async () => {
      if (!globalThis.verbatimCardUi) await sendMessage('loadCardUi');
      const factory = globalThis.verbatimCardUi;
      if (!factory) throw new Error('the card UI script did not load');
      loaded = factory(ctx, onMatchesChanged);
      return loaded;
    })();
    // A failed injection (the extension was just updated, the tab is closing) is tried again on the next click.
    host.catch(() => (host = null));
    return host;
  };
  return {
    open: async (item) => (await load()).open(item),
    close: () => loaded?.close(),
    isOpen: () => loaded?.isOpen() ?? false,
    overlays: async () => (await load()).overlays(),
    describeSelection: async (items) => (await load()).describeSelection(items),
  };
}
