/**
 * What class and id names say about a container, as weights. The word lists are Mozilla Readability's
 * (positive, negative, unlikely), used the way it scores candidates: a name moves a score, it never
 * throws an element away by itself, so an id such as `gigya-share-btns-2_gig_containerParent` or
 * `read-more-content` around a whole article costs that container a little and no more.
 */

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

function nameWeight(name: string): number {
  if (!name) return 0;
  return (NEGATIVE.test(name) ? -25 : 0) + (POSITIVE.test(name) ? 25 : 0);
}

/** Readability's class weight: ±25 for the class, ±25 for the id. */
export function classWeight(el: Element): number {
  return namesWeight(el.getAttribute('class') ?? '', el.id);
}

/** The same from the names already read: a walk that read them once weighs them without reading again. */
export function namesWeight(cls: string, id: string): number {
  return nameWeight(cls) + nameWeight(id);
}

/** Names of page furniture (comments, menus, sidebars) that do not also say "content". */
export function unlikelyName(el: Element): boolean {
  return unlikelyNames(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

/** The same on the class and id joined by a space. */
export function unlikelyNames(names: string): boolean {
  return names.length > 1 && UNLIKELY.test(names) && !MAYBE.test(names);
}

/** Markup that declares the article: schema.org's articleBody, <article>, <main>, role=main. */
export function semanticArticle(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return (
    tag === 'ARTICLE' ||
    tag === 'MAIN' ||
    el.getAttribute('itemprop') === 'articleBody' ||
    el.getAttribute('role') === 'main'
  );
}
