import { HIGHLIGHT_KINDS, highlightName, type HighlightKind } from './styles';

export interface HighlightEntry {
  ranges: Range[];
  kind: HighlightKind;
}

/**
 * Paints quotes with the CSS Custom Highlight API, so the page's own nodes and
 * layout are never touched; one registry entry per kind keeps styling in CSS.
 */
export class Highlighter {
  private entries: HighlightEntry[] = [];
  private visible = true;

  constructor(private readonly doc: Document) {}

  /** False where the browser lacks the API (the caller falls back to overlays). */
  static supported(win: Window): boolean {
    return 'highlights' in win.CSS && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
  }

  set(entries: HighlightEntry[]): void {
    this.entries = entries;
    this.paint();
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.paint();
  }

  isVisible(): boolean {
    return this.visible;
  }

  /** The index of the entry under a point of the page, for clicks on painted text. */
  entryAt(x: number, y: number): number {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return -1;
    return this.entries.findIndex((entry) =>
      entry.ranges.some((range) => {
        try {
          return range.isPointInRange(caret.node, caret.offset);
        } catch {
          return false;
        }
      }),
    );
  }

  clear(): void {
    this.entries = [];
    this.paint();
  }

  private paint(): void {
    const win = this.doc.defaultView;
    if (!win || !Highlighter.supported(win)) return;
    const registry = win.CSS.highlights;
    for (const kind of HIGHLIGHT_KINDS) registry.delete(highlightName(kind));
    if (!this.visible) return;
    const byKind = new Map<HighlightKind, Range[]>();
    for (const entry of this.entries) {
      const list = byKind.get(entry.kind) ?? [];
      list.push(...entry.ranges);
      byKind.set(entry.kind, list);
    }
    for (const [kind, ranges] of byKind) registry.set(highlightName(kind), new win.Highlight(...ranges));
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null })
    .caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
