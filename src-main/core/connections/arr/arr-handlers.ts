// The Radarr/Sonarr procedures of the contract, bound to the Arr service (kept apart from
// core-handlers.ts so the connections' handlers and the rest merge without touching each other).
import type { Handlers } from '../../rpc/dispatch';
import type { ArrServiceApi } from './arr-service-api';

type ArrProcedure =
  | 'connections:sync'
  | 'connections:syncStatus'
  | 'connections:suggestMappings'
  | 'connections:notOnDisk'
  | 'connections:webhook'
  | 'connections:updateWebhook';

export function createArrHandlers(arr: ArrServiceApi): Pick<Handlers, ArrProcedure> {
  return {
    'connections:sync': ({ id }) => arr.startSync(id),
    'connections:syncStatus': () => arr.syncStatus(),
    'connections:suggestMappings': ({ id }) => arr.suggestMappings(id),
    'connections:notOnDisk': ({ id, offset, limit }) => arr.notOnDisk(id, offset, limit),
    'connections:webhook': ({ id }) => arr.webhookInfo(id),
    'connections:updateWebhook': ({ id, ...patch }) => arr.updateWebhook(id, patch),
  };
}
