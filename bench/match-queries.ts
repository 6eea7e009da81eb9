/**
 * How the benchmark makes page quotes of every drift kind from a library
 * quote. All deterministic (seeded PRNG).
 *
 * - verbatim: the same words, restyled the way outlets do (curly marks,
 *   British spelling, numbers as words or digits).
 * - fragment: a contiguous 50-80 % of the words (at least 5, with at least three content words).
 * - extended: the quote followed by the next sentence of the same address
 *   (a sentence the library does not hold).
 * - edited: one or two words changed (a thesaurus synonym), dropped or added.
 * - paraphrase: up to half the content words replaced from the small
 *   thesaurus below, the sentence reordered at a comma or "and", and one or two
 *   short words dropped; one that is not reordered changes at least four
 *   words (fewer is an edit, the kind above). The thesaurus is the benchmark's own, written apart
 *   from the matcher's synonym families (lib/match/terms.ts); some entries
 *   overlap, as any two lists of English synonyms do.
 * - reported: indirect speech ("The president said that ..."), pronouns and
 *   tenses shifted, printed as reported.
 * - cross-form: the library holds the quote only as reported speech; the page
 *   prints the original words as a direct quote.
 */

/** The benchmark's own small thesaurus (not the matcher's synonym families). */
export const THESAURUS: Record<string, string[]> = {
  government: ['administration', 'state'],
  country: ['nation', 'land'],
  nation: ['country'],
  people: ['citizens', 'public', 'population'],
  citizens: ['people', 'residents'],
  congress: ['the legislature', 'lawmakers'],
  great: ['considerable', 'enormous', 'vast'],
  important: ['significant', 'vital', 'crucial'],
  large: ['substantial', 'big', 'sizable'],
  increase: ['growth', 'rise'],
  increased: ['grown', 'raised'],
  provide: ['supply', 'furnish', 'give'],
  necessary: ['needed', 'essential', 'required'],
  present: ['current', 'existing'],
  war: ['conflict', 'hostilities'],
  peace: ['tranquility', 'harmony'],
  system: ['framework', 'structure'],
  power: ['authority', 'strength'],
  service: ['duty'],
  interest: ['concern'],
  interests: ['concerns'],
  subject: ['matter', 'topic'],
  attention: ['consideration', 'notice'],
  made: ['created', 'produced'],
  make: ['create', 'produce'],
  have: ['possess'],
  must: ['should', 'need to'],
  will: ['shall'],
  should: ['ought to'],
  public: ['national', 'common'],
  foreign: ['overseas', 'external'],
  trade: ['commerce'],
  commerce: ['trade'],
  laws: ['statutes', 'legislation'],
  law: ['statute', 'legislation'],
  measures: ['steps', 'actions'],
  necessity: ['need'],
  states: ['nations'],
  world: ['globe'],
  new: ['fresh', 'novel'],
  help: ['assist', 'aid'],
  support: ['back', 'assist'],
  work: ['labor', 'toil'],
  jobs: ['positions', 'employment'],
  children: ['kids', 'young people'],
  american: ['u.s.'],
  economy: ['economic system'],
  security: ['safety', 'protection'],
  strong: ['powerful', 'robust', 'sturdy'],
  future: ['years ahead', 'tomorrow'],
  believe: ['think', 'hold'],
  ask: ['request', 'urge'],
  recommend: ['suggest', 'propose', 'advise'],
  consideration: ['attention', 'thought'],
  good: ['fine', 'sound'],
  best: ['finest'],
  many: ['numerous', 'several'],
  much: ['a great deal of'],
  time: ['moment', 'period'],
  years: ['decades'],
  year: ['twelvemonth'],
  upon: ['on'],
  duty: ['obligation', 'responsibility'],
  condition: ['state', 'situation'],
  revenue: ['income', 'receipts'],
  expenditures: ['spending', 'outlays'],
  debt: ['liabilities'],
  army: ['military', 'troops'],
  navy: ['fleet'],
  treaty: ['agreement', 'pact'],
  policy: ['approach', 'course'],
  program: ['plan', 'initiative'],
  programs: ['plans', 'initiatives'],
  believed: ['thought'],
  free: ['independent', 'liberated'],
  freedom: ['liberty'],
  liberty: ['freedom'],
  united: ['joined'],
  whole: ['entire'],
  every: ['each'],
  also: ['too', 'as well'],
  however: ['yet', 'still'],
  therefore: ['thus', 'hence'],
  greater: ['larger', 'bigger'],
  able: ['capable'],
  effort: ['attempt', 'endeavor'],
  efforts: ['attempts', 'endeavors'],
  progress: ['advance', 'headway'],
  problem: ['issue', 'difficulty'],
  problems: ['issues', 'difficulties'],
  national: ['federal', 'countrywide'],
  economic: ['financial'],
};

const BRITISH: Record<string, string> = {
  defense: 'defence',
  labor: 'labour',
  honor: 'honour',
  favor: 'favour',
  favorable: 'favourable',
  organization: 'organisation',
  organize: 'organise',
  recognize: 'recognise',
  center: 'centre',
  program: 'programme',
  traveled: 'travelled',
  behavior: 'behaviour',
  neighbor: 'neighbour',
  neighbors: 'neighbours',
  harbor: 'harbour',
  harbors: 'harbours',
  realize: 'realise',
  civilization: 'civilisation',
  authorized: 'authorised',
  modernize: 'modernise',
};

const NUMBERS: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  ten: '10',
  '2': 'two',
  '3': 'three',
  '5': 'five',
  '10': 'ten',
  percent: 'per cent',
};

const SMALL_WORDS = new Set([
  'the',
  'a',
  'an',
  'very',
  'so',
  'also',
  'then',
  'that',
  'which',
  'all',
  'now',
  'still',
  'indeed',
  'of',
]);
const CONTENT = /^[a-z]{4,}$/;

type Random = () => number;

function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function pick<T>(items: T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Replaces the core of a token (keeping its punctuation and capital). */
function replaceCore(token: string, replacement: string): string {
  const m = /^([^A-Za-z0-9]*)([A-Za-z0-9'.-]+?)([^A-Za-z0-9]*)$/.exec(token);
  if (!m) return token;
  const core = m[2] as string;
  const cased = /^[A-Z]/.test(core)
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
  return `${m[1]}${cased}${m[3]}`;
}

function coreOf(token: string): string {
  return token.toLowerCase().replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/** The same words as an outlet restyles them (see the list above). */
export function verbatim(text: string, random: Random): string {
  const out = words(text).map((t) => {
    const core = coreOf(t);
    const british = lookup(BRITISH, core);
    if (british && random() < 0.8) return replaceCore(t, british);
    const number = lookup(NUMBERS, core);
    if (number && random() < 0.8) return replaceCore(t, number);
    return t;
  });
  const joined = out.join(' ').replace(/'/g, '’');
  return random() < 0.5 ? `“${joined}”` : joined;
}

/** A stretch a reporter would quote: at least three content words, not only "back to the people of". */
export function fragment(text: string, random: Random): string | null {
  const w = words(text);
  if (w.length < 9) return null;
  const len = Math.max(5, Math.round(w.length * (0.5 + random() * 0.3)));
  const start = Math.floor(random() * (w.length - len + 1));
  const part = w.slice(start, start + len);
  if (part.filter((t) => CONTENT.test(coreOf(t)) && !SMALL_WORDS.has(coreOf(t))).length < 3) return null;
  return part.join(' ');
}

/** The quote and the sentence that followed it. */
export function extended(text: string, next: string): string {
  return `${text} ${next}`;
}

/** One or two words changed, dropped or added. */
export function edited(text: string, random: Random): string | null {
  const w = words(text);
  if (w.length < 6) return null;
  const edits = 1 + Math.floor(random() * 2);
  let done = 0;
  for (let tries = 0; tries < 20 && done < edits; tries++) {
    const i = 1 + Math.floor(random() * (w.length - 2));
    const core = coreOf(w[i] as string);
    const syn = lookup(THESAURUS, core);
    const r = random();
    if (syn && r < 0.6) w[i] = replaceCore(w[i] as string, pick(syn, random));
    else if (r < 0.8 && SMALL_WORDS.has(core)) w.splice(i, 1);
    else if (r >= 0.8) w.splice(i, 0, pick(['really', 'truly', 'indeed', 'certainly'], random));
    else continue;
    done++;
  }
  return done ? w.join(' ') : null;
}

/** Synonyms, a reordering and dropped short words (see the list above). */
export function paraphrase(text: string, random: Random): string | null {
  let w = words(text);
  if (w.length < 7) return null;
  let substituted = 0;
  const content = w.filter((t) => CONTENT.test(coreOf(t))).length;
  for (let i = 0; i < w.length && substituted < Math.ceil(content / 2); i++) {
    const syn = lookup(THESAURUS, coreOf(w[i] as string));
    if (syn && random() < 0.85) {
      w[i] = replaceCore(w[i] as string, pick(syn, random));
      substituted++;
    }
  }
  // Reorder: move the part after a comma or "and" to the front.
  const cut = w.findIndex((t, i) => i > 2 && i < w.length - 3 && (/,$/.test(t) || coreOf(t) === 'and'));
  if (cut > 0) {
    const head = w.slice(0, cut + 1).map((t) => t.replace(/,$/, ''));
    const tail = w.slice(cut + 1);
    if (coreOf(head[head.length - 1] as string) === 'and') head.pop();
    w = [...tail.map((t) => t.replace(/[.;:]$/, '')), 'and', ...head];
  }
  let dropped = 0;
  w = w.filter((t) => {
    if (dropped < 2 && SMALL_WORDS.has(coreOf(t)) && random() < 0.5) {
      dropped++;
      return false;
    }
    return true;
  });
  // Fewer than four words changed in place is an edit (the edited kind), not a rewording.
  if (cut <= 0 && substituted + dropped < 4) return null;
  return w.join(' ');
}

const PRONOUNS: Record<string, string> = {
  i: 'he',
  me: 'him',
  my: 'his',
  mine: 'his',
  we: 'they',
  us: 'them',
  our: 'their',
  ours: 'theirs',
  will: 'would',
  shall: 'would',
  can: 'could',
  is: 'was',
  are: 'were',
  have: 'had',
  has: 'had',
  am: 'was',
};

/** Indirect speech, the way a reporter turns a quote into a that-clause. */
export function reported(text: string): string {
  const w = words(text).map((t) => {
    const core = coreOf(t);
    const swap = lookup(PRONOUNS, core);
    return swap ? replaceCore(t, swap).replace(/^[A-Z]/, (c) => c.toLowerCase()) : t;
  });
  const first = w[0] ?? '';
  if (/^[A-Z][a-z]/.test(first) && !/^(I|America|Congress)/.test(first)) w[0] = first.toLowerCase();
  return `The president said that ${w.join(' ')}`;
}
