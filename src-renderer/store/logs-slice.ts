import type { LogEntry } from '../../src-preload/contract';
import { maxLogEntries, mergeLogEntries, type LogQuery } from './log-state';
import type { LoadStatus, SliceCreator } from './types';

/** The Logs page: the newest entries matching its filter, kept current by `logs:appended`. */
export interface LogsSlice {
  /** Newest first, at most `maxLogEntries`. */
  logEntries: LogEntry[];
  logsStatus: LoadStatus;
  logQuery: LogQuery;
  loadLogs(): Promise<void>;
  /** Changes the filter and fetches what matches it. */
  setLogQuery(patch: Partial<LogQuery>): Promise<void>;
  onLogsAppended(entries: LogEntry[]): void;
}

export const createLogsSlice: SliceCreator<LogsSlice> = (api) => (set, get) => {
  let loadRequest = 0;
  // Entries that arrive while a load is on its way may be newer than what it returns.
  let appendedDuringLoad: LogEntry[] | null = null;

  return {
    logEntries: [],
    logsStatus: 'idle',
    // Debug lines are for chasing a bug; people start from what the app did and what went wrong.
    logQuery: { level: 'info', search: '' },

    async loadLogs() {
      const mine = ++loadRequest;
      const query = get().logQuery;
      appendedDuringLoad = [];
      if (get().logsStatus !== 'ready') set({ logsStatus: 'loading' });
      const search = query.search.trim();
      const result = await api.procedures['logs:list']({
        level: query.level,
        limit: maxLogEntries,
        ...(search ? { search } : {}),
      });
      if (mine !== loadRequest) return;
      const later = appendedDuringLoad;
      appendedDuringLoad = null;
      if (!result.ok) {
        set({ logsStatus: 'error' });
        return;
      }
      set({ logEntries: mergeLogEntries(result.data, later, query), logsStatus: 'ready' });
    },

    setLogQuery(patch) {
      set((state) => ({ logQuery: { ...state.logQuery, ...patch } }));
      return get().loadLogs();
    },

    onLogsAppended(entries) {
      // Nobody has opened the Logs page yet: the first visit fetches everything anyway.
      if (get().logsStatus === 'idle') return;
      appendedDuringLoad?.push(...entries);
      set((state) => {
        const next = mergeLogEntries(state.logEntries, entries, state.logQuery);
        return next === state.logEntries ? state : { logEntries: next };
      });
    },
  };
};
