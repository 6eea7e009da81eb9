import type { SpeakerHint } from '../detect/types';
import type { Speaker } from '../library/model';

/** The speakers' hints in the order of their ids, as IndexedDB reads the table. */
interface HintsRead {
  ids: string[];
  list: SpeakerHint[];
}

/** Where `id` is or would go in ids sorted as IndexedDB orders string keys (by UTF-16 code units). */
function sortedIndex(ids: readonly string[], id: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ids[mid] as string) < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The names and aliases detection resolves speakers by, as of one library
 * revision: every parsed page needs them and few pages change them, so they
 * are read again only when the revision moved, except where a capture says
 * exactly which speakers its revision wrote.
 */
export class SpeakerHintsCache {
  private kept: { revision: string | null; read: Promise<HintsRead> } | undefined;

  /** The hints at `revision`, read with `readSpeakers` only when the cache holds another revision. */
  async at(revision: string | null, readSpeakers: () => Promise<Speaker[]>): Promise<SpeakerHint[]> {
    if (this.kept?.revision !== revision)
      this.keep(
        revision,
        readSpeakers().then((speakers) => ({
          ids: speakers.map((s) => s.id),
          list: speakers.map((s) => ({ name: s.name, aliases: s.aliases })),
        })),
      );
    return (await (this.kept as { read: Promise<HintsRead> }).read).list;
  }

  /**
   * A capture moved the library from revision `from` to `to` and wrote no
   * speaker but these (made, or given an alias): hints read at `from` take
   * them as they are. Every capture moves the revision, so without this the
   * next page's parse would read every speaker of a year of reading again.
   */
  follow(from: string | null, to: string | null, speakers: readonly Speaker[]): void {
    if (!this.kept || this.kept.revision !== from || from === to) return;
    this.keep(
      to,
      this.kept.read.then(({ ids, list }) => {
        const next = { ids: [...ids], list: [...list] };
        for (const speaker of speakers) {
          const hint = { name: speaker.name, aliases: speaker.aliases };
          const at = sortedIndex(next.ids, speaker.id);
          if (next.ids[at] === speaker.id) next.list[at] = hint;
          else {
            next.ids.splice(at, 0, speaker.id);
            next.list.splice(at, 0, hint);
          }
        }
        return next;
      }),
    );
  }

  /** A read that fails is not kept: the next parse reads again. */
  private keep(revision: string | null, read: Promise<HintsRead>): void {
    this.kept = { revision, read };
    read.catch(() => {
      if (this.kept?.read === read) this.kept = undefined;
    });
  }
}
