import { tok, type Tok } from './tokens';
import {
  AUX,
  BODIES,
  DETERMINERS,
  NOT_NAMES,
  PRONOUNS,
  QUANTIFIERS,
  ROLES,
  UNNAMED,
  isGroupNoun,
  isPersonNoun,
  isSpeechVerb,
  verbStem,
} from './words';

/** Who a cue points at, before resolution: a printed name, a pronoun, or a description. */
export interface Phrase {
  type: 'name' | 'pronoun' | 'desc';
  words: string[];
  /** Stands right before or after a reporting verb, so a lone unknown name is still a speaker. */
  strong: boolean;
  /**
   * The sentence's subject, read when this phrase names no one: "the DNC issued a statement
   * saying…" is the DNC's, whatever "a statement" resolves to.
   */
  alt?: Phrase;
  /**
   * The subject of a sentence that ends its block with a colon ("Cruz continued:", "Reporter Jomana
   * Karadsheh says:"): it introduces the quote set out in the block after, so it becomes the speaker.
   */
  opens?: boolean;
  /** A passive's agent ("asked by host Bill Maher"): it speaks, but the sentence's subject stays who "he" is. */
  agent?: boolean;
}

/** Words no description of a person contains: "the importance of American support but insisted" is none. */
const LINKS = new Set(
  'of in for on at to with but and or by from that than as is are was were after before against over about behind toward towards upon'.split(
    ' ',
  ),
);
/** Past forms ("visited", "went"): a verb between two names, so the second is its object, not the first's title. */
const PAST = /ed$|^(went|came|took|made|gave|got|met|ran|won|lost|led|left|sent|spent|held|brought|began)$/;
const PARTICLES = new Set([
  'von',
  'van',
  'der',
  'de',
  'den',
  'la',
  'le',
  'da',
  'di',
  'del',
  'bin',
  'al',
  'ter',
]);

/** A lower-case word that may stand in a description before a name: no article, preposition or verb. */
export function isNoun(t: Tok): boolean {
  return (
    !t.cap &&
    !t.punct &&
    t.q < 0 &&
    /^\p{Ll}[\p{Ll}-]+$/u.test(t.w) &&
    !LINKS.has(t.lw) &&
    !PREPOSITIONS.has(t.lw) &&
    !DETERMINERS.has(t.lw) &&
    !PRONOUNS.has(t.lw) &&
    !isSpeechVerb(t.lw) &&
    !AUX.has(t.lw)
  );
}

/** "state" in "state attorney", "report" in "report card": a reporting verb's bare stem, which may be a noun. */
function isBareStem(t: Tok): boolean {
  return !t.cap && t.q < 0 && !t.punct && verbStem(t.lw) === t.lw;
}

export function isVerbTok(t: Tok | undefined): boolean {
  return !!t && t.q < 0 && !t.punct && !t.cap && isSpeechVerb(t.lw);
}

/** Nouns that end like an adverb: "Sanders during a rally said" has no adverb before its verb. */
const LY_NOUNS = new Set(
  'rally family ally assembly belly supply reply bully monopoly anomaly jelly'.split(' '),
);

/** An auxiliary or adverb between a speaker and the verb: "has", "later", "repeatedly". */
export function isAux(t: Tok): boolean {
  return (
    !t.cap && t.q < 0 && (AUX.has(t.lw) || (t.lw.length > 4 && t.lw.endsWith('ly') && !LY_NOUNS.has(t.lw)))
  );
}

/**
 * Words a person's or a body's name never holds past its first word, which a headline set in title case
 * does ("Christie Says He Would Issue A Quarantine Over Zika Virus"): pronouns, auxiliaries, prepositions.
 */
const HEADLINE_WORDS = new Set(
  'he she they him it we you his its their our would should could says said is are was were has have had over for with from on at to by into about after an'.split(
    ' ',
  ),
);

/**
 * Where a capitalised run stops being title-case prose: after its last headline word, when it holds two
 * (one may be a name: "Al From"), else 0.
 */
function headlineCut(words: string[]): number {
  let last = 0;
  let count = 0;
  words.forEach((w, i) => {
    if (i === 0 || !HEADLINE_WORDS.has(w.toLowerCase())) return;
    count++;
    last = i + 1;
  });
  return count >= 2 ? last : 0;
}

function nameRun(words: string[], strong: boolean): Phrase | null {
  // What follows a headline's last small word may still open with its nouns ("… For Abortions Jeb Bush
  // criticized"): a name run into a headline is taken as its last two words, a first name and a surname.
  const cut = headlineCut(words);
  let i = cut ? Math.max(cut, words.length - 2) : 0;
  // "There’s", "It’s": a contracted closed-class word is no name either.
  const lead = (w: string) => {
    const lw = w.toLowerCase().replace(/[’']s$/, '');
    return NOT_NAMES.has(lw) || QUANTIFIERS.has(lw);
  };
  while (i < words.length && lead(words[i] ?? '')) i++;
  // "(D-Calif.)" after a name is party and state, not part of it.
  const rest = words.slice(i).filter((w) => !/^\p{Lu}-\p{Lu}/u.test(w));
  if (!rest.length || rest.some((w) => /[’'](re|ll|ve|d|m|t)$/i.test(w))) return null;
  return { type: 'name', words: rest, strong };
}

const WHEN = new Set(
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight night morning afternoon evening week weekend'.split(
    ' ',
  ),
);

/** "prosecutors in Los Angeles say": a name after a preposition is a place or an object, not the speaker. */
const PREPOSITIONS = new Set(
  'in of at from by to for on with into near across am im an auf um à au en dans sur pour'.split(' '),
);

/** Prepositions whose object a group after them is ("against Uber drivers"); "of" counts ("a number of voters"). */
const OBJECT_OF =
  /^(against|for|with|by|to|from|among|between|about|toward|towards|behind|without|like|unlike|upon|over|into|onto|via)$/;

/** Head nouns of a body whose name goes on with "of": "Department of Justice", "University of Chicago". */
const INSTITUTIONS =
  /^(department|ministry|office|bureau|agency|committee|commission|council|court|board|university|bank|institute|college|school|museum|church|chamber|league|association|society|academy|house|union|federation|conference)$/;

/** Participles of getting hold of a document, not of writing it: "obtained by The Post". */
const OBTAINED = new Set('obtained seen reviewed received acquired viewed'.split(' '));

/** Prepositions of a circumstance ("at the time", "in a statement") that may stand between a subject and its verb. */
const CIRCUMSTANCE = new Set('at in on during after before'.split(' '));

/** "he’s predicting that…", "she’d said": a pronoun with its auxiliary contracted is still the subject. */
const CONTRACTED = /^(he|she|they)[’'](s|d|ve|ll|re)$/;

/** The speaker phrase ending just before token `v` (the verb), not reaching below `lo`. */
export function phraseLeft(
  toks: Tok[],
  v: number,
  lo: number,
  strong = true,
  relative = false,
): Phrase | null {
  let k = v - 1;
  // "Smith, who said", "the union, which responded": the antecedent before the comma, whatever governs it.
  if (relative && tok(toks, k).w === ',') k--;
  while (k >= lo && isAux(tok(toks, k))) k--;
  // "Beck on Wednesday called", "Trump Monday said": the day is when, not who.
  if (WHEN.has(tok(toks, k).lw)) {
    k--;
    // "on Tuesday night", "Monday morning": a day and its part.
    if (WHEN.has(tok(toks, k).lw)) k--;
    if (/^(on|last|this|early|late)$/.test(tok(toks, k).lw)) k--;
    while (k >= lo && isAux(tok(toks, k))) k--;
  }
  // "The State Department less than two weeks ago said": a span of time back from now, after a name, is when.
  if (tok(toks, k).lw === 'ago') {
    let d = k - 1;
    while (d > lo && d >= k - 5 && !tok(toks, d).cap && !tok(toks, d).punct) d--;
    if (tok(toks, d).cap && d < k - 1) k = d;
  }
  // "John McCain — who lost the 2008 election to Obama — said", "Jason Sims — a teacher — says": the subject
  // stands before an aside set off by a pair of dashes.
  if (/^[—–]$/.test(tok(toks, k).w)) {
    let d = k - 1;
    while (d > lo && d > k - 25 && (!tok(toks, d).punct || tok(toks, d).w === ',') && tok(toks, d).q < 0) d--;
    if (d > lo && d < k - 1 && tok(toks, d).w === tok(toks, k).w) {
      // "A former Republican candidate — John McCain, who lost in 2008 — said": a name opening the aside is the description's.
      let e = d + 1;
      while (e < k && tok(toks, e).cap) e++;
      const named = e > d + 1 && (e === k || tok(toks, e).w === ',') && isNoun(tok(toks, d - 1));
      if (named)
        return nameRun(
          toks.slice(d + 1, e).map((x) => x.w),
          strong,
        );
      k = d - 1;
    }
  }
  // "a piece that noted", "the caption which reads", "Smith, who said": the verb of a relative clause is its antecedent's.
  const antecedent = tok(toks, k - 1);
  const commaName = antecedent.w === ',' && tok(toks, k - 2).cap && tok(toks, k).lw !== 'that';
  if (
    /^(that|which|who)$/.test(tok(toks, k).lw) &&
    k - 1 >= lo &&
    (antecedent.cap || isNoun(antecedent) || commaName)
  )
    return phraseLeft(toks, k, lo, strong, commaName);
  // "a White House official who spoke anonymously to discuss internal strategy said", "the groups who wrote to
  // her on Thursday say": a relative clause between the subject and its verb is the subject's description.
  // "Likud party, which tried to rally support by saying": a relative clause set off by a comma after a body
  // is the body's act. (After a person, "who" may open a clause of its own: "Bannon, who Beck called".)
  for (let w = k - 1; tok(toks, k).w !== ',' && w > lo && w >= k - 12; w--) {
    const x = tok(toks, w);
    if (x.punct || x.q >= 0) break;
    if (x.lw !== 'who' && x.lw !== 'which') continue;
    const before = tok(toks, w - 1);
    // "which" speaks for a body only ("Likud party, which"): after a place or a thing it is no one's act.
    const head = tok(toks, w - 2);
    const set = before.w === ',' && x.lw === 'which' && BODIES.has(head.lw);
    if (set) return phraseLeft(toks, w, lo, strong, true);
    if (x.lw === 'who' && (before.cap || isNoun(before))) return phraseLeft(toks, w, lo, strong);
    break;
  }
  // "Trump at the time said", "Obama in a statement said", "Sanders during a Sunday rally thanked": a
  // circumstance between the subject and its verb (a day's name may stand in it).
  for (let j = k; j >= Math.max(lo + 1, k - 4); j--) {
    const x = tok(toks, j);
    if ((x.cap && !WHEN.has(x.lw)) || x.punct || x.q >= 0) break;
    if (!CIRCUMSTANCE.has(x.lw) || j === k) continue;
    const before = tok(toks, j - 1);
    if (before.q < 0 && !before.punct && (before.cap || PRONOUNS.has(before.lw))) k = j - 1;
    break;
  }
  // "Ana Lopez, the mayor, said" / "Chris Weston, chief market strategist at IG, said" / "Sarandon, 69,
  // told": the name stands before the apposition, not after a preposition ("of Elizabeth, Colorado,").
  // "her senior policy adviser, Jake Sullivan, said": a name set off after a description is its apposition.
  // "Gov. John Kasich (R-OH), said": a comma after the party and state closes no apposition.
  // "Mitch McConnell, R-Ky., said": the tag set off by commas of its own.
  if (tok(toks, k).w === ',' && /^\p{Lu}-\p{Lu}/u.test(tok(toks, k - 1).w) && k - 1 >= lo) {
    k--;
    if (tok(toks, k - 1).w === ',' && tok(toks, k - 2).cap && k - 2 >= lo) k -= 2;
  }
  let near = k - 1;
  while (near > lo && tok(toks, near).cap) near--;
  const named =
    tok(toks, k).w === ',' &&
    near < k - 1 &&
    tok(toks, near).w === ',' &&
    isNoun(tok(toks, near - 1)) &&
    !/^\p{Lu}-\p{Lu}/u.test(tok(toks, k - 1).w);
  for (let c = k - 2; !named && tok(toks, k).w === ',' && c > Math.max(lo, k - 25); c--) {
    const t = tok(toks, c);
    if (t.q >= 0 || (t.punct && t.w !== ',')) break;
    if (t.w !== ',') continue;
    // "An Israeli official, speaking on the condition of anonymity, said", "A Warren adviser, who spoke
    // candidly, said": a participle or relative clause set off after a description.
    if (!tok(toks, c - 1).cap) {
      if (/^(who|which|\p{Ll}+ing|\p{Ll}+ed)$/u.test(tok(toks, c + 1).lw) && isNoun(tok(toks, c - 1))) {
        k = c - 1;
        break;
      }
      continue;
    }
    // "Washington, meanwhile, has urged": a connective between commas describes no one; "Clinton,
    // exasperated, responded": a lone word of manner is set off like an apposition.
    if (c === k - 2 && /^\p{Ll}+$/u.test(tok(toks, c + 1).w)) {
      if (!NOT_NAMES.has(tok(toks, c + 1).lw)) k = c;
      break;
    }
    let j = c - 1;
    while (j - 1 >= lo && tok(toks, j - 1).cap) j--;
    if (j - 1 >= lo && PREPOSITIONS.has(tok(toks, j - 1).lw)) continue;
    k = c;
    break;
  }
  if (k >= lo && tok(toks, k).w === ',' && k - 1 >= lo && tok(toks, k - 1).cap) k--;
  if (k < lo) return null;
  const t = tok(toks, k);
  if (t.q >= 0 || t.punct) return null;
  if (PRONOUNS.has(t.lw) || CONTRACTED.test(t.lw)) return { type: 'pronoun', words: [t.w], strong };
  if (t.cap) {
    /** The start of the capitalised run ending at `e`. */
    const runStart = (e: number) => {
      let s = e;
      // "U.S. While Clinton": a capitalised conjunction or preposition ends the name.
      while (
        s - 1 >= lo &&
        !NOT_NAMES.has(tok(toks, s - 1).lw) &&
        (tok(toks, s - 1).cap || (PARTICLES.has(tok(toks, s - 1).w) && s - 2 >= lo && tok(toks, s - 2).cap))
      )
        s--;
      return s;
    };
    let j = runStart(k);
    // "Joel Pollak of Breitbart California observed", "Jeffrey Lewis of the James Martin Center for
    // Nonproliferation Studies wrote": the person stands before the body they are of.
    for (let hop = 0; hop < 3; hop++) {
      const p = tok(toks, j - 1).lw === 'the' ? j - 2 : j - 1;
      if (!/^(of|at|for|from)$/.test(tok(toks, p).lw) || p - 1 < lo || !tok(toks, p - 1).cap) break;
      // "Secretary of State John F. Kerry": a title's field, not the body a person is of.
      if (ROLES.has(tok(toks, p - 1).lw.replace(/\.$/, ''))) break;
      // "The Department of Justice said", "the Bank of England": the "of" is inside the body's name.
      if (p === j - 1 && INSTITUTIONS.test(tok(toks, p - 1).lw)) {
        j = runStart(p - 1);
        continue;
      }
      k = p - 1;
      j = runStart(k);
    }
    // "with Donald Trump tweeting that…": the name is the participle's subject, not the preposition's object.
    const absolute = tok(toks, j - 1).lw === 'with' && tok(toks, v).lw.endsWith('ing');
    // "a fundraising email sent out by Sanders warned", "a statement released by the White House said": a
    // document speaks for the author it is by.
    const by =
      tok(toks, j - 1).lw === 'by'
        ? j - 1
        : tok(toks, j - 2).lw === 'by' && tok(toks, j - 1).lw === 'the'
          ? j - 2
          : -1;
    // "a letter from the American Legion obtained by The Associated Press warns": who got hold of a
    // document did not write it; the document's own phrase stands before.
    if (by > lo && OBTAINED.has(tok(toks, by - 1).lw)) return phraseLeft(toks, by - 1, lo, strong);
    const author = by > lo && /ed$|^(out|up)$/.test(tok(toks, by - 1).lw);
    if (author)
      return nameRun(
        toks.slice(j, k + 1).map((x) => x.w),
        strong,
      );
    // "wrote a letter to Attorney General Loretta Lynch asking…": a participle after a preposition's object
    // is the act of what the sentence is about, not of the object.
    if (
      j - 1 >= lo &&
      PREPOSITIONS.has(tok(toks, j - 1).lw) &&
      !absolute &&
      tok(toks, v).lw.endsWith('ing') &&
      v === k + 1
    )
      return null;
    // "visited the border in Laredo, Texas and explained": a state set off after its town is a place, and the
    // verb joined by "and" goes on with the sentence's subject.
    if (tok(toks, j - 1).w === ',' && toks.slice(k + 1, v).some((x) => x.lw === 'and')) {
      let town = j - 2;
      while (town - 1 >= lo && tok(toks, town - 1).cap) town--;
      if (town < j - 1 && town - 1 >= lo && PREPOSITIONS.has(tok(toks, town - 1).lw)) return null;
    }
    // "prosecutors in San Francisco and Los Angeles say": places listed after a preposition are all its objects.
    let place = j;
    // A list ends in "and" or "or": "Trenton, New Jersey" and "Monday, Trump" are no lists.
    const joins = (i: number) => (place === j ? /^(and|or)$/ : /^(and|or|,)$/).test(tok(toks, i).lw);
    while (joins(place - 1) && place - 2 >= lo && tok(toks, place - 2).cap) place = runStart(place - 2);
    const pre = tok(toks, place - 1).lw === 'the' ? place - 2 : place - 1;
    const group =
      pre >= lo && PREPOSITIONS.has(tok(toks, pre).lw) && !absolute
        ? groupBefore(toks, pre, k, lo, strong)
        : null;
    if (group) return group;
    if (place - 1 >= lo && PREPOSITIONS.has(tok(toks, place - 1).lw) && !absolute && !relative) {
      // "The Council on American-Islamic Relations National Executive Director Nihad Awad says": the
      // person after the last title, whatever body the run names first.
      const words = toks.slice(j, k + 1).map((x) => x.w);
      const title = words.map((w) => ROLES.has(w.toLowerCase().replace(/\.$/, ''))).lastIndexOf(true);
      return title >= 0 && title < words.length - 1 ? nameRun(words.slice(title + 1), strong) : null;
    }
    // "the Virginia Democrat", "the Atlantic": a description, not a name.
    if (toks[j - 1]?.lw === 'the' && j - 1 >= lo)
      return { type: 'desc', words: toks.slice(j - 1, k + 1).map((x) => x.w), strong };
    return nameRun(
      toks.slice(j, k + 1).map((x) => x.w),
      strong,
    );
  }
  // "Obama officials described", "Legal observers note": a bare plural of people opening its clause.
  const plural = isGroupNoun(t.lw);
  // "Fans and supporters said": groups joined by "and" or "or" are one subject.
  const joinedGroup = (i: number) =>
    plural && /^(and|or)$/.test(tok(toks, i).lw) && i - 1 >= lo && isGroupNoun(tok(toks, i - 1).lw);
  for (let j = k; j >= Math.max(lo, k - 6); j--) {
    const x = tok(toks, j);
    // "complaints against Uber drivers – for everything – suggest": a preposition's object opens no clause.
    const opensClause =
      (j === lo || tok(toks, j - 1).punct || NOT_NAMES.has(tok(toks, j - 1).lw)) &&
      !joinedGroup(j - 1) &&
      !OBJECT_OF.test(tok(toks, j - 1).lw);
    if (plural && opensClause && !x.punct && x.q < 0 && !LINKS.has(x.lw) && !DETERMINERS.has(x.lw))
      return { type: 'desc', words: toks.slice(j, k + 1).map((y) => y.w), strong };
    // "the Florida senator and Republican presidential candidate said": roles joined by "and" describe one person.
    const joinedRole = x.lw === 'and' && j < k && ROLES.has(tok(toks, j - 1).lw);
    if (
      x.punct ||
      x.q >= 0 ||
      (LINKS.has(x.lw) && !joinedRole && !joinedGroup(j)) ||
      (j < k && !x.cap && isSpeechVerb(x.lw))
    )
      return null;
    // "Powell’s office said": a possessive name determines the noun as an article would.
    // "One strategist described", "Several aides said": a quantifier opens a description as an article does.
    // "this Trump look-alike", "another official": a demonstrative opens a description of someone only.
    const person =
      UNNAMED.has(t.lw) || ROLES.has(t.lw) || BODIES.has(t.lw) || toks.slice(j + 1, k).some((y) => y.cap);
    const quantified =
      j < k &&
      (QUANTIFIERS.has(x.lw) || /^(this|another)$/.test(x.lw)) &&
      !/^(no|such)$/.test(x.lw) &&
      person;
    if (
      DETERMINERS.has(x.lw) ||
      quantified ||
      (j < k && x.poss && x.cap && (BODIES.has(t.lw) || ROLES.has(t.lw)))
    )
      return (
        apposedTo(toks, j, lo, strong) ?? {
          type: 'desc',
          words: toks.slice(j, k + 1).map((y) => y.w),
          strong,
        }
      );
  }
  return null;
}

/**
 * "police in Sydney said", "researchers at the FBI found": the group that the place or body after preposition
 * `pre` qualifies is who speaks. Only a group opening its clause: "attacked prosecutors in New York, saying" is
 * the object's.
 */
function groupBefore(toks: Tok[], pre: number, k: number, lo: number, strong: boolean): Phrase | null {
  let g = pre - 1;
  const head = tok(toks, g);
  // "a spokesman for Bernie Sanders": one person brought in by an indefinite article, described by whom they serve.
  if (g < lo || head.cap || !(isGroupNoun(head.lw) || isPersonNoun(head.lw))) return null;
  while (g - 1 >= lo && isNoun(tok(toks, g - 1))) g--;
  // "Federal investigators", "The police": an article or a capitalised adjective opening the clause.
  const opens = (i: number) => i <= lo || tok(toks, i - 1).punct;
  if (!isGroupNoun(head.lw)) {
    if (g - 1 < lo || !/^(a|an|one)$/.test(tok(toks, g - 1).lw)) return null;
    g--;
  } else if (g - 1 >= lo && (tok(toks, g - 1).lw === 'the' || (tok(toks, g - 1).cap && opens(g - 1)))) g--;
  const before = tok(toks, g - 1);
  if (g - 1 >= lo && !before.punct && !NOT_NAMES.has(before.lw)) return null;
  return { type: 'desc', words: toks.slice(g, k + 1).map((x) => x.w), strong };
}

/**
 * "Nate Silver, the polling guru who founded the site tweeted", "Braynard, a South Carolina native who
 * writes": a description set off after a name opening its clause describes that name, whose phrase it is.
 */
function apposedTo(toks: Tok[], j: number, lo: number, strong: boolean): Phrase | null {
  if (j - 2 < lo || tok(toks, j - 1).w !== ',' || !tok(toks, j - 2).cap) return null;
  let s = j - 2;
  while (s - 1 >= lo && tok(toks, s - 1).cap) s--;
  const opens = s === lo || tok(toks, s - 1).punct || tok(toks, s - 1).q >= 0;
  return opens
    ? nameRun(
        toks.slice(s, j - 1).map((x) => x.w),
        strong,
      )
    : null;
}

/** The speaker phrase starting just after token `v` ("said Rutte", "said the former prime minister"). */
export function phraseRight(toks: Tok[], v: number, hi: number): Phrase | null {
  let k = v + 1;
  // "said councillor Amina Yusuf", "said defence minister Karl Jensen"
  let t0 = k;
  // "said former secretary of state Hillary Clinton": a title's "of" and its lower-case field go with it.
  const field = (i: number) => /^\p{Ll}+$/u.test(tok(toks, i).w) && !DETERMINERS.has(tok(toks, i).lw);
  const titleWord = (i: number) =>
    ROLES.has(tok(toks, i).lw.replace(/\.$/, '')) ||
    (tok(toks, i).lw === 'of' && i > k && field(i + 1)) ||
    (tok(toks, i - 1).lw === 'of' && i > k + 1 && field(i));
  while (t0 < hi && t0 < k + 5 && !tok(toks, t0).cap && titleWord(t0)) t0++;
  if (t0 > k && toks[t0]?.cap) k = t0;
  const t = toks[k];
  if (!t || k >= hi || t.q >= 0 || t.punct) return null;
  if (PRONOUNS.has(t.lw)) return { type: 'pronoun', words: [t.w], strong: true };
  // "said former tech executive Carly Fiorina": lower-case description words, then the name.
  // "said master of ceremonies Asab Al-Tabchi": a title's "of" may join two of its nouns. "filed by state
  // attorney Dave Aronberg": a verb's bare stem before a noun is a noun itself.
  const modifier = (i: number) =>
    isNoun(tok(toks, i)) ||
    (i > k && tok(toks, i).lw === 'of' && isNoun(tok(toks, i + 1))) ||
    (isBareStem(tok(toks, i)) && (isNoun(tok(toks, i + 1)) || tok(toks, i + 1).cap));
  let d0 = k;
  while (d0 < hi && d0 < k + 5 && !t.cap && modifier(d0)) d0++;
  if (t.cap) {
    let j = k;
    // "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": titles joined by
    // "and" before one name.
    const joinsTitles = (i: number) =>
      tok(toks, i).lw === 'and' && ROLES.has(tok(toks, i - 1).lw.replace(/\.$/, '')) && !!toks[i + 1]?.cap;
    while (
      j + 1 < hi &&
      (tok(toks, j + 1).cap || (PARTICLES.has(tok(toks, j + 1).w) && toks[j + 2]?.cap) || joinsTitles(j + 1))
    )
      j++;
    // "exhorted Clinton’s introducer, actress Jamie Lee Curtis": the name set off after a possessive's description.
    if (tok(toks, j).poss) {
      let a = j + 1;
      while (a < hi && a <= j + 3 && isNoun(tok(toks, a))) a++;
      if (a > j + 1 && tok(toks, a).w === ',') {
        let b = a + 1;
        while (b < hi && b <= a + 4 && (isNoun(tok(toks, b)) || ROLES.has(tok(toks, b).lw))) b++;
        if (b < hi && toks[b]?.cap) return phraseRight(toks, b - 1, hi);
      }
    }
    // "said Democratic pollster Stan Greenberg", "said election lawyer Joe Birkenstock": a name after its description.
    let d = j + 1;
    while (d < hi && d <= j + 3 && isNoun(tok(toks, d))) d++;
    if (d > j + 1 && d < hi && toks[d]?.cap && !PREPOSITIONS.has(tok(toks, d - 1).lw))
      return phraseRight(toks, d - 1, hi);
    return nameRun(
      toks.slice(k, j + 1).map((x) => x.w),
      true,
    );
  }
  if (d0 > k && toks[d0]?.cap) return phraseRight(toks, d0 - 1, hi);
  // "said one former campaign staffer": a quantifier opens a description as an article does.
  if (DETERMINERS.has(t.lw) || (QUANTIFIERS.has(t.lw) && !/^(no|such|both|these|those)$/.test(t.lw))) {
    let j = k + 1;
    while (
      j < hi &&
      j < k + 7 &&
      !tok(toks, j).punct &&
      tok(toks, j).q < 0 &&
      !isSpeechVerb(tok(toks, j).lw) &&
      !/^(who|which|that)$/.test(tok(toks, j).lw) &&
      // "the New Zealand Department of Conservation": "of" joins a name's parts, else opens its post-modifier.
      (tok(toks, j).lw !== 'of' || (tok(toks, j - 1).cap && !!toks[j + 1]?.cap)) &&
      // "a German user from Hanover going by the handle…": a participle opens a clause about the one described.
      !(j > k + 1 && /^\p{Ll}{2,}ing$/u.test(tok(toks, j).w))
    )
      j++;
    // "said the mayor, Ana Lopez": the name in the apposition.
    if (tok(toks, j).w === ',' && toks[j + 1]?.cap) return phraseRight(toks, j, hi);
    if (j > k + 1) return { type: 'desc', words: toks.slice(k, j).map((x) => x.w), strong: true };
  }
  return null;
}

/**
 * "Citing last week’s attack, Will urged", "Preceded at the lectern by Arpaio, Trump launched", "Nearly
 * half said": a capitalised participle or adverb opening the sentence before a lower-case word is an
 * opening phrase, not a name ("King said", "Kelly, who" are names).
 */
function opener(toks: Tok[], i: number): boolean {
  const t = tok(toks, i);
  const next = tok(toks, i + 1);
  // "Thankfully, now we know…", "Unfortunately, …": an adverb of comment set off by its comma.
  if (i === 0 && next.w === ',' && COMMENT_ADVERB.test(t.w)) return true;
  if (i > 0 || !t.cap || next.cap || next.punct || next.q >= 0 || isVerbTok(next) || AUX.has(next.lw))
    return false;
  // "Sooner or later, the governor told", "Rightly or wrongly, voters": a pair of words in lower case after the
  // first, then a comma (not "Trump or Clinton will").
  if (next.lw === 'or' && !tok(toks, i + 2).cap && tok(toks, i + 3).w === ',') return true;
  return /^\p{Lu}\p{Ll}{3,}(ing|ed)$/u.test(t.w) || /^\p{Lu}\p{Ll}{3,}ly$/u.test(t.w);
}

/** Adjectives that open a sentence, capitalised, before the thing they describe ("New signs", "Recent polls"). */
const OPENING_ADJECTIVES = new Set(
  'new old recent early local other top big small major key higher lower rising growing falling further fresh initial preliminary'.split(
    ' ',
  ),
);

/** Adverbs by their endings ("Thankfully", "Ironically", "Reportedly"), which no names of people share ("Kelly", "Emily"). */
const COMMENT_ADVERB =
  /^\p{Lu}\p{Ll}+(?:fully|ously|ively|ably|ibly|ically|edly|ingly|ately|ently|antly|arly)$/u;

/** The sentence's subject: its first phrase once an opening clause ("During talks with Tusk,") is skipped. */
export function subjectOf(toks: Tok[]): Phrase | null {
  let i = 0;
  // "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –": a dateline before a dash is no subject.
  const dash = toks.findIndex((t, d) => d < 9 && /^[—–-]$/.test(t.w));
  if (dash > 0 && toks.slice(0, dash).every((t) => t.cap || t.w === ',' || /^\d/.test(t.w))) i = dash + 1;
  while (i < toks.length && (tok(toks, i).q >= 0 || tok(toks, i).punct)) i++;
  // "And then Trump went on the attack, saying": a conjunction opens no clause to skip; the subject follows it.
  while (/^(and|but|yet|so|or|then|now|also)$/.test(tok(toks, i).lw) && toks[i + 1] && !toks[i + 1]?.punct)
    i++;
  const first = toks[i];
  if (!first) return null;
  // "A spokeswoman for the committee emailed…": an article opens the subject, not a phrase to skip.
  const article = /^(the|a|an)$/.test(first.lw);
  if ((NOT_NAMES.has(first.lw) && !PRONOUNS.has(first.lw) && !article) || opener(toks, i)) {
    const comma = toks.findIndex((t, k) => k > i && t.w === ',');
    if (comma < 0 || comma > i + 20) return null;
    i = comma + 1;
    // "Speaking in Salem, New Hampshire, Trump went…": a place's state or country closes the opener, not the subject.
    let e = i;
    while (toks[e]?.cap) e++;
    if (e > i && tok(toks, comma - 1).cap && toks[e]?.w === ',' && toks[e + 1]?.cap) i = e + 1;
    // "On Thursday, after remaining neutral throughout the primary, Warren appeared…": a second opening phrase.
    const again = toks.findIndex((t, k) => k > i && t.w === ',');
    if (
      /^(after|before|when|while|despite|since|following|amid)$/.test(tok(toks, i).lw) &&
      again > 0 &&
      again < i + 20
    )
      i = again + 1;
  }
  if (QUANTIFIERS.has(tok(toks, i).lw) && toks[i + 1]?.cap) i++;
  const t = toks[i];
  if (!t) return null;
  if (PRONOUNS.has(t.lw)) return { type: 'pronoun', words: [t.w], strong: true };
  let j = i;
  if (/^(the|a|an)$/.test(t.lw)) {
    // "The mayor, Paul Weiss, put it…": the name in the apposition is the subject.
    const comma = toks.findIndex((x, c) => c > i && c < i + 6 && x.w === ',');
    if (comma > 0 && toks[comma + 1]?.cap) {
      let e = comma + 1;
      while (toks[e + 1]?.cap) e++;
      if (toks[e + 1]?.w === ',')
        return nameRun(
          toks.slice(comma + 1, e + 1).map((x) => x.w),
          true,
        );
    }
    // "The person who plays Trump in the mock debates": a relative clause describes the subject, it is not its name.
    const relative = (t: Tok) => /^(who|whom|which|that)$/.test(t.lw);
    while (
      j + 1 < toks.length &&
      j < i + 9 &&
      !tok(toks, j + 1).punct &&
      !isVerbTok(toks[j + 1]) &&
      !relative(tok(toks, j + 1))
    )
      j++;
    const verb = toks[j + 1];
    if (isVerbTok(verb)) return { type: 'desc', words: toks.slice(i, j + 1).map((x) => x.w), strong: true };
    // "The Trayvon Martin Foundation did not want…": a body's proper name is the subject whatever its verb.
    let e = i;
    while (toks[e + 1]?.cap) e++;
    // "The Sydney experience should prove…": a name modifying a thing is no one who could speak.
    const after = tok(toks, e + 1);
    const someone = BODIES.has(after.lw) || isPersonNoun(after.lw) || isGroupNoun(after.lw);
    if (e > i && isNoun(after) && !PAST.test(after.lw) && !/(s|ly)$/.test(after.lw) && !someone) return null;
    return e > i ? { type: 'desc', words: toks.slice(i, e + 1).map((x) => x.w), strong: false } : null;
  }
  // "New signs in stores appeared…", "Recent polls show…": an adjective capitalised to open the sentence names no one.
  if (OPENING_ADJECTIVES.has(t.lw) && toks[i + 1] && !tok(toks, i + 1).cap && !tok(toks, i + 1).punct)
    return null;
  if (!t.cap) return null;
  for (;;) {
    while (
      j + 1 < toks.length &&
      (tok(toks, j + 1).cap || (PARTICLES.has(tok(toks, j + 1).w) && toks[j + 2]?.cap))
    )
      j++;
    // "Former Secretary of State Madeleine Albright urged": a title's "of" and its field come before the name.
    if (
      ROLES.has(tok(toks, j).lw) &&
      tok(toks, j + 1).lw === 'of' &&
      tok(toks, j + 2).cap &&
      toks[j + 3]?.cap
    ) {
      i = j + 3;
      j = i;
      continue;
    }
    // "Republican presidential candidate Donald Trump took to Twitter": the name after its description.
    let d = j + 1;
    while (d < toks.length && d <= j + 3 && isNoun(tok(toks, d)) && !PAST.test(tok(toks, d).lw)) d++;
    if (d === j + 1 || !toks[d]?.cap) break;
    i = d;
    j = d;
  }
  // "Trump’s Virginia state director, Mike Rubino, reached out": the name set off after a possessive's description.
  if (toks.slice(i, j + 1).some((x) => x.poss)) {
    let d = j + 1;
    // "state director": a reporting verb's bare stem before a noun is a noun itself.
    while (
      d <= j + 3 &&
      toks[d] &&
      (isNoun(tok(toks, d)) || (isBareStem(tok(toks, d)) && isNoun(tok(toks, d + 1))))
    )
      d++;
    let e = d + 1;
    while (toks[e + 1]?.cap) e++;
    if (d > j + 1 && toks[d]?.w === ',' && toks[d + 1]?.cap && toks[e + 1]?.w === ',')
      return nameRun(
        toks.slice(d + 1, e + 1).map((x) => x.w),
        true,
      );
  }
  // "Uber’s fans defended…": people named by whose they are are not the owner, and speak as the group.
  const group = tok(toks, j + 1);
  if (tok(toks, j).poss && !group.cap && isGroupNoun(group.lw) && !BODIES.has(group.lw))
    return { type: 'desc', words: toks.slice(i, j + 2).map((x) => x.w), strong: true };
  let v = j + 1;
  while (v < toks.length && isAux(tok(toks, v))) v++;
  return nameRun(
    toks.slice(i, j + 1).map((x) => x.w),
    isVerbTok(toks[v]),
  );
}

/** A printed name and the roles printed with it ("Le syndicaliste Pierre Lambert", "Ingrid Solberg, the health minister"). */
export interface NameRun {
  words: string[];
  roles: string[];
  /** The body or document the name is printed on ("the Clinton campaign", "a 2014 House Intelligence Committee report"). */
  body?: string;
}

/**
 * Runs of two or more capitalized words (full names to remember for later surname-only
 * mentions) and any name printed with a role, so "la ministre" finds its minister later.
 */
export function nameRuns(toks: Tok[]): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!tok(toks, i).cap) continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      (tok(toks, j + 1).cap || (PARTICLES.has(tok(toks, j + 1).w) && toks[j + 2]?.cap))
    )
      j++;
    // "Secretary of State Madeleine Albright": the title's field is no part of the name after it.
    const field = j - i >= 2 && tok(toks, i - 1).lw === 'of' && ROLES.has(tok(toks, i - 2).lw) ? 1 : 0;
    const printed = toks.slice(i + field, j + 1).map((x) => x.w);
    // A headline in title case names no one in full: its capitals are the style, not a name.
    const run = headlineCut(printed) ? null : nameRun(printed, false);
    const roles: string[] = [];
    for (let k = i - 1; k >= i - 2 && toks[k] && !tok(toks, k).cap && ROLES.has(tok(toks, k).lw); k--)
      roles.push(tok(toks, k).lw);
    for (let k = i; k <= j; k++) if (ROLES.has(tok(toks, k).lw)) roles.push(tok(toks, k).lw);
    if (toks[j + 1]?.w === ',') {
      for (let k = j + 2; k < j + 6 && toks[k] && !tok(toks, k).cap && !tok(toks, k).punct; k++) {
        if (ROLES.has(tok(toks, k).lw)) {
          roles.push(tok(toks, k).lw);
          break;
        }
      }
    }
    let b = j;
    while (toks[b + 1] && !tok(toks, b + 1).cap && BODIES.has(tok(toks, b + 1).lw)) b++;
    const body =
      b > j && run ? [...run.words, ...toks.slice(j + 1, b + 1).map((x) => x.lw)].join(' ') : undefined;
    if (run && (run.words.length > 1 || roles.length || body))
      runs.push({ words: run.words, roles, ...(body ? { body } : {}) });
    i = j;
  }
  return runs;
}
