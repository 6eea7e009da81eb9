import type { MarkSpan } from './marks';
import { PHRASAL, isSpeechVerb, verbStem } from './words';

/**
 * Words of a block with the quoted passages masked out, so cues are read from the narrative
 * around a quote and never from inside it. A quote stands as one token (QUOTE) in its place.
 */
export interface Tok {
  /** The word as printed (a trailing full stop removed unless it is an abbreviation). */
  w: string;
  /** Lower-case form. */
  lw: string;
  s: number;
  e: number;
  cap: boolean;
  punct: boolean;
  /** Index of the masked quote this token stands for, or -1. */
  q: number;
  /** A possessive ("Rutte’s", "the States’"): the word after it is a noun, never a verb. */
  poss: boolean;
}

const QUOTE = '\uE000';
const CONTRACTION = /^(he|she|it|there|that|what|who|where|here|how|let)[’']s$/i;
const APOSTROPHES = "’'";
const PUNCT = ',;:—–-';
/**
 * "In the words of" is one token, a cue as "according to" is. Signs stay with their number ("$5", "2%"); a
 * hyphen, or two, is a dash only between spaces ("defense - a significant"), or after a space before a capital,
 * as a credit line prints it ("“…” -Michelle Marks, Philadelphia.").
 */
const TOKEN =
  /\uE000|[Ii]n the words of(?=\s)|[$€£]?[\p{L}\p{N}][\p{L}\p{N}’'.%-]*|[,;:—–]|(?<=\s)--?(?=\s|\p{Lu})/gu;
/** "as Sanders put it", "as one aide put it": "as" and a subject of up to four words end the text before "put". */
const AS_SUBJECT = /(?:^|[\s,(])as\s+(?:[^\s,.;:!?\uE000]+\s+){1,4}$/i;
const ABBREV =
  /^(mr|mrs|ms|dr|st|gen|sen|rep|gov|jr|sr|prof|no|vs|lt|col|sgt|capt|cmdr|adm|maj|cpl|pvt|supt|det|rev|hon|atty|m|mme|jan|feb|aug|sept?|oct|nov|dec)\.$|^(\p{L}\.)+\p{L}?\.?$/iu;

/** Stands for a token past either end, so look-ahead and look-behind need no bounds checks. */
export const NO_TOKEN: Tok = { w: '', lw: '', s: 0, e: 0, cap: false, punct: false, q: -1, poss: false };

/** The token at k, or NO_TOKEN outside the list. */
export function tok(toks: Tok[], k: number): Tok {
  return toks[k] ?? NO_TOKEN;
}

/** The block text with each quote's content blanked (its last punctuation kept for sentence ends). */
export function maskText(text: string, spans: MarkSpan[]): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    const body = text.slice(span.start, span.end);
    const last = /[.!?,;:…—–-]\s*$/.exec(body);
    out += text.slice(at, span.open) + QUOTE + ' '.repeat(span.start - span.open - 1);
    out += ' '.repeat(body.length - (last ? last[0].length : 0)) + (last ? last[0] : '');
    at = span.end;
  }
  return out + text.slice(at);
}

/** Sentence boundaries in masked text: [start, end) pairs. */
export function sentences(masked: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?…]+[”’"»)\]]*\s+(?=[\p{Lu}\uE000“"‘«„¿¡\d])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked))) {
    const before = /(\S+)$/.exec(masked.slice(Math.max(0, m.index - 12), m.index + 1));
    if (before && ABBREV.test(before[1] ?? '')) continue;
    // "“Go back to Univision!” Trump barked.": a quote's own ! or ? ends no sentence before its attribution.
    const after = /^(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(
      masked.slice(m.index + m[0].length, m.index + m[0].length + 60),
    );
    const verb = after && (isSpeechVerb(after[1] ?? '') || isSpeechVerb(`${after[1]} ${after[2]}`));
    if (/[!?][”’"»]/.test(m[0]) && verb) continue;
    out.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  if (/\S/.test(masked.slice(start))) out.push([start, masked.length]);
  return out;
}

/** An inflected reporting verb ("Said", "Conceding", "Asked"), never a bare stem that may be a name ("Hope"). */
function opensWithVerb(w: string): boolean {
  const lw = w.toLowerCase();
  return /^\p{Lu}\p{Ll}+$/u.test(w) && isSpeechVerb(lw) && verbStem(lw) !== lw && !/s$/.test(lw);
}

/** Tokens of masked[from, to); quote tokens carry their span index. */
export function tokenize(masked: string, from: number, to: number, spanStarts: number[]): Tok[] {
  const toks: Tok[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(masked)) && m.index < to) {
    // A typed dash ("McCain -- who lost in 2008 -- said") is the dash it stands for.
    let w = m[0] === '--' ? '—' : m[0];
    // French elision: "d’ajouter" is the verb "ajouter".
    let lead = 0;
    if (
      w.length > 4 &&
      (APOSTROPHES.includes(w.charAt(1)) || (APOSTROPHES.includes(w.charAt(2)) && /^qu/i.test(w)))
    ) {
      // Not "D’Souza", "L’Amour": a capital on both sides of the apostrophe is one name.
      const elided = /^\p{Lu}[’']\p{Lu}/u.test(w) ? null : /^(d|l|qu|n|s|j|c)[’'](?=\p{L}{3})/iu.exec(w);
      if (elided) lead = elided[0].length;
      w = w.slice(lead);
    }
    if (w.length > 1 && w[w.length - 1] === '.' && !ABBREV.test(w)) w = w.slice(0, -1);
    const last = w.charAt(w.length - 1);
    // "he’s", "it’s", "there’s" contract "is" or "has": no possessive.
    const poss =
      w.length > 2 &&
      !CONTRACTION.test(w) &&
      (APOSTROPHES.includes(last) || (last === 's' && APOSTROPHES.includes(w.charAt(w.length - 2))));
    if (APOSTROPHES.includes(last)) w = w.slice(0, -1);
    const q = w === QUOTE ? spanStarts.indexOf(m.index) : -1;
    const first = w.charAt(0);
    const before = toks[toks.length - 1];
    // "Bennett shot back", "as Trump put it,": a two-word verb is one token, so the verb rules read it.
    if (before && !before.cap && !before.punct && PHRASAL.test(`${before.lw} ${w.toLowerCase()}`)) {
      const rest = /^\s*(\S)/.exec(masked.slice(m.index + w.length, to))?.[1];
      // "He put it in the drawer" is no speech; "as Sanders put it on Sunday" is, as is "put it," anywhere.
      const asBefore = AS_SUBJECT.test(masked.slice(Math.max(0, before.s - 48), before.s));
      if (!/^puts? it$/.test(`${before.lw} ${w}`) || !rest || /[,.;:!?—–-]/.test(rest) || asBefore) {
        before.w = `${before.w} ${w}`;
        before.lw = before.w.toLowerCase();
        before.e = m.index + lead + w.length;
        continue;
      }
    }
    toks.push({
      w,
      lw: w.toLowerCase(),
      s: m.index + lead,
      e: m.index + lead + w.length,
      // "Conceding that…, he warned", "Said Dorothy Poynter, …": an inflected reporting verb opening its sentence is
      // capitalised as a sentence start, not as a name.
      cap: q < 0 && first !== first.toLowerCase() && !(toks.length === 0 && opensWithVerb(w)),
      punct: w.length === 1 && PUNCT.includes(first),
      q,
      poss,
    });
  }
  return toks;
}

/** Word count of a passage; CJK text counts a word per two characters. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  const words = text.match(/[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return cjk ? Math.ceil(cjk / 2) + Math.max(0, words - cjk) : words;
}
