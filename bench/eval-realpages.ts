// Real saved pages scored by the rules of ../shared/tools/score-realpages.py, ported: the reference is every
// quote-mark passage of four words or more in X.article.html's paragraphs; a detection (speech quotes of four
// words or more, as `verbatim scan --json` prints them) finds a reference when it holds half its words and is
// not much longer; it lies outside the article when under half its words occur in the article body.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from '../lib/cli/load-page';
import { detectQuotes } from '../lib/detect';
import type { SpeakerHint } from '../lib/detect/types';

const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const FLUSH = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'figcaption', 'td', 'div']);

/** The scorer's paragraphs: text between any of the FLUSH tags (and <br>), as its HTMLParser cuts them. */
function paragraphs(html: string): string[] {
  const dom = loadPage(html);
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    cur = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      cur += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9) return;
    const tag = node.nodeType === 1 ? (node as Element).localName : '';
    if (SKIP.has(tag)) return;
    const cut = FLUSH.has(tag);
    if (cut || tag === 'br') flush();
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (cut) flush();
  };
  visit(dom.window.document);
  flush();
  dom.window.close();
  return out;
}

const PAIRS: [string, string][] = [
  ['\u201c', '\u201d'],
  ['"', '"'],
  ['\u00ab', '\u00bb'],
  ['\u201e', '\u201c'],
];
const esc = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
const countOf = (t: string, ch: string) => t.split(ch).length - 1;

function quotesIn(paras: string[]): string[] {
  const out: string[] = [];
  for (const t of paras) {
    for (const [o, c] of PAIRS) {
      const pat = new RegExp(`${esc(o)}([^${esc(o + c)}]{2,}?)${esc(c)}`, 'g');
      for (const m of t.matchAll(pat)) if (m[1]!.split(/\s+/).filter(Boolean).length >= 4) out.push(m[1]!);
    }
    if (countOf(t, '\u201c') > countOf(t, '\u201d')) {
      const tail = t.slice(t.lastIndexOf('\u201c') + 1);
      if (tail.split(/\s+/).filter(Boolean).length >= 4) out.push(tail);
    }
  }
  return out;
}

const norm = (s: string) =>
  s
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const words = (s: string) => norm(s).match(/[a-z0-9\u00c0-\u024f]+/g) ?? [];

function covers(det: string, ref: string): boolean {
  const d = new Set(words(det));
  const r = words(ref);
  return (
    r.length > 0 &&
    r.filter((w) => d.has(w)).length / r.length >= 0.5 &&
    words(det).length <= 3 * r.length + 10
  );
}

function listedOf(html: string, hints: SpeakerHint[]): string[] {
  const dom = loadPage(html);
  try {
    return (
      detectQuotes(dom.window.document, { speakers: hints })
        // What `verbatim scan --json` lists: speech and cited titles, not scare quotes.
        .filter((q) => q.kind !== 'scare' && words(q.text).length >= 4)
        .map((q) => q.text)
    );
  } finally {
    dom.window.close();
  }
}

/** Prints the scorer's total line (and per-page lines when verbose); returns recall and the outside share. */
export function scoreRealpages(
  dir: string,
  hints: SpeakerHint[],
  verbose: boolean,
): { recall: number; outside: number } {
  let refs = 0;
  let found = 0;
  let dets = 0;
  let outside = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.article.html'))
    .sort()) {
    const page = name.slice(0, -'.article.html'.length);
    const art = paragraphs(readFileSync(join(dir, name), 'utf8'));
    const reference = quotesIn(art);
    const artWords = new Set(words(art.join(' ')));
    let detected: string[];
    try {
      detected = listedOf(readFileSync(join(dir, `${page}.html`), 'utf8'), hints);
    } catch (error) {
      // The scorer skips a page whose scan fails; so does the port.
      console.log(`  ${page}: scan failed: ${String(error).slice(0, 120)}`);
      continue;
    }
    const missed = reference.filter((r) => !detected.some((x) => covers(x, r)));
    const hit = reference.length - missed.length;
    const out = detected.filter((x) => {
      const w = words(x);
      return w.filter((v) => artWords.has(v)).length / Math.max(1, w.length) < 0.5;
    }).length;
    refs += reference.length;
    found += hit;
    dets += detected.length;
    outside += out;
    if (verbose || hit < reference.length || out)
      console.log(
        `  ${page}: recall ${hit}/${reference.length}, detections ${detected.length}, furniture ${out}`,
      );
    if (verbose) for (const r of missed) console.log(`      miss  ${r.slice(0, 140)}`);
  }
  const recall = refs ? found / refs : 0;
  const share = dets ? outside / dets : 0;
  console.log(
    `real pages in ${dir} (rules of score-realpages.py): recall ${found}/${refs} = ${recall.toFixed(3)}, outside the article ${outside} of ${dets} = ${(share * 100).toFixed(1)}%`,
  );
  return { recall, outside: share };
}
