import type { HighlightEntry } from './highlighter';
import { highlightName } from './styles';

/** The boxes' look, for the shadow root that holds them (page CSS cannot reach them there). */
export const OVERLAY_CSS = `.verbatim-overlay{position:absolute;pointer-events:none;border-radius:2px}
.verbatim-overlay[data-kind=verbatim]{background:rgb(34 160 80/.22);border-bottom:2px solid rgb(22 130 60)}
.verbatim-overlay[data-kind=fragment]{background:rgb(40 120 220/.2);border-bottom:2px solid rgb(30 100 200)}
.verbatim-overlay[data-kind=extended]{background:rgb(130 90 220/.2);border-bottom:2px solid rgb(110 70 200)}
.verbatim-overlay[data-kind=edited]{background:rgb(240 170 20/.3);border-bottom:2px dashed rgb(200 120 0)}
.verbatim-overlay[data-kind=paraphrase]{background:rgb(230 60 60/.24);border-bottom:2px dashed rgb(200 30 30)}
.verbatim-overlay[data-kind=reported]{background:rgb(120 120 120/.2);border-bottom:2px dotted rgb(100 100 100)}
.verbatim-overlay[data-kind=unmatched]{border-bottom:2px dotted rgb(128 128 128)}
.verbatim-overlay[data-style=underline]{background:none}`;

/**
 * Where the CSS Custom Highlight API is missing, quotes are marked with boxes
 * laid over the text in our own shadow root, so the page's nodes are still
 * never touched. Boxes are placed in document coordinates and redrawn when
 * the layout may have moved (resize, or a new set of entries).
 */
export class OverlayPainter {
  constructor(private readonly layer: HTMLElement) {}

  paint(entries: HighlightEntry[], style: 'wash' | 'underline'): void {
    const doc = this.layer.ownerDocument;
    const win = doc.defaultView;
    const boxes: HTMLElement[] = [];
    for (const entry of entries) {
      for (const range of entry.ranges) {
        for (const rect of Array.from(range.getClientRects())) {
          if (rect.width === 0 || rect.height === 0) continue;
          const box = doc.createElement('div');
          box.className = 'verbatim-overlay';
          box.dataset.kind = entry.kind;
          box.dataset.style = style;
          box.dataset.name = highlightName(entry.kind, style);
          box.style.left = `${rect.left + (win?.scrollX ?? 0)}px`;
          box.style.top = `${rect.top + (win?.scrollY ?? 0)}px`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
          boxes.push(box);
        }
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  clear(): void {
    this.layer.replaceChildren();
  }
}
