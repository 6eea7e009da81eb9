import Fuse from 'fuse.js';
import type { LibraryData, Quote } from '../library/model';

export interface QuoteRow {
  quote: Quote;
  speaker: string;
  renderingCount: number;
  outlets: string[];
}

export interface ManagerFilter {
  query: string;
  speakerId: string | null;
  event: string | null;
}

/**
 * The manager's search-as-you-type: Fuse.js over short fields (speaker,
 * event, tags, outlets) and the quote's words, which is what Fuse does well;
 * filters by speaker and event apply first so Fuse scans less.
 */
export class LibrarySearch {
  readonly rows: QuoteRow[];
  private readonly fuse: Fuse<QuoteRow & { texts: string[] }>;

  constructor(library: LibraryData) {
    const speakers = new Map(library.speakers.map((s) => [s.id, s.name]));
    const byQuote = new Map<string, { texts: string[]; outlets: Set<string> }>();
    for (const r of library.renderings) {
      const entry = byQuote.get(r.quoteId) ?? { texts: [], outlets: new Set<string>() };
      entry.texts.push(r.text);
      entry.outlets.add(r.outlet);
      byQuote.set(r.quoteId, entry);
    }
    const docs = library.quotes.map((quote) => {
      const extra = byQuote.get(quote.id);
      return {
        quote,
        speaker: speakers.get(quote.speakerId) ?? 'Unknown speaker',
        renderingCount: extra?.texts.length ?? 0,
        outlets: [...(extra?.outlets ?? [])],
        texts: extra?.texts ?? [],
      };
    });
    docs.sort(
      (a, b) => a.speaker.localeCompare(b.speaker) || (a.quote.date ?? '').localeCompare(b.quote.date ?? ''),
    );
    this.rows = docs;
    this.fuse = new Fuse(docs, {
      keys: [
        { name: 'quote.canonical', weight: 3 },
        { name: 'texts', weight: 1 },
        { name: 'speaker', weight: 2 },
        { name: 'quote.event', weight: 1 },
        { name: 'quote.tags', weight: 1 },
        { name: 'outlets', weight: 1 },
      ],
      ignoreLocation: true,
      threshold: 0.35,
      minMatchCharLength: 2,
    });
  }

  filter({ query, speakerId, event }: ManagerFilter): QuoteRow[] {
    const keep = (row: QuoteRow) =>
      (!speakerId || row.quote.speakerId === speakerId) && (!event || row.quote.event === event);
    const q = query.trim();
    if (!q) return this.rows.filter(keep);
    return this.fuse
      .search(q)
      .map((result) => result.item)
      .filter(keep);
  }

  /** The events to browse by, only the chosen speaker's when one is chosen. */
  events(speakerId: string | null = null): string[] {
    const rows = speakerId ? this.rows.filter((r) => r.quote.speakerId === speakerId) : this.rows;
    return [...new Set(rows.map((r) => r.quote.event).filter((e): e is string => !!e))].sort();
  }
}
