import { describe, expect, it } from 'vitest';
import { cardFrame, highlightSizes, openFirstCard, waitForHighlights } from './support/chromium';
import { useChromium } from './support/session';

const STRICT_CSP =
  "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; frame-src 'none'; connect-src 'none'";

/** 50,000 paragraphs, every 500th holding a known quote. */
function hugePage(): string {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>50,000 paragraphs</title></head><body><article><h1>The longest page</h1>',
  ];
  for (let i = 0; i < 50_000; i++) {
    parts.push(
      i % 500 === 0
        ? '<p>“A fairer NATO means all allies doing their fair share,” the former Dutch prime minister added.</p>'
        : `<p>Paragraph ${i} of filler text about the weather, the markets and the traffic on the ring road.</p>`,
    );
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

const session = useChromium(['e2e/pages'], {
  headers: { '/strict-csp.html': { 'content-security-policy': STRICT_CSP } },
  routes: { '/huge.html': hugePage },
});

describe('hostile and heavy pages', () => {
  it('shows markup inside a quote as text and runs none of it', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.server.url('hostile.html'));
    await waitForHighlights(page);
    const card = await openFirstCard(page, 'A fairer NATO');
    expect(card).toContain('<img src=x onerror=');
    const frame = await cardFrame(page);
    expect(await frame!.locator('.card img, .card script, .card iframe').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('highlights and opens cards on a page with a strict Content-Security-Policy', async () => {
    const page = await session.browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(session.server.url('strict-csp.html'));
    await waitForHighlights(page);
    expect(Object.values(await highlightSizes(page)).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(2);
    const card = await openFirstCard(page, 'A fairer NATO');
    expect(card).toMatch(/Verbatim/);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('keeps a page of 50,000 paragraphs responsive and finds its quotes', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.server.url('huge.html'));
    await waitForHighlights(page, 60_000);
    await expect
      .poll(async () => (await highlightSizes(page))['verbatim-verbatim'] ?? 0, { timeout: 60_000 })
      .toBe(100);
    expect(await page.evaluate(() => document.querySelectorAll('p').length)).toBe(50_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a page that rewrites itself every 100 ms without errors or lost highlights', async () => {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.server.url('rewrite.html'));
    await waitForHighlights(page);
    await expect
      .poll(async () => (await highlightSizes(page))['verbatim-verbatim'] ?? 0, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(2500);
    const after = await highlightSizes(page);
    expect(after['verbatim-verbatim']).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sends no request anywhere but 127.0.0.1', () => {
    expect(session.browser.blocked).toEqual([]);
  });
});
