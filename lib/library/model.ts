/**
 * The library's data model. One shape serves Dexie, the library file, the
 * command line and the matcher, so a quote never changes form on its way
 * from storage to the page.
 */

/** How a rendering reports speech: in full quote marks, in part, or as indirect speech. */
export type Form = 'direct' | 'partial' | 'reported';
export const FORMS: readonly Form[] = ['direct', 'partial', 'reported'];

/** Where a record came from; bundled records may be refreshed by a newer extension, the others never. */
export type Origin = 'bundled' | 'user' | 'captured';
export const ORIGINS: readonly Origin[] = ['bundled', 'user', 'captured'];

export interface Speaker {
  id: string;
  name: string;
  /** Titles and descriptions that stand for the speaker in copy ("the NATO chief"). */
  aliases: string[];
  origin: Origin;
  /** Set when the user changed a bundled record, so bundled updates leave it alone. */
  edited: boolean;
}

export interface Quote {
  id: string;
  speakerId: string;
  /** The most reliable rendering's wording (wire copy before rewrites before translations). */
  canonical: string;
  /** Why this wording is canonical, so readers can judge it. */
  canonicalReason: string;
  event: string | null;
  /** ISO date (YYYY-MM-DD) of the remark. */
  date: string | null;
  primarySource: string | null;
  tags: string[];
  origin: Origin;
  edited: boolean;
}

export interface Rendering {
  id: string;
  quoteId: string;
  outlet: string;
  url: string | null;
  /** ISO date (YYYY-MM-DD) of publication. */
  date: string | null;
  text: string;
  form: Form;
  /** BCP 47 language of the printed text. */
  language: string;
  /** True when the outlet printed a translation of the words spoken. */
  translated: boolean;
  origin: Origin;
  edited: boolean;
}

/** The whole library in memory: what the matcher indexes and the file format carries. */
export interface LibraryData {
  speakers: Speaker[];
  quotes: Quote[];
  renderings: Rendering[];
}

export const LIBRARY_FORMAT = 'verbatim-library';
export const LIBRARY_FORMAT_VERSION = 1;

/** The one library file format: export, import, bundled data and `--library`. */
export interface LibraryFile extends LibraryData {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_FORMAT_VERSION;
}
