import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { scanSliced } from '../detect/scan';
import { Highlighter } from '../highlight/highlighter';
import type { Match } from '../match/types';
import { onMessage, sendMessage } from '../messaging';
import { readPageMeta } from '../page-meta';
import { isCaptureOn, isSiteEnabled, readSettings, watchSettings, type Settings } from '../settings';
import { readHost } from '../url';
import { isOwnNode, lazyCardHost } from './card-loader';
import { attributeRemotely } from './parse-client';
import { type PageItem, toHighlightEntries, toPageQuote, toQuery } from './page-state';
import { watchForChanges } from './watch';

/**
 * The content script's whole life: detect, ask the background, paint, and
 * answer the reader. Everything heavy happens elsewhere (the page's blocks are
 * read time-sliced and parsed, attributed and matched in the background; the
 * card mounts on first use).
 * Scans never overlap: a change during a scan queues exactly one more.
 * `highlightRules` are the `::highlight()` styles, for quotes in open shadow roots.
 */
export async function runContent(ctx: ContentScriptContext, highlightRules = ''): Promise<void> {
  let settings: Settings = await readSettings();
  const highlighter = new Highlighter(document, highlightRules);
  const cards = lazyCardHost(ctx, () => {
    forgetMatches();
    void requestScan();
  });
  if (!Highlighter.supported(window)) {
    highlighter.useOverlays(await cards.overlays());
    ctx.addEventListener(window, 'resize', () => highlighter.relayout());
  }
  let items: PageItem[] = [];
  const parseRemotely = attributeRemotely((request) => sendMessage('parseBlocks', request));
  /** Matches by quote text: a page that rewrites itself does not ask the background again for the same words. */
  const matched = new Map<string, Match | null>();
  let scanning: Promise<void> | null = null;
  let again = false;
  let nextIndex = 0;
  /** In "only when I click" mode the page is left alone until the reader opens the popup on it. */
  let activated = settings.runOn !== 'click';

  /** Bumped whenever the cached matches are thrown away, so an answer to an older question is not kept. */
  let generation = 0;
  const forgetMatches = () => {
    matched.clear();
    generation++;
  };

  const matchAll = async (texts: PageItem['quote'][]): Promise<(Match | null)[]> => {
    const missing = texts.filter((quote) => !matched.has(quote.text));
    if (missing.length) {
      const asked = generation;
      const answers = await sendMessage('matchQuotes', { url: location.href, quotes: missing.map(toQuery) });
      if (asked === generation) missing.forEach((quote, i) => matched.set(quote.text, answers[i] ?? null));
      else return matchAll(texts);
    }
    return texts.map((quote) => matched.get(quote.text) ?? null);
  };

  const scanOnce = async (): Promise<void> => {
    if (!activated) return;
    if (!isSiteEnabled(settings, readHost(location.href))) {
      items = [];
      highlighter.clear();
      cards.close();
      await report();
      return;
    }
    // The blocks are read here, parsed and attributed in the background (which keeps each block's parse for
    // rescans and answers speech only: see speechOnly). The detector never reads inside our own shadow host.
    const quotes = await scanSliced(document, {}, parseRemotely);
    const matches = await matchAll(quotes);
    items = quotes.map((quote, i) => ({ quote, match: matches[i] ?? null }));
    highlighter.set(toHighlightEntries(items, settings.markUnmatched), settings.highlightStyle);
    await report();
    await capture();
  };

  /** What the background last heard of this page's attributed quotes: the same page read again sends nothing. */
  let captured = '';
  const capture = async () => {
    const quotes = items.map((item) => toQuery(item.quote)).filter((quote) => quote.speaker);
    const key = JSON.stringify(quotes);
    if (key === captured || !isCaptureOn(settings, readHost(location.href))) return;
    captured = key;
    const meta = readPageMeta(document, location.href);
    await sendMessage('capturePage', {
      url: location.href,
      title: meta.title,
      outlet: meta.outlet,
      date: meta.date,
      language: document.documentElement.lang.split('-')[0]?.toLowerCase() ?? '',
      quotes,
    }).catch(() => (captured = ''));
  };

  function requestScan(): Promise<void> {
    if (scanning) {
      again = true;
      return scanning;
    }
    scanning = (async () => {
      do {
        again = false;
        await scanOnce().catch((error: unknown) => console.warn('Verbatim: scan failed', error));
      } while (again && !ctx.isInvalid);
      scanning = null;
    })();
    return scanning;
  }

  const report = () =>
    sendMessage('reportPageQuotes', {
      url: location.href,
      title: document.title,
      quotes: items.map(toPageQuote),
    }).catch(() => undefined);

  const isOpenable = (item: PageItem | undefined) => !!item && (!!item.match || settings.markUnmatched);

  const reveal = async (index: number): Promise<boolean> => {
    const item = items[index];
    const first = item?.quote.ranges[0];
    if (!item || !first) return false;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    nextIndex = index + 1;
    await cards.open(item);
    return true;
  };

  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!highlighter.isVisible()) return;
      const mouse = event as MouseEvent;
      if (isOwnNode(mouse.target as Node)) return;
      const index = highlighter.entryAt(mouse.clientX, mouse.clientY);
      if (index >= 0 && isOpenable(items[index]))
        reveal(index).catch((error: unknown) => console.warn('Verbatim:', error));
      else if (cards.isOpen()) cards.close();
    },
    { capture: true },
  );

  onMessage('scanPage', async () => {
    activated = true;
    await requestScan();
  });
  onMessage('refreshMatches', () => {
    forgetMatches();
    void requestScan();
  });
  onMessage('revealQuote', ({ data }) => reveal(data.index));
  onMessage('revealNextQuote', () => {
    const count = items.length;
    for (let step = 0; step < count; step++) {
      const index = (nextIndex + step) % count;
      if (isOpenable(items[index])) return reveal(index);
    }
    return false;
  });
  onMessage('describeSelection', () => cards.describeSelection(items));
  onMessage('toggleHighlights', () => {
    highlighter.setVisible(!highlighter.isVisible());
    if (!highlighter.isVisible()) cards.close();
    return highlighter.isVisible();
  });
  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      void requestScan();
    }),
  );

  // Watch first: text that arrives while the first scan runs must still bring a rescan.
  watchForChanges(ctx, document, isOwnNode, () => void requestScan());
  await requestScan();
}
