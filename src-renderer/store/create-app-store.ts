import { createStore, type StoreApi } from 'zustand';
import type { TrailerdeckApi } from '../../src-preload/contract';
import { createActivityWindowSlice } from './activity-window-slice';
import { createArrSyncSlice } from './arr-sync-slice';
import { createAuditSelectionSlice } from './audit-selection-slice';
import { createAuditSlice } from './audit-slice';
import { createConnectionsSlice } from './connections-slice';
import { createDiagnosticsSlice } from './diagnostics-slice';
import { createDiscoverySlice } from './discovery-slice';
import { createDownloadsSlice } from './downloads-slice';
import { createFindTrailerSlice } from './find-trailer-slice';
import { createJobChoiceSlice } from './job-choice-slice';
import { createLibrarySlice } from './library-slice';
import { createLogsSlice } from './logs-slice';
import { createMediaServersSlice } from './media-servers-slice';
import { createNamingSlice } from './naming-slice';
import { createPickerSlice } from './picker-slice';
import { createProfilesSlice } from './profiles-slice';
import { createScanSlice } from './scan-slice';
import { createSelectionSlice } from './selection-slice';
import { createTitleSlice } from './title-slice';
import { createToastSlice } from './toast-slice';
import { createToolsSlice } from './tools-slice';
import { createTrailerRequestsSlice } from './trailer-requests-slice';
import type { AppState } from './types';
import { createUiSlice } from './ui-slice';

export function createAppStore(transport: TrailerdeckApi): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createLibrarySlice(transport)(...a),
    ...createTitleSlice(transport)(...a),
    ...createScanSlice(transport)(...a),
    ...createToastSlice(transport)(...a),
    ...createUiSlice(transport)(...a),
    ...createPickerSlice(transport)(...a),
    ...createProfilesSlice(transport)(...a),
    ...createDownloadsSlice(transport)(...a),
    ...createActivityWindowSlice(transport)(...a),
    ...createJobChoiceSlice(transport)(...a),
    ...createTrailerRequestsSlice(transport)(...a),
    ...createSelectionSlice(transport)(...a),
    ...createDiscoverySlice(transport)(...a),
    ...createFindTrailerSlice(transport)(...a),
    ...createToolsSlice(transport)(...a),
    ...createDiagnosticsSlice(transport)(...a),
    ...createLogsSlice(transport)(...a),
    ...createConnectionsSlice(transport)(...a),
    ...createArrSyncSlice(transport)(...a),
    ...createMediaServersSlice(transport)(...a),
    ...createNamingSlice(transport)(...a),
    ...createAuditSlice(transport)(...a),
    ...createAuditSelectionSlice(transport)(...a),
  }));
}
