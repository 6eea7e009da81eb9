import { walkBlocks } from '../blocks';
import { findArticle } from '../root';

/**
 * The article as detection reads it: the same root and the same blocks the scan walks, one block a
 * line. Exists so the article finder can be scored as an extractor (`verbatim article`, the eval)
 * on exactly what the quote finder sees, not on a second implementation.
 */
export function articleText(doc: Document): string {
  const steps = articleBlocks(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value.join('\n');
  }
}

function* articleBlocks(doc: Document): Generator<void, string[]> {
  const { root, skip, measures, trace } = yield* findArticle(doc);
  const blocks = yield* walkBlocks(root, 200, skip, measures, trace);
  return blocks.map((b) => b.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
