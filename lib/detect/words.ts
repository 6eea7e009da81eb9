/**
 * The small vocabulary speech detection needs: reporting verbs (English, French, German),
 * pronouns, titles and person nouns. Kept as compact strings so the content script stays small.
 */

const set = (words: string) => new Set(words.split(' '));

/** Verb stems whose inflections (said, warning, emphasised, replied…) mark speech. */
const VERB_STEMS = set(
  'say tell add warn stress insist emphasize emphasise affirm note explain argue claim state declare assert believe reiterate reveal acknowledge admit suggest urge announce confirm reply respond answer write conclude caution predict promise vow maintain contend remark observe recall concede counter report agree deny hope think underline highlight underscore ask question demand describe accuse complain criticize criticise praise pledge threaten repeat continue assure call express fear reject dismiss welcome point remind reinforce envision advocate slam mock deride decry denounce condemn applaud characterize characterise chide allege lament recount testify boast brag muse quip scoff wonder opine remember shout yell exclaim chant bemoan snipe riff gush rail scold fume rant vent tweet blast label brand dub joke retort echo interject rebut concur apologize apologise bark press post interrupt retaliate propose proclaim charge cite quote thank credit recommend plead beg swear lecture pronounce preach advise clarify elaborate mention whisper mutter scream tease taunt ridicule lambaste lambast defend hail tout portray depict refer read blame protest hint speculate imply grouse determine exhort',
);
/** Stems that are nouns as often as verbs ("in a tweet", "the label"): they report speech only inflected. */
const INFLECTED_ONLY = set(
  'tweet blast label brand dub joke rant vent rail echo press post read protest hint continue',
);
/**
 * Verbs of two words ("shot back", "went on", "as he put it"), which tokenize() reads as one token:
 * neither word alone reports speech.
 */
export const PHRASAL =
  /^(?:(?:shot|shoots?|shooting|fired?|fires|firing|hit|hits|hitting|snap(?:s|ped|ping)?|lash(?:es|ed|ing)?|push(?:es|ed|ing)?|fought|fights?|fighting|struck|strikes?|striking) back|(?:went|goes|go|going) on|(?:chim|weigh)(?:e|es|ed|ing|s) in|(?:spoke|speaks?|speaking) (?:out|up)|puts? it)$/;
/** Irregular forms, and forms of verbs that report speech only so inflected ("commented", not "comments"). */
const IRREGULAR: Record<string, string> = {
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  thought: 'think',
  commented: 'comment',
  commenting: 'comment',
  heralded: 'herald',
  intimated: 'intimate',
  // "emails" is most often the noun: only the past and the participle report.
  emailed: 'email',
  emailing: 'email',
  'e-mailed': 'email',
  'e-mailing': 'email',
};
/** French and German cues, matched as whole words (Le Monde: « a déclaré », « selon »). */
const FOREIGN = set(
  'dit lancé déclaré déclare affirmé affirme estime estimé ajouté ajoute expliqué explique souligné souligne assure assuré précisé précise indiqué indique insiste prévient répond répondu lance dénoncé ajouter dénonce confirme confirmé annoncé annonce demande observe sagte sagt erklärte betonte meinte warnte fügte sprach',
);

/**
 * The stem of a reporting verb in any inflection ("emphasised" → "emphasise", "replied" →
 * "reply"), the foreign word itself, or '' when `w` (lower case) is no reporting verb.
 */
export function verbStem(w: string): string {
  let known = seen.get(w);
  if (known === undefined) {
    known = stemOf(w);
    seen.set(w, known);
  }
  return known;
}

/** A French or German cue ("a déclaré", "sagte"): after "a", "la" or "die" it is still a verb. */
export function isForeignCue(w: string): boolean {
  return FOREIGN.has(w);
}

/** A reporting verb in any inflection; `w` is lower case. */
export function isSpeechVerb(w: string): boolean {
  return verbStem(w) !== '';
}

/** Words already judged: a page repeats its vocabulary, so each word is inflected once. */
const seen = new Map<string, string>();

/** The forms a regular inflection of `w` may come from: "replied" → "reply", "emphasised" → "emphasise". */
function baseForms(w: string): string[] {
  const forms = [w];
  if (w.endsWith('ies') || w.endsWith('ied')) forms.push(w.slice(0, -3) + 'y');
  if (w.endsWith('s')) forms.push(w.slice(0, -1));
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('d')) forms.push(w.slice(0, -1));
  if (w.endsWith('ed')) forms.push(w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('ing')) forms.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  return forms;
}

function stemOf(w: string): string {
  if (FOREIGN.has(w) || PHRASAL.test(w)) return w;
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length < 3) return '';
  const stem = baseForms(w).find((f) => VERB_STEMS.has(f)) ?? '';
  return stem === w && INFLECTED_ONLY.has(w) ? '' : stem;
}

/**
 * Verbs of finding, deciding and knowing ("a federal judge determined that…", "the court ruled that…", "73
 * percent accepted that…"): they report a stance, so they cue speech only with a that-clause after them.
 */
const THAT_STEMS = set(
  'find learn figure rule order accept realize realise recognize recognise decide show indicate signal assume know conclude',
);
const THAT_IRREGULAR = new Set('found learnt knew known shown'.split(' '));

/** A verb that reports only its that-clause; `w` is lower case. */
export function isThatVerb(w: string): boolean {
  return THAT_IRREGULAR.has(w) || (w.length > 3 && baseForms(w).some((f) => THAT_STEMS.has(f)));
}

/** Nouns of saying whose that-clause is their owner's words: "Trump's assertion that…", "her warning that…". */
export const SPEECH_NOUNS = set(
  'assertion claim argument warning promise statement insistence suggestion contention allegation complaint remark declaration pledge vow prediction admission answer message response view',
);
/** Verbs after which a clause follows without "that" ("Rutte said there would be…"). */
export const BARE_CLAUSE_VERBS = set('say believe think add estime affirme juge');
/** Verbs whose object is the reported content ("emphasized the importance of…", "called on allies to…"). */
export const OBJECT_VERBS = set(
  'emphasize emphasise stress underline underscore highlight acknowledge reiterate envision envisage advocate call point suggest urge',
);
/** Speech verbs that never introduce someone's words as a clause: a report is an outlet's, a rejection is not a statement. */
export const NO_CLAUSE = set(
  'report reject dismiss welcome fear question ask describe accuse praise criticize criticise express slam mock deride decry denounce condemn applaud characterize characterise chide blast label brand dub defend hail tout portray depict refer read blame cite quote thank credit lecture tease taunt ridicule lambaste lambast mention',
);
/** Verbs whose object is the one spoken to ("telling Fox 35", "asked reporters"): never an inverted speaker. */
export const HEARER_VERBS = set('tell ask remind assure urge inform thank advise lecture beg exhort');
/** Particles that go with a verb before its object: "called on", "pointed to", "advocated for". */
export const VERB_PARTICLES = set('on for to out');
/** Adjectives that report a stance: "Rutte is optimistic that…". */
export const STANCE = set('optimistic confident convinced sure certain adamant hopeful');
export const THAT = set("that que qu’ qu' dass");
export const PRONOUNS = set('he she they him her il elle er sie');
/** Words between a speaker and the verb: "Rutte later told", "Merz has questioned", "a déclaré". */
export const AUX = set(
  'also later has had have was is will would did does do then again just further once still and earlier previously repeatedly since already never ever a avait est hat',
);
export const DETERMINERS = set('the a an his her its their our le la les l’ un une der die das ein eine');
/**
 * Head nouns of people a story quotes without naming ("one strategist", "Obama officials"): such a
 * description is itself the best name for the speaker.
 */
export const UNNAMED = set(
  'source sources person people man woman men women attendee attendees official officials voter voters resident residents observer observers critic critics supporter supporters member members expert experts insider insiders ally allies friend friends donor donors delegate delegates user users commenter commenters student students worker workers employee employees activist activists strategist strategists staffer staffers operative operatives veteran veterans protester protesters outlet outlets prosecutor prosecutors investigator investigators researcher researchers scientist scientists economist economists doctor doctors authority authorities police fan fans backer backers opponent opponents proponent proponents detractor detractors skeptic skeptics advocate advocates parent parents teacher teachers customer customers driver drivers passenger passengers consumer consumers patient patients witness witnesses neighbor neighbors neighbour neighbours relative relatives colleague colleagues',
);
/** "spokesman", "official", "user": a noun for one person, whom a description may bring in without a name. */
export function isPersonNoun(word: string): boolean {
  return UNNAMED.has(word) || ROLES.has(word);
}
/** "Legal observers", "police", "authorities": a plural (or collective) of people, a group named as printed. */
export function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  return (
    w === 'police' ||
    w === 'people' ||
    (w.endsWith('ies') && UNNAMED.has(w.slice(0, -3) + 'y')) ||
    (w.endsWith('s') && UNNAMED.has(w.slice(0, -1)))
  );
}
/**
 * Roles: dropped in front of a name ("NATO Secretary-General Mark Rutte" is Mark Rutte) and the head
 * nouns that make a description a person ("the former Dutch prime minister", "the NATO chief").
 */
export const ROLES = set(
  'mr mrs ms dr prof sen rep gov gen capt maj lt col sgt cpl pvt adm cmdr rev hon atty president vice prime minister secretary secretary-general general chancellor chief senator governor mayor judge ambassador spokesman spokeswoman director chairman premier former foreign defense defence deputy attorney leader captain commander pm m mme spokesperson official head envoy diplomat lawmaker man woman analyst officer councillor ministre président présidente chef porte-parole syndicaliste député maire sénateur secrétaire',
);
/**
 * Head nouns of the bodies, documents and people that speak for someone: "Powell’s office", "the
 * Obama administration", "the Beige Book", "Trump’s campaign manager".
 */
export const BODIES = set(
  'manager adviser advisor aide aides lawyer lawyers daughter son wife husband office campaign team staff administration government ministry department agency committee commission council court board foundation company firm party group union statement report book column website editorial newspaper paper magazine network agency service bureau poll survey study letter memo ad filing document analysis lawsuit',
);
/**
 * Capitalized words that open sentences but are no one's name; openers among them push the subject past the first comma.
 * Closed-class words (wh-words, quantifiers, conjunctive adverbs) and time nouns are never names: "Hours later,",
 * "Yet Republicans", "Likewise,", "Who".
 */
export const NOT_NAMES = set(
  'who what why how where which whose yet likewise instead indeed now here there even only just perhaps maybe not nor hours days weeks months years minutes moments year ask asking instead otherwise similarly thus hence still moreover furthermore nevertheless besides again finally first second third ultimately overall together separately early late ' +
    'the a an but and or so meanwhile however yesterday today also then on in at when while after before as if this that it its his her their our we i you asked speaking according during although though despite with without since for from under amid following last next earlier later still le la les il elle selon mais et die der das den un laut monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december updated posted looking beyond continuing calling rather because once by to in’ après avant be being been let please upon of like unlike across against along among amongst over behind below beneath beside between into onto through throughout toward towards underneath until via within',
);
/**
 * Quantifiers and demonstratives: they open a subject rather than push it past a comma ("One Clinton
 * spokesman said", "Many Republicans say"), and are no part of the name after them.
 */
export const QUANTIFIERS = set(
  'one two three four five six seven eight nine ten dozens hundreds thousands some many most few several both each every no these those such',
);
/** Words that cannot open a clause after a bare "said" ("said in a speech", "said goodbye"). */
export const NOT_CLAUSE = set('to of in on about for with at by so nothing goodbye farewell yes no this it');
export const ACCORDING = new Set(['according', 'selon', 'laut', 'd’après', 'in the words of']);
