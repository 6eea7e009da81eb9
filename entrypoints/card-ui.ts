import { createCardHost } from '../lib/content/card-host';

// Injected by the background into a page's content-script world when its first card opens.
export default defineUnlistedScript(() => {
  globalThis.verbatimCardUi = createCardHost;
});
