import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectQuotesAsync } from '../detect';
import { Highlighter } from '../highlight/highlighter';
import { onMessage, sendMessage } from '../messaging';
import { isSiteEnabled, settingsItem, type Settings } from '../settings';
import { createCardHost } from './card-host';
import { type PageItem, toHighlightEntries, toPageQuote, toQuery } from './page-state';
import { watchForChanges } from './watch';

/**
 * The content script's whole life: detect, ask the background, paint, and
 * answer the reader. Everything heavy happens elsewhere (detection is
 * time-sliced, matching runs in the background, the card mounts on first use).
 */
export async function runContent(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings = await settingsItem.getValue();
  const highlighter = new Highlighter(document);
  const cards = createCardHost(ctx, () => void scan());
  let items: PageItem[] = [];
  let hints = await sendMessage('getSpeakerHints').catch(() => []);

  const scan = async (): Promise<void> => {
    if (!isSiteEnabled(settings, location.hostname)) {
      items = [];
      highlighter.clear();
      await report();
      return;
    }
    if (hints.length === 0) hints = await sendMessage('getSpeakerHints').catch(() => []);
    const quotes = (await detectQuotesAsync(document, { speakers: hints })).filter(
      (quote) => quote.kind === 'speech',
    );
    const matches = quotes.length
      ? await sendMessage('matchQuotes', { url: location.href, quotes: quotes.map(toQuery) })
      : [];
    items = quotes.map((quote, i) => ({ quote, match: matches[i] ?? null }));
    highlighter.set(toHighlightEntries(items, settings.markUnmatched));
    await report();
  };

  const report = () =>
    sendMessage('reportPageQuotes', {
      url: location.href,
      title: document.title,
      quotes: items.map(toPageQuote),
    }).catch(() => undefined);

  const openCard = async (index: number): Promise<boolean> => {
    const item = items[index];
    if (!item) return false;
    await cards.open(item);
    return true;
  };

  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!highlighter.isVisible()) return;
      const mouse = event as MouseEvent;
      const index = highlighter.entryAt(mouse.clientX, mouse.clientY);
      if (index >= 0 && (items[index]?.match || settings.markUnmatched)) void openCard(index);
    },
    { capture: true },
  );

  onMessage('revealQuote', async ({ data }) => {
    const item = items[data.index];
    const first = item?.quote.ranges[0];
    if (!first) return false;
    first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return openCard(data.index);
  });
  onMessage('toggleHighlights', () => {
    highlighter.setVisible(!highlighter.isVisible());
    return highlighter.isVisible();
  });
  settingsItem.watch((next) => {
    settings = next ?? settings;
    void scan();
  });

  await scan();
  watchForChanges(ctx, document, cards.isOwnNode, () => void scan());
}
