/** Elements that may be left out by an attribute (hidden, aria-hidden, role) rather than by tag or name. */
const FLAGS = '[hidden], [aria-hidden], [role]';

/**
 * The elements under a root that carry one of the attributes that hide, found by one query of the
 * engine's: the block walk read hidden, aria-hidden and role on every element with attributes (three
 * calls into the engine each, thousands of elements on a long page) where a few dozen carry any.
 * Only for elements under that root: a walk into a shadow root or a frame reads them directly.
 */
export class HidingAttributes {
  private readonly flagged: Set<Element>;

  constructor(root: Element) {
    this.flagged = new Set(root.querySelectorAll(FLAGS));
  }

  /** Whether `el` may carry hidden, aria-hidden or role (false: it carries none of them). */
  mayHide(el: Element): boolean {
    return this.flagged.has(el);
  }
}
