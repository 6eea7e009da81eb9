// Article finding, scored on public corpora kept outside the repository (../shared; skipped when absent):
// the article-extraction benchmark (F1 of `verbatim article`'s text, the benchmark's own rules, eval-shingles.ts)
// and the real saved pages (the rules of ../shared/tools/score-realpages.py, eval-realpages.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadPage } from '../lib/cli/load-page';
import { articleText } from '../lib/detect/article/text';
import type { SpeakerHint } from '../lib/detect/types';
import { shingleMatch, shingleMetrics, type TpFpFn } from './eval-shingles';
import { scoreRealpages } from './eval-realpages';

const SHARED = '../shared';

/** What `verbatim article` prints for the page: the same loader, the same text. */
function textOf(html: string): string {
  const dom = loadPage(html);
  const text = articleText(dom.window.document);
  dom.window.close();
  return text;
}

/**
 * F1 on the benchmark's pages. `outputDir` also writes `verbatim.json` in the shape evaluate.py reads, so the
 * figure can be checked against the Python scorer (`cd CORPUS && python3 evaluate.py` with output/ there).
 */
export function scoreArticleExtraction(dir: string, verbose: boolean, outputDir?: string): void {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string }
  >;
  const pages: TpFpFn[] = [];
  const rows: { key: string; f1: number }[] = [];
  const output: Record<string, { articleBody: string }> = {};
  for (const key of Object.keys(truth)) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`))).toString('utf8');
    const text = textOf(html);
    output[key] = { articleBody: text };
    const score = shingleMatch(truth[key]?.articleBody ?? '', text);
    pages.push(score);
    const [tp, fp, fn] = score;
    rows.push({ key, f1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0 });
  }
  const m = shingleMetrics(pages);
  console.log(
    `\narticle extraction benchmark (${pages.length} pages, benchmark's token-shingle scorer): F1 ${m.f1.toFixed(3)}, precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`,
  );
  if (verbose)
    for (const row of rows.sort((a, b) => a.f1 - b.f1).slice(0, 15))
      console.log(`  ${row.key.slice(0, 12)} F1 ${row.f1.toFixed(3)}`);
  if (outputDir) {
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(join(outputDir, 'verbatim.json'), JSON.stringify(output));
  }
}

/** Both corpora, when ../shared is there: what `npm run eval` adds to the fixture figures. */
export function evalArticle(hints: SpeakerHint[], verbose: boolean, outputDir?: string): void {
  const bench = join(SHARED, 'corpora/article-extraction');
  const real = join(SHARED, 'realpages');
  if (!existsSync(bench) && !existsSync(real)) {
    console.log(`\narticle corpora: no ${SHARED}, skipped`);
    return;
  }
  console.log(`\narticle finding on ${SHARED} (pages below a full score listed)`);
  if (existsSync(real)) scoreRealpages(real, hints, verbose);
  if (existsSync(bench)) scoreArticleExtraction(bench, verbose, outputDir);
}
