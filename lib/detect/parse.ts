import type { Form } from '../library/model';
import { findMarkSpans, firstChar, type Family, type MarkSpan } from './marks';
import {
  isAux,
  isNoun,
  isVerbTok,
  nameRuns,
  phraseLeft,
  phraseRight,
  subjectOf,
  type NameRun,
  type Phrase,
} from './phrases';
import { colonCredit, colonSubject, introducer, POST_TAIL, signOff } from './credits';
import { ownedCredit, owner } from './owned';
import { countWords, maskText, sentences, tok, tokenize, type Tok } from './tokens';
import {
  ACCORDING,
  AUX,
  BARE_CLAUSE_VERBS,
  DETERMINERS,
  HEARER_VERBS,
  NOT_CLAUSE,
  NO_CLAUSE,
  NOT_NAMES,
  OBJECT_VERBS,
  PRONOUNS,
  SPEECH_NOUNS,
  STANCE,
  THAT,
  VERB_PARTICLES,
  isForeignCue,
  isThatVerb,
  verbStem,
} from './words';

/** A passage in quote marks, with the cue read around it. */
export interface QuoteEvent {
  kind: 'quote';
  start: number;
  end: number;
  closed: boolean;
  family: Family;
  /** Opens at the block's first character: may continue a quote left open by the block before. */
  leading: boolean;
  /**
   * Opens the sentence after "“…,” Weston said." with no cue of its own: the same statement
   * goes on after the attribution that interrupted it.
   */
  resumes: boolean;
  cue: Phrase | null;
  /** A reporting verb stands in the sentence: with no speaker found, the speaker is unknown, not carried. */
  cued: boolean;
  form: Form;
  scare: boolean;
  /** A few capitalised words nobody is said to have said: the name of a work or a product. */
  title: boolean;
}

/** Speech without marks: the reported clause and who it is put to. */
export interface ReportedEvent {
  kind: 'reported';
  start: number;
  end: number;
  cue: Phrase | null;
  /** Text offsets [from, to) of an attribution inside the words ("These developments, he said, make…"). */
  gap?: [number, number];
  /** The clause carries quoted words ("said the election is “rigged”"): marked speech, told as reported. */
  mixed?: boolean;
}

/** A narrative sentence: its subject and the full names it prints, for pronouns and surnames later. */
export interface SentenceEvent {
  kind: 'sentence';
  subject: Phrase | null;
  names: NameRun[];
}

export type BlockEvent = QuoteEvent | ReportedEvent | SentenceEvent;

/**
 * Everything about one block that depends on its text alone, so a rescan reuses it for every
 * block whose text did not change. Speakers are resolved later, across blocks.
 */
export function parseBlock(text: string, quoted: boolean, heading = false): BlockEvent[] {
  const spans = findMarkSpans(text);
  const events: BlockEvent[] = [];
  if (quoted && !spans.length) return [pullQuote(text)];
  const masked = maskText(text, spans);
  const spanStarts = spans.map((s) => s.open);
  const spanWords = spans.map((s) => countWords(text.slice(s.start, s.end)));
  const lead = firstChar(text);
  /** The sentence before was a quote and its attribution only ("“…,” Weston said."). */
  let attributed = false;
  for (const [from, to] of sentences(masked)) {
    const toks = tokenize(masked, from, to, spanStarts);
    const subject = subjectOf(toks);
    const opener =
      !heading && !/\S/.test(masked.slice(to)) ? introducer(toks, masked.slice(from, to), subject) : null;
    events.push({ kind: 'sentence', subject: opener ?? subject, names: nameRuns(toks) });
    const quoteToks = toks.filter((t) => t.q >= 0);
    const quoteEvents: QuoteEvent[] = [];
    const cued = toks.some(isVerbTok) || toks.some((t) => ACCORDING.has(t.lw));
    for (const qt of quoteToks) {
      const span = spans[qt.q];
      if (!span) continue;
      const body = text.slice(span.start, span.end);
      const k = toks.indexOf(qt);
      const signed = signOff(body);
      const cue = cueFor(toks, k, body, subject) ?? signed?.cue ?? null;
      const words = countWords(body);
      const cjk = /[\u3040-\u9fff]/.test(body);
      const prev = toks[k - 1];
      const opensSentence = !prev || prev.punct || prev.q >= 0;
      const capital = /^\s*[\p{Lu}\d…¿¡]|^\s*\.\.\./u.test(body) || /[\u3040-\u9fff]/.test(body);
      // "“Job Simulator” ($30)", "“Batman Arkham VR”": a few words, each capitalised, that nobody is said to
      // have said name a work or a product, as a title does.
      const named = words <= 4 && titleCase(body);
      const title = !cue && !cued && !quoted && named;
      const scare =
        !title && words <= 3 && !cue && !cued && !quoted && !(opensSentence && capital && words > 1);
      const form: Form = opensSentence && capital && (words > 3 || !!cue) ? 'direct' : 'partial';
      quoteEvents.push({
        kind: 'quote',
        start: span.start,
        end: signed && cue === signed.cue ? span.start + signed.at : span.end,
        closed: span.closed,
        family: span.family,
        leading: span.open === lead,
        resumes: (attributed && k === 0 && !cue && capital) || (!!cue && interrupts(toks, k, text, spans)),
        cue:
          cue ??
          (cjk ? japaneseCue(masked, span.open, span.end) : null) ??
          (cued && !opensSentence && subject?.type === 'name' && subject.strong ? subject : null),
        cued,
        form,
        scare,
        title,
      });
    }
    const going = heading ? null : continuation(toks, quoteEvents[0]);
    if (going) {
      // The next sentence's quote is a new one by the same speaker, not more of this clause.
      events.push(going);
      attributed = false;
      continue;
    }
    attributed = quoteEvents.length === 1 && (toks[0]?.q ?? -1) >= 0 && !!quoteEvents[0]?.cue;
    // A headline sums a story up: its unmarked words are the desk's, not a speaker's.
    if (heading) {
      events.push(...quoteEvents);
      continue;
    }
    const direct = quoteEvents.find((q) => q.form === 'direct');
    const limit = direct
      ? toks.findIndex((t) => t.q >= 0 && spans[t.q]?.start === direct.start)
      : toks.length;
    const clauses: ReportedEvent[] = [];
    reported(toks, clauses, limit, spans, spanWords);
    // "“…,” he said, adding that the network could help against “Russia’s worrying actions”": reported
    // words after the sentence's last direct quote, read in the rest of the sentence.
    const lastDirect = quoteEvents.filter((q) => q.form === 'direct').pop();
    const after = lastDirect ? toks.findIndex((t) => t.q >= 0 && spans[t.q]?.start === lastDirect.start) : -1;
    // The attribution itself ("he said,", "said one Democrat familiar with the talks,") is skipped.
    const said = after >= 0 ? toks.findIndex((t, i) => i > after && i <= after + 7 && isVerbTok(t)) : -1;
    const comma = said >= 0 ? toks.findIndex((t, i) => i > said && i <= said + 12 && t.w === ',') : -1;
    if (comma >= 0 && !toks.slice(after + 1, comma).some((t) => t.q >= 0)) {
      const rest = toks.slice(comma + 1);
      const later: ReportedEvent[] = [];
      reported(rest, later, rest.length, spans, spanWords);
      // Only a clause opened by "that", whose start is certain: without it the quoted words stand alone.
      clauses.push(
        ...later.filter((c) => THAT.has(rest[rest.findIndex((t) => t.s === c.start) - 1]?.lw ?? '')),
      );
    }
    // "…said that the election is “rigged”": the quoted words go with the clause that carries them, as one statement.
    const free = quoteEvents.filter((q) => {
      const clause = clauses.find((c) => c.start <= q.start && q.end <= c.end);
      if (clause) {
        clause.mixed = true;
        // A clause whose speaker was not read takes the one its quote was read with (", he added").
        clause.cue ??= q.cue;
      }
      return !clause;
    });
    events.push(...[...clauses, ...free].sort((a, b) => a.start - b.start));
  }
  return events;
}

/**
 * "“The risk,” said Edward Leamer, an economist, “is that we're going to be attracting workers”": a quote
 * broken off by its own attribution and taken up again in the same sentence, the second part going on with
 * the first one's clause (lower case, and no conjunction with a subject of its own: “…,” she added, “and we
 * will act” stays two, “…,” an aide said, “but a muted one” is one), is one statement. Between the two quotes stands only the attribution: a reporting
 * verb, no clause of its own ("that", another quote), and a comma before the second quote.
 */
function interrupts(toks: Tok[], k: number, text: string, spans: MarkSpan[]): boolean {
  let p = k - 1;
  while (p >= 0 && tok(toks, p).q < 0) p--;
  if (p < 0 || k - p < 3 || k - p > 22 || tok(toks, k - 1).w !== ',') return false;
  const first = spans[tok(toks, p).q];
  const second = spans[tok(toks, k).q];
  if (!first?.closed || !second) return false;
  const body = text.slice(second.start, second.end);
  // A conjunction and a subject of its own ("and we will act") open a new clause; "but a muted one" goes on.
  if (
    !/^\s*\p{Ll}/u.test(body) ||
    /^\s*(and|but|or|nor|so|yet)\s+(i|we|you|he|she|they|it|this|that|there)\b/i.test(body)
  )
    return false;
  const between = toks.slice(p + 1, k - 1);
  return between.some((t) => isVerbTok(t)) && !between.some((t) => THAT.has(t.lw) || t.w === ';');
}

/** Words that carry a quote's sentence on: conjunctions, prepositions, and verbs whose subject the quote is ("“Boots on the ground” would be appropriate"). */
const CONTINUERS =
  /^(and|but|or|nor|so|because|while|though|although|unless|until|since|if|when|as|than|that|which|in|on|at|for|to|with|from|by|of|about|after|before|over|under|without|against|into|through|during|among|despite|toward|towards|beyond|across|even|not|only|is|was|are|were|would|will|could|should|can|may|might|must)$/;

/**
 * "“There's a sense of stability now,” and donations began to pick up again, Gilbert said.": a quote that
 * opens its sentence and goes on unquoted before a closing attribution is one statement, the speaker's
 * words running into the writer's report of them. The clause carries the quote; the attribution stays out.
 */
function continuation(toks: Tok[], quote: QuoteEvent | undefined): ReportedEvent | null {
  if (!quote || tok(toks, 0).q < 0 || toks.slice(1).some((t) => t.q >= 0)) return null;
  const f = tok(toks, 1).w === ',' ? 2 : 1;
  // The words go on with a conjunction or a preposition, not a subject ("…,” the singer, Tom Reyes, told").
  if (!CONTINUERS.test(tok(toks, f).lw)) return null;
  for (let c = toks.length - 2; c > f + 2; c--) {
    if (tok(toks, c).w !== ',') continue;
    const middle = toks.slice(f, c);
    if (middle.length < 3) return null;
    if (middle.some((t) => isVerbTok(t) || ACCORDING.has(t.lw))) continue;
    const v = toks.findIndex((t, i) => i > c && i <= c + 7 && isVerbTok(t));
    if (v < 0) continue;
    const cue = v === c + 1 ? phraseRight(toks, v, toks.length) : phraseLeft(toks, v, c + 1);
    if (!cue) continue;
    return { kind: 'reported', start: quote.start, end: tok(toks, c - 1).e, cue, mixed: true };
  }
  return null;
}

/** A blockquote or pull quote without marks: the whole block, with a trailing "— Name" as its cue. */
function pullQuote(text: string): QuoteEvent {
  const tail = POST_TAIL.exec(text);
  const credit = /\s*[—–―-]\s*(\p{Lu}[\p{L}.’' -]{1,60})\s*$/u.exec(tail ? text.slice(0, tail.index) : text);
  const end = credit ? credit.index : text.length;
  const start = firstChar(text);
  return {
    kind: 'quote',
    start,
    end,
    closed: true,
    family: 'd',
    leading: false,
    resumes: false,
    cued: false,
    cue: credit ? { type: 'name', words: (credit[1] ?? '').trim().split(/\s+/), strong: true } : null,
    form: 'direct',
    scare: false,
    title: false,
  };
}

const JA_VERB = /^\s*[」』]?\s*と(述|語|話|強調|言|説明|指摘|主張)/;

/** 「…」と述べた: the speaker is the topic before the quote ("山田太郎外相は"), titles trimmed. */
function japaneseCue(masked: string, open: number, end: number): Phrase | null {
  if (!JA_VERB.test(masked.slice(end, end + 12))) return null;
  const m = /([\u4e00-\u9fff\u30a0-\u30ff]+?)(外相|首相|大統領|長官|氏)?[はが][^。」]*$/.exec(
    masked.slice(0, open),
  );
  return m?.[1] ? { type: 'name', words: [m[1]], strong: true } : null;
}

/** Reads the cue of the quote at token k: after it (", he added") when the quote ends the clause, else before it. */
function cueFor(toks: Tok[], k: number, body: string, subject: Phrase | null): Phrase | null {
  let hi = toks.findIndex((t, i) => i > k && t.q >= 0);
  if (hi < 0) hi = toks.length;
  let lo = k - 1;
  while (lo >= 0 && tok(toks, lo).q < 0) lo--;
  lo++;
  const next = toks[k + 1];
  // "“…” - Bernie Sanders.": a credit line, a dash and a name closing the sentence.
  if (next && /^[-—–]$/.test(next.w) && toks[k + 2]?.cap) {
    let e = k + 2;
    while (e + 1 < hi && toks[e + 1]?.cap) e++;
    if (e + 1 >= hi || (tok(toks, e + 1).punct && tok(toks, e + 1).w !== '-')) {
      const credit = phraseRight(toks, k + 1, e + 1);
      if (credit) return credit;
    }
  }
  /** The cue before the quote: a reporting verb between the last quote and this one. */
  const before = (): Phrase | null => {
    for (let v = k - 1; v >= lo; v--) {
      if (!isVerbTok(toks[v]) || nounUse(toks, v)) continue;
      // ", calling it “…”": a participle after a comma is the sentence subject's act.
      const participle = !!subject && toks[v - 1]?.w === ',' && tok(toks, v).lw.endsWith('ing');
      // "De Blasio said the move was Bratton's and said, “…”": a verb joined by "and" shares the sentence's subject.
      const and = /^(and|but)$/.test(toks[v - 1]?.lw ?? '');
      const absolute = and && tok(toks, v).lw.endsWith('ing') ? withSubject(toks, v - 1) : null;
      const joined = and && (!!absolute || toks.slice(lo, v - 1).some((t) => isVerbTok(t)));
      // "Sanders was asked by host Bill Maher, “…”": a passive verb's agent is the one speaking.
      const agent = toks[v + 1]?.lw === 'by' ? phraseRight(toks, v + 1, k) : null;
      const phrase =
        agent ??
        (participle
          ? (finiteSpeaker(toks, lo, v - 1, 12) ?? { ...subject, strong: true })
          : joined
            ? (finiteSpeaker(toks, lo, v - 1, v) ??
              absolute ??
              (subject?.type === 'name' ? { ...subject, strong: true } : null))
            : (phraseLeft(toks, v, lo) ?? (inverts(toks, v, k) ? phraseRight(toks, v, k) : null)));
      // "Henry added the caption which reads, “…”": a description naming no one leaves the sentence's subject.
      if (phrase?.type === 'desc' && subject && subject.words.join(' ') !== phrase.words.join(' '))
        return { ...phrase, alt: { ...subject, strong: true } };
      if (phrase) return phrase;
    }
    return null;
  };
  const owned = ownedCredit(toks, k, lo);
  if (owned) return owned;
  const credited = colonCredit(toks, k, lo) ?? colonSubject(toks, k, lo, subject);
  if (credited) return credited;
  // "“In breaking news,” Axelrod tweeted last January, “…,” after Fallon expressed…": a quote resuming
  // after its attribution is that attribution's, whatever follows it.
  const resumed = lo > 0 && tok(toks, lo - 1).q >= 0 && tok(toks, k - 1).w === ',' ? before() : null;
  if (resumed) return resumed;
  const afterOk = !/[.]\s*$/.test(body) || (next && !next.cap && !next.punct) || next?.w === ',';
  if (afterOk) {
    let i = k + 1;
    if (toks[i]?.punct) i++;
    // "“…,” Chris Weston, chief market strategist at IG, said": a name and its apposition come first.
    // "“…!” the presumptive GOP presidential nominee, Donald Trump, tweeted": an apposition may come first.
    const apposed = toks.slice(i, i + 6).some((t) => t.w === ',');
    const reach = apposed ? 25 : tok(toks, i).cap ? 12 : 8;
    for (let v = i; v < Math.min(hi, i + reach); v++) {
      if (!isVerbTok(toks[v]) || nounUse(toks, v)) continue;
      // "…,” has said Rutte" is inverted; "…,” Will wrote" is George Will.
      // "“…” that Sanders can win, said Steve Elmendorf": after a comma, a name following the verb is its subject.
      const afterComma = toks[v - 1]?.w === ',' && !!toks[v + 1]?.cap && !NOT_NAMES.has(tok(toks, v + 1).lw);
      // "“…?” asked Sen. Maria Cantwell": right after the quote, a name after even a hearer's verb is its subject.
      const asker = v === i && !!toks[v + 1]?.cap && !tok(toks, v).lw.endsWith('ing');
      // "…” and calling Mitch McConnell a liar": a participle or a verb joined by "and" goes on with the
      // sentence's subject; the name after it is its object.
      const joined = tok(toks, v).lw.endsWith('ing') || toks.slice(i, v).some((t) => t.lw === 'and');
      const inverted =
        !joined &&
        (afterComma || toks.slice(i, v).every((t) => AUX.has(t.lw) && !t.cap)) &&
        (asker || !HEARER_VERBS.has(verbStem(tok(toks, v).lw)));
      const phrase = inverted ? phraseRight(toks, v, hi) : phraseLeft(toks, v, i);
      if (phrase) return phrase;
      break;
    }
  }
  const earlier = before();
  if (earlier) return earlier;
  const according = (afterOk ? accordingTo(toks, k + 1, hi) : null) ?? accordingTo(toks, lo, k);
  // "Huma Abedin, vice chairwoman for the campaign, emailed supporters, telling them, “…”": the
  // reporting verb's subject is the sentence's, however far back it stands.
  if (according || !subject || subject.type === 'desc') return according;
  // Not when a bare noun is the verb's own subject: "what staff describe as a “perfect storm”".
  const verb = toks.findIndex((t, i) => i >= lo && i < k && isVerbTok(t));
  return verb > 0 && !isNoun(tok(toks, verb - 1)) ? { ...subject, strong: true } : null;
}

/**
 * "…, Nefzi said, adding, “…”", "Lazar said he welcomed extradition and added, “…”": a participle or a
 * joined verb goes with the finite reporting verb before it, when one stands in the sentence, rather
 * than with the sentence's subject.
 */
function finiteSpeaker(toks: Tok[], lo: number, before: number, reach: number): Phrase | null {
  for (let u = before - 1; u >= Math.max(lo, before - reach); u--) {
    const t = tok(toks, u);
    if (t.q >= 0) return null;
    // "offered a Trump-style retort…, tweeting": after a determiner the verb's form is a noun.
    if (!isVerbTok(t) || t.lw.endsWith('ing') || nounUse(toks, u)) continue;
    // "said Rutte … and added" is inverted; "mention Trump by name, but told" names its object after the verb.
    const inverted = u + 1 < before && !NO_CLAUSE.has(verbStem(t.lw)) && !HEARER_VERBS.has(verbStem(t.lw));
    return phraseLeft(toks, u, lo) ?? (inverted ? phraseRight(toks, u, before) : null);
  }
  return null;
}

/**
 * "with Donald Trump tweeting that it was a “disaster” and asking, “…”": the subject a participle has of its
 * own after "with", for a participle joined to it by "and" before `before`, past any quote between them.
 */
function withSubject(toks: Tok[], before: number): Phrase | null {
  for (let u = before - 1; u > 1; u--) {
    const t = tok(toks, u);
    if (t.punct && t.w !== ',') return null;
    if (!isVerbTok(t) || !t.lw.endsWith('ing')) continue;
    let w = u - 1;
    while (w > 0 && w > u - 6 && tok(toks, w).cap) w--;
    return w < u - 1 && tok(toks, w).lw === 'with' ? phraseLeft(toks, u, w + 1) : null;
  }
  return null;
}

/**
 * A verb before its quote whose subject follows it: right before the quote, before a comma, or
 * ending a lead-in at a colon or a comma ("explained CBS moderator Nancy Cordes: “…”", not "told the Observer:").
 */
function inverts(toks: Tok[], v: number, k: number): boolean {
  if (v === k - 1 || toks[v + 1]?.punct) return true;
  // "But, said Solovey, “…”": the name, perhaps its apposition, and a comma between the verb and its quote,
  // and nothing more ("dismissed the story about Clinton’s emails, “…”" holds the verb's object).
  const apposed = toks.slice(v + 1, k - 1).some((t) => t.w === ',');
  return (
    /^[:,]$/.test(tok(toks, k - 1).w) &&
    (k - v <= 6 || apposed) &&
    !HEARER_VERBS.has(verbStem(tok(toks, v).lw))
  );
}

/**
 * "Clinton’s call": after a possessive a reporting verb's form is a noun. After a determiner it is one when a
 * verb follows ("The report said…", "the study claims"); "his promise of “free college”" still reports.
 */
function subjectNoun(toks: Tok[], v: number): boolean {
  const a = tok(toks, v - 1);
  return a.poss || (DETERMINERS.has(a.lw) && !isForeignCue(tok(toks, v).lw) && isVerbTok(toks[v + 1]));
}

/** "a focal point", "the call", "Clinton’s statement": after a determiner or a possessive, a reporting verb's form is a noun. */
function nounUse(toks: Tok[], v: number): boolean {
  if (isForeignCue(tok(toks, v).lw)) return false;
  const a = tok(toks, v - 1);
  if (a.poss || DETERMINERS.has(a.lw) || styled(toks, v)) return true;
  // "Trump’s Virginia state director": a bare stem between a name and a noun is a noun itself.
  const t = tok(toks, v);
  if (a.cap && /^\p{Ll}+$/u.test(t.w) && verbStem(t.lw) === t.lw && isNoun(tok(toks, v + 1))) return true;
  // "a focal point", "the final call": a stem or an -s form after a determiner and a noun; "the campaign said" is a verb.
  return isNoun(a) && DETERMINERS.has(tok(toks, v - 2).lw) && (verbStem(t.lw) === t.lw || t.lw.endsWith('s'));
}

/** "a Trump-style retort", "the Clinton-era memo": after a name made an adjective, a reporting verb's form is a noun. */
function styled(toks: Tok[], v: number): boolean {
  return /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(tok(toks, v - 1).w) && DETERMINERS.has(tok(toks, v - 2).lw);
}

/** "according to Rutte" / "selon M. Macron" / "laut Rutte": the phrase after the cue word. */
function accordingTo(toks: Tok[], from: number, hi: number): Phrase | null {
  for (let i = from; i < hi; i++) {
    if (!ACCORDING.has(tok(toks, i).lw)) continue;
    const at = toks[i + 1]?.lw === 'to' ? i + 1 : i;
    // "according to a court document filed by state attorney Dave Aronberg": a document speaks for its author.
    const by = toks.findIndex((t, j) => j > at + 1 && j < Math.min(hi, at + 8) && t.lw === 'by');
    const agent = by > 0 && /ed$/.test(tok(toks, by - 1).lw) ? phraseRight(toks, by, hi) : null;
    return agent ?? phraseRight(toks, at, hi);
  }
  return null;
}

const MIN_CLAUSE = 4;

/** Small words a title leaves in lower case ("Lord of the Rings"). */
const TITLE_SMALL = /^(of|the|a|an|and|or|in|on|at|for|to|vs|with|de|du|la|le)$/;

/** Every word capitalised (small words aside), none ending a sentence: how a name of a work or product reads. */
function titleCase(body: string): boolean {
  const words = body.trim().replace(/,$/, '').split(/\s+/);
  if (/[.!?;]["”’']*$/.test(body.trim())) return false;
  // "SHOULD NOT", "12:01 PM": capitals and figures alone are emphasis or a time, not a name.
  return (
    words.length > 1 &&
    words.some((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
    words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL.test(w.toLowerCase())))
  );
}

/** Words that open a circumstance after a verb ("reported on Monday"), not its object. */
const CIRCUMSTANCES =
  /^(on|in|at|during|after|before|last|this|earlier|later|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** A verb's form: "said … and rejected" share one, so the second verb is the speaker's, not the reported words'. */
const tense = (w: string) => (/ed$|^(said|told|wrote)$/.test(w) ? 'p' : w.slice(-1));

/**
 * A token that ends the clause reported by `verb`: ", adding that…", "and rejected calls…" (the
 * speaker's next act), ", even as…", a dash, or "Greenland, an autonomous territory…" (the
 * writer describing a name at the clause's end).
 */
function clauseBreak(toks: Tok[], j: number, n: number, verb: Tok): boolean {
  const t = tok(toks, j);
  const a = tok(toks, j + 1);
  const comma = t.w === ',';
  // "that Clinton’s call — itself a rebuttal to Trump’s — was an inferior slogan": a pair of dashes sets off an aside.
  const dash = /^[—–]$/.test(t.w);
  const paired = (from: number, to: number) => toks.slice(from, to).some((x) => x.w === t.w);
  if (dash && (paired(j + 1, Math.min(n - 1, j + 20)) || paired(Math.max(0, j - 20), j))) return false;
  if (t.punct && !comma && t.w !== ':') return true;
  if (comma && a.lw === 'even' && tok(toks, j + 2).lw === 'as') return true;
  if (comma && ACCORDING.has(a.lw)) return true;
  if (comma && tok(toks, j - 1).cap && /^an?$/.test(a.lw)) {
    let c = j + 2;
    while (c < n && tok(toks, c).w !== ',') c++;
    if (c >= n || /^wh/.test(tok(toks, c + 1).lw)) return true;
  }
  const joined = /^(and|but|while)$/.test(t.lw) || (comma && /^(and|but)$/.test(a.lw));
  if (!comma && !joined) return false;
  // "did not mention Trump by name, but told city leaders that…": a verb that takes an object has no clause
  // for a second reporting verb to go on.
  if (joined && NO_CLAUSE.has(verbStem(verb.lw)) && isVerbTok(toks[comma ? j + 2 : j + 1])) return true;
  // "… and Donald Trump says he's “losing”": a new subject and its own reporting verb start a new statement.
  if (joined) {
    let s = comma ? j + 2 : j + 1;
    const from = s;
    if (PRONOUNS.has(tok(toks, s).lw)) s++;
    else while (s < from + 4 && tok(toks, s).cap) s++;
    while (s > from && isAux(tok(toks, s))) s++;
    if (s > from && isVerbTok(toks[s])) return true;
  }
  let k = j + 1;
  while (k < j + 3 && /^(and|but|while|also|then|later)$/.test(tok(toks, k).lw)) k++;
  const next = tok(toks, k);
  if (!isVerbTok(next) || tok(toks, k + 1).lw === 'by') return false;
  const form = tense(next.lw);
  // "…, while also underlining…": a participle is the speaker's act whatever the verb's form.
  return joined ? form === 'g' || form === tense(verb.lw) : !NO_CLAUSE.has(verbStem(next.lw));
}

/** Words that open a circumstance of the telling ("said in an interview with USA Today", "said of the swirl"). */
const TOLD_HOW =
  /^(in|on|at|of|to|with|during|after|before|via|through|last|this|earlier|later|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * The attribution closing a sentence after a comma: "…, said Brad Bannon, a Democratic pollster and
 * consultant.", "…, Kunin said in an interview.", "…, according to a report from the inspector general."
 * The speaker's phrase may carry an apposition of its own, so the comma that opens the attribution is
 * the one before its verb, not the sentence's last; what follows the speaker tells only of them or of
 * the telling, never a clause of its own.
 */
function tailCredit(
  toks: Tok[],
  n: number,
  commas: number[],
  size: (a: number, b: number) => number,
): { comma: number; cue: Phrase | null } | null {
  const verbIn = (a: number, b: number) => toks.slice(a, b).some((t) => isVerbTok(t));
  for (let c = commas.length - 1; c >= 0; c--) {
    const comma = commas[c] ?? -1;
    // "Teachers are “looking to see who…,” García said": a quote counts as the words it holds, once two words
    // of the writer's lead in to it (a quote alone before its credit is a direct quote, not a clause).
    const lead = toks.slice(0, comma).filter((t) => t.q < 0 && !t.punct).length;
    if ((comma < MIN_CLAUSE && (lead < 2 || size(0, comma) < MIN_CLAUSE)) || n - comma > 40) return null;
    const tail = comma + 1;
    if (toks.slice(tail, n).some((t) => t.q >= 0)) return null;
    if (ACCORDING.has(tok(toks, tail).lw))
      return verbIn(tail, n) ? null : { comma, cue: accordingTo(toks, tail, n) };
    const v = toks.findIndex((t, i) => i >= tail && i < Math.min(n, tail + 8) && isVerbTok(t));
    if (v < 0) continue;
    // "…, saying such steps strengthen NATO": a participle goes on with the sentence's own subject.
    if (tok(toks, v).lw.endsWith('ing')) return null;
    // "…, Obama hailed signs of hope": a verb that takes an object has no clause before it to report.
    const next = tok(toks, v + 1);
    if (NO_CLAUSE.has(verbStem(tok(toks, v).lw)) && v + 1 < n && !CIRCUMSTANCES.test(next.lw)) return null;
    if (v === tail) {
      // "said Brad Bannon, a Democratic pollster": the name, then at most its apposition.
      const close = toks.findIndex((t, i) => i > v && i < n && t.w === ',');
      const own = close < 0 ? n : close;
      if (own - v > 9 || verbIn(v + 1, n) || HEARER_VERBS.has(verbStem(tok(toks, v).lw))) return null;
      const cue = phraseRight(toks, v, own);
      // Past the speaker, only the telling's circumstance: "said Mark Rutte on Monday", not "wrote a letter to the cabinet".
      const last = cue
        ? toks.findIndex((t, i) => i > v && i < own && t.w === cue.words[cue.words.length - 1])
        : -1;
      const after = last + 1;
      const fits = after >= own || (TOLD_HOW.test(tok(toks, after).lw) && own - after <= 5);
      return cue && last > v && fits ? { comma, cue } : null;
    }
    const cue = phraseLeft(toks, v, tail);
    const plain = toks.slice(v + 1, n).every((t) => !t.cap || t.lw === 'reporters') && n - v <= 4;
    const told = TOLD_HOW.test(next.lw) && n - v <= 7 && !verbIn(v + 1, n);
    return cue && (plain || told || v + 1 === n) ? { comma, cue } : null;
  }
  return null;
}

/**
 * The reporting verb of an attribution set off by the commas at `a` and `b` inside the words it reports
 * ("…, he said, …", "…, said Rutte, …", "…, public defender Shannon S. Quill wrote, …", "…, Hollande said
 * Tuesday in Paris, …"), or -1. Only a speaker and the telling's circumstance stand between the commas:
 * "Poland, a frontline state, must…" inserts no attribution.
 */
function insertedVerb(toks: Tok[], a: number, b: number, n: number): number {
  // Words on both sides: before a closing quote the commas set off a lead-in, not an insertion.
  if (a < 1 || b + 2 >= n || b - a > 12 || toks.slice(a, b).some((t) => t.q >= 0)) return -1;
  const v = toks.findIndex((t, i) => i > a && i < b && isVerbTok(t));
  if (v < 0) return -1;
  const verb = tok(toks, v);
  // An inflected verb ("said", "adds"), never a participle: ", saying…" is the subject's act.
  if (verbStem(verb.lw) === verb.lw || verb.lw.endsWith('ing')) return -1;
  // "…, praised Sanders for what he has accomplished, …": a verb that takes an object names no speaker after it.
  if (v === a + 1)
    return b - v <= 7 && !HEARER_VERBS.has(verbStem(verb.lw)) && !NO_CLAUSE.has(verbStem(verb.lw)) ? v : -1;
  // A description inserted whole ("Six months ago, the independent Vermont senator said, the media…") is longer.
  const most = /^(the|a|an)$/.test(tok(toks, a + 1).lw) ? 7 : 5;
  const speaker = toks
    .slice(a + 1, v)
    .every(
      (t) =>
        t.lw !== 'and' && (t.cap || isAux(t) || isNoun(t) || DETERMINERS.has(t.lw) || PRONOUNS.has(t.lw)),
    );
  if (!speaker || v - a - 1 > most) return -1;
  const told = v + 1 === b || (TOLD_HOW.test(tok(toks, v + 1).lw) && b - v <= 6);
  return told ? v : -1;
}

/**
 * "Rubio was asked by moderator Gerard Baker whether…", "Asked by Thrush if Clinton “gets” race": a passive
 * verb's agent is the one speaking, and the words start after the agent's name. Returns the agent and where
 * the words start.
 */
function passiveAgent(toks: Tok[], v: number, n: number): { cue: Phrase; from: number; to: number } | null {
  if (toks[v + 1]?.lw !== 'by' || (v > 0 && !/^(was|were|is|are|been|being)$/.test(tok(toks, v - 1).lw)))
    return null;
  const cue = phraseRight(toks, v + 1, n);
  const last = cue?.words[cue.words.length - 1];
  if (!cue || cue.type === 'pronoun') return null;
  let from = v + 2;
  while (from < n && tok(toks, from).w !== last) from++;
  from++;
  if (/^(whether|if|that)$/.test(tok(toks, from).lw)) from++;
  // "Asked by Starnes if…, Carson said that…": an opening phrase ends at its comma, before the sentence's own verb.
  const comma = v === 0 ? toks.findIndex((t, i) => i > from && t.w === ',') : -1;
  const to = comma > 0 && comma < n ? comma : n;
  return from < to ? { cue: { ...cue, agent: true }, from, to } : null;
}

/** A hearer ("reporters", "the crowd", "Fox News") from `start`, then a comma or a colon right before a quote. */
function hearerLeadIn(toks: Tok[], start: number, n: number): boolean {
  for (let j = start + 1; j < Math.min(n, start + 6); j++) {
    const t = tok(toks, j);
    if (t.q >= 0 || isVerbTok(t)) return false;
    if (t.w === ',' || t.w === ':') return tok(toks, j + 1).q >= 0;
  }
  return false;
}

/**
 * Reported and unquoted direct speech in a sentence, quoted words included ("said that the
 * election is “rigged”"). `limit` is where a direct quote of the sentence stands: reported words
 * come before it. A verb that reports no clause of its own ("described him as", "accused her of")
 * still does when its words hold a quote.
 */
function reported(
  toks: Tok[],
  events: ReportedEvent[],
  limit: number,
  spans: MarkSpan[],
  spanWords: number[],
): void {
  const n = limit;
  /** Tokens in [a, b), a quote counting as its words: a quoted clause is as long as what it says. */
  const size = (a: number, b: number) => {
    let k = b - a;
    for (let i = a; i < b; i++) {
      const q = tok(toks, i).q;
      if (q >= 0) k += (spanWords[q] ?? 1) - 1;
    }
    return k;
  };
  const quoted = (a: number, b: number) => toks.slice(a, b).some((t) => t.q >= 0);
  /** A quote token ends where its closing mark does. */
  const endOf = (t: Tok) => {
    const span = spans[t.q];
    return span ? span.end + (span.closed ? 1 : 0) : t.e;
  };
  /**
   * A speech verb with a named subject inside quoted words' clause, before the quote: "Reuters
   * reported that Rutte called for “unity”" quotes Rutte, so the inner verb reports the words.
   */
  const innerVerb = (a: number, b: number) => {
    const first = toks.findIndex((t, i) => i >= a && i < b && t.q >= 0);
    // Not "Clinton’s call": after a possessive the word is a noun.
    for (let v = a + 1; v < first; v++) {
      if (!isVerbTok(toks[v]) || toks[v - 1]?.poss) continue;
      if (phraseLeft(toks, v, a)?.type === 'name') return v;
      // "a warning about the rhetoric of a party which tried… by saying that voters were “…”": the words are what
      // the saying reports, not the whole stretch after the first verb (", saying that" goes on with the first).
      if (tok(toks, v).lw.endsWith('ing') && THAT.has(tok(toks, v + 1).lw) && tok(toks, v - 1).w !== ',')
        return v;
    }
    return -1;
  };
  if (size(0, n) < MIN_CLAUSE + 2) return;
  const push = (a: number, b: number, cue: Phrase | null, min = MIN_CLAUSE, gap?: [number, number]) => {
    while (b > a && tok(toks, b - 1).punct) b--;
    // Quoted words are speech whoever says them: their clause stands even when no speaker was read.
    if (size(a, b) < min || (!cue && !quoted(a, b))) return;
    // A clause that dwarfs the statement it quotes is the writer's sentence around it: keep the words nearest
    // the quotes, the writer's tail after them first, then the lead-in. Words or a phrase borrowed in marks
    // (under four words, as a scare quote is) carry no statement of their own: the clause is the statement.
    const quoteAt = toks.map((t, i) => (i >= a && i < b && t.q >= 0 ? i : -1)).filter((i) => i >= 0);
    const inQuotes = quoteAt.reduce((k, i) => k + (spanWords[tok(toks, i).q] ?? 1), 0);
    const most = inQuotes < 4 ? Infinity : 3 * inQuotes + 10;
    const first = quoteAt[0] ?? a;
    const last = quoteAt[quoteAt.length - 1] ?? b;
    while (quoteAt.length && size(a, b) > most && b - 1 > last) b--;
    while (quoteAt.length && size(a, b) > most && a < first) a++;
    while (b > a && tok(toks, b - 1).punct) b--;
    while (a < b && tok(toks, a).punct) a++;
    events.push({ kind: 'reported', start: tok(toks, a).s, end: endOf(tok(toks, b - 1)), cue, gap });
  };
  /** Where the clause from `start`, reported by `verb`, ends. */
  const close = (start: number, verb: Tok) => {
    let j = start + 1;
    while (j < n - 1 && !clauseBreak(toks, j, n, verb)) j++;
    return j < n - 1 ? j : n;
  };
  const verb0 = tok(toks, 0);
  // "According to Rutte, NATO draws its strength…"
  if (ACCORDING.has(verb0.lw)) {
    const comma = toks.findIndex((t) => t.w === ',');
    if (comma > 0 && comma < 8) return push(comma + 1, close(comma + 1, verb0), accordingTo(toks, 0, comma));
    // "Laut Vogel steigen die Investitionen…": no comma, the clause starts after the name.
    let j = toks[1]?.lw === 'to' ? 2 : 1;
    while (j < n && tok(toks, j).cap) j++;
    if (j > 1) return push(j, close(j, verb0), accordingTo(toks, 0, j));
  }
  const commas = toks.slice(0, n).flatMap((t, i) => (t.w === ',' ? [i] : []));
  // "…, according to Rutte." / "…, Mr. Rutte emphasized." / "…, said Brad Bannon, a Democratic pollster."
  const credit = limit === toks.length ? tailCredit(toks, n, commas, size) : null;
  // "In a wide-ranging interview, President Obama also said:": a circumstance before the credit is no statement.
  const circumstance =
    !!credit &&
    credit.comma <= 5 &&
    /^(in|at|during|on|after|before|from|with|to|speaking)$/.test(tok(toks, 0).lw);
  if (credit && !circumstance && innerVerb(0, credit.comma) < 0) return push(0, credit.comma, credit.cue);
  // "These developments, he said, make the region…", "Trump’s “excesses” are sickening, Hollande said Tuesday
  // in Paris, noting…", "Despite his “brash on-line personality,” public defender Shannon S. Quill wrote, Lazar is…"
  for (let c = 0; c + 1 < commas.length; c++) {
    const a = commas[c] ?? 0;
    const b = commas[c + 1] ?? 0;
    const v = insertedVerb(toks, a, b, n);
    if (v < 0) continue;
    const cue = v === a + 1 ? phraseRight(toks, v, b) : phraseLeft(toks, v, a + 1);
    if (!cue) continue;
    // ", noting…", ", adding that…": the speaker's next act, not more of the words.
    const next = tok(toks, b + 1);
    const end = /^\p{Ll}+ing$/u.test(next.w) && isVerbTok(next) ? a : close(b + 1, tok(toks, v));
    // The inserted attribution is no part of the words: the event skips it.
    if (end === a) return push(0, a, cue);
    return push(0, end, cue, MIN_CLAUSE, [endOf(tok(toks, a - 1)), tok(toks, b).e]);
  }
  // "Rutte warned that …", "Mr. Rutte said all 32 NATO members …", "emphasized the importance of…"
  let subject = subjectOf(toks);
  for (let v = 0; v < n; v++) {
    const verb = tok(toks, v);
    const stance =
      STANCE.has(verb.lw) &&
      THAT.has(toks[v + 1]?.lw ?? '') &&
      /^(is|was|are|were|remains)$/.test(toks[v - 1]?.lw ?? '');
    const stem = verbStem(verb.lw);
    // "a federal judge determined that the handling had created a “reasonable suspicion”": a stance verb and its clause.
    const knows =
      !isVerbTok(verb) && !verb.cap && verb.q < 0 && THAT.has(toks[v + 1]?.lw ?? '') && isThatVerb(verb.lw);
    // "Trump's recent evidence-free assertion that “thousands” celebrated": a speech noun's clause is its owner's.
    // "The senator’s answer was that “…”": the noun's clause may follow a copula.
    const copula = /^(is|was)$/.test(toks[v + 1]?.lw ?? '') ? 1 : 0;
    const owned =
      THAT.has(toks[v + 1 + copula]?.lw ?? '') && SPEECH_NOUNS.has(verb.lw) ? owner(toks, v) : null;
    if (owned) {
      const end = close(v + 2 + copula, verb);
      if (quoted(v + 2 + copula, end)) {
        push(v + 2 + copula, end, owned);
        v = end - 1;
      }
      continue;
    }
    if (!stance && !knows && (!isVerbTok(verb) || subjectNoun(toks, v) || styled(toks, v))) continue;
    const agent = passiveAgent(toks, v, n);
    if (agent) {
      const end = Math.min(agent.to, close(agent.from, verb));
      if (quoted(agent.from, end)) {
        push(agent.from, end, agent.cue);
        v = end - 1;
        continue;
      }
    }
    const joined = toks[v - 1]?.punct || /^(and|but|et|mais|und|also)$/.test(toks[v - 1]?.lw ?? '');
    // ", arguing that…", ", calling it…": a participle after a comma reports its sentence's subject,
    // not the last name before the comma ("Romney went after Trump on Wednesday…, calling it").
    // "…, stating there was a benefit to having the New Yorker in the race and chiding the media": a participle
    // joined by "and" to one after a comma goes on with the same subject.
    const chained =
      toks[v - 1]?.lw === 'and' &&
      toks.slice(0, v - 1).some((t, i) => toks[i - 1]?.w === ',' && /^\p{Ll}{3,}ing$/u.test(t.w));
    const participle = (toks[v - 1]?.w === ',' || chained) && verb.lw.endsWith('ing');
    const own = participle && subject ? null : phraseLeft(toks, stance ? v - 1 : v, 0);
    // "Rich Heffley, a top GOP operative who…, said": the comma closes the subject's apposition.
    const closes = toks[v - 1]?.w === ',' && subject?.type === 'name';
    const carried = subject && (subject.strong || participle || closes) ? { ...subject, strong: true } : null;
    // The sentence's subject, unless a bare noun is the verb's own ("what staff describe as").
    const fallback =
      subject && subject.type !== 'desc' && !isNoun(tok(toks, v - 1)) ? { ...subject, strong: true } : null;
    // "…, and the Anti-Defamation League denounced Trump's rhetoric and said it would “redirect”…": a verb joined by
    // "and" is the nearest reporting verb's subject's, not the sentence's first.
    const prior =
      joined && !participle && /^(and|but)$/.test(toks[v - 1]?.lw ?? '')
        ? finiteSpeaker(toks, 0, v - 1, v)
        : null;
    // A description that names no one ("a statement saying", "the president’s policy and said") leaves the subject,
    // or the reporting verb's it is joined to.
    const backed =
      own?.type === 'desc' && subject && subject !== own
        ? { ...own, alt: prior ?? { ...subject, strong: true } }
        : own;
    const cue = backed ?? (joined ? (prior ?? carried) : null) ?? (quoted(v, n) ? fallback : null);
    // "his recent remarks about…" is a noun phrase, not a new subject: only a name or pronoun takes over.
    if (own && own.type !== 'desc') subject = own;
    /** No speaker read: only words that hold a quote still make a clause. */
    const unread = !own && !(joined && carried);
    let c = v + 1;
    // "said Thursday that…", not "said he was “happy to see” that…": only the telling's circumstance stands
    // between the verb and its "that"; a subject or a quote opens the clause itself. A hearer and the time
    // of the telling take more words: "told the U.N. General Assembly 18 months ago that…".
    const reach = HEARER_VERBS.has(stem) ? 10 : 5;
    while (
      c < n &&
      c <= v + reach &&
      !THAT.has(tok(toks, c).lw) &&
      !tok(toks, c).punct &&
      !isVerbTok(toks[c]) &&
      tok(toks, c).q < 0 &&
      !PRONOUNS.has(tok(toks, c).lw)
    )
      c++;
    let start: number;
    let min = MIN_CLAUSE;
    /** Only words that hold a quote make this verb's object a statement. */
    let needsQuote = NO_CLAUSE.has(stem) || knows;
    const next = toks[v + 1];
    // "He added, that there’s…": a stray comma before the "that" changes nothing.
    if (c < n && tok(toks, c).w === ',' && c === v + 1 && THAT.has(tok(toks, c + 1).lw)) c++;
    if (c < n && THAT.has(tok(toks, c).lw)) start = c + 1;
    else if (!next || next.punct) continue;
    else if (BARE_CLAUSE_VERBS.has(stem) && !NOT_CLAUSE.has(next.lw)) start = v + 1;
    else {
      const particle = VERB_PARTICLES.has(next.lw);
      start = particle ? v + 2 : v + 1;
      if (OBJECT_VERBS.has(stem) && !needsQuote) {
        // With a quote in the sentence, the quote is what the object verb is about.
        needsQuote =
          quoted(0, toks.length) ||
          (/^call/.test(verb.lw) && next.lw !== 'on') ||
          (!particle && NOT_CLAUSE.has(next.lw));
        min = 3;
      } else needsQuote = true;
    }
    if (start >= n) continue;
    // "called on by tribes around the country": a passive's agent follows, not what was said.
    if (start > v + 1 && tok(toks, start).lw === 'by') continue;
    // "told reporters, “it starts to pay off”": the hearer and a comma or colon lead in to the quote, which
    // is the subject's own words, not a clause about the hearer.
    if (start === v + 1 && HEARER_VERBS.has(stem) && hearerLeadIn(toks, start, n)) continue;
    let end = close(start, verb);
    if ((needsQuote || unread) && !quoted(start, end)) continue;
    // "The plan was called “a reckless gamble” by Councilwoman Marlow": the agent after the quoted words speaks
    // them, about the sentence's subject, which the statement keeps.
    const passive = /^(was|were|been|is|are|be|being)$/.test(tok(toks, v - 1).lw);
    const quotedAgent = passive && tok(toks, start).q >= 0 && tok(toks, start + 1).lw === 'by';
    const by = quotedAgent ? phraseRight(toks, start + 1, n) : null;
    if (by && by.type !== 'pronoun') {
      push(0, start + 1, { ...by, agent: true });
      v = start;
      continue;
    }
    const inner = innerVerb(start, end);
    if (inner > v) {
      v = inner - 1;
      continue;
    }
    if (limit < toks.length && end === n) {
      if (end - start < 7) continue;
      // "…in the same boat while Russia remained “the most significant threat”": the lead-in to a quote is the writer's.
      for (let j = n - 1; j > n - 5; j--) if (/^(while|as)$/.test(tok(toks, j).lw)) end = j;
    }
    // "Voters remembered Brennan’s pledge to “…”": words set out by a possessed noun of saying are its owner's.
    const firstQuote = toks.findIndex((t, i) => i >= start && i < end && t.q >= 0);
    push(start, end, (firstQuote >= 0 ? ownedCredit(toks, firstQuote, start) : null) ?? cue, min);
    v = end - 1;
  }
}
