// The bench's stand-in for the extension's background: attributes the block texts a page sends, as
// lib/services/parse-service does. Bundled by esbuild into a Web Worker of the bench page.
import { attributeBlocks, type BlockText } from '../lib/detect/attribute';

self.onmessage = (event: MessageEvent<string>) => {
  const { blocks } = JSON.parse(event.data) as { blocks: BlockText[] };
  self.postMessage(JSON.stringify(attributeBlocks(blocks, [])));
};
