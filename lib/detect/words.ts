/**
 * The small vocabulary speech detection needs: reporting verbs (English, French, German),
 * pronouns, titles and person nouns. Kept as compact strings so the content script stays small.
 */

const set = (words: string) => new Set(words.split(' '));

/** Verb stems whose inflections (said, warning, emphasised, replied…) mark speech. */
const VERB_STEMS = set(
  'say tell add warn stress insist emphasize emphasise affirm note explain argue claim state declare assert believe reiterate reveal acknowledge admit suggest urge announce confirm reply respond answer write tweet conclude caution predict promise vow maintain contend remark observe recall concede counter report agree deny hope think underline highlight underscore ask question demand describe accuse complain criticize criticise praise pledge threaten quip joke recount repeat lament continue testify mention comment post signal boast recommend propose assure reassure decry exclaim muse call express fear reject dismiss welcome point remind reinforce envision envisage advocate',
);
const IRREGULAR: Record<string, string> = { said: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think' };
/** French and German cues, matched as whole words (Le Monde: « a déclaré », « selon »). */
const FOREIGN = set(
  'dit déclaré déclare affirmé affirme estime estimé ajouté ajoute expliqué explique souligné souligne assure assuré précisé précise indiqué indique confié raconte insiste prévenu prévient martèle répond répondu lancé lance juge jugé dénoncé dénoncent ajouter rappelé rappelle poursuit dénonce reconnaît reconnu avoue confirme confirmé annoncé annonce promis averti témoigne résume interroge demande regrette déplore observe admet sagte sagt erklärte betonte meinte warnte fügte sagten sprach sprachen',
);

/** A reporting verb in any inflection; `w` is lower case. */
export function isSpeechVerb(w: string): boolean {
  if (FOREIGN.has(w)) return true;
  if (IRREGULAR[w]) return true;
  if (w.length < 3) return false;
  const forms = [w];
  if (w.endsWith('ies') || w.endsWith('ied')) forms.push(w.slice(0, -3) + 'y');
  if (w.endsWith('s')) forms.push(w.slice(0, -1));
  if (w.endsWith('es')) forms.push(w.slice(0, -2));
  if (w.endsWith('d')) forms.push(w.slice(0, -1));
  if (w.endsWith('ed')) forms.push(w.slice(0, -2), w.slice(0, -3));
  if (w.endsWith('ing')) forms.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  return forms.some((f) => VERB_STEMS.has(f));
}

/** Verbs after which a clause follows without "that" ("Rutte said there would be…"). */
export const BARE_CLAUSE_VERBS = set('said says say saying believes believed believe thinks thought added estime affirme juge');
/** Verbs whose object is the reported content ("emphasized the importance of…", "called on allies to…"). */
export const OBJECT_VERBS = set(
  'emphasized emphasised emphasizes emphasises emphasizing emphasising stressed stresses stressing underlined underlines underlining underscored underscores highlighted highlights acknowledged acknowledges reiterated reiterates envisions envisioned envisages advocated advocates called calls pointed points suggested suggests urged urges',
);
/** Speech verbs that never introduce someone's words as a clause: a report is an outlet's, a rejection is not a statement. */
export const NO_CLAUSE = set(
  'reported reports report rejected rejects dismissed welcomed welcomes feared fears fear questioned questions asked asks described describes accused praised criticized criticised expressed',
);
/** Particles that go with a verb before its object: "called on", "pointed to", "advocated for". */
export const VERB_PARTICLES = set('on for to out');
/** Adjectives that report a stance: "Rutte is optimistic that…". */
export const STANCE = set('optimistic confident convinced sure certain adamant hopeful');
export const THAT = set('that que qu’ qu\' dass');
export const PRONOUNS = set('he she they him her il elle er sie');
/** Words between a speaker and the verb: "Rutte later told", "Merz has questioned", "a déclaré". */
export const AUX = set(
  'also later has had have was is will would then again just further once still and earlier previously repeatedly a avait est hat has',
);
export const DETERMINERS = set('the a an his her its their our le la les l’ un une der die das ein eine');
/** Nouns that make a description a person: "the former Dutch prime minister", "the NATO chief". */
export const PERSON_NOUNS = set(
  'minister president chief secretary secretary-general general chancellor leader spokesman spokeswoman spokesperson official head ambassador envoy diplomat senator governor mayor premier boss politician lawmaker commander director chairman chairwoman chair executive founder man woman candidate analyst expert economist officer negotiator king queen pope veteran dutchman frenchman german ceo coach manager professor lawyer attorney judge captain mother father councillor ministre président présidente chef porte-parole syndicaliste député maire sénateur secrétaire',
);
/** Titles dropped in front of a name: "NATO Secretary-General Mark Rutte" is Mark Rutte. */
export const TITLES = set(
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen. president vice prime minister secretary secretary-general general chancellor chief king queen pope prince princess sir dame lord lady senator governor mayor judge justice ambassador commissioner spokesman spokeswoman director chairman premier former foreign defense defence deputy attorney leader speaker colonel captain commander pm m. mme',
);
/** Capitalized words that open sentences but are no one's name. */
export const NOT_NAMES = set(
  'the a an but and or so yet meanwhile however yesterday today tomorrow also then on in at when while after before as if this that these those it its his her their our we i you there here what who why how where asked speaking according during although though despite with without since for from under amid following last next earlier later still read more le la les il elle selon mais et die der das den dem des ein eine un une laut monday tuesday wednesday thursday friday saturday sunday',
);
/** Sentence openers that push the subject past the first comma ("During talks with Tusk, Rutte said…"). */
export const INTRO = set(
  'during when after before in on at speaking asked although though while as looking beyond continuing calling rather despite following with since for under amid earlier later last this if because once by from to in’ lors selon pour dans après avant',
);
/** Words that cannot open a clause after a bare "said" ("said in a speech", "said goodbye"). */
export const NOT_CLAUSE = set('to of in on about for with at by so nothing goodbye farewell yes no this it');
export const ACCORDING = set('according selon laut d’après');
