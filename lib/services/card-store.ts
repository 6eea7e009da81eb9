import { browser } from 'wxt/browser';
import type { CardData } from '../messaging';

/**
 * Card contents wait here between the content script asking for a card and
 * the card frame loading; session storage survives a service-worker restart
 * in between. Only the latest few are kept.
 */
const KEEP = 20;
const PREFIX = 'card:';

export async function storeCard(data: CardData): Promise<string> {
  const token = crypto.randomUUID();
  const all = await browser.storage.session.get(null);
  const old = Object.keys(all)
    .filter((key) => key.startsWith(PREFIX))
    .slice(0, -KEEP + 1);
  if (old.length) await browser.storage.session.remove(old);
  await browser.storage.session.set({ [PREFIX + token]: data });
  return token;
}

export async function loadCard(token: string): Promise<CardData | null> {
  const stored = await browser.storage.session.get(PREFIX + token);
  return (stored[PREFIX + token] as CardData | undefined) ?? null;
}
