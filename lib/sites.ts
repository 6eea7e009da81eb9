/**
 * News sites Verbatim may read without asking again: the browser grants these
 * at install, so a reader who opens a major outlet sees quotes at once. Every
 * other site needs the reader's say-so (an optional permission, asked when
 * they add the site or choose "all sites"). Local addresses are in the list
 * for pages saved or previewed on the reader's own machine.
 */
export const NEWS_SITES: readonly string[] = [
  'reuters.com',
  'apnews.com',
  'bbc.com',
  'bbc.co.uk',
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'wsj.com',
  'ft.com',
  'economist.com',
  'bloomberg.com',
  'politico.com',
  'politico.eu',
  'cnn.com',
  'npr.org',
  'aljazeera.com',
  'dw.com',
  'france24.com',
  'euronews.com',
  'lemonde.fr',
  'spiegel.de',
  'theatlantic.com',
  'seattletimes.com',
  'salon.com',
  'buzzfeednews.com',
  'nato.int',
];

export const LOCAL_PATTERNS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/** Match patterns for a site and its subdomains, on http and https. */
export function sitePatterns(hostname: string): string[] {
  return [`*://${hostname}/*`, `*://*.${hostname}/*`];
}

/** The patterns granted at install: the built-in news sites and local pages. */
export const BUILT_IN_PATTERNS: readonly string[] = [...NEWS_SITES.flatMap(sitePatterns), ...LOCAL_PATTERNS];

/** A reader's typed site ("https://www.Example.org/x", "example.org") as a bare hostname, or null. */
export function parseSite(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname.replace(
      /^www\./,
      '',
    );
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}
