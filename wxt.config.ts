import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Verbatim',
    description:
      'Spots quotes on news pages, matches them against your local quote library, and shows how other outlets worded them.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'activeTab', 'clipboardWrite'],
    web_accessible_resources: [{ resources: ['card.html'], matches: ['<all_urls>'] }],
    host_permissions: ['<all_urls>'],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Show or hide quote highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'verbatim@verbatim.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({ plugins: [preact()] }),
});
