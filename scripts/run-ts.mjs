// Runs a TypeScript entry (demo, benchmarks, evaluation, icon maker) under Node: esbuild bundles it
// to dist/ with the same sources the extension uses, then it runs with the remaining arguments.
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]');
  process.exit(2);
}
const outfile = `dist/run/${basename(entry).replace(/\.tsx?$/, '')}.mjs`;
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  loader: { '.css': 'text' },
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
