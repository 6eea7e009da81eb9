import { describe, expect, it } from 'vitest';
import { QuoteScanner, detectQuotes } from '../../lib/detect';
import { article } from './helpers';

describe('QuoteScanner', () => {
  it('re-parses only the blocks whose text changed', async () => {
    const doc = article(
      Array.from({ length: 20 }, (_, i) => `<p>“Paragraph ${i} is quoted here,” said Ada Stone.</p>`).join(
        '',
      ),
    );
    const scanner = new QuoteScanner();
    const first = await scanner.scan(doc);
    expect(first).toHaveLength(20);
    expect(scanner.parsedLastScan).toBe(20);

    const again = await scanner.scan(doc);
    expect(scanner.parsedLastScan).toBe(0);
    expect(again.map((q) => q.text)).toEqual(first.map((q) => q.text));

    const p = doc.createElement('p');
    p.textContent = '“A late paragraph arrives,” Stone added.';
    doc.querySelector('article')!.append(p);
    doc.querySelector('p')!.textContent = '“The first paragraph was edited,” said Ada Stone.';
    const grown = await scanner.scan(doc);
    expect(scanner.parsedLastScan).toBe(2);
    expect(grown).toHaveLength(21);
    expect(grown[0]!.text).toBe('The first paragraph was edited');
    expect(grown[20]).toMatchObject({ text: 'A late paragraph arrives', speaker: 'Ada Stone' });
    expect(grown.map((q) => q.text)).toEqual(detectQuotes(doc).map((q) => q.text));
  });

  it('gives live ranges into the current DOM after a rescan', async () => {
    const doc = article('<p>“Words that stay,” said Ada Stone.</p>');
    const scanner = new QuoteScanner();
    await scanner.scan(doc);
    const old = doc.querySelector('p')!;
    const copy = old.cloneNode(true);
    old.replaceWith(copy);
    const [q] = await scanner.scan(doc);
    expect(q!.ranges[0]!.startContainer.parentNode).toBe(copy);
  });
});
