import { describe, expect, it } from 'vitest';
import { grantedMatches } from '../../lib/services/site-access';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { BUILT_IN_PATTERNS, parseSite, sitePatterns } from '../../lib/sites';

describe('where the content script runs', () => {
  it('adds only the reader’s sites that the browser actually granted', () => {
    const settings = { ...DEFAULT_SETTINGS, extraSites: ['example.org', 'denied.net'] };
    expect(grantedMatches(settings, sitePatterns('example.org'))).toEqual(sitePatterns('example.org'));
  });

  it('runs everywhere only once all sites are granted, and nowhere extra when only clicked', () => {
    expect(grantedMatches({ ...DEFAULT_SETTINGS, runOn: 'all' }, [])).toEqual([]);
    expect(grantedMatches({ ...DEFAULT_SETTINGS, runOn: 'all' }, ['<all_urls>'])).toEqual(['<all_urls>']);
    expect(
      grantedMatches({ ...DEFAULT_SETTINGS, runOn: 'click', extraSites: ['a.org'] }, sitePatterns('a.org')),
    ).toEqual([]);
  });

  it('grants the built-in news sites and local pages at install', () => {
    expect(BUILT_IN_PATTERNS).toContain('*://*.reuters.com/*');
    expect(BUILT_IN_PATTERNS).toContain('http://127.0.0.1/*');
    expect(BUILT_IN_PATTERNS).not.toContain('<all_urls>');
  });
});

describe('parseSite', () => {
  it('reads a typed site as its hostname', () => {
    expect(parseSite('https://www.Example.org/news/1')).toBe('example.org');
    expect(parseSite(' news.example.co.uk ')).toBe('news.example.co.uk');
  });

  it('refuses what is not a site', () => {
    expect(parseSite('')).toBeNull();
    expect(parseSite('not a site')).toBeNull();
    expect(parseSite('localhost')).toBeNull();
  });
});
