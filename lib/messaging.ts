import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Form } from './library/model';
import type { Match } from './match/types';
import type { SpeakerHint } from './detect/types';
import type { BlockText, FoundQuote } from './detect';

/** A quote as the content script found it, sent for matching without any DOM. */
export interface QuoteQuery {
  text: string;
  form: Form;
  speaker: string | null;
  /** The description the page named the speaker by ("the NATO chief"), when it was one. */
  speakerAs?: string | null;
}

/**
 * One message of a scan's blocks (lib/content/parse-client.ts sends them, lib/services/parse-chunks.ts
 * receives): a long article goes in pieces and its quotes come back in pieces, so no message is big
 * enough to hold the page's main thread while it is copied.
 */
export interface ParseRequest {
  /** Names the scan across its messages. */
  scan: string;
  /** The next blocks, in order. */
  blocks: BlockText[];
  /** These are the last blocks: attribute them all and answer. */
  done: boolean;
  /** The first quote of the answer still to take (0 with the blocks, more on later asks). */
  from: number;
}

/** Quotes `from` on of a scan's answer, and how many it holds in all. */
export interface ParseReply {
  quotes: FoundQuote[];
  total: number;
}

/** One quote on a page with its best match, as the popup and badge see it. */
export interface PageQuote extends QuoteQuery {
  /** Position in the page's detection order; the popup uses it to ask the page to reveal the quote. */
  index: number;
  match: Match | null;
}

/** Everything the card frame shows, handed over through the background. */
export interface CardData {
  quote: QuoteQuery;
  match: Match | null;
  url: string;
  /** The page's site name and date from its metadata, for "add this wording". */
  outlet: string;
  date: string | null;
}

/** What "Add to Verbatim" prefills its form with. */
export interface AddFormData {
  text: string;
  url: string;
  outlet: string;
  date: string | null;
  speaker: string | null;
  form: Form;
}

export interface PageReport {
  url: string;
  title: string;
  quotes: PageQuote[];
}

/** A page's attributed quotes with what the page says about itself, for capture while reading. */
export interface PageCapture {
  url: string;
  title: string;
  outlet: string;
  date: string | null;
  /** The page's language (`<html lang>`), '' when it does not say. */
  language: string;
  quotes: QuoteQuery[];
}

export interface NewRendering {
  quoteId: string | null;
  /** Used when `quoteId` is null: the new quote's speaker (an existing id or a new name). */
  speakerId?: string | null;
  speakerName?: string | null;
  text: string;
  outlet: string;
  url: string | null;
  date: string | null;
  form: Form;
  origin: 'user' | 'captured';
}

/**
 * Every message in the extension, in one map, so a sender and its handler can
 * never disagree about a payload. Names are verb-first.
 */
export interface ProtocolMap {
  /** Content script → background: match the page's quotes, in order. */
  matchQuotes(data: { url: string; quotes: QuoteQuery[] }): (Match | null)[];
  /**
   * Content script → background: the page's article blocks as text, in one or more pieces a scan;
   * answers their quotes as block offsets with speakers, so parsing never runs on the page's main thread.
   */
  parseBlocks(data: ParseRequest): ParseReply;
  /** Content script → background: the speakers detection should recognise by alias. */
  getSpeakerHints(): SpeakerHint[];
  /** Content script → background: remember this page's attributed quotes (capture while reading). */
  capturePage(data: PageCapture): void;
  /** Popup → background: forget what was captured from a page; answers how many renderings went. */
  forgetPage(data: { url: string }): number;
  /** Popup → background: forget what was captured from every page of a site. */
  forgetSite(data: { site: string }): number;
  /** Settings → background: forget everything seen while reading. */
  forgetAllReading(): number;
  /** Settings → background: how much reading has stored. */
  getReadingStats(): { pages: number; renderings: number };
  /** Content script → background: what is on this tab now, for the popup and the badge. */
  reportPageQuotes(data: PageReport): void;
  /** Popup → background: the last report of a tab. */
  getPageQuotes(data: { tabId: number }): PageReport | null;
  /** Popup → content script: scroll to a quote and open its card. */
  revealQuote(data: { index: number }): boolean;
  /** Background → content script (keyboard command): show or hide every highlight. */
  toggleHighlights(): boolean;
  /** Background → content script: the library changed; ask for this page's matches again. */
  refreshMatches(): void;
  /** Background → content script: scan now ("only when I click" mode, or a tab the popup was opened on). */
  scanPage(): void;
  /** Popup → background: make sure the tab is scanned, putting the content script in when it is missing. */
  scanTab(data: { tabId: number }): boolean;
  /** Background → content script (keyboard command): open the card of the next quote, for readers without a mouse. */
  revealNextQuote(): boolean;
  /** Card, add-from-page form → background: store a new rendering (and quote when needed). */
  addRendering(data: NewRendering): { quoteId: string; renderingId: string; created: boolean };
  /** Extension pages → background: the library changed, bring the index in step. */
  notifyLibraryChanged(data: { quoteIds: string[]; removedQuoteIds: string[] }): void;
  /** Content script → background: put the card UI script into the sender's frame (first card on a page). */
  loadCardUi(): void;
  /** Content script → background: keep a card's contents for the card frame, which asks by token. */
  prepareCard(data: CardData): string;
  /** Card frame → background: what to show. */
  getCard(data: { token: string }): CardData | null;
  /** Background → content script: the reader's selection with a speaker guess and the page's metadata. */
  describeSelection(): AddFormData | null;
  /** Card → background: open the add-quote form prefilled (a quote the library does not hold). */
  openAddForm(data: AddFormData): void;
  /** Add-quote form → background: what the form starts with. */
  getAddForm(data: { token: string }): AddFormData | null;
  /** Add-quote form → background: library quotes the selection may belong to, best first. */
  suggestQuotes(data: { text: string; url: string }): Match[];
  /** Card → background: hide this match on this page from now on ("not this quote"). */
  dismissMatch(data: { url: string; quoteId: string; text: string }): void;
  /** Card → background: open the library manager at a quote. */
  openInLibrary(data: { quoteId: string }): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
