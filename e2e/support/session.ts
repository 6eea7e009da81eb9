import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { serveFolders, type StaticServer } from './server';

export interface ChromiumSession {
  readonly browser: ExtensionBrowser;
  readonly server: StaticServer;
}

/**
 * One Chromium with the built extension and one 127.0.0.1 server for a test
 * file: started before its tests, closed after them, so every file tests the
 * extension as a fresh install. Screenshots go to test-results/, kept as CI artifacts.
 */
export function useChromium(
  folders: string[],
  options: Parameters<typeof serveFolders>[1] = {},
  launch: Parameters<typeof launchWithExtension>[0] = {},
): ChromiumSession {
  let browser: ExtensionBrowser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    await mkdir('test-results', { recursive: true });
    server = await serveFolders(
      folders.map((folder) => resolve(folder)),
      options,
    );
    browser = await launchWithExtension(launch);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`the ${what} is not started yet (use it inside a test)`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'server');
    },
  };
}
