import { useEffect, useState } from 'preact/hooks';
import type { LibraryClient } from '../lib/manager/library-client';
import { ManagerApp } from './ManagerApp';
import { SettingsPanel } from './SettingsPanel';

type Tab = 'library' | 'settings';

const tabOf = (hash: string): Tab => (hash === '#settings' ? 'settings' : 'library');

/** The options page: the library manager, and the settings one tab away (`#settings`). */
export function OptionsApp({
  client,
  initialQuoteId,
}: {
  client: LibraryClient;
  initialQuoteId: string | null;
}) {
  const [tab, setTab] = useState<Tab>(tabOf(location.hash));
  useEffect(() => {
    const follow = () => setTab(tabOf(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <>
      <nav class="tabs" aria-label="Verbatim">
        <a href="#library" aria-current={tab === 'library' ? 'page' : undefined}>
          Library
        </a>
        <a href="#settings" aria-current={tab === 'settings' ? 'page' : undefined}>
          Settings
        </a>
      </nav>
      {tab === 'library' ? <ManagerApp client={client} initialQuoteId={initialQuoteId} /> : <SettingsPanel />}
    </>
  );
}
