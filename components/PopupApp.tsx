import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { groupBySpeaker } from '../lib/group-quotes';
import { highlightKindOf } from '../lib/highlight/kind';
import { sendMessage, type PageReport } from '../lib/messaging';
import { isSiteEnabled, readSettings, toggleSite, updateSettings, type Settings } from '../lib/settings';
import { readHost } from '../lib/url';
import { otherPageCount } from '../lib/reading/other-pages';
import { Legend } from './Legend';
import { ReadCount, ReadingControls } from './ReadingControls';
import { VerdictChip } from './VerdictChip';

/**
 * The tab to inspect: the active tab normally, or `?tab=ID` when the popup is
 * opened as a page (tests and keyboard users do this).
 */
async function targetTab(): Promise<{ id: number; url: string } | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  const tab = fromUrl
    ? await browser.tabs.get(fromUrl)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The report a scan leaves behind, polled briefly after the popup asked for a scan. */
async function waitForReport(tabId: number): Promise<PageReport | null> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const report = await sendMessage('getPageQuotes', { tabId });
    if (report) return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** The quotes on the current page, grouped by speaker, with the site switch and the legend. */
export function PopupApp() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [report, setReport] = useState<PageReport | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    void (async () => {
      const target = await targetTab();
      const current = await readSettings();
      setTab(target);
      setSettings(current);
      if (target) {
        let found = await sendMessage('getPageQuotes', { tabId: target.id });
        if (found && withoutHash(found.url) !== withoutHash(target.url)) found = null;
        if (!found || current.runOn === 'click') {
          const scanned = await sendMessage('scanTab', { tabId: target.id }).catch(() => false);
          if (scanned) found = await waitForReport(target.id);
        }
        setReport(found);
      }
      setLoading(false);
    })();
  }, []);

  const host = readHost(report?.url ?? tab?.url ?? '');
  const enabled = settings ? isSiteEnabled(settings, host) : true;
  const groups = groupBySpeaker(report?.quotes ?? []);
  const matched = report?.quotes.filter((q) => q.match && q.match.quoteOrigin !== 'captured').length ?? 0;
  const read = report?.quotes.filter((q) => q.match?.quoteOrigin === 'captured').length ?? 0;

  const reveal = async (index: number) => {
    if (!tab) return;
    await browser.tabs.update(tab.id, { active: true });
    await sendMessage('revealQuote', { index }, tab.id);
    if (!new URLSearchParams(location.search).get('tab')) window.close();
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Verbatim</h1>
        {host && settings ? (
          <label class="switch">
            <input
              type="checkbox"
              checked={enabled}
              onChange={async () => setSettings(await updateSettings(toggleSite(settings, host)))}
            />{' '}
            On {host}
          </label>
        ) : null}
      </header>
      {loading ? (
        <p class="muted">Looking at this page…</p>
      ) : !enabled ? (
        <p class="muted">Verbatim is off on this site.</p>
      ) : !report ? (
        <p class="muted" id="empty">
          Verbatim cannot read this page (a browser page, or a site it has no access to). Choose where it runs
          in the settings.
        </p>
      ) : report.quotes.length === 0 ? (
        <p class="muted" id="empty">
          No quotes found on this page.
        </p>
      ) : (
        <>
          <p class="muted summary">
            {report.quotes.length} quote{report.quotes.length === 1 ? '' : 's'}, {matched} in your library
            {read ? `, ${read} seen on other pages you read` : ''}
          </p>
          {groups.map((group) => (
            <section key={group.speaker} class="group">
              <h2>{group.speaker}</h2>
              <ul>
                {group.quotes.map((q) => (
                  <li key={q.index}>
                    <button
                      type="button"
                      class="quote"
                      data-index={q.index}
                      onClick={() => void reveal(q.index)}
                    >
                      <VerdictChip kind={highlightKindOf(q.match)} confidence={q.match?.confidence} />
                      <span class={`quote-text${q.form === 'reported' ? ' reported' : ''}`}>
                        {q.form === 'reported' ? q.text : `“${q.text}”`}
                      </span>
                      {q.match ? <span class="muted match-line">{q.match.explanation}</span> : null}
                      <ReadCount count={otherPageCount(q.match, report.url)} />
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {report && host && settings && enabled ? (
        <ReadingControls
          url={report.url}
          site={host}
          settings={settings}
          onSettings={setSettings}
          onForgotten={() =>
            // The page re-asks for its matches after a forget; its new report lands a moment later.
            setTimeout(() => void sendMessage('getPageQuotes', { tabId: tab?.id ?? -1 }).then(setReport), 500)
          }
        />
      ) : null}
      <Legend />
      <footer class="popup-foot">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Open the library
        </a>
        {' · '}
        <a href={browser.runtime.getURL('/options.html#settings')} target="_blank" rel="noreferrer">
          Settings
        </a>
      </footer>
    </main>
  );
}
