// Browser-side entry of `bench/detect.ts`: the content script's own scan (`scanSliced`, DOM work time-sliced on
// the page) with attribution in a Web Worker standing in for the extension's background, reached through the
// content script's own client (lib/content/parse-client: blocks sent in pieces, quotes taken back in pieces).
// Each message is serialised as JSON on the page, as extension messaging does, and that time counts as
// main-thread time. Bundled by esbuild into the bench page, never into the extension.
import { attributeRemotely } from '../lib/content/parse-client';
import { scanSliced } from '../lib/detect/scan';
import type { ParseReply, ParseRequest } from '../lib/messaging';

/** One scan of `doc`; `onSlice` hears every stretch of main-thread work, serialising included. */
export async function scanPage(
  doc: Document,
  worker: Worker,
  onSlice: (ms: number) => void,
): Promise<number> {
  const send = async (request: ParseRequest): Promise<ParseReply> => {
    let t = performance.now();
    const reply = new Promise<string>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<string>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
    });
    worker.postMessage(JSON.stringify(request));
    onSlice(performance.now() - t);
    const answer = await reply;
    t = performance.now();
    const parsed = JSON.parse(answer) as ParseReply;
    onSlice(performance.now() - t);
    return parsed;
  };
  const quotes = await scanSliced(doc, { onSlice }, attributeRemotely(send));
  return quotes.length;
}
