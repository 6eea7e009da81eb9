import { browser } from 'wxt/browser';
import type { LibraryFile } from '../library/model';

/**
 * Keeps the pre-upgrade export in the extension's storage, under the same key
 * scheme the background uses, whichever extension page happens to open the
 * library first after an update.
 */
export async function storeBackup(file: LibraryFile, fromVersion: number): Promise<void> {
  await browser.storage.local.set({ [`backup:schema-v${fromVersion}:${new Date().toISOString()}`]: file });
}
