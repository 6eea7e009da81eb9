import { browser } from 'wxt/browser';

/** How highlights look: a coloured wash with an underline, or the underline alone for busy pages. */
export type HighlightStyle = 'wash' | 'underline';

/**
 * Where Verbatim reads pages: the built-in news sites plus the reader's own
 * list, every site (after the reader grants it), or only a tab where the
 * reader clicks the toolbar button.
 */
export type RunOn = 'news' | 'all' | 'click';

/** Reader preferences, in extension storage so every tab and page agrees on them. */
export interface Settings {
  runOn: RunOn;
  /** Hostnames the reader added to the news sites (each granted as an optional permission). */
  extraSites: string[];
  /** Sites (hostnames) where the reader switched Verbatim off. */
  disabledSites: string[];
  /** Whether quotes the library does not hold get a faint underline too. */
  markUnmatched: boolean;
  highlightStyle: HighlightStyle;
  /** Remember the quotes of pages the reader opens, so other outlets' cards can show them (never in private windows). */
  capture: boolean;
  /** Sites (hostnames) where the reader reads but does not want quotes remembered. */
  captureOffSites: string[];
  /** At most this many captured renderings are kept; the pages read longest ago are forgotten first. */
  captureCap: number;
}

export const DEFAULT_SETTINGS: Settings = {
  runOn: 'news',
  extraSites: [],
  disabledSites: [],
  markUnmatched: true,
  highlightStyle: 'wash',
  capture: true,
  captureOffSites: [],
  captureCap: 200_000,
};

/** Whether quotes read on `hostname` are remembered. */
export function isCaptureOn(settings: Settings, hostname: string): boolean {
  return settings.capture && !!hostname && !settings.captureOffSites.includes(hostname);
}

/**
 * Settings live under one key of `storage.local`, read with the bare storage
 * API: the content script reads them too, and a storage wrapper library would
 * cost it more bytes than these few lines.
 */
const KEY = 'settings';

/** Stored settings from an older version lack newer fields; the defaults fill them in. */
export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls back after any change to the settings, from any tab or page. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) void readSettings().then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname);
}

/** Flip one site's switch; returns the new settings to store. */
export function toggleSite(settings: Settings, hostname: string): Settings {
  const disabled = settings.disabledSites.includes(hostname)
    ? settings.disabledSites.filter((site) => site !== hostname)
    : [...settings.disabledSites, hostname];
  return { ...settings, disabledSites: disabled };
}
