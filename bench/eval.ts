// Detection quality: `node scripts/run-ts.mjs bench/eval.ts [REALPAGES_FOLDER]` (npm run eval).
// Scores fixtures/pages (seed articles) and fixtures/detect (one page per case) against the expected JSON
// beside each page; given a folder of saved real pages (X.html + X.article.html), also scores those with
// the quote-mark passages of X.article.html as the reference and everything found outside it as false.
// With ../shared present it also scores article finding (eval-article.ts; --article-output=DIR writes the
// benchmark's output JSON there for its own evaluate.py) and PolNeAR's training articles (eval-polnear.ts).
// Flags: --verbose lists misses, extras, wrong speakers and inexact spans; --no-hints runs without the library's speakers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from '../lib/cli/load-page';
import { detectQuotes } from '../lib/detect';
import type { SpeakerHint } from '../lib/detect/types';
import { evalArticle } from './eval-article';
import { referenceQuotes } from './eval-reference';
import { addTally, emptyTally, formatTally, pair, scorePage, type Expected } from './eval-score';
import { POLNEAR_DIR, bundledHints, formatHalves, formatPolnear, scorePolnear } from './eval-polnear';

const verbose = process.argv.includes('--verbose');
const noHints = process.argv.includes('--no-hints');
const folder = process.argv.slice(2).find((a) => !a.startsWith('--'));
const articleOutput = process.argv.find((a) => a.startsWith('--article-output='))?.slice(17);

function loadHints(): SpeakerHint[] {
  const path = 'lib/library/bundled-library.json';
  if (noHints || !existsSync(path)) return [];
  const file = JSON.parse(readFileSync(path, 'utf8')) as { speakers: SpeakerHint[] };
  return file.speakers.map((s) => ({ name: s.name, aliases: s.aliases }));
}

const hints = loadHints();
console.log(
  `speaker hints: ${hints.length ? `${hints.length} from lib/library/bundled-library.json` : 'none'}`,
);

const totals = { marked: emptyTally(), unmarked: emptyTally(), scare: emptyTally() };
for (const dir of ['fixtures/pages', 'fixtures/detect']) {
  if (!existsSync(dir)) continue;
  console.log(`\n${dir}`);
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    const expectedPath = join(dir, name.replace(/\.html$/, '.expected.json'));
    if (!existsSync(expectedPath)) continue;
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    const dom = loadPage(readFileSync(join(dir, name), 'utf8'));
    const found = detectQuotes(dom.window.document, { speakers: hints });
    const score = scorePage(found, expected, hints);
    dom.window.close();
    addTally(totals.marked, score.marked);
    addTally(totals.unmarked, score.unmarked);
    addTally(totals.scare, score.scare);
    console.log(`  ${name}`);
    if (score.marked.expected || score.marked.found) console.log(`    marked   ${formatTally(score.marked)}`);
    if (score.unmarked.expected || score.unmarked.found)
      console.log(`    unmarked ${formatTally(score.unmarked)}`);
    if (score.scare.expected || score.scare.found)
      console.log(
        `    scare    P/R ${score.scare.hits}/${score.scare.found} found, ${score.scare.hits}/${score.scare.expected} expected`,
      );
    if (verbose) {
      for (const m of score.misses) console.log(`      miss  ${m}`);
      for (const x of score.extras) console.log(`      extra ${x}`);
      for (const w of score.wrongSpeakers) console.log(`      who   ${w}`);
      for (const x of score.inexact) console.log(`      span  ${x}`);
    }
  }
}
const all = emptyTally();
addTally(all, totals.marked);
addTally(all, totals.unmarked);
console.log('\nfixtures overall');
console.log(`  marked   ${formatTally(totals.marked)}`);
console.log(`  unmarked ${formatTally(totals.unmarked)}`);
console.log(`  all      ${formatTally(all)}`);
console.log(
  `  scare    ${totals.scare.hits} of ${totals.scare.found} found right, ${totals.scare.hits} of ${totals.scare.expected} expected found`,
);

if (folder) {
  if (!existsSync(folder)) {
    console.log(`\nreal pages: ${folder} not found, skipped`);
  } else {
    console.log(
      `\nreal pages in ${folder} (reference: quote-mark passages of X.article.html; speakers reported, not scored)`,
    );
    let hits = 0;
    let found = 0;
    let expected = 0;
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.article.html'))
      .sort()) {
      const page = name.replace('.article.html', '');
      const pageDom = loadPage(readFileSync(join(folder, `${page}.html`), 'utf8'));
      const articleDom = loadPage(readFileSync(join(folder, name), 'utf8'));
      const reference = referenceQuotes(articleDom.window.document);
      const detected = detectQuotes(pageDom.window.document, { speakers: hints }).filter((q) => q.marked);
      const pairs = pair(
        detected.map((q) => q.text),
        reference,
      );
      hits += pairs.length;
      found += detected.length;
      expected += reference.length;
      const speakers = detected.filter((q) => q.kind === 'speech' && q.speaker).length;
      const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');
      console.log(
        `  ${page.padEnd(16)} P ${r(pairs.length, detected.length)} R ${r(pairs.length, reference.length)} (${pairs.length} hit, ${detected.length} found, ${reference.length} in article; ${speakers} speech quotes with a speaker)`,
      );
      if (verbose) {
        const fHit = new Set(pairs.map((p) => p[0]));
        const eHit = new Set(pairs.map((p) => p[1]));
        detected.forEach(
          (q, i) => fHit.has(i) || console.log(`      extra [${q.kind}] ${q.text.slice(0, 100)}`),
        );
        reference.forEach((q, i) => eHit.has(i) || console.log(`      miss  ${q.slice(0, 100)}`));
        for (const q of detected)
          if (q.kind === 'speech')
            console.log(`      who   ${q.speaker ?? '(none)'} :: ${q.text.slice(0, 70)}`);
      }
      pageDom.window.close();
      articleDom.window.close();
    }
    const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');
    console.log(
      `  overall          P ${r(hits, found)} R ${r(hits, expected)} (${hits} hit, ${found} found, ${expected} in articles)`,
    );
  }
}

evalArticle(hints, verbose, articleOutput);

// PolNeAR (held-out style news with hand-annotated attributions), scored as ../shared/tools/score-polnear.py does.
if (existsSync(POLNEAR_DIR)) {
  const polnear = scorePolnear(POLNEAR_DIR, bundledHints(), verbose);
  console.log(`\n${POLNEAR_DIR}`);
  for (const note of polnear.notes) console.log(note);
  console.log(formatPolnear(polnear));
  console.log(formatHalves(polnear));
}
