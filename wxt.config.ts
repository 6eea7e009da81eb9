import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { BUILT_IN_PATTERNS } from './lib/sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Verbatim',
    description:
      'Spots quotes on news pages, matches them against your local quote library, and shows how other outlets worded them.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'scripting', 'clipboardWrite'],
    // Built-in news sites are granted at install; any other site only when the reader asks for it.
    host_permissions: [...BUILT_IN_PATTERNS],
    optional_host_permissions: ['<all_urls>'],
    web_accessible_resources: [{ resources: ['card.html'], matches: ['<all_urls>'] }],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Show or hide quote highlights on this page',
      },
      'next-quote': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open the card of the next quote on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: origins go in optional_permissions.
          optional_permissions: ['<all_urls>'],
          browser_specific_settings: {
            gecko: {
              id: 'verbatim@verbatim.invalid',
              // 140: the first ESR with the CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              // Verbatim collects nothing: every quote stays on the reader's machine.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
  // The sources zip Firefox reviewers get: the code that builds the add-on, not test output or screenshots.
  zip: { excludeSources: ['test-results/**', 'dist/**', 'docs/**', '.ci-report*.json'] },
  hooks: {
    /**
     * The content script runs on every news page and has a 15 KB budget. It
     * uses the browser's own promise-based API (Chrome MV3 and Firefox both
     * have one) through WXT's plain `wxt/browser`, instead of the polyfill's
     * 3 KB that every extension page and the background still get.
     */
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const plain = createRequire(import.meta.url)
        .resolve('wxt/browser')
        .replace(/browser\.[cm]?js$/, 'browser.mjs');
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) alias.unshift({ find: /^wxt\/browser$/, replacement: plain });
      else config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': plain } };
    },
  },
});
