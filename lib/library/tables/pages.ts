/**
 * A page the reader opened, as capture-while-reading remembers it: which
 * renderings came from it, so reading it again adds nothing twice, a page that
 * changed updates only its own renderings, and "Forget this page/site" and
 * pruning know exactly what to remove.
 */
export interface ReadPage {
  /** The page's URL without its #fragment. */
  url: string;
  /** Host without "www.", the unit of "Forget this site" and per-site switches. */
  site: string;
  outlet: string;
  title: string;
  /** Publication day from the page's metadata. */
  date: string | null;
  language: string;
  /** ISO timestamps: first and last time the reader opened the page. */
  firstSeen: string;
  lastSeen: string;
  /** Renderings captured from the page (kept ones stay in the library when the page is forgotten). */
  renderingIds: string[];
}

/** Added in version 3; `lastSeen` orders pruning, `site` serves "Forget this site". */
export const pagesSchema = {
  3: 'url, site, lastSeen',
} as const;
