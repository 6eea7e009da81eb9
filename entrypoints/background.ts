import { browser } from 'wxt/browser';
import { registerHandlers } from '../lib/services/handlers';
import { installBundled } from '../lib/services/library-service';
import { getMatcher } from '../lib/services/match-service';

export default defineBackground(() => {
  registerHandlers();
  browser.runtime.onInstalled.addListener(() => void installBundled().then(() => getMatcher()));
});
