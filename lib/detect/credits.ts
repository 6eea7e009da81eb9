/**
 * Credits that stand apart from a reporting verb's grammar: a colon after a name or a clause, a paragraph
 * that sets out the next one, a round-up's sign-off inside the marks. Each gives the speaker as printed.
 */

import { phraseLeft, isVerbTok, type Phrase } from './phrases';
import { tok, type Tok } from './tokens';
import { ACCORDING, HEARER_VERBS, NOT_NAMES, ROLES, verbStem } from './words';

/**
 * "Cruz continued:", "As Breitbart’s Joel Pollak reported after the raid:": a block's last sentence ends
 * in a colon with no quote of its own, so it sets out the words of the block after. Its speaker is the
 * reporting verb's subject, else the sentence's.
 */
export function introducer(toks: Tok[], sentence: string, subject: Phrase | null): Phrase | null {
  if (!/:\s*$/.test(sentence) || toks.some((t) => t.q >= 0)) return null;
  let phrase: Phrase | null = null;
  for (let v = toks.length - 1; v > 0 && !phrase; v--)
    if (isVerbTok(toks[v])) phrase = phraseLeft(toks, v, 0);
  phrase ??= subject;
  return phrase ? { ...phrase, opens: true } : null;
}

/**
 * "“…we need to do stimulus. Josh Bivens, Economic Policy Institute.”", "“… S.C. Rep. Jim Clyburn.”": a
 * round-up signs each quote off inside its marks with a last "sentence" that is only a name, with a
 * title or an affiliation after a comma. Returns the name and where the sign-off starts in the body.
 */
export function signOff(body: string): { cue: Phrase; at: number } | null {
  const from = Math.max(0, body.length - 90);
  for (const m of body.slice(from).matchAll(/[.!?…]\s+(?=\p{Lu})/gu)) {
    const at = from + m.index + m[0].length;
    const cue = nameLine(body.slice(at).replace(/\.?\s*$/, ''));
    if (cue) return { cue, at };
  }
  return null;
}

/** "Josh Bivens, Economic Policy Institute", "Former NAACP president Ben Jealous": a name with a title or an affiliation. */
function nameLine(line: string): Phrase | null {
  const [who = '', ...rest] = line.split(',');
  const words = who.trim().split(/\s+/);
  const titled = words.some((w) => ROLES.has(w.toLowerCase().replace(/\.$/, '')));
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  const name = words.every((w) => /^\p{Lu}/u.test(w) || ROLES.has(w.toLowerCase().replace(/\.$/, '')));
  // An affiliation is a proper name: capitalised words joined by "of", "for", "and" at most.
  const affiliation =
    rest.length === 1 && /^\s*\p{Lu}/u.test(rest[0] ?? '') && !/\s\p{Ll}{4,}/u.test(rest[0] ?? '');
  if (!name || caps.length < 2 || caps.length > 5 || !(titled || affiliation)) return null;
  return { type: 'name', words, strong: true };
}

/**
 * "Rep. Trey Gowdy (R-S.C.): “…”", "POLLSTERS AGREE - Carl Bialik: “…”", "More from Jones: “…”": a name
 * and a colon before the quote credit it as a transcript does. Not "told the Observer: “…”", whose
 * name is the hearer's.
 */
export function colonCredit(toks: Tok[], k: number, lo: number): Phrase | null {
  if (tok(toks, k - 1).w !== ':' || !tok(toks, k - 2).cap) return null;
  let j = k - 2;
  while (j - 1 >= lo && tok(toks, j - 1).cap) j--;
  const before = toks[j - 1];
  const open =
    j - 1 < lo ||
    !before ||
    before.punct ||
    // "explained CBS moderator Nancy Cordes:", not "told Fox News:", whose name is the hearer's.
    (isVerbTok(before) && !HEARER_VERBS.has(verbStem(before.lw))) ||
    ROLES.has(before.lw) ||
    (before.lw === 'and' && tok(toks, j - 2).cap) ||
    (before.lw === 'from' && tok(toks, j - 2).lw === 'more');
  if (!open || NOT_NAMES.has(tok(toks, j).lw)) return null;
  // "(R-S.C.)" is party and state, not part of the name.
  const words = toks.slice(j, k - 1).flatMap((t) => (/^\p{Lu}-\p{Lu}/u.test(t.w) ? [] : [t.w]));
  return words.length ? { type: 'name', words, strong: true } : null;
}

/**
 * "Kasich resisted: “…”": a colon after a clause with no reporting verb sets out the words of its
 * subject, whatever the verb.
 */
export function colonSubject(toks: Tok[], k: number, lo: number, subject: Phrase | null): Phrase | null {
  if (tok(toks, k - 1).w !== ':' || !subject || subject.type === 'desc') return null;
  if (toks.slice(lo, k).some((t) => isVerbTok(t) || ACCORDING.has(t.lw))) return null;
  return { ...subject, strong: true };
}

/**
 * "(@WestHam) October 31, 2021": the handle and date after the name in an embedded post's credit line,
 * as Twitter's embed code prints it ("— West Ham United (@WestHam) October 31, 2021").
 */
export const POST_TAIL = /\s*\(@\w{1,15}\)(?:\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4})?\s*$/u;

/**
 * "- Bernie Sanders.", "-President Obama, tweeting after Clinton's speech.": a paragraph that is only a dash
 * and a name, perhaps with a word on the occasion after a comma, credits the quote set out in the paragraph
 * before it, as fact checks and notebooks print them, and as an embedded post's credit follows its text
 * ("— Ines Marlow (@imarlow) March 3, 2025"). Not a section line ("– Old hands –", "– Using Cruz? –").
 */
export function creditLine(text: string): Phrase | null {
  const m = /^\s*[-—–]\s*([^,]+?)(?:,[^“”"]*)?\.?\s*$/u.exec(text.replace(POST_TAIL, ''));
  if (!m || /[?!—–-]\s*\.?\s*$/.test(text)) return null;
  const words = (m[1] ?? '').trim().split(/\s+/);
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  const name = words.every((w) => /^\p{Lu}/u.test(w) || ROLES.has(w.toLowerCase().replace(/\.$/, '')));
  return name && caps.length >= 1 && caps.length <= 5 ? { type: 'name', words, strong: true } : null;
}
