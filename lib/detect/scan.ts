import type { BlockText, FoundQuote } from './attribute';
import { blockTexts, placeSteps, readSteps } from './detect';
import { runSliced, type SliceOptions } from './slices';
import type { DetectOptions, DetectedQuote } from './types';

/** Attribution, wherever it runs: the block texts in, their quotes as block offsets out. */
export type Attribute = (blocks: BlockText[]) => Promise<FoundQuote[]>;

/**
 * One scan of a page with the DOM work time-sliced here and attribution handed to `attribute`.
 * The content script imports this file alone, so the parser never ships in (nor compiles on) the page.
 */
export async function scanSliced(
  root: Document | Node,
  options: DetectOptions & SliceOptions,
  attribute: Attribute,
): Promise<DetectedQuote[]> {
  const blocks = await runSliced(readSteps(root, options), options);
  const found = await attribute(blockTexts(blocks));
  return runSliced(placeSteps(blocks, found), options);
}
