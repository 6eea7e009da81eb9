import { readFile } from 'node:fs/promises';
import { detectQuotes } from '../detect';
import type { DetectedQuote } from '../detect/types';
import { articleText } from '../detect/article/text';
import { formatStats, libraryStats, validateLibraryText } from '../library/stats';
import type { LibraryFile } from '../library/model';
import { QuoteMatcher } from '../match';
import { runError } from './errors';
import { loadPage } from './load-page';
import { quoteJson, quoteText, type QuoteJson } from './output';

/** The kinds a scan lists. */
type Listed = NonNullable<QuoteJson['kind']>;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

function hintsOf(library: LibraryFile) {
  return library.speakers.map((s) => ({ name: s.name, aliases: s.aliases }));
}

/**
 * Reads each saved page into a DOM and hands it to `read`; an unreadable page
 * is reported and the others still read. Returns the exit code.
 */
async function readPages(
  pages: string[],
  io: Io,
  read: (page: string, doc: Document) => void,
): Promise<number> {
  let failed = 0;
  for (const page of pages) {
    let html: string;
    try {
      html = await readFile(page, 'utf8');
    } catch (error) {
      io.err(`verbatim: cannot read ${page}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      failed++;
      continue;
    }
    const { window } = loadPage(html);
    read(page, window.document);
    window.close();
  }
  return failed ? 1 : 0;
}

/** `verbatim scan`: returns the exit code; unreadable pages are reported and the rest still scanned. */
export async function scanCommand(
  pages: string[],
  library: LibraryFile,
  json: boolean,
  io: Io,
): Promise<number> {
  const matcher = QuoteMatcher.build(library);
  const hints = hintsOf(library);
  const results: { page: string; quotes: QuoteJson[] }[] = [];
  const code = await readPages(pages, io, (page, doc) => {
    // Titles are listed as what they are; only speech is matched against the library.
    const quotes = detectQuotes(doc, { speakers: hints })
      .filter((q): q is DetectedQuote & { kind: Listed } => q.kind !== 'scare')
      .map((q) =>
        quoteJson(q, q.kind === 'speech' ? matcher.match(q.text, { form: q.form, speaker: q.speaker }) : []),
      );
    results.push({ page, quotes });
    if (!json)
      io.out(
        `${page}: ${quotes.length} quote${quotes.length === 1 ? '' : 's'}\n${quotes.map(quoteText).join('\n')}\n`,
      );
  });
  if (json) io.out(JSON.stringify({ pages: results }, null, 2));
  return code;
}

/** `verbatim article`: what detection reads as each page's article, so the article finder can be judged as an extractor. */
export async function articleCommand(pages: string[], json: boolean, io: Io): Promise<number> {
  const results: { page: string; text: string }[] = [];
  const code = await readPages(pages, io, (page, doc) => {
    const text = articleText(doc);
    results.push({ page, text });
    if (!json) io.out(`${page}:\n${text}\n`);
  });
  if (json) io.out(JSON.stringify({ pages: results }, null, 2));
  return code;
}

/** `verbatim match`: one result per input text, in input order. */
export function matchCommand(texts: string[], library: LibraryFile, json: boolean, io: Io): number {
  const matcher = QuoteMatcher.build(library);
  const results = texts.map((text) => quoteJson({ text, speaker: null, form: null }, matcher.match(text)));
  io.out(json ? JSON.stringify({ results }, null, 2) : results.map(quoteText).join('\n'));
  return 0;
}

export function statsCommand(library: LibraryFile, json: boolean, io: Io): number {
  const stats = libraryStats(library);
  io.out(json ? JSON.stringify(stats, null, 2) : formatStats(stats));
  return 0;
}

export async function validateCommand(path: string, io: Io): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw runError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const result = validateLibraryText(text);
  if (result.ok) {
    io.out(`${path}: valid verbatim-library file`);
    return 0;
  }
  for (const error of result.errors) io.err(`${path}: ${error}`);
  return 1;
}
