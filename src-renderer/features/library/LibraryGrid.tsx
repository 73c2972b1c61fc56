import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MediaSummary } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
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

/** Poster cards in rows; only the rows near the viewport exist in the DOM. */
export function LibraryGrid({ items }: { items: MediaSummary[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { selecting, selectedIds, toggle } = useAppStore(
    useShallow((s) => ({ selecting: s.selecting, selectedIds: s.selectedIds, toggle: s.toggleSelected })),
  );
  const innerRef = useRef<HTMLDivElement>(null);
  const width = useWidth(innerRef);
  const columns = Math.max(1, Math.floor((width + gap) / (minCardWidth + gap)));
  const cardWidth = width > 0 ? (width - gap * (columns - 1)) / columns : minCardWidth;
  const rowHeight = Math.round(cardWidth * 1.5 + captionHeight + gap);
  const rowCount = Math.ceil(items.length / columns);

  // The app does not use the React Compiler; the virtualizer re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 3,
  });

  useLayoutEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight]);

  return (
    <div className="grid-scroll" ref={scrollRef}>
      <div
        ref={innerRef}
        className="grid-inner"
        role="list"
        aria-label="Titles"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const start = row.index * columns;
          return (
            <div
              key={row.key}
              className="grid-row"
              style={{
                transform: `translateY(${row.start}px)`,
                height: rowHeight - gap,
                gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
              }}
            >
              {items.slice(start, start + columns).map((media) => (
                <MediaCard
                  key={media.id}
                  media={media}
                  selecting={selecting}
                  selected={selecting && selectedIds.has(media.id)}
                  onToggle={toggle}
                />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
