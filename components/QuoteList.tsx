import { useEffect } from 'preact/hooks';
import { eventLine } from '../lib/format-date';
import type { QuoteRow } from '../lib/manager/search';
import { useVirtualList } from './use-virtual-list';

/** The estimate for a row not yet measured: two lines of wording and one of details (manager.css clamps them). */
const ROW = 76;

/** Speaker, how many renderings, and the event with its day named once. */
function rowMeta(row: QuoteRow): string {
  const form = row.reported ? 'reported speech' : '';
  const count = `${row.renderingCount} rendering${row.renderingCount === 1 ? '' : 's'}`;
  const pages = row.pages ? `read on ${row.pages} page${row.pages === 1 ? '' : 's'}` : '';
  return [row.speaker, form, count, pages, eventLine(row.quote.event, row.quote.date)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The quotes as a windowed listbox: only visible rows are in the DOM. Arrow
 * keys, Home and End move the selection, which the list keeps in view.
 */
export function QuoteList({
  rows,
  selected,
  onSelect,
}: {
  rows: QuoteRow[];
  selected: string | null;
  onSelect(id: string): void;
}) {
  const { scrollRef, items, totalSize, scrollToIndex, measure } = useVirtualList(rows.length, ROW);
  const selectedIndex = selected ? rows.findIndex((row) => row.quote.id === selected) : -1;

  useEffect(() => {
    if (selectedIndex >= 0) scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, rows]);

  const onKeyDown = (e: KeyboardEvent) => {
    const last = rows.length - 1;
    const next =
      e.key === 'ArrowDown'
        ? Math.min(last, selectedIndex + 1)
        : e.key === 'ArrowUp'
          ? Math.max(0, selectedIndex - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : e.key === 'PageDown'
                ? Math.min(last, selectedIndex + 8)
                : e.key === 'PageUp'
                  ? Math.max(0, selectedIndex - 8)
                  : null;
    if (next === null || !rows[next]) return;
    e.preventDefault();
    onSelect(rows[next].quote.id);
  };

  return (
    <div
      ref={scrollRef}
      class="quote-list"
      role="listbox"
      aria-label="Quotes"
      tabIndex={0}
      aria-activedescendant={selectedIndex >= 0 ? `quote-row-${selectedIndex}` : undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: `${totalSize}px`, position: 'relative' }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const isSelected = row.quote.id === selected;
          const meta = rowMeta(row);
          // Reported speech is the outlet's words, not the speaker's: no quotation marks around it.
          const wording = row.reported ? row.quote.canonical : `“${row.quote.canonical}”`;
          return (
            <div
              key={row.quote.id}
              ref={measure}
              data-index={item.index}
              id={`quote-row-${item.index}`}
              role="option"
              aria-selected={isSelected}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              class={`quote-row${isSelected ? ' selected' : ''}`}
              data-quote-id={row.quote.id}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }}
              title={`${wording}\n${meta}`}
              onClick={() => onSelect(row.quote.id)}
            >
              <span class={`row-text${row.reported ? ' reported' : ''}`}>{wording}</span>
              <span class="muted row-meta">{meta}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
