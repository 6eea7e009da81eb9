import { normalizeText } from '../match/normalize';
import type { Rendering, Speaker } from './model';

/**
 * When two renderings are the same record: same quote, same outlet and the
 * same words after the matcher's one normalization. The outlet is part of the
 * key on purpose: two outlets printing identical words is itself information
 * (wire copy reprinted), and merging them would lose an outlet.
 */
export function renderingKey(r: Pick<Rendering, 'quoteId' | 'outlet' | 'text'>): string {
  return `${renderingBucket(r)}\u0000${normalizeText(r.text)}`;
}

/**
 * The part of renderingKey that needs no text normalization: only renderings
 * in the same bucket can be duplicates, so a big import normalizes just those.
 */
export function renderingBucket(r: Pick<Rendering, 'quoteId' | 'outlet'>): string {
  return `${r.quoteId}\u0000${r.outlet.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/** A name or alias as compared when looking a speaker up: case and spacing do not matter. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The speaker whose name (or, failing that, one of whose aliases) is `name`. */
export function findSpeakerByName(speakers: Speaker[], name: string): Speaker | undefined {
  const key = nameKey(name);
  return (
    speakers.find((s) => nameKey(s.name) === key) ??
    speakers.find((s) => s.aliases.some((a) => nameKey(a) === key))
  );
}
