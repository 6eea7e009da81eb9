// Browser-side entry of `bench/detect.ts`: the content script's own scan (`scanSliced`, DOM work time-sliced on
// the page) with attribution in a Web Worker standing in for the extension's background. What crosses to the
// worker is serialised as JSON on the page, as extension messaging does, and that time counts as main-thread time.
// Bundled by esbuild into the bench page, never into the extension.
import type { FoundQuote } from '../lib/detect/attribute';
import { scanSliced } from '../lib/detect/scan';

/** One scan of `doc`; `onSlice` hears every stretch of main-thread work, serialising included. */
export async function scanPage(
  doc: Document,
  worker: Worker,
  onSlice: (ms: number) => void,
): Promise<number> {
  const quotes = await scanSliced(doc, { onSlice }, async (blocks) => {
    let t = performance.now();
    const reply = new Promise<string>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<string>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
    });
    worker.postMessage(JSON.stringify({ blocks }));
    onSlice(performance.now() - t);
    const answer = await reply;
    t = performance.now();
    const found = JSON.parse(answer) as FoundQuote[];
    onSlice(performance.now() - t);
    return found;
  });
  return quotes.length;
}
