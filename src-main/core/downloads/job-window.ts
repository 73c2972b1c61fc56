// The Activity page's window onto the jobs: one page in the page's order and filter, the filter's
// total and the count of every tab, all from SQLite. However many jobs a bulk run queued, a request
// returns at most one page of rows.
import type { Database, Statement } from 'better-sqlite3';
import type {
  ActiveJobCounts,
  JobFilter,
  JobFilterCounts,
  JobStatus,
  JobWindow,
} from '../../../src-preload/contract/downloads';
import { toDownloadJob, type JobRow } from './job-store';

/**
 * The Activity tab of a job's status: 1 active, 2 completed, 3 failed or cancelled. Spelled exactly
 * as download_job_tab_idx (drizzle/0010_activity_window.sql), so SQLite uses that index.
 */
const jobTab = (status: string) =>
  `(CASE WHEN ${status} IN ('queued', 'downloading', 'processing', 'paused') THEN 1 WHEN ${status} = 'completed' THEN 2 ELSE 3 END)`;
const tabNumber: Record<Exclude<JobFilter, 'all'>, number> = { active: 1, completed: 2, failed: 3 };

const filterOf: Record<JobStatus, Exclude<JobFilter, 'all'>> = {
  queued: 'active',
  downloading: 'active',
  processing: 'active',
  paused: 'active',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
};

type StatusCount = { status: JobStatus; n: number };

function filterCounts(byStatus: StatusCount[]): JobFilterCounts {
  const counts: JobFilterCounts = { active: 0, completed: 0, failed: 0, all: 0 };
  for (const { status, n } of byStatus) {
    counts[filterOf[status]] += n;
    counts.all += n;
  }
  return counts;
}

function activeCounts(byStatus: StatusCount[]): ActiveJobCounts {
  const counts: ActiveJobCounts = { running: 0, queued: 0, paused: 0 };
  for (const { status, n } of byStatus) {
    if (status === 'downloading' || status === 'processing') counts.running += n;
    else if (status === 'queued' || status === 'paused') counts[status] += n;
  }
  return counts;
}

export interface JobWindowRequest {
  filter: JobFilter;
  offset: number;
  limit: number;
}

export class JobWindowQuery {
  private readonly anchors: Record<JobFilter, Statement<[number]>>;
  private readonly pages: Record<JobFilter, Statement<[number, number]>>;
  private readonly totals: Statement<[]>;
  private readonly ofMedia: Statement<[number, number]>;

  constructor(sqlite: Database) {
    // Newest first by id: ids grow with every job and never tie, so pages never overlap or skip.
    // A page is found in two steps: the id at its offset, by walking ids only (the tab index, or the
    // table's rowids for "all"), then its rows from that id on by seeking. An OFFSET over the rows
    // themselves read (and joined) every row above the page: 15-30 ms deep in 50,000 jobs.
    const where = (filter: JobFilter, status: string) =>
      filter === 'all' ? '1 = 1' : `${jobTab(status)} = ${tabNumber[filter]}`;
    const anchor = (filter: JobFilter) =>
      sqlite
        .prepare<[number]>(
          `SELECT id FROM download_job WHERE ${where(filter, 'status')} ORDER BY id DESC LIMIT 1 OFFSET ?`,
        )
        .pluck();
    const page = (filter: JobFilter) =>
      sqlite.prepare<[number, number]>(
        `SELECT j.*, m.title AS media_title, m.year AS media_year
         FROM download_job j JOIN media m ON m.id = j.media_id
         WHERE ${where(filter, 'j.status')} AND j.id <= ? ORDER BY j.id DESC LIMIT ?`,
      );
    this.anchors = {
      active: anchor('active'),
      completed: anchor('completed'),
      failed: anchor('failed'),
      all: anchor('all'),
    };
    this.pages = {
      active: page('active'),
      completed: page('completed'),
      failed: page('failed'),
      all: page('all'),
    };
    // Kept by triggers on download_job: a handful of rows, whatever the number of jobs.
    this.totals = sqlite.prepare('SELECT status, count AS n FROM download_job_status_count WHERE count > 0');
    this.ofMedia = sqlite.prepare<[number, number]>(
      `SELECT j.*, m.title AS media_title, m.year AS media_year
       FROM download_job j JOIN media m ON m.id = j.media_id
       WHERE j.media_id = ? ORDER BY j.id DESC LIMIT ?`,
    );
  }

  counts(): JobFilterCounts {
    return filterCounts(this.byStatus());
  }

  activeCounts(): ActiveJobCounts {
    return activeCounts(this.byStatus());
  }

  /** Both kinds of counts from one walk of the status index. */
  bothCounts(): { counts: JobFilterCounts; active: ActiveJobCounts } {
    const byStatus = this.byStatus();
    return { counts: filterCounts(byStatus), active: activeCounts(byStatus) };
  }

  private byStatus(): StatusCount[] {
    return this.totals.all() as StatusCount[];
  }

  window(request: JobWindowRequest): JobWindow {
    const first = this.anchors[request.filter].get(request.offset) as number | undefined;
    const rows =
      first === undefined ? [] : (this.pages[request.filter].all(first, request.limit) as JobRow[]);
    const counts = this.counts();
    return { rows: rows.map(toDownloadJob), total: counts[request.filter], offset: request.offset, counts };
  }

  /** A title's newest jobs, for its page. */
  forMedia(mediaId: number, limit: number): ReturnType<typeof toDownloadJob>[] {
    return (this.ofMedia.all(mediaId, limit) as JobRow[]).map(toDownloadJob);
  }
}
