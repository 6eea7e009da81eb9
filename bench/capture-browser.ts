/**
 * Capture in real Chromium: the background's capture path (bench/capture-page.ts,
 * bundled by esbuild) on a page of 127.0.0.1 whose real IndexedDB holds the
 * year of reading of bench/capture-year.ts. Per page read it prints the wall
 * time and the main thread's CPU and busy time (Chrome's own ThreadTime and
 * TaskDuration, read over CDP around each call: what the background cannot
 * spend on anything else),
 * then what saving the whole index and a restart cost.
 * Run: node scripts/run-ts.mjs bench/capture-browser.ts (flock it with the other browser runs)
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { ReadQuote } from '../lib/reading/plan';
import { QUIET_CHROMIUM_FLAGS, findChromium } from '../scripts/browsers';
import { PER_PAGE, pageQuotes, yearOfReading } from './capture-year';

const PAGES = 30;
type Api = typeof import('./capture-page');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

const chromiumPath = findChromium();
if (!existsSync(chromiumPath)) {
  console.log(`capture in Chromium: ${chromiumPath} not found, skipped`);
  process.exit(0);
}
const library = yearOfReading();
const bundle = await build({
  entryPoints: ['bench/capture-page.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'VerbatimCapture',
  write: false,
  target: 'chrome120',
});
const files = new Map<string, [string, string]>([
  ['/', ['text/html', '<!doctype html><title>capture bench</title>']],
  ['/capture.js', ['text/javascript', bundle.outputFiles[0]!.text]],
  ['/year.json', ['application/json', JSON.stringify(library)]],
]);
const server = createServer((req, res) => {
  const file = files.get(req.url ?? '');
  res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
  res.end(file?.[1] ?? 'not found');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...QUIET_CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage();
  await page.goto(origin);
  await page.addScriptTag({ url: '/capture.js' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // TaskDuration counts the main thread's tasks by wall clock (a loaded machine's other processes included);
  // ThreadTime counts its own CPU time: what the same work costs a reader's idle machine.
  const metrics = async () => {
    const list = (await cdp.send('Performance.getMetrics')).metrics;
    const value = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: value('TaskDuration'), thread: value('ThreadTime') };
  };
  /** What the main thread spent on one call: task time and thread time (ms). */
  const cost = async (call: () => Promise<unknown>) => {
    const before = await metrics();
    await call();
    const after = await metrics();
    return { task: after.task - before.task, thread: after.thread - before.thread };
  };
  type Costs = { task: number[]; thread: number[] };
  const costs = (): Costs => ({ task: [], thread: [] });
  const push = (list: Costs, c: { task: number; thread: number }) => {
    list.task.push(c.task);
    list.thread.push(c.thread);
  };
  const filled = await page.evaluate(
    (url) => (globalThis as unknown as { VerbatimCapture: Api }).VerbatimCapture.fill(url),
    `${origin}/year.json`,
  );
  console.log(
    `capture in Chromium ${browser.version()}: ${library.renderings.length} renderings into IndexedDB in ${ms(filled.fillMs)}, index build ${ms(filled.buildMs)}`,
  );
  // What one call costs with nothing to do (the protocol round trip's own task), taken off every figure below:
  // measured next to every page, after the fill's own background work has settled, and its median taken.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const idle = costs();
  const wall: number[] = [];
  const main = costs();
  const floor = costs();
  let added = 0;
  for (let n = 0; n < PAGES; n++) {
    push(idle, await cost(() => page.evaluate(() => 0)));
    const quotes: ReadQuote[] = pageQuotes(n).map((p) => p.quote);
    await page.evaluate(
      (quotes) => (globalThis as unknown as { VerbatimCapture: Api }).VerbatimCapture.ask(quotes),
      quotes,
    );
    let result = { ms: 0, added: 0 };
    push(
      main,
      await cost(async () => {
        result = await page.evaluate(
          (n) => (globalThis as unknown as { VerbatimCapture: Api }).VerbatimCapture.capture(n),
          n,
        );
      }),
    );
    wall.push(result.ms);
    added += result.added;
    push(
      floor,
      await cost(() =>
        page.evaluate((n) => (globalThis as unknown as { VerbatimCapture: Api }).VerbatimCapture.floor(n), n),
      ),
    );
  }
  const callCost = { task: percentile(idle.task, 50), thread: percentile(idle.thread, 50) };
  for (const list of [main, floor]) {
    list.task.forEach((v, i) => (list.task[i] = v - callCost.task));
    list.thread.forEach((v, i) => (list.thread[i] = v - callCost.thread));
  }
  const spread = (values: number[]) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}`;
  console.log(
    `capture per page of ${PER_PAGE} in Chromium (decide, Dexie write, index update, journal): main-thread CPU ${spread(main.thread)}; busy (task time) ${spread(main.task)}; wall ${spread(wall)} (${added} renderings added over ${PAGES} pages; an empty call's ${ms(callCost.thread)} CPU taken off)`,
  );
  console.log(
    `the floor, the same rows written with bare IndexedDB in one transaction: main-thread CPU ${spread(floor.thread)}; busy ${spread(floor.task)}`,
  );
  const measured = async (
    job:
      | 'saveWhole'
      | 'saveChunk'
      | 'wake'
      | 'replay'
      | 'savePlain'
      | 'wakePlain'
      | 'rereadSpeakers'
      | 'followSpeakers',
  ) => {
    let wall = 0;
    const spent = await cost(async () => {
      wall = await page.evaluate(
        (name) => (globalThis as unknown as { VerbatimCapture: Api }).VerbatimCapture[name](),
        job,
      );
    });
    return { wall, busy: spent.task - callCost.task, cpu: spent.thread - callCost.thread };
  };
  const save = await measured('saveWhole');
  const chunkSave = await measured('saveChunk');
  const wake = await measured('wake');
  const replay = await measured('replay');
  const changedCount = await page.evaluate(() =>
    (globalThis as unknown as { VerbatimCapture: Api }).VerbatimCapture.journalLength(),
  );
  const plainSave = await measured('savePlain');
  const plainWake = await measured('wakePlain');
  console.log(
    `index saved with the journal's ${changedCount} quotes as a new chunk (about once in 50 pages): main-thread CPU ${ms(chunkSave.cpu)}, busy ${ms(chunkSave.busy)}, wall ${ms(chunkSave.wall)}; with every record (the first save, then about once in 2,000 pages): CPU ${ms(save.cpu)}, busy ${ms(save.busy)}, wall ${ms(save.wall)} (plain objects, the oldest layout: CPU ${ms(plainSave.cpu)}); restart (read and restore): CPU ${ms(wake.cpu)}, busy ${ms(wake.busy)}, wall ${ms(wake.wall)} (plain objects: CPU ${ms(plainWake.cpu)}), then the journal's ${changedCount} quotes replayed: CPU ${ms(replay.cpu)}, busy ${ms(replay.busy)}, wall ${ms(replay.wall)}`,
  );
  const speakerCount = await page.evaluate(() =>
    (globalThis as unknown as { VerbatimCapture: Api }).VerbatimCapture.fillSpeakers(),
  );
  // Alternately, so neither pays the other's garbage.
  const reread: number[] = [];
  const followed: number[] = [];
  for (let i = 0; i < 15; i++) {
    reread.push((await measured('rereadSpeakers')).cpu);
    followed.push((await measured('followSpeakers')).cpu);
  }
  console.log(
    `the next page's parse hints after a capture, with ${speakerCount} speakers: every speaker read again (as before this release) main-thread CPU ${spread(reread)}; the capture's speakers taken in: ${spread(followed)}`,
  );
} finally {
  await browser.close();
  server.close();
}
