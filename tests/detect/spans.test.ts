import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../lib/detect';
import { RUTTE, article } from './helpers';

const TRUMP = { name: 'Donald Trump', aliases: ['Trump', 'President Donald Trump'] };

/** The one unmarked quote of a paragraph, with what its ranges cover. */
function reportedIn(paragraph: string) {
  const quotes = detectQuotes(article(`<p>${paragraph}</p>`), { speakers: [RUTTE, TRUMP] }).filter(
    (q) => !q.marked,
  );
  expect(quotes).toHaveLength(1);
  const [q] = quotes;
  return { ...q!, covered: q!.ranges.map((r) => r.toString()) };
}

describe('reported speech ends where the reported words end', () => {
  it('stops before a second verb phrase of the speaker (seed 004)', () => {
    const q = reportedIn(
      'NATO Secretary-General Mark Rutte said Europe cannot guarantee its security without US support and rejected calls to build a separate defense system.',
    );
    expect(q.text).toBe('Europe cannot guarantee its security without US support');
    expect(q.covered.join('')).toBe(q.text);
  });

  it('keeps a second verb of the reported subject, in another tense than the reporting verb', () => {
    const q = reportedIn(
      'Mark Rutte said he firmly believes the United States remains fully committed to NATO and continues to play a vital role in protecting Europe.',
    );
    expect(q.text).toBe(
      'he firmly believes the United States remains fully committed to NATO and continues to play a vital role in protecting Europe',
    );
  });

  it('skips an inserted attribution, in the text and in the ranges (seed 004)', () => {
    const q = reportedIn(
      'These developments, he said, make the region a major security issue that requires constant monitoring.',
    );
    expect(q.text).toBe(
      'These developments make the region a major security issue that requires constant monitoring',
    );
    expect(q.covered).toEqual([
      'These developments',
      ' make the region a major security issue that requires constant monitoring',
    ]);
    expect(q.covered.join('')).not.toContain('said');
  });

  it('leaves out the writer’s appositive describing a name at the clause end (seed 000)', () => {
    const q = reportedIn(
      'Tensions have risen after President Donald Trump suggested that military action could be used to seize Greenland, an autonomous territory of Denmark, which is part of both NATO and the European Union.',
    );
    expect(q).toMatchObject({
      text: 'military action could be used to seize Greenland',
      speaker: 'Donald Trump',
    });
  });

  it('keeps an appositive the clause goes on after', () => {
    const q = reportedIn('Mark Rutte said Poland, a frontline state, must spend more on its army.');
    expect(q.text).toBe('Poland, a frontline state, must spend more on its army');
  });

  it('stops at a spaced hyphen and keeps the percent sign in text and range (seed 001)', () => {
    const q = reportedIn(
      "According to Trump's previous proposal, NATO countries need to spend 5% of gross domestic product (GDP) on defense - a significant increase compared to the current target of 2%.",
    );
    expect(q.text).toBe('NATO countries need to spend 5% of gross domestic product (GDP) on defense');
    expect(q.covered.join('')).toBe(q.text);
    const pct = reportedIn('Mark Rutte said allies would soon have to spend well over 2%.');
    expect(pct.covered.join('')).toBe('allies would soon have to spend well over 2%');
  });

  it('stops at ", even as" and takes in a participle of the clause (", reinforced by")', () => {
    expect(
      reportedIn(
        'He also reinforced that there is no viable alternative to NATO, even as some allies question the U.S. commitment.',
      ).text,
    ).toBe('there is no viable alternative to NATO');
    expect(
      reportedIn(
        'Mark Rutte said NATO treats an attack on one member as an attack on all, reinforced by US support.',
      ).text,
    ).toBe('NATO treats an attack on one member as an attack on all, reinforced by US support');
  });
});

describe('quoted words inside reported speech', () => {
  it('come out as one reported clause carrying its quoted words (seed 002)', () => {
    const quotes = detectQuotes(
      article(
        '<p>Mark Rutte said all 32 NATO allies were in the same boat while Russia remained “the most significant and direct threat to our security”.</p>',
      ),
      { speakers: [RUTTE] },
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      text: 'all 32 NATO allies were in the same boat while Russia remained “the most significant and direct threat to our security”',
      marked: true,
      form: 'reported',
      speaker: 'Mark Rutte',
    });
  });

  it('go to the inner speaker when an outlet reports what someone said', () => {
    const [q] = detectQuotes(
      article(
        '<p>Reuters reported that on March 26, Mark Rutte called on the US and NATO to avoid "single action" on security.</p>',
      ),
      { speakers: [RUTTE] },
    );
    expect(q).toMatchObject({
      text: 'the US and NATO to avoid "single action" on security',
      speaker: 'Mark Rutte',
    });
  });

  it('keep the words nearest the quote when the clause dwarfs a quoted statement', () => {
    const [q] = detectQuotes(
      article(
        '<p>Mark Rutte said that after many long months of talks in Brussels, Washington, Warsaw, Berlin, Paris, Madrid and Rome about budgets, ammunition, air defence, shipyards and the slow work of building new factories across the continent, the allies were “ready for the summit”.</p>',
      ),
      { speakers: [RUTTE] },
    );
    expect(q!.text).toContain('“ready for the summit”');
    expect(q!.text.split(' ').length).toBeLessThanOrEqual(22);
    expect(q!.speaker).toBe('Mark Rutte');
  });

  it('keep the whole clause when its quoted words are only a borrowed word or phrase', () => {
    const [q] = detectQuotes(
      article(
        '<p>Mark Rutte said that after many long months of talks in Brussels, Washington, Warsaw, Berlin, Paris, Madrid and Rome about budgets, ammunition, air defence, shipyards and the slow work of building new factories across the continent, the allies were “ready” for the summit.</p>',
      ),
      { speakers: [RUTTE] },
    );
    expect(q!.text).toMatch(/^after many long months of talks .* the allies were “ready” for the summit$/);
    expect(q!.speaker).toBe('Mark Rutte');
  });

  it('hold the object of a verb that reports no clause unless quoted ("accused … of")', () => {
    const [q] = detectQuotes(
      article('<p>Mark Rutte accused Moscow of waging a “shadow war” on Europe.</p>'),
      {
        speakers: [RUTTE],
      },
    );
    expect(q).toMatchObject({ text: 'Moscow of waging a “shadow war” on Europe', speaker: 'Mark Rutte' });
    expect(
      detectQuotes(article('<p>Mark Rutte accused Moscow of waging a shadow war on Europe.</p>')),
    ).toEqual([]);
  });
});

// The text gives back the full stop that an attribution ending a sentence took ("“…ready,” Tusk said. “We…”").
describe('ranges cover exactly the quote text, but for full stops', () => {
  const pages = ['fixtures/pages', 'fixtures/detect'].flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.html'))
      .map((n) => join(dir, n)),
  );

  it.each(pages)('%s', (file) => {
    const dom = new JSDOM(readFileSync(file, 'utf8'));
    const quotes = detectQuotes(dom.window.document, { speakers: [RUTTE, TRUMP] });
    expect(quotes.length).toBeGreaterThan(0);
    const squash = (s: string) => s.replace(/[\s.]+/g, '');
    for (const q of quotes) expect(squash(q.ranges.map((r) => r.toString()).join(''))).toBe(squash(q.text));
    dom.window.close();
  });

  it('leaves the comma before the closing mark out of the range', () => {
    const [q] = detectQuotes(
      article('<p>“It’s only fair. Reassurance is a two-way street,” Rutte said.</p>'),
    );
    expect(q!.ranges.map((r) => r.toString())).toEqual(['It’s only fair. Reassurance is a two-way street']);
  });
});
