import {
  Virtualizer,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useMemo, useReducer, useRef } from 'preact/hooks';

/**
 * A windowed list for Preact on TanStack's virtual core: only the rows in view
 * are in the DOM, so a library of 10,000 quotes scrolls like one of ten. Rows
 * are measured as they render (`measure` as their ref, with `data-index`), so a
 * one-line quote takes one line: `rowHeight` is only the estimate for rows not
 * yet seen.
 */
export function useVirtualList(count: number, rowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const virtualizer = useMemo(
    () =>
      new Virtualizer<HTMLDivElement, HTMLElement>({
        count,
        getScrollElement: () => scrollRef.current,
        estimateSize: () => rowHeight,
        scrollToFn: elementScroll,
        observeElementRect,
        observeElementOffset,
        measureElement,
        overscan: 8,
        onChange: () => rerender(0),
      }),
    // One instance per list: count changes go through setOptions below; rowHeight is only an estimate.
    [],
  );
  virtualizer.setOptions({ ...virtualizer.options, count });
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  const items: VirtualItem[] = virtualizer.getVirtualItems();
  return {
    scrollRef,
    items,
    totalSize: virtualizer.getTotalSize(),
    scrollToIndex: virtualizer.scrollToIndex,
    measure: virtualizer.measureElement,
  };
}
