import type { AddFormData } from '../messaging';
import { readPageMeta } from '../page-meta';
import type { PageItem } from './page-state';

function overlaps(a: Range, b: Range): boolean {
  try {
    return (
      a.compareBoundaryPoints(Range.END_TO_START, b) < 0 && a.compareBoundaryPoints(Range.START_TO_END, b) > 0
    );
  } catch {
    return false;
  }
}

/**
 * The reader's selection for "Add to Verbatim": its text, the page's outlet and
 * date, and a speaker guess from the detected quote it falls in.
 */
export function describeSelection(items: PageItem[]): AddFormData | null {
  const selection = window.getSelection();
  const text = selection?.toString().replace(/\s+/g, ' ').trim();
  if (!selection || !text || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const item = items.find((i) => i.quote.ranges.some((r) => overlaps(r, range)));
  const meta = readPageMeta(document, location.href);
  return {
    text: text.replace(/^["“”‘’'«»„]+|["“”‘’'«»„]+$/g, ''),
    url: location.href,
    outlet: meta.outlet,
    date: meta.date,
    speaker: item?.quote.speaker ?? null,
    form: item?.quote.form ?? 'direct',
  };
}
