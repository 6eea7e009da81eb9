// The reference for a real page: quote-mark passages in Readability's article body, found with a plain
// pairing of marks per paragraph (independent of lib/detect, so the two can disagree).
const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
  ['‘', '’'],
];

/** Marked passages of each paragraph-like element; a paragraph left open runs into the next one opening with a mark. */
export function referenceQuotes(doc: Document): string[] {
  const out: string[] = [];
  let carry: string | null = null;
  for (const el of Array.from(doc.querySelectorAll('p, li, blockquote, h1, h2, h3, h4, dd, td, pre'))) {
    if (el.querySelector('p, li, blockquote, td')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    let i = 0;
    if (carry !== null && !/^[“"«„‘]/.test(text)) {
      out.push(carry);
      carry = null;
    }
    while (i < text.length) {
      const ch = text[i]!;
      const pairDef = PAIRS.find(([o]) => o === ch);
      const prev = text[i - 1];
      const isOpen =
        pairDef &&
        (ch !== '‘' || !prev || /[\s(—–-]/.test(prev)) &&
        (ch !== '"' || !prev || /[\s(—–-]/.test(prev));
      if (!pairDef || !isOpen) {
        i++;
        continue;
      }
      const close = pairDef[1];
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] !== close) continue;
        if (close === '’' && /\p{L}/u.test(text[j + 1] ?? '')) continue;
        break;
      }
      const body = text.slice(i + 1, j).trim();
      if (j >= text.length) {
        if (ch !== '‘') carry = carry !== null && i === 0 ? `${carry} ${body}` : body;
        break;
      }
      if (carry !== null && i === 0) {
        out.push(`${carry} ${body}`);
        carry = null;
      } else if (body) out.push(body);
      i = j + 1;
    }
  }
  if (carry !== null) out.push(carry);
  return out.filter((q) => /[\p{L}\p{N}]/u.test(q));
}
