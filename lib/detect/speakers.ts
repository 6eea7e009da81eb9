import type { NameRun, Phrase } from './phrases';
import type { SpeakerHint } from './types';
import { BODIES, DETERMINERS, ROLES, UNNAMED, isGroupNoun, isPersonNoun } from './words';

function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/^(the|le|la)\s+|^l'/, '')
    .replace(/[.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Compound titles: "Finanzministerin", "Bundeskanzler", "Vizepräsident". */
const TITLE_WORD =
  /(minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|chefin)$/i;

/** Words no noun phrase naming a body ends with. */
const FUNCTION = new Set('who whom which that has had have is was are were some any all also'.split(' '));

const INDEFINITE = /^(a|an|one|un|une|ein|eine)$/i;
const DEFINITE = /^(the|this|that)$/i;

/** Who a person is in a race: "the Republican presidential candidate", "the presumptive nominee". */
const RUNNING = new Set(['candidate', 'nominee', 'front-runner', 'frontrunner', 'contender', 'challenger']);

/** Words that bring in someone new: "a", "one", "several", "this". */
const NEW_ONE =
  /^(a|an|one|another|this|some|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i;

/** Prepositions that open a description's post-modifier: "a German user from Hanover", "an aide to Trump". */
const POST = /^(from|in|at|with|on|of|for|to|near)$/i;

/** Words that count the people a description's head names: "a number of", "some of", "dozens of". */
const QUANTITY =
  /^(number|handful|group|couple|majority|minority|lot|host|few|some|many|most|several|one|two|three|four|five|dozens|hundreds|thousands|all|none|each)$/i;

/** A description's head noun: its last word before any post-modifier ("a German user from Hanover" → "user"). */
function headOf(words: string[]): string {
  // "a number of Uber’s fans", "some of the protesters": a quantity's "of" opens the head, not a post-modifier.
  const counted = words.findIndex(
    (w, i) => i <= 2 && w.toLowerCase() === 'of' && QUANTITY.test(words[i - 1] ?? ''),
  );
  // "a source involved in the creation": a participle or a relative pronoun opens a post-modifier too.
  const post = words.findIndex(
    (w, i) =>
      i > Math.max(1, counted + 1) && (POST.test(w) || /^(\p{Ll}{3,}(ed|ing)|who|that|which)$/u.test(w)),
  );
  return stripPossessive(words[(post > 0 ? post : words.length) - 1] ?? '').toLowerCase();
}

/**
 * "one strategist", "a White House official", "a September Washington Post-ABC News poll": someone
 * brought in without a name, whom no one before resolves, is named by the description as printed.
 */
function unnamed(words: string[]): string | null {
  const head = headOf(words);
  const first = words[0] ?? '';
  // "Obama officials", "Legal observers": a bare plural is a group, named as printed.
  if (!DETERMINERS.has(first.toLowerCase()) && isGroupNoun(head)) return words.join(' ');
  if (words.length < 2 || !NEW_ONE.test(first)) return null;
  if (!UNNAMED.has(head) && !ROLES.has(head) && !BODIES.has(head)) return null;
  return [first.toLowerCase(), ...words.slice(1)].join(' ');
}

function stripPossessive(word: string): string {
  return word.replace(/[’']s$/, '');
}

/**
 * Puts names on cues as the article goes: the library's speakers (with their aliases) first,
 * then full names printed earlier ("Friedrich Merz" makes a later "Merz" him). Pronouns and
 * descriptions go to the subject of the sentence before, else to the current speaker — not
 * to the last name mentioned.
 */
export class SpeakerResolver {
  private readonly known = new Map<string, string>();
  private readonly surnames = new Map<string, string>();
  /** Who was last printed with a role: "la ministre" is the minister named before. */
  private readonly roles = new Map<string, string>();
  /** The person the story is about right now: the last speaker or person subject. */
  current: string | null = null;
  subject: string | null = null;
  /** The last full name printed: who a block quote introduced by a description belongs to. */
  named: string | null = null;
  /** Bodies and documents last named, by head noun: "the report" is the "House Intelligence Committee report" before. */
  private readonly bodies = new Map<string, string>();

  constructor(hints: SpeakerHint[]) {
    for (const hint of hints) {
      this.known.set(norm(hint.name), hint.name);
      for (const alias of hint.aliases) this.known.set(norm(alias), hint.name);
      const surname = norm(hint.name).split(' ').pop();
      if (surname && !this.surnames.has(surname)) this.surnames.set(surname, hint.name);
    }
  }

  /** A narrative sentence: remember its full names, and its subject when that is a person. */
  sentence(subject: Phrase | null, names: NameRun[]): void {
    for (const run of names) {
      if (run.body) this.bodies.set(run.body.slice(run.body.lastIndexOf(' ') + 1), run.body);
      const who = this.name(run.words, run.roles.length > 0, !run.roles.length);
      if (who) for (const role of run.roles) this.roles.set(role, who);
    }
    const person = subject ? this.resolve(subject) : null;
    if (subject?.opens && person) this.spoke(person);
    if (subject?.type === 'pronoun') return;
    if (person) this.subject = person;
  }

  /** A quote or reported clause was put to `name`: it becomes the current speaker. */
  spoke(name: string): void {
    this.current = name;
    this.subject = name;
  }

  /** A surname met before its full name ("Rutte" in a headline) takes the full name printed later. */
  complete(name: string): string {
    return name.includes(' ') ? name : (this.surnames.get(norm(name)) ?? name);
  }

  resolve(phrase: Phrase): string | null {
    const own = this.read(phrase);
    if (own || phrase.type !== 'desc') return own ?? (phrase.alt ? this.read(phrase.alt) : null);
    // "Obama officials described": people, not "a statement saying", speak for themselves before the sentence's subject.
    const head = headOf(phrase.words);
    const people = UNNAMED.has(head) || UNNAMED.has(head.replace(/s$/, '')) || ROLES.has(head);
    if (people) return unnamed(phrase.words) ?? (phrase.alt ? this.read(phrase.alt) : null);
    return (phrase.alt ? this.read(phrase.alt) : null) ?? unnamed(phrase.words);
  }

  private read(phrase: Phrase): string | null {
    if (phrase.type === 'pronoun') return this.subject ?? this.current;
    if (phrase.type === 'desc') return this.describe(phrase.words);
    return this.name(phrase.words, phrase.strong, false);
  }

  private describe(words: string[]): string | null {
    const hit = this.known.get(norm(words.join(' ')));
    if (hit) return hit;
    // "prosecutors in San Francisco and Los Angeles", "the police in Sydney": a group qualified by a place or a
    // body is the group, not the place.
    const post = words.findIndex((w, i) => i > 0 && POST.test(w));
    if (post > 0 && isGroupNoun(words[post - 1] ?? ''))
      return words.filter((w, i) => i > 0 || !DETERMINERS.has(w.toLowerCase())).join(' ');
    // "a spokesman for Bernie Sanders": someone new, named by the description as printed.
    if (post > 1 && INDEFINITE.test(words[0] ?? '') && isPersonNoun((words[post - 1] ?? '').toLowerCase()))
      return [words[0]?.toLowerCase(), ...words.slice(1)].join(' ');
    const rest = words.map((w) => w.toLowerCase()).filter((w, i) => i > 0 || !DETERMINERS.has(w));
    const head = rest[rest.length - 1] ?? '';
    // "the Republican presidential candidate", "the Florida senator and Republican presidential candidate": a
    // person's standing in a race, or roles joined by "and", describe a person, not a body named by its capitals.
    const and = rest.indexOf('and');
    const person = ROLES.has(head) || RUNNING.has(head) || (and > 0 && ROLES.has(rest[and - 1] ?? ''));
    // "a State Department official", "an Israeli official": an indefinite article brings in someone new, never
    // the one named before; the proper name it carries is all that is known of them.
    if (!person || INDEFINITE.test(words[0] ?? '')) return this.institution(words);
    // A bare role ("the minister") points back to whoever held it; a fuller description to the current speaker.
    return (rest.every((w) => ROLES.has(w)) ? this.roles.get(head) : null) ?? this.current ?? this.subject;
  }

  /**
   * "the Orlando Sentinel", "Powell’s office", "the Beige Book": a description naming no person
   * but printing a proper name speaks for an outlet, an office or a document, named as printed.
   */
  private institution(words: string[]): string | null {
    const named = this.namedBody(words);
    const kind = headOf(words);
    if (named && BODIES.has(kind)) this.bodies.set(kind, named);
    // "the report said", "the ad also claims": a definite description with no name is the body of that kind named last.
    return named ?? (DEFINITE.test(words[0] ?? '') ? (this.bodies.get(kind) ?? null) : null);
  }

  private namedBody(words: string[]): string | null {
    const head = words[words.length - 1] ?? '';
    if (/^\p{Lu}.*[’']s$/u.test(words[0] ?? ''))
      return BODIES.has(head.toLowerCase()) ? words.join(' ') : null;
    const from = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
    if (from < 0) return null;
    // "the GOP data expert", not "the GOP nominee had some": a noun phrase, its nouns after the names.
    const tail = words.slice(from).filter((w) => /^\p{Ll}/u.test(w));
    if (tail.length > 2 || /[’']s$/.test(head) || tail.some((w) => FUNCTION.has(w))) return null;
    return words.slice(from).join(' ');
  }

  private name(words: string[], strong: boolean, registerOnly: boolean): string | null {
    const whole = this.known.get(norm(words.join(' ')));
    if (whole) return whole;
    let run = words.slice();
    const owner = run.findIndex((w, i) => i < run.length - 1 && /[’']s$/.test(w));
    if (owner >= 0) run = run.slice(owner + 1);
    run.push(stripPossessive(run.pop() ?? ''));
    let title = -1;
    run.forEach((w, i) => {
      // "Robert M. Danin": a single letter after a first name is an initial, not the French "M." before a name.
      if (/^\p{Lu}\.$/u.test(w) && i > 0 && title < i - 1) return;
      if (ROLES.has(w.toLowerCase().replace(/\.$/, '')) || TITLE_WORD.test(w)) title = i;
    });
    const titled = title >= 0;
    run = run.slice(title + 1);
    while (run.length > 1 && /^\p{Lu}{3,}$/u.test(run[0] ?? '')) run.shift();
    if (!run.length)
      return registerOnly ? null : (this.known.get(norm(words.join(' '))) ?? this.current ?? this.subject);
    const full = run.join(' ');
    const key = norm(full);
    const surname = key.split(' ').pop() ?? key;
    const hinted = this.known.get(key) ?? this.surnames.get(surname);
    if (hinted) {
      if (registerOnly) this.named = hinted;
      return hinted;
    }
    if (run.length >= 2) {
      if (/^\p{Lu}+$/u.test(run.join(''))) return null;
      if (!this.surnames.has(surname)) this.surnames.set(surname, full);
      this.named = this.surnames.get(surname) ?? full;
      return registerOnly ? null : full;
    }
    if (registerOnly) return null;
    return strong || titled ? full : null;
  }
}
