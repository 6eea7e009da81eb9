import { formatDay } from '../lib/format-date';
import type { RenderingMatch } from '../lib/match/types';
import { webLink } from '../lib/url';

/** Who printed a wording, when and how (linked outlet, day, form): the head of every rendering row in a card. */
export function RenderingSource({ r }: { r: RenderingMatch }) {
  return (
    <>
      <strong class="outlet">
        {webLink(r.url) ? (
          <a href={webLink(r.url) ?? undefined} target="_blank" rel="noopener noreferrer">
            {r.outlet}
          </a>
        ) : (
          r.outlet
        )}
      </strong>
      {r.date ? <span class="muted day"> · {formatDay(r.date)}</span> : null}
      <span class="muted">
        {' '}
        · {r.form === 'reported' ? 'reported speech' : r.form === 'partial' ? 'partial quote' : 'quote'}
        {r.translated ? ', translated' : ''}
      </span>
    </>
  );
}
