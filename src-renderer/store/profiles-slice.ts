import type { ContractError, ProfileFields, TrailerProfile } from '../../src-preload/contract';
import type { LoadStatus, SliceCreator } from './types';

export interface ProfileEditorState {
  open: boolean;
  /** The profile being edited; null for a new one. */
  profileId: number | null;
  saving: boolean;
  /** Why the last save was refused; shown in the dialog, which stays open. */
  error: ContractError | null;
}

/** What the count depends on: the profile's videos as edited (saved or not), and detected trailers. */
export type TitlesToDownloadFields = Pick<
  ProfileFields,
  | 'acceptDetectedTrailers'
  | 'wantedVideos'
  | 'maxVideosPerTitle'
  | 'seasonTrailers'
  | 'languages'
  | 'onePerLanguage'
>;

export interface ProfilesSlice {
  profiles: TrailerProfile[];
  profilesStatus: LoadStatus;
  profileEditor: ProfileEditorState;
  loadProfiles(): Promise<void>;
  openProfileEditor(profileId: number | null): void;
  closeProfileEditor(): void;
  /** Creates or updates the profile in the editor; closes it on success. */
  saveProfile(fields: ProfileFields): Promise<boolean>;
  duplicateProfile(profileId: number): Promise<void>;
  deleteProfile(profileId: number): Promise<boolean>;
  setDefaultProfile(profileId: number): Promise<void>;
  /**
   * How many titles switching a profile on would add downloads for (null: a profile not saved
   * yet), with the videos it wants as given (the editor's draft); null when main could not count,
   * which the editor says instead of a number.
   */
  countTitlesToDownload(profileId: number | null, fields: TitlesToDownloadFields): Promise<number | null>;
}

const closed: ProfileEditorState = { open: false, profileId: null, saving: false, error: null };

export const createProfilesSlice: SliceCreator<ProfilesSlice> = (api) => (set, get) => {
  const patchEditor = (p: Partial<ProfileEditorState>) =>
    set((state) => ({ profileEditor: { ...state.profileEditor, ...p } }));
  const nameOf = (id: number) => get().profiles.find((p) => p.id === id)?.name ?? 'The profile';
  let request = 0;

  return {
    profiles: [],
    profilesStatus: 'idle',
    profileEditor: closed,

    async loadProfiles() {
      const mine = ++request;
      if (get().profilesStatus === 'idle') set({ profilesStatus: 'loading' });
      const result = await api.procedures['profiles:list']();
      // Events can trigger loads back to back: only the newest answer counts.
      if (mine !== request) return;
      if (result.ok) set({ profiles: result.data, profilesStatus: 'ready' });
      else set({ profilesStatus: 'error' });
    },

    openProfileEditor(profileId) {
      set({ profileEditor: { ...closed, open: true, profileId } });
    },

    closeProfileEditor() {
      set({ profileEditor: closed });
    },

    async saveProfile(fields) {
      const { profileId } = get().profileEditor;
      patchEditor({ saving: true, error: null });
      const result =
        profileId === null
          ? await api.procedures['profiles:create'](fields)
          : await api.procedures['profiles:update']({ id: profileId, ...fields });
      if (!result.ok) {
        patchEditor({ saving: false, error: result.error });
        return false;
      }
      set({ profileEditor: closed });
      get().pushToast('success', `Saved profile "${result.data.name}".`);
      await get().loadProfiles();
      return true;
    },

    async duplicateProfile(profileId) {
      const result = await api.procedures['profiles:duplicate']({ id: profileId });
      if (!result.ok) return get().pushToast('error', result.error.message);
      get().pushToast('success', `Created "${result.data.name}". It is off until you enable it (Edit).`);
      await get().loadProfiles();
    },

    async deleteProfile(profileId) {
      const name = nameOf(profileId);
      const result = await api.procedures['profiles:delete']({ id: profileId });
      if (!result.ok) {
        get().pushToast('error', result.error.message);
        return false;
      }
      get().pushToast('success', `Deleted profile "${name}".`);
      await get().loadProfiles();
      return true;
    },

    async setDefaultProfile(profileId) {
      const result = await api.procedures['profiles:setDefault']({ id: profileId });
      if (!result.ok) return get().pushToast('error', result.error.message);
      get().pushToast('success', `"${result.data.name}" is now the default profile.`);
      await get().loadProfiles();
    },

    async countTitlesToDownload(profileId, fields) {
      const counted: TitlesToDownloadFields = {
        acceptDetectedTrailers: fields.acceptDetectedTrailers,
        wantedVideos: fields.wantedVideos,
        maxVideosPerTitle: fields.maxVideosPerTitle,
        seasonTrailers: fields.seasonTrailers,
        languages: fields.languages,
        onePerLanguage: fields.onePerLanguage,
      };
      const result = await api.procedures['discovery:missingCount'](
        profileId === null ? counted : { profileId, ...counted },
      );
      return result.ok ? result.data.titles : null;
    },
  };
};
