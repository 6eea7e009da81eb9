/**
 * Quote-mark pairing on one block's text. Marks are classified by the characters around them,
 * so apostrophes (don't, Rutte’s, the '90s, rock 'n' roll) never open a quote and the same
 * character can open in one language and close in another („…“ vs “…”, »…« vs «…»).
 */

import { isSpeechVerb } from './words';

/** A top-level quoted stretch: content offsets exclude the marks; `end` is the block's end when unclosed. */
export interface MarkSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  closed: boolean;
  family: Family;
}

/** d: double marks, s: single marks, g: guillemets, h: single guillemets, c: CJK corners. */
export type Family = 'd' | 's' | 'g' | 'h' | 'c';

/** Each mark's family, read from "family:marks" groups. */
const FAMILY: Record<string, Family> = {};
for (const group of 'd:"“”„‟ s:\'‘’‚‛ g:«» h:‹› c:「」『』'.split(' ')) {
  for (const mark of group.slice(2)) FAMILY[mark] = group.charAt(0) as Family;
}

const LETTER = /[\p{L}\p{N}]/u;
/**
 * "(R-S.C.):"I have…": a colon sets a quote out even with no space after it; direction and zero-width marks
 * (pasted from social posts) stand at an edge as a space does.
 */
const LEFT_EDGE = /[\s([{:\u2014\u2013/\u200b-\u200f\u202a-\u202e\u2066-\u2069-]/;
const RIGHT_EDGE = /[\s.,;:!?)\]}\u2014\u2013/-]/;
const ELISIONS = /^(n|em|til|cause|tis|twas|bout)\b/i;

/** True for any character that may be a quote mark. */
export function isMark(ch: string | undefined): boolean {
  return ch !== undefined && ch in FAMILY;
}

interface Open {
  at: number;
  ch: string;
  family: Family;
}

/** Pairs the marks of one block and returns the top-level quoted stretches in order. */
export function findMarkSpans(text: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  const stack: Open[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charAt(i);
    const family = FAMILY[ch];
    if (!family) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    const leftEdge = prev === undefined || LEFT_EDGE.test(prev) || isMark(prev);
    // A mark right before another counts as an edge unless that one opens a word: "'Pakeha', …" and "'Twas …"
    // open with the double mark.
    const rightEdge =
      next === undefined || RIGHT_EDGE.test(next) || (isMark(next) && !LETTER.test(text[i + 2] ?? ''));
    const top = stack[stack.length - 1];
    const close = (fam: Family) => {
      for (let k = stack.length - 1; k >= 0; k--) {
        const opener = stack[k];
        if (opener?.family !== fam) continue;
        stack.length = k;
        if (k === 0) spans.push({ start: opener.at + 1, end: i, open: opener.at, closed: true, family: fam });
        return true;
      }
      return false;
    };
    const open = () => stack.push({ at: i, ch, family });
    switch (ch) {
      case '“':
        if (top?.ch === '„' || (!leftEdge && rightEdge && hasOpen(stack, 'd'))) close('d');
        else if (!rightEdge || leftEdge) open();
        break;
      case '”':
      case '‟':
        if (hasOpen(stack, 'd') && !leftEdge) close('d');
        else if (leftEdge && !rightEdge) open();
        else if (hasOpen(stack, 'd')) close('d');
        // "He says,” there are a lot of people…”": with nothing open, a mark after a reporting verb and its
        // comma or colon, which a later one closes, can only open.
        else if (
          /[,:]/.test(prev ?? '') &&
          next === ' ' &&
          saidBefore(text, i - 1) &&
          /”/.test(text.slice(i + 1))
        )
          open();
        break;
      case '„':
        if (!rightEdge) open();
        break;
      case '"':
        if (hasOpen(stack, 'd') && top?.ch === '"' && !leftEdge) close('d');
        else if (leftEdge && !rightEdge) open();
        // `'eternal youth'".`: a mark after a closing mark, with nothing after it, closes too.
        else if ((!leftEdge || rightEdge) && hasOpen(stack, 'd')) close('d');
        break;
      case '‘':
        if (top?.ch === '‚') close('s');
        else if (leftEdge && !rightEdge && !/\d/.test(next ?? '')) open();
        break;
      case '‚':
        if (leftEdge && !rightEdge) open();
        break;
      case "'":
      case '’':
      case '‛': {
        const inWord = prev !== undefined && next !== undefined && LETTER.test(prev) && LETTER.test(next);
        if (inWord) break;
        if (!leftEdge && (rightEdge || !LETTER.test(next ?? '')) && hasOpen(stack, 's')) {
          if (isPluralPossessive(text, i, prev)) break;
          close('s');
        } else if (
          ch === "'" &&
          leftEdge &&
          !rightEdge &&
          !/\d/.test(next ?? '') &&
          !ELISIONS.test(text.slice(i + 1, i + 6))
        ) {
          open();
        }
        break;
      }
      case '«':
      case '‹':
        // »…« (German) closes with the mark French opens with.
        if (top?.ch === (ch === '«' ? '»' : '›')) close(family);
        else open();
        break;
      case '»':
      case '›':
        if (hasOpen(stack, family) && top?.ch !== ch) close(family);
        else if (leftEdge && !rightEdge) open();
        break;
      case '「':
      case '『':
        open();
        break;
      default:
        close('c');
    }
  }
  const bottom = stack[0];
  if (bottom)
    spans.push({ start: bottom.at + 1, end: n, open: bottom.at, closed: false, family: bottom.family });
  return spans.filter((s) => s.closed || s.family !== 's' || s.open === firstChar(text));
}

/** The word ending at `end` is a reporting verb ("says,”"). */
function saidBefore(text: string, end: number): boolean {
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, end - 20), end))?.[1];
  return !!word && isSpeechVerb(word.toLowerCase());
}

function hasOpen(stack: Open[], family: Family): boolean {
  return stack.some((o) => o.family === family);
}

/** "the allies’ concerns" inside a single-quoted quote: another closing mark comes later. */
function isPluralPossessive(text: string, i: number, prev: string | undefined): boolean {
  if (prev !== 's' || !/^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  return /[\p{L}.,!?][’'](?![\p{L}])/u.test(text.slice(i + 2));
}

/** Offset of the first non-space character: a block opening with a mark may continue a quote. */
export function firstChar(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : -1;
}
