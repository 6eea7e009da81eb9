/**
 * British to American spelling, word by word. Outlets respell quotes to their
 * house style ("defence" at Reuters, "defense" at AP); the same remark must
 * compare as the same words, so every wording is brought to one spelling.
 * Rules cover the regular patterns; the lists hold the words the rules would
 * get wrong.
 */

const WORD_LIST: Record<string, string> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  licences: 'licenses',
  pretence: 'pretense',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  programme: 'program',
  programmes: 'programs',
  grey: 'gray',
  tyre: 'tire',
  tyres: 'tires',
  jewellery: 'jewelry',
  aluminium: 'aluminum',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  catalogue: 'catalog',
  analogue: 'analog',
  judgement: 'judgment',
  judgements: 'judgments',
  acknowledgement: 'acknowledgment',
  ageing: 'aging',
  enrol: 'enroll',
  fulfil: 'fulfill',
  skilful: 'skillful',
  wilful: 'willful',
  plough: 'plow',
  sceptical: 'skeptical',
  sceptic: 'skeptic',
  storey: 'story',
  kerb: 'curb',
  cheque: 'check',
  draught: 'draft',
  mould: 'mold',
  moult: 'molt',
  encyclopaedia: 'encyclopedia',
  paediatric: 'pediatric',
  foetus: 'fetus',
  oestrogen: 'estrogen',
  anaemia: 'anemia',
  haemorrhage: 'hemorrhage',
};

// A Map, not an object lookup: "constructor" is a word too.
const WORDS = new Map(Object.entries(WORD_LIST));

/** -our words that are not British -or words ("your", "four", "hour"...). */
const OUR_KEEP = new Set([
  'our',
  'your',
  'four',
  'hour',
  'tour',
  'pour',
  'flour',
  'sour',
  'dour',
  'scour',
  'devour',
  'contour',
  'detour',
  'velour',
  'amour',
  'paramour',
  'troubadour',
  'glamour',
  'ours',
  'yours',
]);
const OUR = /^([a-z]+?)our(s|ed|ing|able|ably|ite|ites|ful|fully|less|er|ers|ism|ist|ists)?$/;

/** Words ending in -ise that American English spells the same way. */
const ISE_KEEP = new Set([
  'exercise',
  'advise',
  'compromise',
  'otherwise',
  'surprise',
  'rise',
  'arise',
  'sunrise',
  'uprise',
  'wise',
  'comprise',
  'despise',
  'devise',
  'revise',
  'supervise',
  'televise',
  'improvise',
  'disguise',
  'guise',
  'enterprise',
  'franchise',
  'merchandise',
  'paradise',
  'premise',
  'promise',
  'demise',
  'surmise',
  'noise',
  'poise',
  'praise',
  'raise',
  'appraise',
  'cruise',
  'bruise',
  'expertise',
  'treatise',
  'advertise',
  'chastise',
  'anise',
  'valise',
  'concise',
  'precise',
  'excise',
  'incise',
  'circumcise',
  'apprise',
  'reprise',
  'tortoise',
  'porpoise',
  'mortise',
  'likewise',
  'clockwise',
  'vise',
]);
const ISE = /^([a-z]{2,})is(e|es|ed|ing|er|ers|ation|ations|ational)$/;

/** Verbs that double their final l in British English only (travelled / traveled). */
const DOUBLE_L = new Set([
  'travel',
  'cancel',
  'label',
  'model',
  'fuel',
  'signal',
  'channel',
  'counsel',
  'level',
  'marshal',
  'equal',
  'total',
  'quarrel',
  'dial',
  'duel',
  'tunnel',
  'pedal',
  'shovel',
  'marvel',
  'panel',
  'parcel',
  'pencil',
  'rival',
  'unravel',
  'libel',
  'enamel',
  'initial',
  'jewel',
  'grovel',
  'funnel',
  'revel',
  'swivel',
  'tassel',
  'snorkel',
]);
const LL = /^([a-z]+)ll(ed|ing|er|ers)$/;

const TRE_KEEP = new Set([
  'genre',
  'acre',
  'massacre',
  'mediocre',
  'ogre',
  'lucre',
  'macabre',
  'cadre',
  'timbre',
  'padre',
]);
const TRE = /^([a-z]+)(t|b)re(s|d)?$/;

const YSE = /^(anal|paral|catal|dial)ys(e|es|ed|ing)$/;

/** One word (already lower case, no marks) in American spelling. */
export function americanize(word: string): string {
  const listed = WORDS.get(word);
  if (listed) return listed;
  if (word.length < 5) return word;
  let m = OUR.exec(word);
  if (m && m[1] && !OUR_KEEP.has(`${m[1]}our`)) {
    return `${m[1]}or${m[2] ?? ''}`;
  }
  m = ISE.exec(word);
  if (
    m &&
    m[1] &&
    !ISE_KEEP.has(`${m[1]}ise`) &&
    !/(wise|cise|vise|prise|guise|raise|oise|uise)$/.test(`${m[1]}ise`)
  ) {
    return `${m[1]}iz${m[2]}`;
  }
  m = YSE.exec(word);
  if (m) return `${m[1]}yz${m[2]}`;
  m = LL.exec(word);
  if (m && m[1] && DOUBLE_L.has(`${m[1]}l`)) return `${m[1]}l${m[2]}`;
  m = TRE.exec(word);
  if (m && m[1] && !TRE_KEEP.has(`${m[1]}${m[2]}re`)) {
    return `${m[1]}${m[2]}er${m[3] === 'd' ? 'ed' : (m[3] ?? '')}`;
  }
  return word;
}
