import { useLayoutEffect, useState, type RefObject } from 'react';

// Windowing for rows that all have the same height (the library's poster grid): the rows in view
// are arithmetic on the scroll position, so the cost of a render does not depend on the row count.
// A general virtualizer keeps a measurement per row, rebuilt whenever the count or the size
// changes: 40,000 entries for a 200,000-title library, before the first row could show.

export interface FixedRow {
  index: number;
  /** Offset of the row's top from the top of the list, in pixels. */
  start: number;
}

interface Viewport {
  top: number;
  height: number;
}

export function useFixedRows(
  scrollRef: RefObject<HTMLElement | null>,
  options: { count: number; rowHeight: number; overscan: number },
): { rows: FixedRow[]; totalSize: number } {
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 0 });
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const update = () =>
      setViewport((current) =>
        current.top === element.scrollTop && current.height === element.clientHeight
          ? current
          : { top: element.scrollTop, height: element.clientHeight },
      );
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, [scrollRef]);
  return fixedRowsIn(viewport, options);
}

/** The rows a viewport shows, plus `overscan` rows above and below. */
export function fixedRowsIn(
  viewport: Viewport,
  { count, rowHeight, overscan }: { count: number; rowHeight: number; overscan: number },
): { rows: FixedRow[]; totalSize: number } {
  if (count <= 0 || rowHeight <= 0) return { rows: [], totalSize: 0 };
  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((viewport.top + viewport.height) / rowHeight) + overscan);
  const rows: FixedRow[] = [];
  for (let index = first; index <= last; index++) rows.push({ index, start: index * rowHeight });
  return { rows, totalSize: count * rowHeight };
}
