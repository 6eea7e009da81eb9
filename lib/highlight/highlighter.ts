import type { HighlightStyle } from '../settings';
import type { OverlayPainter } from './overlays';
import { adoptHighlightRules, scopeOf } from './scopes';
import { HIGHLIGHT_KINDS, highlightName, type HighlightKind } from './styles';

export interface HighlightEntry {
  ranges: Range[];
  kind: HighlightKind;
}

/**
 * Paints quotes with the CSS Custom Highlight API, so the page's own nodes and
 * layout are never touched; one registry entry per kind keeps styling in CSS.
 * Where the API is missing, an overlay painter draws boxes instead.
 */
export class Highlighter {
  private entries: HighlightEntry[] = [];
  private visible = true;
  private style: HighlightStyle = 'wash';
  private fallback: OverlayPainter | null = null;
  /** Every window (the page, same-origin frames) holding our highlights, so they can all be cleared. */
  private windows = new Set<Window & typeof globalThis>();

  /** `shadowCss`: the `::highlight()` rules, for quotes inside open shadow roots. */
  constructor(
    private readonly doc: Document,
    private readonly shadowCss = '',
  ) {}

  /** False where the browser lacks the API (the caller then supplies overlays). */
  static supported(win: Window): boolean {
    const css = (win as { CSS?: typeof CSS }).CSS;
    return (
      !!css &&
      'highlights' in css &&
      typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function'
    );
  }

  useOverlays(painter: OverlayPainter): void {
    this.fallback = painter;
    this.paint();
  }

  set(entries: HighlightEntry[], style: HighlightStyle = this.style): void {
    this.entries = entries;
    this.style = style;
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

  /** Redraws overlays after the layout moved; highlights follow the text by themselves. */
  relayout(): void {
    if (this.fallback) this.paint();
  }

  private paint(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    if (!Highlighter.supported(win)) {
      if (!this.fallback) return;
      if (this.visible) this.fallback.paint(this.entries, this.style);
      else this.fallback.clear();
      return;
    }
    for (const painted of this.windows) {
      try {
        for (const kind of HIGHLIGHT_KINDS) {
          painted.CSS.highlights.delete(highlightName(kind, 'wash'));
          painted.CSS.highlights.delete(highlightName(kind, 'underline'));
        }
      } catch {
        // A frame that navigated to another origin since: nothing of ours is left there to clear.
      }
    }
    this.windows = new Set([win]);
    if (!this.visible) return;
    const byWindow = new Map<Window & typeof globalThis, Map<HighlightKind, Range[]>>();
    for (const entry of this.entries) {
      for (const range of entry.ranges) {
        const scope = scopeOf(range);
        if (!scope || !Highlighter.supported(scope.win)) continue;
        if (scope.shadow && this.shadowCss) adoptHighlightRules(scope.shadow, this.shadowCss);
        const kinds = byWindow.get(scope.win) ?? new Map<HighlightKind, Range[]>();
        kinds.set(entry.kind, [...(kinds.get(entry.kind) ?? []), range]);
        byWindow.set(scope.win, kinds);
      }
    }
    for (const [target, kinds] of byWindow) {
      this.windows.add(target);
      for (const [kind, ranges] of kinds) {
        target.CSS.highlights.set(highlightName(kind, this.style), new target.Highlight(...ranges));
      }
    }
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
