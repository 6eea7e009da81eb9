/** "Not this quote" on one page: the match stays hidden for that page's text from then on. */
export interface Dismissal {
  url: string;
  quoteId: string;
  text: string;
  /** ISO timestamp of the dismissal. */
  date: string;
}

/** Added in version 2; keyed by page, quote and text so dismissing twice keeps one row. */
export const dismissalsSchema = {
  2: '[url+quoteId+text], url, quoteId',
  3: '[url+quoteId+text], url, quoteId',
} as const;
