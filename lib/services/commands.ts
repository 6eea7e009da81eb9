import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging';

/** Keyboard commands declared in the manifest; each one is carried out by the page's content script. */
export const COMMANDS = {
  'toggle-highlights': (tabId: number) => sendMessage('toggleHighlights', undefined, tabId),
  'next-quote': (tabId: number) => sendMessage('revealNextQuote', undefined, tabId),
} as const;

/**
 * Runs a keyboard command on a tab (the active one when none is given). A page
 * without our content script (a browser page, a site switched off) is not an
 * error: the command simply has nothing to act on.
 */
export async function runCommand(command: string, tabId?: number): Promise<void> {
  const run = COMMANDS[command as keyof typeof COMMANDS];
  if (!run) return;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target !== undefined) await run(target).catch(() => undefined);
}
