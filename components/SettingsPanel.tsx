import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReadingSettings } from './ReadingSettings';
import { readSettings, updateSettings, type RunOn, type Settings } from '../lib/settings';
import { NEWS_SITES, parseSite, sitePatterns } from '../lib/sites';

const RUN_ON: { value: RunOn; label: string; hint: string }[] = [
  {
    value: 'news',
    label: 'News sites',
    hint: 'The built-in list of major outlets, plus the sites you add below. Each added site asks your browser once.',
  },
  {
    value: 'all',
    label: 'All sites',
    hint: 'Every page you open. Your browser asks you to allow this once.',
  },
  {
    value: 'click',
    label: 'Only when I click',
    hint: 'Nothing is read until you open Verbatim’s toolbar button on a page.',
  },
];

/**
 * Where Verbatim runs and how it marks quotes. Host access is asked for only
 * when a choice needs it, inside the click that makes the choice (browsers
 * only show the prompt during a user gesture), and given back when no longer needed.
 */
export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);
  if (!settings) return <p class="muted">Loading settings…</p>;

  const save = async (patch: Partial<Settings>, message: string) => {
    setSettings(await updateSettings(patch));
    setStatus(message);
  };

  const chooseRunOn = async (value: RunOn) => {
    if (value === 'all' && !(await browser.permissions.request({ origins: ['<all_urls>'] }))) {
      setStatus('Your browser did not allow access to all sites; nothing changed.');
      return;
    }
    if (value !== 'all') await browser.permissions.remove({ origins: ['<all_urls>'] }).catch(() => false);
    await save({ runOn: value }, `Verbatim now runs on: ${RUN_ON.find((r) => r.value === value)?.label}.`);
  };

  const addSite = async (event: Event) => {
    event.preventDefault();
    const host = parseSite(site);
    if (!host) {
      setStatus(`“${site}” is not a site name such as example.org.`);
      return;
    }
    if (!(await browser.permissions.request({ origins: sitePatterns(host) }))) {
      setStatus(`Your browser did not allow access to ${host}; it was not added.`);
      return;
    }
    setSite('');
    await save({ extraSites: [...new Set([...settings.extraSites, host])] }, `Added ${host}.`);
  };

  const removeSite = async (host: string) => {
    await browser.permissions.remove({ origins: sitePatterns(host) }).catch(() => false);
    await save({ extraSites: settings.extraSites.filter((s) => s !== host) }, `Removed ${host}.`);
  };

  return (
    <section class="settings" aria-label="Settings">
      <h2>Where Verbatim runs</h2>
      <fieldset>
        <legend class="muted">
          Verbatim reads a page only where you allow it. Nothing it reads leaves your machine.
        </legend>
        {RUN_ON.map((option) => (
          <label key={option.value} class="check option">
            <input
              type="radio"
              name="run-on"
              value={option.value}
              checked={settings.runOn === option.value}
              onChange={() => void chooseRunOn(option.value)}
            />
            <span>
              <strong>{option.label}</strong> <span class="muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <h3>Your sites</h3>
      <form class="row" onSubmit={addSite}>
        <input
          aria-label="Add a site"
          placeholder="example.org"
          value={site}
          onInput={(e) => setSite((e.target as HTMLInputElement).value)}
        />
        <button type="submit">Add site</button>
      </form>
      <ul class="sites">
        {settings.extraSites.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" onClick={() => void removeSite(host)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <details>
        <summary class="muted">The built-in news sites ({NEWS_SITES.length})</summary>
        <p class="muted">{NEWS_SITES.join(', ')}, and pages on this computer (localhost).</p>
      </details>
      {settings.disabledSites.length ? (
        <>
          <h3>Switched off</h3>
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() =>
                    void save(
                      { disabledSites: settings.disabledSites.filter((s) => s !== host) },
                      `On again on ${host}.`,
                    )
                  }
                >
                  Turn on again
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Highlights</h2>
      <label class="field">
        <span>Style</span>
        <select
          value={settings.highlightStyle}
          onChange={(e) =>
            void save(
              { highlightStyle: (e.target as HTMLSelectElement).value as Settings['highlightStyle'] },
              'Highlight style saved.',
            )
          }
        >
          <option value="wash">Coloured background and underline</option>
          <option value="underline">Underline only</option>
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.markUnmatched}
          onChange={(e) => void save({ markUnmatched: (e.target as HTMLInputElement).checked }, 'Saved.')}
        />{' '}
        Mark quotes that are not in my library (a faint dotted underline)
      </label>
      <ReadingSettings settings={settings} save={save} />
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
