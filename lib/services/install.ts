import { mergeBundled } from '../library/bundled';
import { bundledLibrary, getDb } from './library-service';
import { rebuildMatcher } from './match-service';

/** On install and on every update: bring the bundled quotes in without touching the user's work. */
export async function installBundled(): Promise<void> {
  await mergeBundled(await getDb(), bundledLibrary);
  await rebuildMatcher();
}
