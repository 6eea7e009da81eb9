import { useState } from 'preact/hooks';
import { sendMessage } from '../lib/messaging';
import { isCaptureOn, updateSettings, type Settings } from '../lib/settings';

/** "Read on 2 other pages": how far the reader has followed this remark. */
export function ReadCount({ count }: { count: number }) {
  if (!count) return null;
  return (
    <span class="muted read-count">
      Read on {count} other page{count === 1 ? '' : 's'}
    </span>
  );
}

/**
 * The reader's hold on what Verbatim remembers of the page and its site: a
 * per-site switch and the two forget buttons, each saying what it removed.
 */
export function ReadingControls({
  url,
  site,
  settings,
  onSettings,
  onForgotten,
}: {
  url: string;
  site: string;
  settings: Settings;
  onSettings(next: Settings): void;
  onForgotten(): void;
}) {
  const [status, setStatus] = useState('');
  const on = isCaptureOn(settings, site);
  const forget = async (what: 'page' | 'site') => {
    try {
      const removed =
        what === 'page'
          ? await sendMessage('forgetPage', { url })
          : await sendMessage('forgetSite', { site });
      setStatus(
        removed
          ? `Forgot ${removed} wording${removed === 1 ? '' : 's'} from this ${what}.`
          : `Nothing was remembered from this ${what}.`,
      );
      onForgotten();
    } catch (error) {
      setStatus(`Could not forget: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <section class="reading" aria-label="Remembered while reading">
      <label class="switch">
        <input
          type="checkbox"
          checked={on}
          disabled={!settings.capture}
          onChange={async () =>
            onSettings(
              await updateSettings({
                captureOffSites: on
                  ? [...settings.captureOffSites, site]
                  : settings.captureOffSites.filter((s) => s !== site),
              }),
            )
          }
        />{' '}
        {settings.capture ? `Remember quotes read on ${site}` : 'Remembering quotes is off (Settings)'}
      </label>
      <div class="reading-actions">
        <button type="button" id="forget-page" onClick={() => void forget('page')}>
          Forget this page
        </button>
        <button type="button" id="forget-site" onClick={() => void forget('site')}>
          Forget this site
        </button>
      </div>
      <p class="muted status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
