import type { ContractError, NamingExample, NamingSettings } from '../../src-preload/contract';
import type { LoadStatus, SliceCreator } from './types';

type NamingPreset = NamingSettings['preset'];

export interface NamingPreview {
  preset: NamingPreset;
  status: LoadStatus;
  examples: NamingExample[];
}

/** Settings → Naming: the preset in use, and the names a preset would write. */
export interface NamingSlice {
  namingSettings: NamingSettings | null;
  namingStatus: LoadStatus;
  namingPreview: NamingPreview | null;
  loadNamingSettings(): Promise<void>;
  /** Asks main for a preset's names (the answer to the latest request wins). */
  previewNaming(preset: NamingPreset): Promise<void>;
  /** Null when saved, else main's refusal. */
  saveNamingPreset(preset: NamingPreset): Promise<ContractError | null>;
}

export const createNamingSlice: SliceCreator<NamingSlice> = (api) => (set) => {
  let previewRequest = 0;
  return {
    namingSettings: null,
    namingStatus: 'idle',
    namingPreview: null,

    async loadNamingSettings() {
      set({ namingStatus: 'loading' });
      const result = await api.procedures['naming:getSettings']({});
      set(result.ok ? { namingSettings: result.data, namingStatus: 'ready' } : { namingStatus: 'error' });
    },

    async previewNaming(preset) {
      const mine = ++previewRequest;
      set((state) => ({
        namingPreview: {
          preset,
          status: 'loading',
          examples: state.namingPreview?.preset === preset ? state.namingPreview.examples : [],
        },
      }));
      const result = await api.procedures['naming:preview']({ preset });
      if (mine !== previewRequest) return;
      set({
        namingPreview: result.ok
          ? { preset, status: 'ready', examples: result.data }
          : { preset, status: 'error', examples: [] },
      });
    },

    async saveNamingPreset(preset) {
      const result = await api.procedures['naming:updateSettings']({ preset });
      if (!result.ok) return result.error;
      set({ namingSettings: result.data });
      return null;
    },
  };
};
