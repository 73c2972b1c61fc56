import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFixedRows } from '../../app/use-fixed-rows';
import { useAppStore } from '../../store';
import { isSelected } from '../../store/selection-slice';
import { itemAt } from './library-query';
import { MediaCard } from './MediaCard';

const minCardWidth = 148;
const gap = 20;
// Title, meta line and badge under the poster.
const captionHeight = 78;

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Poster cards in rows over the library's window: only the rows near the viewport exist in the
 * DOM, and only their pages are asked of main; a row whose page is on its way shows placeholders.
 */
export function LibraryGrid() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { view, selecting, selectedIds, selectedMatching, toggle, showRange } = useAppStore(
    useShallow((s) => ({
      view: s.libraryView,
      selecting: s.selecting,
      selectedIds: s.selectedIds,
      selectedMatching: s.selectedMatching,
      toggle: s.toggleSelected,
      showRange: s.showLibraryRange,
    })),
  );
  const innerRef = useRef<HTMLDivElement>(null);
  const width = useWidth(innerRef);
  const columns = Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
  const cardWidth = width > 0 ? (width - gap * (columns - 1)) / columns : minCardWidth;
  const rowHeight = Math.round(cardWidth * 1.5 + captionHeight + gap);
  const rowCount = Math.ceil(view.total / columns);

  // Every row has the same height: the rows in view follow from the scroll position alone, so a
  // 200,000-title library renders as fast as a small one.
  const { rows, totalSize } = useFixedRows(scrollRef, { count: rowCount, rowHeight, overscan: 3 });
  const firstItem = (rows[0]?.index ?? 0) * columns;
  const lastItem = ((rows[rows.length - 1]?.index ?? 0) + 1) * columns - 1;
  useEffect(() => {
    showRange(firstItem, Math.min(lastItem, Math.max(0, view.total - 1)));
  }, [showRange, firstItem, lastItem, view.total, view.pages]);

  const selection = { selectedIds, selectedMatching };
  return (
    <div className="grid-scroll" ref={scrollRef}>
      <div
        ref={innerRef}
        className="grid-inner"
        role="list"
        aria-label="Titles"
        aria-rowcount={view.total}
        style={{ height: totalSize }}
      >
        {rows.map((row) => {
          const start = row.index * columns;
          const cells = Array.from({ length: Math.min(columns, view.total - start) }, (_, i) => start + i);
          return (
            <div
              key={row.index}
              className="grid-row"
              style={{
                transform: `translateY(${row.start}px)`,
                height: rowHeight - gap,
                gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              }}
            >
              {cells.map((index) => {
                const media = itemAt(view.pages, index);
                if (!media)
                  return <div key={`pending-${index}`} className="card-cell card-pending" aria-hidden />;
                return (
                  <MediaCard
                    key={media.id}
                    media={media}
                    selecting={selecting}
                    selected={selecting && isSelected(selection, media)}
                    onToggle={toggle}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
