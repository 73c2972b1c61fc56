import { useRef, type KeyboardEvent } from 'react';
import type { JobFilter, JobFilterCounts } from '../../../src-preload/contract';

export const filterLabels: Record<JobFilter, string> = {
  active: 'Active',
  completed: 'Completed',
  failed: 'Failed',
  all: 'All',
};
const order: readonly JobFilter[] = ['active', 'completed', 'failed', 'all'];

export const tabId = (filter: JobFilter) => `activity-tab-${filter}`;
export const panelId = 'activity-panel';

interface Props {
  value: JobFilter;
  counts: JobFilterCounts;
  onChange(filter: JobFilter): void;
}

/** Tabs with a roving tab stop: Tab reaches the selected one, arrows move between them. */
export function FilterTabs({ value, counts, onChange }: Props) {
  const refs = useRef<Partial<Record<JobFilter, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = order.indexOf(value);
    let next: JobFilter | undefined;
    if (event.key === 'ArrowRight') next = order[(index + 1) % order.length];
    else if (event.key === 'ArrowLeft') next = order[(index - 1 + order.length) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label="Show downloads" onKeyDown={onKeyDown}>
      {order.map((filter) => {
        const selected = filter === value;
        return (
          <button
            key={filter}
            ref={(element) => {
              refs.current[filter] = element;
            }}
            type="button"
            role="tab"
            id={tabId(filter)}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            className="tab"
            onClick={() => onChange(filter)}
          >
            {filterLabels[filter]}
            <span className="tab-count">{counts[filter].toLocaleString()}</span>
          </button>
        );
      })}
    </div>
  );
}
