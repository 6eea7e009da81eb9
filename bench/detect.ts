// Detection speed: `node scripts/run-ts.mjs bench/detect.ts [--node-only|--chromium-only] [REALPAGES_FOLDER]`
// (runs a browser: wrap it as `flock /tmp/verbatim-build.lock node scripts/run-ts.mjs bench/detect.ts`).
// Node: detectQuotes on jsdom, median of several runs, page parsing excluded.
// Chromium: the content script's scan (bench/detect-browser.ts: DOM work time-sliced on the page, attribution in a
// Web Worker standing in for the background, JSON serialisation of what crosses counted on the page) bundled by
// esbuild into an IIFE, pages served from 127.0.0.1 (scripts stripped from saved real pages, every other request
// blocked), timed slice by slice (main-thread time and the longest slice) with a PerformanceObserver('longtask')
// watching for tasks over 50 ms, and by thread time from a trace (bench/detect-trace.ts), which load does not inflate.
// Each page is scanned 7 times in a fresh tab: the first 2 runs warm the code up (the first compiles it, the second
// still tiers it up and deoptimises) and are reported apart as "cold"; the figures are medians of the other 5.
// `--phases` instead splits one straight-through scan by stage (bench/detect-phases.ts).
// Budget: under 5 ms main-thread time on the seed pages; on every real page at most 30 ms main-thread time in
// slices of at most 16 ms (the coldest run's longest slice), no task over 50 ms; a summary line counts the pages over,
// and sums the cold runs' thread time and counts the pages whose cold run is over 30 ms.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectQuotes } from '../lib/detect';
import { syntheticPage } from './detect-pages';
import { TRACE_CATEGORIES, threadTimes } from './detect-trace';
import { QUIET_CHROMIUM_FLAGS } from '../scripts/browsers';

const args = process.argv.slice(2);
const nodeOnly = args.includes('--node-only');
const chromiumOnly = args.includes('--chromium-only');
const phasesOnly = args.includes('--phases');
const realFolder = args.find((a) => !a.startsWith('--')) ?? '../shared/realpages';
/** `--only=WORD`: just the pages whose name holds WORD, for looking at one page closely. */
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
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
  return only ? list.filter((page) => page.name.includes(only)) : list;
}

/** Saved pages keep their scripts; they must not run (nor fetch anything) in the bench. */
function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

/** Runs of a page's scan that warm its code up before the measured ones (the first one compiles it). */
const WARM_UP = 2;
const MEASURED = 5;

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

/** An entry bundled for the bench page (an IIFE exposing `globalName`, or a worker script without one). */
async function bundled(entry: string, globalName?: string): Promise<string> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    write: false,
    target: 'chrome120',
  });
  return bundle.outputFiles[0]!.text;
}

/** The pages on 127.0.0.1 (page i at `/p{i}.html`) and a headless Chromium to open them in. */
async function servePages(list: PageSource[]) {
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
  return { server, port, browser };
}

async function benchChromium(list: PageSource[]): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nChromium: ${CHROMIUM} not found, skipped (sudo apt-get install -y chromium)`);
    return;
  }
  const code = await bundled('bench/detect-browser.ts', 'VerbatimScan');
  const workerCode = await bundled('bench/detect-worker.ts');
  const { server, port, browser } = await servePages(list);
  try {
    // A saved page's own CSP would forbid the worker that stands in for the background, which no page CSP governs.
    const context = await browser.newContext({ bypassCSP: true });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
    });
    console.log(
      `\nChromium (${browser.version()}), content script scan (attribution off the page), sliceMs 8: main-thread time and longest slice (median of ${MEASURED} runs after ${WARM_UP} warm-up runs; cold = the warm-up runs: the first run's thread time, the longest slice of any run), long tasks over 50 ms in any run`,
    );
    const real = { pages: 0, maxMain: 0, maxSlice: 0, longTasks: 0, over: [] as string[] };
    const byThread = { maxMain: 0, maxCold: 0, maxTask: 0, over: [] as string[], coldSum: 0, coldOver: 0 };
    for (const [i, page] of list.entries()) {
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port}/p${i}.html`, { waitUntil: 'load', timeout: 120_000 });
      await tab.addScriptTag({ content: code });
      // The stand-in background starts before the trace and before the first run: its setup (the parser's code
      // copied into a blob, the worker started and compiling on another core) is the bench's, not the scan's.
      // Started inside the first run's first task, it was counted as that run's main-thread time.
      await tab.evaluate(async (workerCode) => {
        const url = URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' }));
        (globalThis as unknown as { benchWorker: Worker }).benchWorker = new Worker(url);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }, workerCode);
      await browser.startTracing(tab, { categories: TRACE_CATEGORIES });
      const result = await tab.evaluate(
        async ([runCount]) => {
          const api = (globalThis as unknown as { VerbatimScan: typeof import('./detect-browser') })
            .VerbatimScan;
          const worker = (globalThis as unknown as { benchWorker: Worker }).benchWorker;
          const runs: { main: number; longest: number; wall: number; longTasks: number; count: number }[] =
            [];
          for (let r = 0; r < runCount; r++) {
            const longTasks: number[] = [];
            const observer = new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) longTasks.push(entry.duration);
            });
            observer.observe({ type: 'longtask' });
            let main = 0;
            let longest = 0;
            performance.mark(`vb-start-${r}`);
            const start = performance.now();
            const count = await api.scanPage(document, worker, (ms: number) => {
              main += ms;
              longest = Math.max(longest, ms);
            });
            const wall = performance.now() - start;
            performance.mark(`vb-end-${r}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
            observer.disconnect();
            runs.push({ main, longest, wall, longTasks: longTasks.length, count });
          }
          worker.terminate();
          return runs;
        },
        [WARM_UP + MEASURED] as const,
      );
      const threads = threadTimes(await browser.stopTracing(), result.length);
      const measured = result.slice(WARM_UP);
      const measuredThreads = threads.slice(WARM_UP);
      const cpu = measuredThreads.length ? median(measuredThreads.map((t) => t.cpu)) : NaN;
      const coldCpu = threads[0]?.cpu ?? NaN;
      const cpuTask = Math.max(...threads.map((t) => t.longest));
      const main = median(measured.map((r) => r.main));
      const longest = median(measured.map((r) => r.longest));
      const coldest = Math.max(...result.map((r) => r.longest));
      const longTasks = Math.max(...result.map((r) => r.longTasks));
      console.log(
        `  ${page.name.padEnd(30)} main ${ms(main)}  longest slice ${ms(longest)} (cold ${ms(coldest)})  wall ${ms(median(measured.map((r) => r.wall)))}  long tasks ${longTasks} | thread time ${ms(cpu)} (cold ${ms(coldCpu)}), longest task ${ms(cpuTask)}  (${result[0]!.count} quotes)`,
      );
      await tab.close();
      if (page.name.startsWith('real/')) {
        real.pages++;
        real.maxMain = Math.max(real.maxMain, main);
        real.maxSlice = Math.max(real.maxSlice, coldest);
        if (longTasks > 0) real.longTasks++;
        if (main > 30 || coldest > 16 || longTasks > 0) real.over.push(page.name);
        byThread.maxMain = Math.max(byThread.maxMain, cpu);
        byThread.maxCold = Math.max(byThread.maxCold, coldCpu);
        byThread.maxTask = Math.max(byThread.maxTask, cpuTask);
        if (cpu > 30 || cpuTask > 16) byThread.over.push(page.name);
        byThread.coldSum += coldCpu;
        if (coldCpu > 30) byThread.coldOver++;
      }
    }
    if (real.pages) {
      console.log(
        `  real pages: ${real.pages}, max main-thread ${ms(real.maxMain)}, max slice ${ms(real.maxSlice)} (budget 30 ms in slices of 16 ms, no task over 50 ms), pages with a task over 50 ms ${real.longTasks}: ${real.over.length} over${real.over.length ? ` (${real.over.join(', ')})` : ''}`,
      );
      console.log(
        `  by thread time (the trace's tdur: the main thread's own work, whatever the load): max main-thread ${ms(byThread.maxMain)} (first, cold run: ${ms(byThread.maxCold)}), max task ${ms(byThread.maxTask)}: ${byThread.over.length} over${byThread.over.length ? ` (${byThread.over.join(', ')})` : ''}; cold (first run), summed over the pages ${ms(byThread.coldSum)}, pages over 30 ms ${byThread.coldOver}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

type Phase = import('./detect-phases').Phase;
const PHASES: Phase[] = ['article', 'walk', 'send', 'attribute', 'place'];

/** `--phases`: where the time of one straight-through scan goes, cold (first run on the page) and warm. */
async function benchPhases(list: PageSource[]): Promise<void> {
  const code = await bundled('bench/detect-phases.ts', 'VerbatimPhases');
  const { server, port, browser } = await servePages(list);
  const sums = { cold: new Map<Phase, number>(), warm: new Map<Phase, number>() };
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
    );
    console.log(
      `\nChromium (${browser.version()}), one scan run straight through, by stage: cold (first run) / warm (median of 4)`,
    );
    for (const [i, page] of list.entries()) {
      if (page.name.startsWith('synthetic')) continue;
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port}/p${i}.html`, { waitUntil: 'load', timeout: 120_000 });
      const t = Date.now();
      await tab.addScriptTag({ content: code });
      const inject = Date.now() - t;
      const runs = await tab.evaluate(() => {
        const api = (globalThis as unknown as { VerbatimPhases: typeof import('./detect-phases') })
          .VerbatimPhases;
        return Array.from({ length: 5 }, () => api.phases(document));
      });
      const cold = runs[0]!;
      const warm = Object.fromEntries(
        PHASES.map((p) => [p, median(runs.slice(1).map((r) => r[p]))]),
      ) as Record<Phase, number>;
      for (const p of PHASES) {
        sums.cold.set(p, (sums.cold.get(p) ?? 0) + cold[p]);
        sums.warm.set(p, (sums.warm.get(p) ?? 0) + warm[p]);
      }
      const row = (r: Record<Phase, number>) =>
        PHASES.map((p) => `${p} ${r[p].toFixed(1).padStart(5)}`).join(' ');
      console.log(`  ${page.name.padEnd(30)} cold: ${row(cold)} | warm: ${row(warm)} | inject ${inject} ms`);
      await tab.close();
    }
    const total = (m: Map<Phase, number>) =>
      PHASES.map((p) => `${p} ${(m.get(p) ?? 0).toFixed(0)} ms`).join(', ');
    console.log(`  sum over pages, cold: ${total(sums.cold)}\n  sum over pages, warm: ${total(sums.warm)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

const list = pages();
if (phasesOnly) await benchPhases(list);
else {
  if (!chromiumOnly) benchNode(list);
  if (nodeOnly) console.log('\nChromium: skipped (--node-only)');
  else await benchChromium(list);
}
