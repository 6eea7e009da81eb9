import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A saved page as a jsdom document. jsdom parses every stylesheet and throws on some real ones
 * (a `border: inherit` shorthand, an unexpanded Sass `calc()`); styles play no part in reading
 * the text, so such a page is parsed again without them instead of failing.
 */
export function loadPage(html: string): JSDOM {
  // Saved pages carry CSS jsdom cannot parse; its complaints are noise here.
  const virtualConsole = new VirtualConsole();
  try {
    return new JSDOM(html, { virtualConsole });
  } catch {
    const bare = html
      .replace(/<style\b[\s\S]*?<\/style\s*>/gi, '')
      .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*')/gi, '');
    return new JSDOM(bare, { virtualConsole });
  }
}
