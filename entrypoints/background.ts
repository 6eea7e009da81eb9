import { browser } from 'wxt/browser';
import { addFromPage, createMenus, registerMenus } from '../lib/services/context-menu';
import { runCommand } from '../lib/services/commands';
import { registerHandlers } from '../lib/services/handlers';
import { installBundled } from '../lib/services/install';
import { syncContentScripts, watchSiteAccess } from '../lib/services/site-access';

export default defineBackground(() => {
  registerHandlers();
  registerMenus();
  watchSiteAccess();
  void syncContentScripts();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    createMenus();
    void installBundled();
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Automation cannot click the browser's own menus or press its shortcuts; end-to-end tests call the same handlers.
  Object.assign(globalThis, { verbatimAddFromPage: addFromPage, verbatimRunCommand: runCommand });
});
