import type { JobFilter, JobFilterCounts } from '../../../src-preload/contract';
import { CountTabs } from '../../app/CountTabs';

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

/** The Activity page's tabs: one per kind of job, with its count. */
export function FilterTabs({ value, counts, onChange }: Props) {
  return (
    <CountTabs
      label="Show downloads"
      order={order}
      value={value}
      labelOf={(filter) => filterLabels[filter]}
      countOf={(filter) => counts[filter]}
      tabId={tabId}
      panelId={panelId}
      onChange={onChange}
    />
  );
}
