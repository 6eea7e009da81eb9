import type { Quote } from '../model';

/** The first release's quote: no tags, no primary source, no origin or edit flag. */
export interface QuoteV1 {
  id: string;
  speakerId: string;
  canonical: string;
  canonicalReason: string;
  event: string | null;
  date: string | null;
}

/** Index strings per schema version; every version is kept (see speakers.ts). */
export const quotesSchema = {
  1: 'id, speakerId, event, date',
  2: 'id, speakerId',
  3: 'id, speakerId',
} as const;

/** Fills what version 2 added without touching what the user already had. */
export function upgradeQuoteV1(row: QuoteV1): Quote {
  return {
    id: row.id,
    speakerId: row.speakerId,
    canonical: row.canonical,
    canonicalReason: row.canonicalReason ?? '',
    event: row.event ?? null,
    date: row.date ?? null,
    primarySource: null,
    tags: [],
    origin: 'bundled',
    edited: false,
  };
}
