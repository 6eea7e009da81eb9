import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface Browser {
  envName: string;
  candidates: string[];
  debPackage: string;
}

const CHROMIUM: Browser = {
  envName: 'CHROMIUM_PATH',
  candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  debPackage: 'chromium',
};
const FIREFOX: Browser = {
  envName: 'FIREFOX_PATH',
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  debPackage: 'firefox-esr',
};

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** As root on Debian or Ubuntu, installs the system package; anywhere else, leaves it to the reader. */
function install(debPackage: string): boolean {
  if (!isRoot() || !existsSync('/usr/bin/apt-get')) return false;
  console.error(`Installing the system ${debPackage} package (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', debPackage], { stdio: 'inherit', env }).status === 0;
}

/**
 * Browsers always come from the system (never downloaded by a test tool: there
 * is no network for that); CHROMIUM_PATH / FIREFOX_PATH point at one elsewhere,
 * and a missing browser is installed when we run as root, or reported with the
 * exact package to install.
 */
function find({ envName, candidates, debPackage }: Browser): string {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envName}=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = () => candidates.find((path) => existsSync(path));
  const path = found() ?? (install(debPackage) ? found() : undefined);
  if (path) return path;
  throw new Error(
    `No ${debPackage} found. Install it with: sudo apt-get install -y ${debPackage}\n` +
      `or point ${envName} at a browser binary elsewhere.`,
  );
}

export const findChromium = () => find(CHROMIUM);
export const findFirefox = () => find(FIREFOX);

/**
 * Flags for every Chromium we start: no sandbox (CI runs as root), and none of
 * Chromium's own background traffic, so a run sends no request off the machine.
 */
export const QUIET_CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
