import { readHost } from './url';

/** What a page says about itself: used to label a captured rendering with its outlet and date. */
export interface PageMeta {
  outlet: string;
  date: string | null;
  title: string;
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'time[datetime]',
];

/** Reads the outlet (site name, else the host) and publication date (ISO day) from standard metadata. */
export function readPageMeta(doc: Document, url: string): PageMeta {
  const content = (selector: string) => {
    const el = doc.querySelector(selector);
    return el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
  };
  const siteName = content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]');
  const host = readHost(url);
  const rawDate = DATE_SELECTORS.map(content).find(Boolean) ?? null;
  return { outlet: siteName?.trim() || host || 'Unknown outlet', date: isoDay(rawDate), title: doc.title };
}

function isoDay(raw: string | null): string | null {
  const day = raw?.match(/\d{4}-\d{2}-\d{2}/)?.[0];
  return day ?? null;
}
