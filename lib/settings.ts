import { storage } from 'wxt/utils/storage';

/** Reader preferences, in extension storage so every tab and page agrees on them. */
export interface Settings {
  /** Sites (hostnames) where the reader switched Verbatim off. */
  disabledSites: string[];
  /** Whether quotes the library does not hold get a faint underline too. */
  markUnmatched: boolean;
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], markUnmatched: true };

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

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
