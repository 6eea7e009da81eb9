import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { articleText } from '../../lib/detect/article/text';
import { page } from './helpers';

const PROSE = [
  '“We will rebuild the harbour before the winter storms arrive, whatever it costs,” said Ada Stone, the mayor.',
  'The council met on Tuesday evening to discuss the budget for the next three years, the plans for the harbour and the new school.',
  'Stone said the new rules would hurt small shops more than the big chains on the edge of town, and that she would fight them.',
  'Critics of the plan, among them two former mayors, say the numbers do not add up for anyone who has looked at them closely.',
];
const paragraphs = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const NAV =
  '<div class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></div>';
const RELATED =
  '<div class="related-stories"><p><a href="/a">“Everything must go,” says the owner of the last shop in town, in a story</a></p><p><a href="/b">Another story that is only a headline with a link on it</a></p></div>';

describe('article finding', () => {
  it('reads an article wrapped in an id that names a share widget', () => {
    const doc = page(
      `${NAV}<div id="gigya-share-btns-2_gig_containerParent"><h1>Harbour plan</h1>${paragraphs([...PROSE, ...PROSE.slice(1)])}</div>${RELATED}`,
    );
    const quotes = detectQuotes(doc);
    expect(quotes.map((q) => q.text)).toContain(
      'We will rebuild the harbour before the winter storms arrive, whatever it costs',
    );
    expect(quotes.find((q) => q.text.startsWith('We will'))?.speaker).toBe('Ada Stone');
    expect(quotes.some((q) => q.text.startsWith('Everything must go'))).toBe(false);
  });

  it('reads an article wrapped in a read-more container', () => {
    const doc = page(`${NAV}<div id="read-more-content">${paragraphs(PROSE)}</div>${RELATED}`);
    const text = articleText(doc);
    for (const line of PROSE.slice(1)) expect(text).toContain(line);
    expect(text).not.toContain('Another story');
    expect(text).not.toContain('Home');
  });

  it('leaves out a real share bar and a comment thread beside the article', () => {
    const doc = page(
      `<div class="story-body">${paragraphs(PROSE)}<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div></div>` +
        `<div class="comments">${paragraphs(['“This is the worst plan the council has had in years, and I have lived here all my life,” wrote a reader.'])}</div>`,
    );
    const text = articleText(doc);
    expect(text).toContain(PROSE[1]);
    expect(text).not.toContain('Share on Facebook');
    expect(text).not.toContain('worst plan');
  });

  it('joins a lead and its continuation kept in sibling containers', () => {
    const doc = page(
      `${NAV}<div class="wrap"><div class="story-lead">${paragraphs(PROSE.slice(0, 2))}</div><div class="ad-slot"><a href="/ad">Buy now</a></div><div class="story-rest">${paragraphs(PROSE.slice(2))}</div></div>${RELATED}`,
    );
    const text = articleText(doc);
    for (const line of PROSE.slice(1)) expect(text).toContain(line);
    expect(text).not.toContain('Buy now');
  });

  it('does not take a share button’s inline script for prose', () => {
    const script = `<script>${'var a = document.querySelector("x"), b = 1, c = 2, d = 3; '.repeat(20)}</script>`;
    const doc = page(
      `<div class="social"><div class="share-linkedin">${script}</div></div><article>${paragraphs(PROSE)}</article>`,
    );
    expect(articleText(doc)).toContain(PROSE[1]);
  });

  it('reads the same article text whatever the furniture names, as the scan reads it', () => {
    const doc = page(
      `${NAV}<main>${paragraphs(PROSE)}</main><footer><p>© The Daily Harbour, all rights reserved, every year.</p></footer>`,
    );
    const text = articleText(doc);
    expect(text.split('\n')).toEqual(PROSE);
  });

  it('keeps a reference list whose entries are quoted linked titles with words of their own', () => {
    const ref = (t: string, n: number) =>
      `<li><cite><a href="https://news.example/${n}">“${t}”</a>. Harbour Times, 2019.</cite></li>`;
    const book =
      '<li><cite>Stone, Ada (2018). The Harbour and Its Town, a History. Harbour Press. p. 12.</cite></li>';
    const doc = page(
      `${NAV}<main>${paragraphs(PROSE)}<h2>References</h2><ol class="references">${ref('Council approves the harbour plan after a long night', 1)}${ref('Shops fear the new rules, the chamber of commerce says', 2)}${ref('Two former mayors question the cost of the harbour', 3)}${book}${book}<li><cite><a href="https://news.example/4">“Harbour works begin in the spring”</a>.</cite></li></ol></main>`,
    );
    const quotes = detectQuotes(doc).map((q) => q.text);
    expect(quotes).toContain('Council approves the harbour plan after a long night');
    expect(quotes).toContain('Two former mayors question the cost of the harbour');
    expect(quotes).toContain('Harbour works begin in the spring');
    expect(articleText(doc)).not.toContain('Home');
  });

  it('still leaves out a row of headlines that are nothing but links', () => {
    const row = (t: string, n: number) => `<p><a href="/story/${n}">“${t}”</a></p>`;
    const doc = page(
      `<article>${paragraphs(PROSE)}${row('Everything must go, says the owner of the last shop', 1)}${row('We will not pay for a harbour we never asked for', 2)}</article>`,
    );
    const text = articleText(doc);
    expect(text).toContain(PROSE[1]);
    expect(text).not.toContain('Everything must go');
  });

  it('keeps a section heading that is nothing but the linked title it reviews', () => {
    const doc = page(
      `<article>${paragraphs(PROSE)}<h3><a href="https://games.example/harbour">“Harbour Nights: The Long Tide” ($20)</a></h3>${paragraphs(PROSE)}</article>`,
    );
    expect(detectQuotes(doc).map((q) => q.text)).toContain('Harbour Nights: The Long Tide');
  });

  it('still leaves out headline links in a box of links', () => {
    const head = (t: string, n: number) => `<h3><a href="/story/${n}">“${t}”</a></h3>`;
    const doc = page(
      `<article>${paragraphs(PROSE)}<div>${head('Everything must go, says the owner of the last shop', 1)}${head('We will not pay for a harbour we never asked for', 2)}</div></article>`,
    );
    expect(
      detectQuotes(doc)
        .map((q) => q.text)
        .join(' '),
    ).not.toContain('Everything must go');
  });

  it('reads the words of a link whatever its class says', () => {
    const doc = page(
      `<article>${paragraphs(PROSE)}<p>“<a href="javascript:void(0)" class="popup">Your servant</a>, sir, your servant,” said the grub-man, bowing low behind his apron.</p></article>`,
    );
    expect(detectQuotes(doc).some((q) => q.text.startsWith('Your servant, sir, your servant'))).toBe(true);
  });
});
