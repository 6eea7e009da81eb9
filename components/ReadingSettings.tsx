import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../lib/messaging';
import type { Settings } from '../lib/settings';

/**
 * What Verbatim remembers while the reader reads, said plainly, with every
 * lever: on/off, the sites left out, the storage cap, and forgetting it all.
 */
export function ReadingSettings({
  settings,
  save,
}: {
  settings: Settings;
  save(patch: Partial<Settings>, message: string): Promise<void>;
}) {
  const [stats, setStats] = useState<{ pages: number; renderings: number } | null>(null);
  const [cap, setCap] = useState(String(settings.captureCap));
  const refresh = () => void sendMessage('getReadingStats').then(setStats, () => setStats(null));
  useEffect(refresh, []);

  return (
    <>
      <h2>Remembered while reading</h2>
      <p class="muted">
        On the pages where Verbatim runs, it remembers each quote that names its speaker, with the outlet,
        link and date, in this browser’s own storage. That is how a story’s card shows how the other outlets
        you read worded the same remark. Nothing leaves your machine, and nothing is remembered in private
        windows.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.capture}
          onChange={(e) =>
            void save(
              { capture: (e.target as HTMLInputElement).checked },
              (e.target as HTMLInputElement).checked
                ? 'Verbatim remembers the quotes you read.'
                : 'Verbatim no longer remembers what you read; what it kept stays until you forget it.',
            )
          }
        />{' '}
        Remember the quotes on pages I read
      </label>
      {settings.captureOffSites.length ? (
        <>
          <p class="muted">Not remembered on:</p>
          <ul class="sites" aria-label="Sites not remembered">
            {settings.captureOffSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() =>
                    void save(
                      { captureOffSites: settings.captureOffSites.filter((s) => s !== host) },
                      `Quotes read on ${host} are remembered again.`,
                    )
                  }
                >
                  Remember again
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form
        class="cap"
        onSubmit={(event) => {
          event.preventDefault();
          const value = Math.round(Number(cap));
          if (!Number.isFinite(value) || value < 100) {
            setCap(String(settings.captureCap));
            void save({}, 'Keep at least 100 wordings.');
            return;
          }
          void save({ captureCap: value }, `At most ${value.toLocaleString('en')} wordings will be kept.`);
        }}
      >
        <label>
          Keep at most{' '}
          <input
            type="number"
            min={100}
            step={1000}
            value={cap}
            onInput={(e) => setCap((e.target as HTMLInputElement).value)}
          />{' '}
          wordings
        </label>{' '}
        <button type="submit">Save</button>
        <p class="muted cap-note">The pages read longest ago are forgotten first; quotes you keep stay.</p>
      </form>
      <p class="muted" aria-live="polite">
        {stats
          ? `Remembered now: ${stats.renderings.toLocaleString('en')} wording${stats.renderings === 1 ? '' : 's'} from ${stats.pages.toLocaleString('en')} page${stats.pages === 1 ? '' : 's'}.`
          : ''}
      </p>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          const removed = await sendMessage('forgetAllReading');
          refresh();
          await save({}, `Forgot ${removed} wording${removed === 1 ? '' : 's'} seen while reading.`);
        }}
      >
        Forget everything seen while reading
      </button>
    </>
  );
}
