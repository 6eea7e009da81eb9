import { stemmer } from 'stemmer';

/**
 * Words that say little about which remark a quote is: left out of retrieval
 * and of the shared-meaning score, so "the" and "we" never make two quotes look
 * alike. Speech verbs are here because reported speech adds them ("he said
 * that") to words that are otherwise the quote's own. Negations are kept: "not"
 * changes a remark.
 */
const STOP = new Set(
  (
    'a an the and or but nor so yet of to in on at for with by from as into onto upon about than then ' +
    'is are was were be been being am do does did done have has had having will would shall should can could ' +
    "may might must it its it's this that these those there here i me my mine myself we us our ours ourselves " +
    'you your yours he him his himself she her hers herself they them their theirs themselves who whom whose ' +
    'which what when where why how if because while also just very too all any both each some such only own ' +
    "same other more most much many let lets let's say says said saying told tell tells stated added noted " +
    "i'm i've i'll i'd we're we've we'll we'd you're you've he's she's they're they've that's there's"
  ).split(' '),
);

/**
 * Small families of words that stand for each other in reworded quotes
 * ("allies"/"members", "time"/"moment"). They count as the same meaning when
 * judging a paraphrase and when retrieving candidates, never when judging
 * whether a wording is verbatim or edited. General political and news
 * vocabulary only; kept short on purpose, since every family is also a way for
 * two different remarks to look alike.
 */
const FAMILIES = [
  'time moment era period',
  'alone isolation unilateral individually',
  'great large big vast huge major significant',
  'member ally partner',
  'country nation',
  'require need demand',
  'fair fairer equitable',
  'safe secure protect defend safeguard security safety',
  'challenge threat danger risk peril',
  'strong powerful robust formidable mighty',
  'begin start commence launch',
  'end finish conclude',
  'help assist aid support',
  'show demonstrate prove',
  'think believe consider',
  'important vital essential crucial key critical',
  'increase boost raise hike grow expand',
  'reduce cut lower decrease shrink',
  'buy purchase acquire',
  'use employ utilize',
  'try attempt seek endeavor',
  'get obtain receive gain',
  'give provide offer supply',
  'make create build',
  'people citizen public population',
  'law legislation statute',
  'war conflict hostility',
  'substitute alternative replacement',
  'face confront handle tackle',
  'confidence trust faith',
  'world global international',
  'fight battle combat struggle',
  'enemy adversary foe opponent',
  'spend spending expenditure',
  'problem issue difficulty',
  'goal aim objective target',
  'plan proposal scheme',
  'chance opportunity',
  'whole entire complete full',
  'every each',
  'quick fast rapid swift',
  'clear plain evident obvious',
  'act action move step',
  'economy economic',
  'peace peaceful',
  'prosper prosperity prosperous',
  'now today currently',
  'continue remain persist',
  'ensure guarantee assure',
  'want wish desire',
  'job employment',
  'america american',
  'europe european',
];

const FAMILY_OF = new Map<string, string>();
for (const family of FAMILIES) {
  const [head, ...rest] = family.split(' ');
  const headStem = stemmer(head as string);
  for (const word of rest) FAMILY_OF.set(stemmer(word), headStem);
}

const stemCache = new Map<string, string>();

/** Porter stem of a normalized word (cached: the same few thousand words recur). */
export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /^\d/.test(word) ? word : stemmer(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** The meaning term of a content word (its stem, folded into its synonym family); null for stop words. */
export function termOf(word: string): string | null {
  if (STOP.has(word)) return null;
  const stem = stemOf(word);
  return FAMILY_OF.get(stem) ?? stem;
}
