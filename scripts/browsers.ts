import { existsSync } from 'node:fs';

/**
 * Browsers always come from the system (never downloaded: there is no network
 * for that); CHROMIUM_PATH / FIREFOX_PATH point at one elsewhere, and a missing
 * browser is reported with the exact package to install.
 */
function find(envName: string, candidates: string[], debPackage: string): string {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `No ${debPackage} found. Install it with: sudo apt-get install -y ${debPackage}\n` +
      `or point ${envName} at a browser binary elsewhere.`,
  );
}

export const findChromium = () =>
  find('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'], 'chromium');

export const findFirefox = () => find('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');
