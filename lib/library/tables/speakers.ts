import type { Speaker } from '../model';

/** The first release's speaker: no origin or edit flag, since users could not add speakers yet. */
export interface SpeakerV1 {
  id: string;
  name: string;
  aliases: string[];
}

/**
 * Index strings per schema version. Every version is kept so Dexie can open
 * any database a past release left behind and upgrade it step by step.
 * Version 2 indexes only what is queried: every index slows each write, and
 * a 10,000-quote import writes 50,000 rows.
 */
export const speakersSchema = {
  1: 'id, name',
  2: 'id, name',
  3: 'id, name',
} as const;

/** Fills what version 2 added: everything a v1 database held came from the bundled library. */
export function upgradeSpeakerV1(row: SpeakerV1): Speaker {
  return { id: row.id, name: row.name, aliases: [...(row.aliases ?? [])], origin: 'bundled', edited: false };
}
