/**
 * Number words to digits, so "10 minutes" and "ten minutes", "5 per cent" and
 * "five percent" are the same words: outlets follow different style books for
 * numbers and that is not a change to what was said.
 */

const SMALL_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

// Maps, not object lookups: "constructor" is a word too.
const SMALL = new Map(Object.entries(SMALL_WORDS));
const TENS = new Map(Object.entries(TENS_WORDS));

/** A word written in digits ("10", "3.5"), which a following "%" joins. */
export function isNumeric(word: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(word);
}

/**
 * Rewrites runs of number words in `words` ("twenty five", "two hundred and
 * fifty") as one digit word; `owner` gives each word's source unit and is kept
 * in step (a merged number belongs to the unit of its first word).
 */
export function numbersToDigits(words: string[], owner: number[]): { words: string[]; owner: number[] } {
  const out: string[] = [];
  const outOwner: number[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as string;
    if (!SMALL.has(w) && !TENS.has(w)) {
      out.push(w);
      outOwner.push(owner[i] as number);
      i++;
      continue;
    }
    const start = i;
    let total = 0;
    let current = 0;
    while (i < words.length) {
      const x = words[i] as string;
      const small = SMALL.get(x);
      const tens = TENS.get(x);
      if (tens !== undefined && current % 100 === 0) current += tens;
      else if (small !== undefined && current % 10 === 0 && (current % 100 === 0 || small < 10))
        current += small;
      else if (x === 'hundred' && current > 0 && current < 100) current *= 100;
      else if (x === 'thousand' && current > 0) {
        total += current * 1000;
        current = 0;
      } else if (
        x === 'and' &&
        current >= 100 &&
        (SMALL.has(words[i + 1] ?? '') || TENS.has(words[i + 1] ?? ''))
      ) {
        // "two hundred and fifty": the "and" belongs to the number
      } else break;
      i++;
    }
    out.push(String(total + current));
    outOwner.push(owner[start] as number);
  }
  return { words: out, owner: outOwner };
}
