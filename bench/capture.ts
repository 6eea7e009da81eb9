/**
 * A year of reading: 7,500 pages of 20 quotes (150,000 captured renderings of
 * 75,000 remarks, each read on two pages: once as printed, once cut or
 * reworded) in the library, then the reader opens more pages. Prints the
 * matcher's build, heap and per-page matching at that size (with the plain
 * Fuse.js baseline sampled on the same library), and what capture costs the
 * background per page as the background does it (one Dexie transaction that
 * decides, records and journals, then the index update; fake-indexeddb in
 * Node, bench/capture-browser.ts measures it in Chromium's IndexedDB), saving
 * and restoring the index, plus pruning at the storage cap.
 * Run: node scripts/run-ts.mjs bench/capture.ts
 */
import 'fake-indexeddb/auto';
import Fuse from 'fuse.js';
import { openLibrary } from '../lib/library/open';
import { pruneReading } from '../lib/library/reading';
import { recordReading } from '../lib/library/record-reading';
import { libraryRevision } from '../lib/library/revision';
import { QuoteMatcher } from '../lib/match';
import type { Match } from '../lib/match/types';
import {
  JOURNAL_MAX,
  applyQuotes,
  liveRecords,
  packRecords,
  unpackRecords,
  type IndexState,
} from '../lib/services/index-store';
import { speakerFits } from '../lib/reading/speaker-fits';
import { SOTU_SOURCE } from './match-corpus';
import { PER_PAGE, fresh, pageQuotes, yearOfReading } from './capture-year';
import { capturePageInto, newPageFacts, readHints } from './capture-steps';

const PAGES_MEASURED = 40;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const library = yearOfReading();
console.log(
  `a year of reading: ${library.renderings.length} captured renderings of ${library.quotes.length} remarks by ${library.speakers.length} speakers (${SOTU_SOURCE})`,
);
global.gc?.();
const heapBefore = process.memoryUsage();
let t = performance.now();
const matcher = QuoteMatcher.build(library);
const buildMs = performance.now() - t;
global.gc?.();
const heapAfter = process.memoryUsage();
console.log(
  `index build ${ms(buildMs)}; heap +${mb(heapAfter.heapUsed - heapBefore.heapUsed)}, typed arrays +${mb(heapAfter.arrayBuffers - heapBefore.arrayBuffers)}`,
);

// Saving and restoring the index: IndexedDB structured-clones what it stores and what it reads back.
t = performance.now();
const snapshot = matcher.snapshot();
const snapshotMs = performance.now() - t;
t = performance.now();
const plainCopy = structuredClone(snapshot);
const plainCloneMs = performance.now() - t;
const { quotes: _quotes, renderings: _renderings, ...indexPart } = snapshot;
const allRecords = liveRecords(snapshot);
t = performance.now();
const packed = packRecords(allRecords);
const packMs = performance.now() - t;
t = performance.now();
packRecords(allRecords.slice(-JOURNAL_MAX));
const chunkMs = performance.now() - t;
t = performance.now();
const packedCopy = structuredClone({ index: indexPart, packed });
const packedCloneMs = performance.now() - t;
t = performance.now();
const back = structuredClone(packedCopy);
const records = unpackRecords(back.packed);
QuoteMatcher.restore({
  ...back.index,
  quotes: records.map((r) => r.quote),
  renderings: records.map((r) => r.renderings),
});
const wakeMs = performance.now() - t;
t = performance.now();
QuoteMatcher.restore(structuredClone(plainCopy));
const plainWakeMs = performance.now() - t;
console.log(
  `saving the index: snapshot ${ms(snapshotMs)} + records as columns ${ms(packMs)} (a save's chunk of ${JOURNAL_MAX} changed quotes: ${ms(chunkMs)}) + clone ${ms(packedCloneMs)} (as plain objects the clone alone took ${ms(plainCloneMs)}); a restarted background restores it in ${ms(wakeMs)} (plain objects: ${ms(plainWakeMs)})`,
);

const pages = Array.from({ length: PAGES_MEASURED }, (_, n) => pageQuotes(n));
// A background that has been running answers with warm code: 300 untimed queries first (sentences not in the pages).
for (const unit of fresh.slice(-300)) matcher.match(unit.text, { form: 'direct', speaker: unit.speaker });
const pageMatchMs: number[] = [];
const answers = new Map<string, Match[]>();
let right = 0;
let wrongJoins = 0;
for (const page of pages) {
  t = performance.now();
  for (const { quote } of page)
    answers.set(quote.text, matcher.match(quote.text, { form: quote.form, speaker: quote.speaker }));
  pageMatchMs.push(performance.now() - t);
  for (const { quote, expected } of page) {
    const join = answers
      .get(quote.text)
      ?.find((m) => m.confidence === 'confident' && speakerFits(quote.speaker, m.speaker));
    if ((join?.quoteId ?? null) === expected) right++;
    else if (join) wrongJoins++;
  }
}
const total = PAGES_MEASURED * PER_PAGE;
console.log(
  `matching a page of ${PER_PAGE} quotes: p50 ${ms(percentile(pageMatchMs, 50))}, p95 ${ms(percentile(pageMatchMs, 95))}; capture decisions right ${right}/${total} (${((100 * right) / total).toFixed(1)}%), joined to the wrong remark ${wrongJoins}`,
);

// Plain Fuse.js over every rendering, the baseline, on a sample of 2 quotes (it takes seconds per quote here).
const fuse = new Fuse(library.renderings, {
  keys: ['text'],
  ignoreLocation: true,
  threshold: 0.6,
  includeScore: true,
});
const sample = pages[0]!.slice(0, 2);
t = performance.now();
for (const { quote } of sample) fuse.search(quote.text, { limit: 3 });
const fusePerQuote = (performance.now() - t) / sample.length;
console.log(
  `plain Fuse.js (keys text, ignoreLocation, threshold 0.6) over the same ${library.renderings.length} renderings: ${ms(fusePerQuote)} per quote, ${ms(fusePerQuote * PER_PAGE)} per page (sampled on ${sample.length} quotes)`,
);

// Capture, as the background does it, into a Dexie library holding the whole year.
const db = await openLibrary({ name: 'bench-capture' });
t = performance.now();
await db.transaction('rw', db.speakers, db.quotes, db.renderings, async () => {
  await db.speakers.bulkAdd(library.speakers);
  await db.quotes.bulkAdd(library.quotes);
  await db.renderings.bulkAdd(library.renderings);
});
console.log(`filling fake-indexeddb with the year: ${ms(performance.now() - t)}`);

const state: IndexState = {
  matcher,
  revision: await libraryRevision(db),
  saved: 'bench',
  changed: new Set(),
};
await readHints(db);
const captureMs: number[] = [];
for (const [n, page] of pages.entries()) {
  t = performance.now();
  await capturePageInto(
    db,
    state,
    newPageFacts(n),
    page.map((p) => p.quote),
    (quote) =>
      answers
        .get(quote.text)
        ?.find((m) => m.confidence === 'confident' && speakerFits(quote.speaker, m.speaker))?.quoteId ?? null,
  );
  captureMs.push(performance.now() - t);
}
console.log(
  `capture per page (one transaction on fake-indexeddb, then the index update): p50 ${ms(percentile(captureMs, 50))}, p95 ${ms(percentile(captureMs, 95))}`,
);

// A restarted background after 50 pages read since the last whole snapshot: the journal's 1,000 quotes read again.
const journaled = library.quotes.slice(0, 1000).map((q) => q.id);
t = performance.now();
await applyQuotes(db, matcher, journaled);
console.log(
  `journal replay on restart (${journaled.length} quotes, fake-indexeddb reads + index updates): ${ms(performance.now() - t)}`,
);

t = performance.now();
const again = await recordReading(
  db,
  newPageFacts(0),
  pages[0]!.map((p) => p.quote),
  () => null,
);
console.log(
  `reading a page again: ${again.added} added, ${again.removed} removed, ${ms(performance.now() - t)}`,
);

const captured = await db.renderings.where('origin').equals('captured').count();
t = performance.now();
const pruned = await pruneReading(db, captured - PER_PAGE);
console.log(
  `pruning to a cap ${PER_PAGE} below the ${captured} stored: ${pruned.removed} renderings of the oldest page forgotten in ${ms(performance.now() - t)}`,
);
console.log(
  `capture summary: ${library.renderings.length} renderings, page of ${PER_PAGE} p95 ${ms(percentile(pageMatchMs, 95))} (plain Fuse ${ms(fusePerQuote * PER_PAGE)}), capture p95 ${ms(percentile(captureMs, 95))} (fake-indexeddb)`,
);
db.close();
