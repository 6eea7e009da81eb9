// Detection speed: `node scripts/run-ts.mjs bench/detect.ts [--node-only|--chromium-only] [REALPAGES_FOLDER]`
// (runs a browser: wrap it as `flock /tmp/verbatim-build.lock node scripts/run-ts.mjs bench/detect.ts`).
// Node: detectQuotes on jsdom, median of several runs, page parsing excluded.
// Chromium: lib/detect bundled by esbuild into an IIFE, pages served from 127.0.0.1 (scripts stripped from saved
// real pages, every other request blocked), detectQuotesAsync timed slice by slice (main-thread time and the
// longest slice) with a PerformanceObserver('longtask') watching for tasks over 50 ms.
// Budget: under 5 ms main-thread time on the seed pages; on every real page at most 30 ms main-thread time in
// slices of at most 16 ms (the coldest run's longest slice), no task over 50 ms; a summary line counts the pages over.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectQuotes } from '../lib/detect';
import { syntheticPage } from './detect-pages';
import { QUIET_CHROMIUM_FLAGS } from '../scripts/browsers';

const args = process.argv.slice(2);
const nodeOnly = args.includes('--node-only');
const chromiumOnly = args.includes('--chromium-only');
const realFolder = args.find((a) => !a.startsWith('--')) ?? '../shared/realpages';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface PageSource {
  name: string;
  html: string;
}

function pages(): PageSource[] {
  const list: PageSource[] = [];
  for (const name of readdirSync('fixtures/pages')
    .filter((n) => n.endsWith('.html'))
    .sort()) {
    list.push({ name: `pages/${name}`, html: readFileSync(join('fixtures/pages', name), 'utf8') });
  }
  if (existsSync(realFolder)) {
    for (const name of readdirSync(realFolder)
      .filter((n) => n.endsWith('.html') && !n.endsWith('.article.html'))
      .sort()) {
      list.push({ name: `real/${name}`, html: stripScripts(readFileSync(join(realFolder, name), 'utf8')) });
    }
  } else {
    console.log(`(no ${realFolder}: real pages skipped)`);
  }
  list.push({ name: 'synthetic 50,000 paragraphs', html: syntheticPage(50_000) });
  return list;
}

/** Saved pages keep their scripts; they must not run (nor fetch anything) in the bench. */
function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

function benchNode(list: PageSource[]): void {
  console.log('\nNode (jsdom), detectQuotes, median of runs after warm-up (parse excluded)');
  for (const page of list) {
    const dom = new JSDOM(page.html, { virtualConsole: new VirtualConsole() });
    const big = page.html.length > 2_000_000;
    const times: number[] = [];
    let count = 0;
    for (let i = 0; i < (big ? 3 : 15); i++) {
      const t = performance.now();
      count = detectQuotes(dom.window.document).length;
      // The first runs warm the JIT up; only the later ones count.
      if (i >= (big ? 1 : 5)) times.push(performance.now() - t);
    }
    console.log(
      `  ${page.name.padEnd(30)} ${ms(median(times))}  (${count} quotes, ${(page.html.length / 1024).toFixed(0)} KB)`,
    );
    dom.window.close();
  }
}

async function benchChromium(list: PageSource[]): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nChromium: ${CHROMIUM} not found, skipped (sudo apt-get install -y chromium)`);
    return;
  }
  const bundle = await build({
    entryPoints: ['lib/detect/index.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'VerbatimDetect',
    write: false,
    target: 'chrome120',
  });
  const code = bundle.outputFiles[0]!.text;
  const byPath = new Map(list.map((p, i) => [`/p${i}.html`, p.html]));
  const server = createServer((req, res) => {
    const html = byPath.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...QUIET_CHROMIUM_FLAGS],
  });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
    });
    console.log(
      `\nChromium (${browser.version()}), detectQuotesAsync, sliceMs 8: main-thread time and longest slice (median of 5 runs; cold = first run, code not yet compiled), long tasks over 50 ms in any run`,
    );
    const real = { pages: 0, maxMain: 0, maxSlice: 0, over: [] as string[] };
    for (const [i, page] of list.entries()) {
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port}/p${i}.html`, { waitUntil: 'load', timeout: 120_000 });
      await tab.addScriptTag({ content: code });
      const result = await tab.evaluate(async () => {
        const api = (globalThis as unknown as { VerbatimDetect: typeof import('../lib/detect') })
          .VerbatimDetect;
        const runs: { main: number; longest: number; wall: number; longTasks: number; count: number }[] = [];
        for (let r = 0; r < 5; r++) {
          const longTasks: number[] = [];
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longTasks.push(entry.duration);
          });
          observer.observe({ type: 'longtask' });
          let main = 0;
          let longest = 0;
          const start = performance.now();
          const quotes = await api.detectQuotesAsync(document, {
            onSlice: (ms: number) => {
              main += ms;
              longest = Math.max(longest, ms);
            },
          });
          const wall = performance.now() - start;
          await new Promise((resolve) => setTimeout(resolve, 50));
          observer.disconnect();
          runs.push({ main, longest, wall, longTasks: longTasks.length, count: quotes.length });
        }
        return runs;
      });
      const main = median(result.map((r) => r.main));
      const longest = median(result.map((r) => r.longest));
      const coldest = Math.max(...result.map((r) => r.longest));
      const longTasks = Math.max(...result.map((r) => r.longTasks));
      console.log(
        `  ${page.name.padEnd(30)} main ${ms(main)}  longest slice ${ms(longest)} (cold ${ms(coldest)})  wall ${ms(median(result.map((r) => r.wall)))}  long tasks ${longTasks}  (${result[0]!.count} quotes)`,
      );
      await tab.close();
      if (page.name.startsWith('real/')) {
        real.pages++;
        real.maxMain = Math.max(real.maxMain, main);
        real.maxSlice = Math.max(real.maxSlice, coldest);
        if (main > 30 || coldest > 16 || longTasks > 0) real.over.push(page.name);
      }
    }
    if (real.pages)
      console.log(
        `  real pages: ${real.pages}, max main-thread ${ms(real.maxMain)}, max slice ${ms(real.maxSlice)} (budget 30 ms in slices of 16 ms, no task over 50 ms): ${real.over.length} over${real.over.length ? ` (${real.over.join(', ')})` : ''}`,
      );
  } finally {
    await browser.close();
    server.close();
  }
}

const list = pages();
if (!chromiumOnly) benchNode(list);
if (nodeOnly) console.log('\nChromium: skipped (--node-only)');
else await benchChromium(list);
