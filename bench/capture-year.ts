/**
 * A year of reading, the same in Node and in the Chromium run: 75,000 remarks
 * of the State of the Union addresses, each read on two pages (once as
 * printed, once cut or reworded), and the new pages the reader opens next.
 */
import type { LibraryData, Quote, Rendering, Speaker } from '../lib/library/model';
import type { ReadQuote } from '../lib/reading/plan';
import { loadUnits, rng, shuffle, type Unit } from './match-corpus';

export const REMARKS = 75_000;
export const PER_PAGE = 20;
/** New pages the runs open, more than any of them measures. */
const PAGES_AHEAD = 40;

const random = rng(11);
const units = shuffle(loadUnits(), random);
if (units.length < REMARKS + PAGES_AHEAD * PER_PAGE) throw new Error(`only ${units.length} sentence units`);
const known = units.slice(0, REMARKS);
export const fresh = units.slice(REMARKS);

/** A second outlet's wording: the first two thirds of the sentence, or the sentence with one word dropped. */
function secondWording(text: string, i: number): string {
  const words = text.split(/\s+/);
  if (i % 2 === 0) return words.slice(0, Math.max(5, Math.ceil((words.length * 2) / 3))).join(' ');
  const drop = 1 + (i % (words.length - 2));
  return [...words.slice(0, drop), ...words.slice(drop + 1)].join(' ');
}

export function yearOfReading(): LibraryData {
  const speakers = new Map<string, Speaker>();
  const quotes: Quote[] = [];
  const renderings: Rendering[] = [];
  known.forEach((unit, i) => {
    const speakerId = `s-${unit.speaker}`;
    if (!speakers.has(speakerId))
      speakers.set(speakerId, {
        id: speakerId,
        name: unit.speaker,
        aliases: [],
        origin: 'captured',
        edited: false,
      });
    const quoteId = `q-${i}`;
    quotes.push({
      id: quoteId,
      speakerId,
      canonical: unit.text,
      canonicalReason: 'The fullest wording seen while reading.',
      event: null,
      date: null,
      primarySource: null,
      tags: [],
      origin: 'captured',
      edited: false,
    });
    [unit.text, secondWording(unit.text, i)].forEach((text, n) =>
      renderings.push({
        id: `r-${i}-${n}`,
        quoteId,
        outlet: `Outlet ${(i + n) % 40}`,
        url: `https://outlet-${(i + n) % 40}.example/${Math.floor(i / 10)}-${n}`,
        date: '2026-01-01',
        text,
        form: n === 0 ? 'direct' : 'partial',
        language: 'en',
        translated: false,
        origin: 'captured',
        edited: false,
      }),
    );
  });
  return { speakers: [...speakers.values()], quotes, renderings };
}

/** A new page: half its quotes remarks already read elsewhere, half new ones. */
export function pageQuotes(n: number): { quote: ReadQuote; expected: string | null }[] {
  return Array.from({ length: PER_PAGE }, (_, k) => {
    if (k % 2 === 0) {
      const i = ((n * PER_PAGE + k) * 7) % REMARKS;
      const unit = known[i] as Unit;
      return { quote: { text: unit.text, form: 'direct', speaker: unit.speaker }, expected: `q-${i}` };
    }
    const unit = fresh[n * PER_PAGE + k] as Unit;
    return { quote: { text: unit.text, form: 'direct', speaker: unit.speaker }, expected: null };
  });
}
