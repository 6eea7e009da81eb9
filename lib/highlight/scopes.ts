/**
 * Where a range's text is styled from. A quote found inside a same-origin
 * iframe must be registered with that frame's own `CSS.highlights`, and one
 * inside an open shadow root needs the `::highlight()` rules inside that root,
 * because neither the top page's registry nor its stylesheets reach there.
 */
export interface Scope {
  win: Window & typeof globalThis;
  /** The open shadow root the range lies in, if any. */
  shadow: ShadowRoot | null;
}

export function scopeOf(range: Range): Scope | null {
  const node = range.startContainer;
  const win = node.ownerDocument?.defaultView ?? null;
  if (!win) return null;
  const root = node.getRootNode();
  return { win, shadow: root instanceof win.ShadowRoot ? root : null };
}

/**
 * Gives an open shadow root our highlight rules once, as an adopted
 * stylesheet: no node is added to the page's tree and its layout is untouched.
 */
export function adoptHighlightRules(shadow: ShadowRoot, css: string): void {
  const win = shadow.ownerDocument.defaultView;
  if (!win || !('adoptedStyleSheets' in shadow)) return;
  const marked = shadow as ShadowRoot & { verbatimRules?: boolean };
  if (marked.verbatimRules) return;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  marked.verbatimRules = true;
}
