import type { KeyKind } from './stem-keys';

/**
 * The longest clause `side` says that `other` does not: a run of content
 * words none of which has a counterpart on the other side (the same stem, or
 * any word WordNet relates to it), function words in between neither
 * extending nor breaking it. Words about who spoke are no claim of the remark:
 * the run that ends at a speech verb ("Mr Russell, a coal miner from Brisbane,
 * said") and a run after one that goes on to the end ("…," Sheehan said at a
 * news conference Wednesday afternoon) do not count. Looser than the
 * same-remark model's clause figure (features.ts), which folds only close
 * synonyms: a retranslation's "completely lost" for "total lack" is the same
 * claim in other words.
 */
export function claimClause(
  side: Int32Array,
  other: Int32Array,
  kindOf: (key: number) => KeyKind,
  relates: (a: number, b: number) => boolean,
): number {
  let best = 0;
  let run = 0;
  let afterSpeech = false;
  for (const k of side) {
    const kind = kindOf(k);
    if (kind === 'speech') {
      run = 0;
      afterSpeech = true;
    } else if (kind === 'content') {
      if (other.includes(k) || other.some((o) => kindOf(o) === 'content' && relates(k, o))) {
        if (run > best) best = run;
        run = 0;
        afterSpeech = false;
      } else run++;
    }
  }
  return afterSpeech || run <= best ? best : run;
}
