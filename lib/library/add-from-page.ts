import type { NewRendering } from '../messaging';
import type { AppDB } from './db';
import { renderingKey } from './dedupe';
import { newId } from './ids';
import type { Quote, Rendering } from './model';
import { ensureSpeaker } from './operations';
import { undoable } from './undo';

/** The language printed copy is assumed to be in until the user says otherwise. */
const DEFAULT_LANGUAGE = 'en';

/**
 * Stores what the reader took from a page ("Add to Verbatim" or a card's
 * "add this wording"): as a rendering of an existing quote, or as a new quote
 * of the named speaker (made when the library does not know them). Saving the
 * same words from the same outlet twice returns the existing rendering, with
 * `created: false` so the reader can be told it was already there.
 */
export async function addPageRendering(
  db: AppDB,
  input: NewRendering,
): Promise<{ quoteId: string; renderingId: string; created: boolean }> {
  const text = input.text.trim().replace(/\s+/g, ' ');
  const outlet = input.outlet.trim() || 'Unknown outlet';
  if (!text) throw new Error('The quote’s text is empty.');
  if (input.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    throw new Error('Date: expected YYYY-MM-DD.');
  const { result } = await undoable(db, `add from ${outlet}`, async (log) => {
    let quoteId = input.quoteId;
    if (quoteId) {
      const target = await db.quotes.get(quoteId);
      if (!target) throw new Error('That library quote no longer exists.');
      // A quote only seen while reading that the reader adds to becomes theirs: pruning no longer touches it.
      if (target.origin === 'captured' && input.origin === 'user') {
        await log.touch('quotes', quoteId);
        await db.quotes.update(quoteId, { origin: 'user' });
      }
      const key = renderingKey({ quoteId, outlet, text });
      const same = (await db.renderings.where('quoteId').equals(quoteId).toArray()).find(
        (r) => renderingKey(r) === key,
      );
      if (same) {
        if (same.origin === 'captured' && input.origin === 'user') {
          await log.touch('renderings', same.id);
          await db.renderings.update(same.id, { origin: 'user' });
        }
        return { quoteId, renderingId: same.id, created: false };
      }
    } else {
      const known = input.speakerId ? await db.speakers.get(input.speakerId) : undefined;
      const name = input.speakerName?.trim() ?? '';
      if (!known && !name) throw new Error('Name the speaker for a new quote.');
      const speaker = known ?? (await ensureSpeaker(db, log, name, input.origin));
      const quote: Quote = {
        id: newId('q'),
        speakerId: speaker.id,
        canonical: text,
        canonicalReason: `As ${outlet} printed it${input.date ? ` on ${input.date}` : ''}; the first wording in the library.`,
        event: null,
        date: input.date,
        primarySource: null,
        tags: [],
        origin: input.origin,
        edited: false,
      };
      await log.touch('quotes', quote.id);
      await db.quotes.add(quote);
      quoteId = quote.id;
    }
    const rendering: Rendering = {
      id: newId('r'),
      quoteId,
      outlet,
      url: input.url || null,
      date: input.date,
      text,
      form: input.form,
      language: DEFAULT_LANGUAGE,
      translated: false,
      origin: input.origin,
      edited: false,
    };
    await log.touch('renderings', rendering.id);
    await db.renderings.add(rendering);
    return { quoteId, renderingId: rendering.id, created: true };
  });
  return result;
}
