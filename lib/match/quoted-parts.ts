/** The fewest words a quoted part needs to be checked on its own: a single word in quotation marks is emphasis. */
const MIN_PART_WORDS = 2;

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
];

/** Words of a text as the parts are measured: runs holding a letter or a digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The words a reported clause prints in quotation marks ("whether NATO will
 * remain in its “current form” by June" → "current form"): the reporter
 * claims the speaker said exactly these, so they are checked against the
 * library as a quoted fragment of their own, apart from the reporter's words
 * around them.
 */
export function quotedParts(text: string): string[] {
  const parts: string[] = [];
  for (const [open, close] of PAIRS) {
    let at = text.indexOf(open);
    while (at >= 0) {
      const end = text.indexOf(close, at + 1);
      if (end < 0) break;
      const part = text
        .slice(at + 1, end)
        .trim()
        .replace(/[,.;:]+$/, '');
      if (wordCount(part) >= MIN_PART_WORDS) parts.push(part);
      at = text.indexOf(open, end + 1);
    }
  }
  return parts;
}
