// End-to-end tests run code inside the extension's service worker (worker.evaluate), where `chrome` exists.
/// <reference types="chrome" />
