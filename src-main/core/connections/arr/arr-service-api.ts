// What the procedures and the headless webhook route need from the Radarr/Sonarr side.
import type {
  ArrSyncProgress,
  ArrWebhookInfo,
  MappingSuggestions,
  NotOnDiskWindow,
} from '../../../../src-preload/contract/connections';

export interface ArrServiceApi {
  /** Starts a sync of one connection, or answers the running one's progress. */
  startSync(connectionId: number): ArrSyncProgress;
  syncStatus(): ArrSyncProgress[];
  suggestMappings(connectionId: number): Promise<MappingSuggestions>;
  notOnDisk(connectionId: number, offset: number, limit: number): NotOnDiskWindow;
  webhookInfo(connectionId: number): ArrWebhookInfo;
  updateWebhook(
    connectionId: number,
    patch: { rotateSecret?: boolean; fetchTrailers?: boolean },
  ): ArrWebhookInfo;
}
