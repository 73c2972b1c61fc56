import type { StateCreator } from 'zustand';
import type { TrailerdeckApi } from '../../src-preload/contract';
import type { ActivityWindowSlice } from './activity-window-slice';
import type { ArrSyncSlice } from './arr-sync-slice';
import type { AuditSelectionSlice } from './audit-selection-slice';
import type { AuditSlice } from './audit-slice';
import type { ConnectionsSlice } from './connections-slice';
import type { DiagnosticsSlice } from './diagnostics-slice';
import type { DiscoverySlice } from './discovery-slice';
import type { DownloadsSlice } from './downloads-slice';
import type { FindTrailerSlice } from './find-trailer-slice';
import type { JobChoiceSlice } from './job-choice-slice';
import type { LibrarySlice } from './library-slice';
import type { LogsSlice } from './logs-slice';
import type { MediaServersSlice } from './media-servers-slice';
import type { NamingSlice } from './naming-slice';
import type { PickerSlice } from './picker-slice';
import type { ProfilesSlice } from './profiles-slice';
import type { ScanSlice } from './scan-slice';
import type { SelectionSlice } from './selection-slice';
import type { TitleSlice } from './title-slice';
import type { ToastSlice } from './toast-slice';
import type { ToolsSlice } from './tools-slice';
import type { TrailerRequestsSlice } from './trailer-requests-slice';
import type { UiSlice } from './ui-slice';

export type AppState = LibrarySlice &
  TitleSlice &
  ScanSlice &
  ToastSlice &
  UiSlice &
  PickerSlice &
  ProfilesSlice &
  DownloadsSlice &
  ActivityWindowSlice &
  JobChoiceSlice &
  TrailerRequestsSlice &
  SelectionSlice &
  DiscoverySlice &
  FindTrailerSlice &
  ToolsSlice &
  DiagnosticsSlice &
  LogsSlice &
  ConnectionsSlice &
  ArrSyncSlice &
  MediaServersSlice &
  NamingSlice &
  AuditSlice &
  AuditSelectionSlice;

/** A slice gets the API it talks to, so tests can hand it any transport. */
export type SliceCreator<T> = (api: TrailerdeckApi) => StateCreator<AppState, [], [], T>;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
