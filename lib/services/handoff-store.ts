import { browser } from 'wxt/browser';

/**
 * Data waits here between one extension context asking for a page (a card
 * frame, the add-quote form) and that page loading; session storage survives
 * a service-worker restart in between. Only the latest few of each kind stay.
 */
const KEEP = 20;

export async function storeHandoff<T>(kind: string, data: T): Promise<string> {
  const token = crypto.randomUUID();
  const prefix = `${kind}:`;
  const all = await browser.storage.session.get(null);
  const old = Object.keys(all).filter((key) => key.startsWith(prefix));
  if (old.length >= KEEP) await browser.storage.session.remove(old.slice(0, old.length - KEEP + 1));
  await browser.storage.session.set({ [prefix + token]: data });
  return token;
}

export async function loadHandoff<T>(kind: string, token: string): Promise<T | null> {
  const key = `${kind}:${token}`;
  const stored = await browser.storage.session.get(key);
  return (stored[key] as T | undefined) ?? null;
}
