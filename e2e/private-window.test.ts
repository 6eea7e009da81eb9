import { describe, expect, it } from 'vitest';
import {
  badgeText,
  capturedCount,
  openHighlighted,
  openIncognito,
  quoteCount,
  settledCapturedCount,
  waitFor,
} from './support/chromium';
import { useChromium } from './support/session';

/** A story quoting Rutte's bundled remark and a mayor nobody's library knows. */
const story = () =>
  [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour and alliance</title>',
    '<meta property="og:site_name" content="The Harbour Gazette"></head><body><article>',
    '<h1>Mayor backs the harbour plan as NATO meets</h1>',
    '<p>“Let me be absolutely clear, this is not the time to go it alone,” NATO Secretary-General Mark Rutte said.</p>',
    '<p>“The harbour plan will finish before the winter storms,” Mayor Ana Lopez said on Tuesday.</p>',
    '<p>“Nobody will lose a berth while we build,” Lopez added.</p>',
    '</article></body></html>',
  ].join('');

const session = useChromium(
  ['fixtures/pages'],
  { routes: { '/story.html': story } },
  { allowIncognito: true },
);

describe('a private window', () => {
  it('shows the known quotes but remembers nothing of the page', async () => {
    await waitFor(
      async () => (await quoteCount(session.browser)) > 0,
      'the bundled quotes installed',
      30_000,
    );
    const url = session.server.url('/story.html');
    const tab = await openIncognito(session.browser, url);
    // The badge counts the known quote: the content script ran and asked the background in the private window.
    expect(await waitFor(async () => (await badgeText(session.browser, tab)) || null, 'the badge')).toBe('1');
    expect(await settledCapturedCount(session.browser)).toBe(0);

    // The same page in an ordinary window is remembered: the private window's zero is not an idle extension.
    await openHighlighted(session.browser, url);
    const captured = await waitFor(
      async () => (await capturedCount(session.browser)) || null,
      'a capture from the ordinary window',
    );
    expect(captured).toBeGreaterThanOrEqual(2);
  });
});
