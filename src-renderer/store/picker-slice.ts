import type { ContractError, FolderListing, LibraryKind } from '../../src-preload/contract';
import type { SliceCreator } from './types';

export interface PickerState {
  open: boolean;
  listing: FolderListing | null;
  loading: boolean;
  adding: boolean;
  /**
   * Why the last listing or "Add this folder" failed. One slot: the dialog shows one error, the
   * latest, never a listing's and an add's wording of the same problem side by side.
   */
  error: ContractError | null;
}

export interface PickerSlice {
  picker: PickerState;
  openPicker(): void;
  closePicker(): void;
  /** Lists a folder on the machine running Trailerdeck; no path means its home folder. */
  browse(path?: string): Promise<boolean>;
  addFromPicker(path: string, kind?: LibraryKind): Promise<void>;
}

const closed: PickerState = {
  open: false,
  listing: null,
  loading: false,
  adding: false,
  error: null,
};

export const createPickerSlice: SliceCreator<PickerSlice> = (api) => (set, get) => {
  const patch = (p: Partial<PickerState>) => set((state) => ({ picker: { ...state.picker, ...p } }));
  let request = 0;

  return {
    picker: closed,
    openPicker() {
      // Reopening keeps the folder the person was in last time.
      patch({ open: true, error: null });
      if (!get().picker.listing) void get().browse();
    },
    closePicker() {
      patch({ open: false, error: null, adding: false });
    },
    async browse(path) {
      const mine = ++request;
      patch({ loading: true, error: null });
      const result = await api.procedures['fs:listFolders'](path === undefined ? {} : { path });
      // A slower, older listing must not replace the folder the person moved on to.
      if (mine !== request) return result.ok;
      if (result.ok) patch({ loading: false, listing: result.data });
      else patch({ loading: false, error: result.error });
      return result.ok;
    },
    async addFromPicker(path, kind) {
      patch({ adding: true, error: null });
      const result = await api.procedures['library:addRoot'](kind ? { path, kind } : { path });
      if (!result.ok) {
        patch({ adding: false, error: result.error });
        return;
      }
      patch({ adding: false, open: false });
      get().pushToast('success', `Added folder ${result.data.path}. Scanning it now.`);
      void get().refreshLibrary();
    },
  };
};
