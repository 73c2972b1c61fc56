import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { LogEntry } from '../../../src-preload/contract';
import { formatLogTime, levelBadges } from './log-format';

/** Below this many entries every one is rendered; above it only those near the viewport. */
export const virtualiseAbove = 200;
const estimatedHeight = 40;

interface ItemProps {
  entry: LogEntry;
  /** Set when virtualised: the index the virtualizer measures by, and the list's length. */
  index?: number;
  setSize?: number;
  start?: number;
  measure?: (element: HTMLElement | null) => void;
}

const LogItem = memo(function LogItem({ entry, index, setSize, start, measure }: ItemProps) {
  const badge = levelBadges[entry.level];
  return (
    <li
      ref={measure}
      data-index={index}
      aria-setsize={setSize}
      aria-posinset={index === undefined ? undefined : index + 1}
      className={`log-entry log-${entry.level}`}
      style={start === undefined ? undefined : { transform: `translateY(${start}px)` }}
    >
      <div className="log-line">
        <time className="log-time" dateTime={entry.time}>
          {formatLogTime(entry.time)}
        </time>
        <span className={`log-level ${badge.className}`}>{badge.label}</span>
        <span className="log-source">{entry.source}</span>
        <span className="log-message">{entry.message}</span>
      </div>
      {entry.details && (
        <details className="log-details">
          <summary>Details</summary>
          <pre>{entry.details}</pre>
        </details>
      )}
    </li>
  );
});

/** Log entries, newest first; a long log renders only what is near the viewport. */
export function LogList({ entries }: { entries: LogEntry[] }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = entries.length > virtualiseAbove;

  // The app does not use the React Compiler; the virtualizer re-renders this component on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? entries.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedHeight,
    // By seq: an entry keeps its measured height (and its open details) as new ones arrive on top.
    getItemKey: (index) => entries[index]?.seq ?? index,
    overscan: 12,
  });

  return (
    <div className="log-scroll" ref={scrollRef}>
      <ol
        className={virtual ? 'log-list log-list-virtual' : 'log-list'}
        aria-label="Log entries"
        style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
      >
        {virtual
          ? virtualizer.getVirtualItems().map((item) => {
              const entry = entries[item.index];
              return entry ? (
                <LogItem
                  key={entry.seq}
                  entry={entry}
                  index={item.index}
                  setSize={entries.length}
                  start={item.start}
                  measure={virtualizer.measureElement}
                />
              ) : null;
            })
          : entries.map((entry) => <LogItem key={entry.seq} entry={entry} />)}
      </ol>
    </div>
  );
}
