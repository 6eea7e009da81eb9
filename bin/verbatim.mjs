#!/usr/bin/env node
// The built command line lives in dist/; `npm run build` (or `npm run build:cli`) makes it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/verbatim.mjs', import.meta.url));
if (!existsSync(built)) {
  console.error('verbatim: the command line is not built yet; run `npm run build:cli` first');
  process.exit(1);
}
const { run } = await import(built);
process.exitCode = await run(process.argv.slice(2));
