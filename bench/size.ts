// Sizes of what the reader downloads and runs: the content script (budget: 40 KB gzipped, issue 9, it runs on every
// news page), the card's code (loaded only when the first card opens) and the other extension pages.
// Needs a build first (`npm run build`); `npm run bench` builds.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 40 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const build of ['.output/chrome-mv3', '.output/firefox-mv2']) {
  let all: string[];
  try {
    all = files(build).filter((f) => /\.(js|css|html)$/.test(f));
  } catch {
    console.log(`${build}: not built (run npm run build)`);
    continue;
  }
  console.log(`\n${build}`);
  const rows = all
    .map((file) => {
      const raw = readFileSync(file);
      return { file: relative(build, file), raw: raw.length, gz: gzipSync(raw, { level: 9 }).length };
    })
    .sort((a, b) => b.gz - a.gz);
  for (const row of rows)
    console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(9)}  gzip ${kb(row.gz).padStart(8)}`);
  const content = rows.filter((r) => r.file.startsWith('content-scripts/'));
  const contentGz = content.reduce((sum, r) => sum + r.gz, 0);
  const card = rows.filter((r) => /^(card\.html|chunks\/card-|assets\/card-)/.test(r.file));
  console.log(
    `content script: ${kb(contentGz)} gzipped (budget ${kb(BUDGET)}: ${contentGz <= BUDGET ? 'within' : 'OVER'}); ` +
      `card code loaded on first open: ${kb(card.reduce((sum, r) => sum + r.gz, 0))} gzipped plus shared chunks`,
  );
}
