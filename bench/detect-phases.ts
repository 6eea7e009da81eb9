// Browser-side entry of `bench/detect.ts --phases`: times each stage of one scan run straight through, so the
// bench can say where a page's time goes. On the page: article finding, block walking, serialising the block
// texts for the background, placing the found quotes as ranges. Off the page: attribution (parsing and
// speakers), timed here too for comparison. Bundled by esbuild into the bench page, never into the extension.
import { attributeBlocks } from '../lib/detect/attribute';
import { walkBlocks } from '../lib/detect/blocks';
import { blockTexts, placeSteps } from '../lib/detect/detect';
import { findArticle } from '../lib/detect/root';
import { runToEnd } from '../lib/detect/slices';

export type Phase = 'article' | 'walk' | 'send' | 'attribute' | 'place';

/** Milliseconds of each stage on `doc`. */
export function phases(doc: Document): Record<Phase, number> {
  const t0 = performance.now();
  const article = runToEnd(findArticle(doc));
  const t1 = performance.now();
  const blocks = runToEnd(walkBlocks(article.root, 200, article.skip, article.measures, article.trace));
  const t2 = performance.now();
  const texts = blockTexts(blocks);
  JSON.stringify(texts);
  const t3 = performance.now();
  const found = attributeBlocks(texts, []);
  const t4 = performance.now();
  runToEnd(placeSteps(blocks, found));
  const t5 = performance.now();
  return { article: t1 - t0, walk: t2 - t1, send: t3 - t2, attribute: t4 - t3, place: t5 - t4 };
}
