/**
 * Words credited through a possessed noun of saying rather than a verb: "Trump’s call for “…”", "in
 * Forbes’ words, “…”", "Obama’s “if you like your plan” promise". The owner is the one speaking.
 */

import { isVerbTok, type Phrase } from './phrases';
import { tok, type Tok } from './tokens';
import { DETERMINERS, SPEECH_NOUNS } from './words';

/** Nouns of saying that take their words directly, beside those that take a that-clause. */
const QUOTING_NOUNS = new Set(
  'words word call calls demand demands plea vows pledges promises mantra slogan refrain'.split(' '),
);

/** Words that may stand between a noun of saying and its quoted words: "pledge to “…”", "words, “…”". */
const LINKERS = /^(to|for|that|of|:|,)$/;

/** Whose a noun is: the possessive name or pronoun just before it ("Trump's recent assertion", "her warning"). */
export function owner(toks: Tok[], v: number): Phrase | null {
  for (let p = v - 1; p >= Math.max(0, v - 4); p--) {
    const t = tok(toks, p);
    if (t.punct || t.q >= 0) return null;
    if (/^(his|her|their)$/.test(t.lw)) return { type: 'pronoun', words: [t.w], strong: true };
    // "The Florida senator’s answer": a described owner is the description.
    if (t.poss && !t.cap) {
      let d = p;
      while (d > 0 && d > p - 4 && !DETERMINERS.has(tok(toks, d - 1).lw) && !tok(toks, d - 1).punct) d--;
      if (!DETERMINERS.has(tok(toks, d - 1).lw)) return null;
      const words = toks.slice(d - 1, p + 1).map((x) => x.w);
      words.push((words.pop() ?? '').replace(/[’']s?$/, ''));
      return { type: 'desc', words, strong: true };
    }
    if (!t.poss || !t.cap) continue;
    let s = p;
    while (s > 0 && tok(toks, s - 1).cap && !tok(toks, s - 1).poss) s--;
    return { type: 'name', words: toks.slice(s, p + 1).map((x) => x.w), strong: true };
  }
  return null;
}

/** A noun of saying: "pledge", "assertion", "words", or a reporting verb's form after a possessive ("Clinton’s call"). */
function sayingNoun(toks: Tok[], v: number): boolean {
  const t = tok(toks, v);
  return SPEECH_NOUNS.has(t.lw) || QUOTING_NOUNS.has(t.lw) || (isVerbTok(t) && tok(toks, v - 1).poss);
}

/**
 * The owner of a noun of saying that sets out the quote at token k, its marks right after the noun or one
 * linking word ("Brennan’s pledge to “…”", "in Ekberg’s words, “…”"), or around a possessive and before the
 * noun ("Obama’s “…” promise"); `lo` is where the quote's narrative starts. Named owners only: a pronoun's
 * "his call for" is read by the verbs around it.
 */
export function ownedCredit(toks: Tok[], k: number, lo: number): Phrase | null {
  const before = tok(toks, k - 1);
  if (before.poss && before.cap && k - 1 >= lo && sayingNoun(toks, k + 1) && !tok(toks, k + 1).cap) {
    let s = k - 1;
    while (s - 1 >= lo && tok(toks, s - 1).cap && !tok(toks, s - 1).poss) s--;
    return { type: 'name', words: toks.slice(s, k).map((x) => x.w), strong: true };
  }
  // "the IG’s report “wasn’t good”": quoted words right against the noun say what it did, not what it says.
  for (let v = k - 2; v >= Math.max(lo, k - 3); v--) {
    if (!LINKERS.test(tok(toks, k - 1).lw)) return null;
    if (sayingNoun(toks, v)) {
      const who = owner(toks, v);
      return who && who.type !== 'pronoun' ? who : null;
    }
    if (!LINKERS.test(tok(toks, v).lw)) return null;
  }
  return null;
}
