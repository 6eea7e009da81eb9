/**
 * Library benchmark: a library of 10,000 quotes (40,000 renderings) through
 * every data-layer path (validate, import, load, export, CSV, merge, undo,
 * bundled merge) on fake-indexeddb in Node, the manager's search as you type,
 * and, with --browser (needs `npm run build`, run it under the build lock),
 * the manager itself in Chromium: import, first paint, keystroke latency and
 * how many rows the virtualized list keeps in the DOM.
 * Run: node scripts/run-ts.mjs bench/library.ts [--browser]
 */
import 'fake-indexeddb/auto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bundledJson from '../lib/library/bundled-library.json';
import { mergeBundled } from '../lib/library/bundled';
import { libraryToCsv, parseLibraryCsv } from '../lib/library/csv';
import { exportLibrary, parseLibraryFile, serializeLibrary } from '../lib/library/file-format';
import { importLibrary } from '../lib/library/import';
import {
  LIBRARY_FORMAT,
  LIBRARY_FORMAT_VERSION,
  type LibraryFile,
  type Quote,
  type Rendering,
} from '../lib/library/model';
import { openLibrary } from '../lib/library/open';
import { loadLibrary, mergeQuotes, undoLast } from '../lib/library/operations';
import { LibrarySearch } from '../lib/manager/search';

const QUOTES = 10_000;
const PER_QUOTE = 4;
const SPEAKERS = 200;
const OUTLETS = [
  'Reuters',
  'AP',
  'AFP',
  'dpa',
  'BBC',
  'The Guardian',
  'Politico',
  'Le Monde',
  'NZZ',
  'El País',
];
const WORDS =
  'alliance defence budget security europe america ukraine summit treaty spending deterrence border energy trade climate election court reform inflation migration sanctions talks ceasefire'.split(
    ' ',
  );

/** A deterministic generator, so every run measures the same library. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function makeLibrary(): LibraryFile {
  const random = rng(7);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const speakers = Array.from({ length: SPEAKERS }, (_, i) => ({
    id: `s${i}`,
    name: `Speaker ${i} ${pick(WORDS)}`,
    aliases: [`the ${pick(WORDS)} minister ${i}`],
    origin: 'user' as const,
    edited: false,
  }));
  const quotes: Quote[] = [];
  const renderings: Rendering[] = [];
  for (let i = 0; i < QUOTES; i++) {
    const canonical = `${sentence(18)} number ${i}.`;
    quotes.push({
      id: `q${i}`,
      speakerId: `s${i % SPEAKERS}`,
      canonical,
      canonicalReason: 'Wire copy.',
      event: `Event ${i % 300}`,
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      primarySource: null,
      tags: [pick(WORDS)],
      origin: 'user',
      edited: false,
    });
    for (let k = 0; k < PER_QUOTE; k++)
      renderings.push({
        id: `r${i}-${k}`,
        quoteId: `q${i}`,
        outlet: OUTLETS[(i + k) % OUTLETS.length] as string,
        url: `https://news.example/${i}/${k}`,
        date: null,
        text: k === 0 ? canonical : `${sentence(6)} ${canonical.split(' ').slice(3, 15).join(' ')}`,
        form: k === 3 ? 'reported' : k === 2 ? 'partial' : 'direct',
        language: 'en',
        translated: false,
        origin: 'user',
        edited: false,
      });
  }
  return { format: LIBRARY_FORMAT, version: LIBRARY_FORMAT_VERSION, speakers, quotes, renderings };
}

async function time<T>(label: string, run: () => T | Promise<T>, note = ''): Promise<T> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  console.log(`  ${label.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms${note ? `  ${note}` : ''}`);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function nodeBench(library: LibraryFile, text: string): Promise<void> {
  console.log(`\nData layer (Node, fake-indexeddb — real IndexedDB in a browser is faster)`);
  const parsed = await time('parse + validate JSON (zod)', () => parseLibraryFile(text));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const db = await openLibrary({ name: `bench-${Date.now()}` });
  await time('import into an empty library', () => importLibrary(db, parsed.file));
  await time('import the same file again (all duplicates)', () => importLibrary(db, parsed.file));
  const loaded = await time('loadLibrary (what the matcher indexes)', () => loadLibrary(db));
  await time('exportLibrary', () => exportLibrary(db));
  const csv = await time('CSV export', () => libraryToCsv(library));
  console.log(`  (CSV is ${(csv.length / 1e6).toFixed(1)} MB)`);
  await time('CSV parse + validate', () => parseLibraryCsv(csv));
  await time('merge two quotes (one undoable transaction)', () => mergeQuotes(db, 'q1', 'q2'));
  await time('undo the merge', () => undoLast(db));
  await time('mergeBundled into the 10k library', () => mergeBundled(db, bundledJson as LibraryFile));

  console.log(`\nManager search (Fuse.js over ${loaded.quotes.length} quotes)`);
  const search = await time('build the search index', () => new LibrarySearch(loaded));
  const typed = 'alliance budget';
  const perKey: number[] = [];
  for (let i = 1; i <= typed.length; i++) {
    const start = performance.now();
    search.filter({ query: typed.slice(0, i), speakerId: null, event: null });
    perKey.push(performance.now() - start);
  }
  console.log(
    `  search as you type, per keystroke               median ${median(perKey).toFixed(1)} ms, max ${Math.max(...perKey).toFixed(1)} ms`,
  );
  await time('filter by speaker (no query)', () =>
    search.filter({ query: '', speakerId: 's3', event: null }),
  );
  db.close();
}

async function browserBench(text: string): Promise<void> {
  const { launchWithExtension } = await import('../e2e/support/chromium');
  console.log('\nManager in Chromium (built extension, 10,000 quotes)');
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-bench-'));
  const file = join(dir, 'library-10k.json');
  await writeFile(file, text);
  const browser = await launchWithExtension();
  try {
    const page = await browser.newPage();
    // A page in the background gets one animation frame a second; measure the one the reader looks at.
    await page.bringToFront();
    const url = `chrome-extension://${browser.extensionId}/options.html`;
    await page.goto(url);
    await page.locator('.quote-list, .empty').first().waitFor();
    await time('import the 10k file through the manager', async () => {
      await page.locator('input[type="file"]').setInputFiles(file);
      await page.getByText(/^Imported library-10k\.json/).waitFor({ timeout: 300_000 });
    });
    await time('open the manager on the 10k library (first list paint)', async () => {
      await page.reload();
      await page.locator('.quote-row').first().waitFor({ timeout: 120_000 });
    });
    const rows = await page.locator('.quote-row').count();
    console.log(`  rows in the DOM for ${(await page.locator('.count').innerText()).trim()}: ${rows}`);
    // Frames are throttled in a headless window, so time our own work: the event, Preact's render
    // (a microtask) and a forced layout, which is what stands between a keystroke and the next paint.
    const latencies = await page.evaluate(async (query) => {
      const settled = () =>
        new Promise((resolve) => setTimeout(resolve, 0)).then(() => document.body.offsetHeight);
      const input = document.querySelector<HTMLInputElement>('input.search');
      if (!input) throw new Error('no search box');
      const out: number[] = [];
      for (let i = 1; i <= query.length; i++) {
        const start = performance.now();
        input.value = query.slice(0, i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settled();
        out.push(performance.now() - start);
      }
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settled();
      return out;
    }, 'alliance budget');
    console.log(
      `  keystroke → list rendered and laid out           median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
    );
    const scroll = await page.evaluate(async () => {
      const settled = () =>
        new Promise((resolve) => setTimeout(resolve, 0)).then(() => document.body.offsetHeight);
      const list = document.querySelector<HTMLElement>('.quote-list');
      if (!list) throw new Error('no list');
      const steps: number[] = [];
      for (let i = 0; i < 60; i++) {
        const start = performance.now();
        list.scrollTop += 2000;
        list.dispatchEvent(new Event('scroll'));
        await settled();
        steps.push(performance.now() - start);
      }
      const first = document.querySelector('.quote-row .row-text')?.textContent ?? '';
      return { steps, rows: document.querySelectorAll('.quote-row').length, first, top: list.scrollTop };
    });
    console.log(
      `  scroll step (2000 px) → rows re-rendered         median ${median(scroll.steps).toFixed(1)} ms, max ${Math.max(...scroll.steps).toFixed(1)} ms; ${scroll.rows} rows in the DOM at ${scroll.top} px`,
    );
  } finally {
    await browser.close();
  }
}

const library = makeLibrary();
const text = serializeLibrary(library);
console.log(
  `Library benchmark: ${library.quotes.length} quotes, ${library.renderings.length} renderings, ${library.speakers.length} speakers; JSON ${(text.length / 1e6).toFixed(1)} MB`,
);
await nodeBench(library, text);
if (process.argv.includes('--browser')) await browserBench(text);
else
  console.log(
    '\n(add --browser, after `npm run build` and under the build lock, for the manager in Chromium)',
  );
