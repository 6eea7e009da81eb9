import { formatDay } from '../lib/format-date';
import type { RenderingMatch } from '../lib/match/types';
import { webLink } from '../lib/url';

/** A separator that never opens a line: a wrapped head reads "Outlet ·" then "26 March", not "· 26 March". */
const SEP = '\u00a0· ';

/**
 * Who printed a wording, when and how (linked outlet, day, form): the head of every rendering row in a card.
 * `here` marks the wording the library holds from the page the card is on, or from its outlet.
 */
export function RenderingSource({ r, here = null }: { r: RenderingMatch; here?: 'page' | 'outlet' | null }) {
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
      {here ? (
        <span class="here">
          {SEP}
          {here === 'page' ? 'this page' : 'this outlet'}
        </span>
      ) : null}
      {r.date ? (
        <span class="muted day">
          {SEP}
          {formatDay(r.date)}
        </span>
      ) : null}
      <span class="muted">
        {SEP}
        {r.form === 'reported' ? 'reported speech' : r.form === 'partial' ? 'partial quote' : 'quote'}
        {r.translated ? ', translated' : ''}
      </span>
    </>
  );
}
