import { nameKey } from '../library/dedupe';

const surname = (name: string) => nameKey(name).split(' ').pop() ?? '';

/**
 * Whether the speaker a page names can be the speaker of a library quote the
 * matcher found: the same name, or the same surname ("Rutte" and "Mark Rutte").
 * The matcher treats the speaker only as a tie-breaker; capture must not file
 * one person's words under another's because they used the same phrase.
 */
export function speakerFits(pageSpeaker: string, librarySpeaker: string): boolean {
  return nameKey(pageSpeaker) === nameKey(librarySpeaker) || surname(pageSpeaker) === surname(librarySpeaker);
}
