// The bench's stand-in for the extension's background: attributes the block texts a page sends, in the pieces
// lib/content/parse-client sends them, as lib/services/parse-service does. Bundled by esbuild into a Web Worker.
import { attributeBlocks } from '../lib/detect/attribute';
import type { ParseRequest } from '../lib/messaging';
import { ParseChunks } from '../lib/services/parse-chunks';
import { speechOnly } from '../lib/detect/speech-only';

const chunks = new ParseChunks();

self.onmessage = async (event: MessageEvent<string>) => {
  const request = JSON.parse(event.data) as ParseRequest;
  const reply = await chunks.receive('page', request, async (blocks) =>
    speechOnly(attributeBlocks(blocks, [])),
  );
  self.postMessage(JSON.stringify(reply));
};
