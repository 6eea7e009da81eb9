/**
 * The host of a web page's URL without "www.", or '' for anything else
 * (browser and extension pages have no site to switch on or off).
 */
export function readHost(url: string): string {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** A URL fit to be a link in our pages: http(s) only, never `javascript:`, `data:` or `file:`. */
export function webLink(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
