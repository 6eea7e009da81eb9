import { openLibrary } from '../../lib/library/open';
import type { AppDB } from '../../lib/library/db';
import type { LibraryFile, Quote, Rendering, Speaker } from '../../lib/library/model';

let counter = 0;

/** A database name no other test uses, so tests never see each other's rows. */
export function uniqueName(prefix = 'lib'): string {
  counter++;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function freshDb(): Promise<AppDB> {
  return openLibrary({ name: uniqueName() });
}

export function speaker(id: string, name: string, extra: Partial<Speaker> = {}): Speaker {
  return { id, name, aliases: [], origin: 'user', edited: false, ...extra };
}

export function quote(id: string, speakerId: string, canonical: string, extra: Partial<Quote> = {}): Quote {
  return {
    id,
    speakerId,
    canonical,
    canonicalReason: 'test',
    event: null,
    date: null,
    primarySource: null,
    tags: [],
    origin: 'user',
    edited: false,
    ...extra,
  };
}

export function rendering(
  id: string,
  quoteId: string,
  text: string,
  extra: Partial<Rendering> = {},
): Rendering {
  return {
    id,
    quoteId,
    outlet: 'Reuters',
    url: null,
    date: null,
    text,
    form: 'direct',
    language: 'en',
    translated: false,
    origin: 'user',
    edited: false,
    ...extra,
  };
}

export function file(parts: Partial<LibraryFile>): LibraryFile {
  return { format: 'verbatim-library', version: 1, speakers: [], quotes: [], renderings: [], ...parts };
}

/** A small library with a bundled speaker and quote and a user quote, for most tests. */
export function sampleFile(): LibraryFile {
  return file({
    speakers: [
      speaker('rutte', 'Mark Rutte', { aliases: ['the NATO chief'], origin: 'bundled' }),
      speaker('kallas', 'Kaja Kallas'),
    ],
    quotes: [
      quote('q1', 'rutte', 'This is not the time to go it alone.', {
        origin: 'bundled',
        event: 'Warsaw',
        date: '2025-03-26',
        tags: ['nato'],
      }),
      quote('q2', 'kallas', 'Europe must be ready to defend itself.'),
    ],
    renderings: [
      rendering('r1', 'q1', 'This is not the time to go it alone.', {
        origin: 'bundled',
        date: '2025-03-26',
      }),
      rendering('r2', 'q1', 'not the time to go it alone', {
        outlet: 'AP',
        form: 'partial',
        origin: 'bundled',
      }),
      rendering('r3', 'q2', 'Europe must be ready to defend itself.', { outlet: 'Politico' }),
    ],
  });
}

/** The value, or a failed test when it is missing: reads better than a non-null assertion. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
