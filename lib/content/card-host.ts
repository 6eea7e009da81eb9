import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OVERLAY_CSS, OverlayPainter } from '../highlight/overlays';
import { sendMessage, type AddFormData } from '../messaging';
import { readPageMeta } from '../page-meta';
import { HOST_TAG } from './card-loader';
import type { PageItem } from './page-state';
import { describeSelection } from './selection';

export interface CardHost {
  open(item: PageItem): Promise<void>;
  /** "Add to Verbatim": the reader's selection with the page's metadata; here because it is rare. */
  describeSelection(items: PageItem[]): AddFormData | null;
  close(): void;
  isOpen(): boolean;
  /** Boxes over the text in our shadow root, for browsers without the Custom Highlight API. */
  overlays(): Promise<OverlayPainter>;
}

/** Messages the card frame posts to its parent page. */
export type CardFrameMessage =
  | { verbatim: 'card'; type: 'resize'; height: number }
  | { verbatim: 'card'; type: 'close' }
  | { verbatim: 'card'; type: 'dismissed' };

const WIDTH = 440;

interface Mounted {
  frame: HTMLIFrameElement;
  layer: HTMLElement;
}

/**
 * Our one element on the page: a zero-size shadow host at the document's
 * origin (closed shadow root: page CSS and scripts cannot reach in) holding the
 * card frame and, where needed, the overlay layer. The card is an extension
 * page in an iframe, so its code loads only when the first card opens (the
 * content script stays small) and a strict page CSP cannot block it.
 */
export function createCardHost(ctx: ContentScriptContext, onMatchesChanged: () => void): CardHost {
  let ui: Promise<ShadowRootContentScriptUi<Mounted>> | null = null;
  let open = false;
  let returnFocus: HTMLElement | null = null;
  /** The quote the card belongs to, and the height its content asks for. */
  let anchor: readonly Range[] = [];
  let wanted = 160;

  const ensureUi = () => {
    ui ??= (async () => {
      const created = await createShadowRootUi(ctx, {
        name: HOST_TAG,
        mode: 'closed',
        position: 'inline',
        anchor: () => document.documentElement,
        append: 'last',
        css: `:host{position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;margin:0!important;padding:0!important;border:0!important;z-index:2147483647!important;display:block!important}
iframe{position:absolute;display:none;border:0;width:${WIDTH}px;max-width:calc(100vw - 24px);height:120px;border-radius:10px;box-shadow:0 8px 28px rgb(0 0 0/.22);background:transparent;color-scheme:normal}
.layer{position:absolute;top:0;left:0}
${OVERLAY_CSS}`,
        onMount: (container) => {
          const layer = document.createElement('div');
          layer.className = 'layer';
          const frame = document.createElement('iframe');
          frame.title = 'Verbatim quote card';
          frame.setAttribute('allow', 'clipboard-write');
          container.append(layer, frame);
          return { frame, layer };
        },
      });
      created.mount();
      ctx.addEventListener(window, 'message', (event) => {
        const frame = created.mounted?.frame;
        if (!frame || event.source !== frame.contentWindow) return;
        const message = event.data as CardFrameMessage;
        if (message?.verbatim !== 'card') return;
        if (message.type === 'resize') {
          wanted = Math.min(Math.max(message.height, 80), MAX_HEIGHT);
          place(frame, anchor, wanted);
        }
        if (message.type === 'close') close();
        if (message.type === 'dismissed') {
          close();
          onMatchesChanged();
        }
      });
      return created;
    })();
    return ui;
  };

  function close(): void {
    if (!open) return;
    open = false;
    void ensureUi().then(({ mounted }) => {
      if (!mounted) return;
      mounted.frame.style.display = 'none';
      mounted.frame.src = 'about:blank';
    });
    returnFocus?.focus?.();
    returnFocus = null;
  }

  ctx.addEventListener(document, 'keydown', (event) => {
    if (open && (event as KeyboardEvent).key === 'Escape') close();
  });

  return {
    async open(item) {
      const { mounted } = await ensureUi();
      if (!mounted) return;
      const meta = readPageMeta(document, location.href);
      const token = await sendMessage('prepareCard', {
        quote: { text: item.quote.text, form: item.quote.form, speaker: item.quote.speaker },
        match: item.match,
        url: location.href,
        outlet: meta.outlet,
        date: meta.date,
      });
      if (!open) returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      open = true;
      const { frame } = mounted;
      anchor = item.quote.ranges;
      place(frame, anchor, wanted);
      frame.style.display = 'block';
      frame.src = browser.runtime.getURL(`/card.html#${token}`);
      frame.addEventListener('load', () => frame.focus(), { once: true });
    },
    close,
    isOpen: () => open,
    describeSelection,
    async overlays() {
      const { mounted } = await ensureUi();
      if (!mounted) throw new Error('the overlay layer did not mount');
      return new OverlayPainter(mounted.layer);
    },
  };
}

const GAP = 8;
const MAX_HEIGHT = 640;

/**
 * Puts the card beside the quote's paragraph when the window has room to the
 * right of it, so the card hides none of the text the reader goes on to;
 * otherwise under its quote when it fits in the window, above it when there
 * is more room there, and otherwise gives it the larger side and lets it
 * scroll inside, so its actions are never out of reach.
 */
function place(frame: HTMLElement, ranges: readonly Range[], wanted: number): void {
  const viewport = window.innerHeight;
  const rect = quoteBox(ranges, viewport);
  const first = ranges[0];
  const column = first ? blockOf(first.commonAncestorContainer)?.getBoundingClientRect() : undefined;
  if (column && document.documentElement.clientWidth - column.right - GAP * 3 >= WIDTH) {
    const height = Math.min(wanted, viewport - GAP * 2);
    const top = Math.max(GAP, Math.min(rect.top, viewport - GAP - height));
    frame.style.height = `${height}px`;
    frame.style.top = `${top + window.scrollY}px`;
    frame.style.left = `${column.right + GAP * 2 + window.scrollX}px`;
    return;
  }
  const below = viewport - rect.bottom - GAP * 2;
  const above = rect.top - GAP * 2;
  const under = wanted <= below || below >= above;
  const height = Math.max(Math.min(wanted, under ? below : above), Math.min(wanted, 160));
  const top = under ? rect.bottom + GAP : rect.top - GAP - height;
  const maxLeft = window.scrollX + document.documentElement.clientWidth - WIDTH - 12;
  const left = Math.max(window.scrollX + 12, Math.min(rect.left + window.scrollX, maxLeft));
  frame.style.height = `${height}px`;
  frame.style.top = `${top + window.scrollY}px`;
  frame.style.left = `${left}px`;
}

/**
 * The box of the whole quote, all its ranges (a quote broken by a link or an emphasis is several), so a card
 * under it hides none of its lines; a quote taller than half the window is placed by its first range.
 */
function quoteBox(ranges: readonly Range[], viewport: number): DOMRect {
  const rects = ranges.map((r) => r.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
  const first = rects[0];
  if (!first) return new DOMRect(40, 40, 0, 0);
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  if (bottom - top > viewport / 2) return first;
  const left = Math.min(...rects.map((r) => r.left));
  return new DOMRect(left, top, Math.max(...rects.map((r) => r.right)) - left, bottom - top);
}

/** The paragraph (the nearest block box) a quote sits in: the column the card may stand beside. */
function blockOf(node: Node): Element | null {
  let el: Element | null = node instanceof Element ? node : node.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    if (/^(block|list-item|table-cell|flow-root)$/.test(getComputedStyle(el).display)) return el;
  }
  return null;
}
