import { useEffect, useState } from 'preact/hooks';
import { citationOf } from '../lib/citation';
import type { CardFrameMessage } from '../lib/content/card-host';
import { sendMessage, type CardData } from '../lib/messaging';
import { QuoteCard, type CardActions } from './QuoteCard';
import { useLocationHash } from './use-location-hash';
import { useMoreBelow } from './use-more-below';

type FrameMessage = CardFrameMessage extends infer M
  ? M extends CardFrameMessage
    ? Omit<M, 'verbatim'>
    : never
  : never;

function post(message: FrameMessage): void {
  // The parent is whatever page the reader is on; the messages carry no data worth hiding.
  window.parent.postMessage({ verbatim: 'card', ...message }, '*');
}

/**
 * The card frame: fetches what the content script handed over (the token in
 * its hash, new for each quote opened), renders the card, keeps the frame as
 * tall as the card, and carries out its actions.
 */
export function CardApp() {
  const token = useLocationHash();
  const moreBelow = useMoreBelow();
  const [data, setData] = useState<CardData | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    setData(undefined);
    void sendMessage('getCard', { token }).then(
      (card) => current && setData(card),
      () => current && setData(null),
    );
    return () => {
      current = false;
    };
  }, [token]);

  useEffect(() => {
    const observer = new ResizeObserver(() => post({ type: 'resize', height: document.body.scrollHeight }));
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  if (data === undefined) return <p class="card muted">Loading…</p>;
  if (data === null) return <p class="card muted">This card has expired. Click the quote again.</p>;

  const actions: CardActions = {
    close: () => post({ type: 'close' }),
    copyCitation: (match) => navigator.clipboard.writeText(citationOf(match)),
    openInLibrary: (match) => void sendMessage('openInLibrary', { quoteId: match.quoteId }),
    addRendering: async (quote, match) => {
      const { created } = await sendMessage('addRendering', {
        quoteId: match.quoteId,
        speakerName: quote.speaker,
        text: quote.text,
        outlet: data.outlet,
        url: data.url,
        date: data.date,
        form: quote.form,
        origin: 'user',
      });
      if (!created) return 'This wording from this outlet is already in your library.';
      return `Added as ${data.outlet}’s wording of this quote.`;
    },
    openAddForm: (quote) =>
      sendMessage('openAddForm', {
        text: quote.text,
        url: data.url,
        outlet: data.outlet,
        date: data.date,
        speaker: quote.speaker,
        form: quote.form,
      }),
    dismiss: async (match) => {
      await sendMessage('dismissMatch', { url: data.url, quoteId: match.quoteId, text: data.quote.text });
      post({ type: 'dismissed' });
    },
  };
  // Keyed by token: a card's own state (an action's message, an open section) belongs to its quote.
  return (
    <>
      <QuoteCard
        key={token}
        quote={data.quote}
        match={data.match}
        url={data.url}
        outlet={data.outlet}
        actions={actions}
      />
      {moreBelow ? (
        <button
          type="button"
          class="more-below"
          onClick={() => window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'smooth' })}
        >
          More below ↓
        </button>
      ) : null}
    </>
  );
}
