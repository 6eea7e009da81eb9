import { describe, expect, it } from 'vitest';
import { readHost, webLink } from '../../lib/url';

describe('links and hosts from page and library data', () => {
  it('links only to web addresses', () => {
    expect(webLink('https://www.reuters.com/world/a')).toBe('https://www.reuters.com/world/a');
    expect(webLink('javascript:alert(1)')).toBeNull();
    expect(webLink('data:text/html,<script>x</script>')).toBeNull();
    expect(webLink(null)).toBeNull();
  });

  it('gives a site only for web pages', () => {
    expect(readHost('https://www.example.org/a')).toBe('example.org');
    expect(readHost('chrome-extension://abc/popup.html')).toBe('');
    expect(readHost('not a url')).toBe('');
  });
});
