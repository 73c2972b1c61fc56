import type { ContractError } from '../../src-preload/contract';
import { titleWithYear } from '../features/library/media-labels';
import { describeEnqueueMany, queuedMessage } from './download-messages';
import { selectionInput } from './selection-slice';
import type { SliceCreator } from './types';

export interface DownloadDialogState {
  open: boolean;
  mediaId: number | null;
  submitting: boolean;
  /** Why main refused the request; shown in the dialog, which stays open. */
  error: ContractError | null;
}

/** Asking for trailers (one title or a selection) and managing a title's trailer link and files. */
export interface TrailerRequestsSlice {
  downloadDialog: DownloadDialogState;
  openDownloadDialog(mediaId: number): void;
  closeDownloadDialog(): void;
  /** Queues the dialog's request; closes the dialog on success. */
  enqueue(source: string, profileId?: number): Promise<boolean>;
  /** Queues the known trailer of each title that has one; the others are reported as skipped. */
  /** Queues the known trailers of the library's selection (picked by hand or all matching). */
  enqueueMany(): Promise<boolean>;
  /** Sets or clears a title's trailer link; the refusal comes back for the field to show. */
  setTrailerSource(mediaId: number, source: string | null): Promise<ContractError | null>;
  /** Deletes a trailer's file; its row stays, flagged as missing. */
  deleteTrailer(downloadId: number): Promise<boolean>;
  onTrailersChanged(mediaIds: number[]): void;
}

const closed: DownloadDialogState = { open: false, mediaId: null, submitting: false, error: null };

export const createTrailerRequestsSlice: SliceCreator<TrailerRequestsSlice> = (api) => (set, get) => {
  const patchDialog = (p: Partial<DownloadDialogState>) =>
    set((state) => ({ downloadDialog: { ...state.downloadDialog, ...p } }));

  return {
    downloadDialog: closed,

    openDownloadDialog(mediaId) {
      set({ downloadDialog: { ...closed, open: true, mediaId } });
    },

    closeDownloadDialog() {
      set({ downloadDialog: closed });
    },

    async enqueue(source, profileId) {
      const { mediaId, submitting } = get().downloadDialog;
      if (mediaId === null || submitting) return false;
      patchDialog({ submitting: true, error: null });
      const result = await api.procedures['downloads:enqueue'](
        profileId === undefined ? { mediaId, source } : { mediaId, source, profileId },
      );
      if (!result.ok) {
        patchDialog({ submitting: false, error: result.error });
        return false;
      }
      get().onJobQueued(result.data);
      set({ downloadDialog: closed });
      get().pushToast('success', queuedMessage(result.data));
      return true;
    },

    async enqueueMany() {
      let input = selectionInput(get());
      let skippedHere = 0;
      if ('mediaIds' in input) {
        // Titles picked by hand without a known link are left out here, and counted in the message.
        const picked = get().selectedIds;
        const ids = input.mediaIds.filter((id) => picked.get(id) === true);
        skippedHere = input.mediaIds.length - ids.length;
        if (ids.length === 0) {
          get().pushToast(
            'info',
            'None of the selected titles has a trailer link. Open a title to paste one, or add it to its NFO.',
          );
          return false;
        }
        input = { mediaIds: ids };
      }
      const result = await api.procedures['downloads:enqueueMany'](input);
      if (!result.ok) {
        get().pushToast('error', result.error.message);
        return false;
      }
      // Thousands at a time: the Activity list and the counts refetch; no job is kept here.
      get().refreshActivity();
      const kind = result.data.queued > 0 ? 'success' : 'info';
      get().pushToast(kind, describeEnqueueMany(result.data, skippedHere));
      return true;
    },

    async setTrailerSource(mediaId, source) {
      const result = await api.procedures['media:setTrailerSource']({ mediaId, source });
      if (!result.ok) return result.error;
      set((state) =>
        state.title.mediaId === mediaId ? { title: { ...state.title, detail: result.data } } : {},
      );
      get().pushToast(
        'success',
        source === null
          ? `Cleared the trailer link of ${titleWithYear(result.data)}.`
          : `Saved the trailer link of ${titleWithYear(result.data)}.`,
      );
      // Main follows with library:changed, which refreshes the library's "has a trailer link" flags.
      return null;
    },

    async deleteTrailer(downloadId) {
      const result = await api.procedures['media:deleteTrailer']({ downloadId });
      if (!result.ok) {
        get().pushToast('error', result.error.message);
        return false;
      }
      const trailer = result.data;
      set((state) =>
        state.title.mediaId === trailer.mediaId
          ? {
              title: {
                ...state.title,
                trailers: state.title.trailers.map((t) => (t.id === trailer.id ? trailer : t)),
              },
            }
          : {},
      );
      get().pushToast('success', `Deleted ${trailer.fileName}. Its record stays in the Trailers table.`);
      return true;
    },

    onTrailersChanged(mediaIds) {
      // The open title's table gains the new row at once. Library counts refresh on the
      // library:changed event main sends with every trailer change, so they are not fetched twice.
      const open = get().title.mediaId;
      if (open !== null && mediaIds.includes(open)) void get().refreshTitle();
    },
  };
};
