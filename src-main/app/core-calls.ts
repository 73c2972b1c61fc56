import type { ActiveJobCounts, DownloadSettings } from '../../src-preload/contract/downloads';
import type { TrailerFile } from '../../src-preload/contract/models';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../src-preload/contract/procedures';
import type { ContractError } from '../../src-preload/contract/result';
import type { Dispatch } from '../core/rpc/dispatch';

/** A procedure the shell called answered with an error Result. */
export class CoreCallError extends Error {
  constructor(
    readonly procedure: ProcedureName,
    readonly error: ContractError,
  ) {
    super(`${procedure} failed (${error.code}): ${error.message}`);
    this.name = 'CoreCallError';
  }
}

/**
 * Calls a procedure the way a window does (validated by the contract's schema), typed by its name.
 * The shell goes through dispatch rather than the services so the tray and the window cannot
 * disagree about what "Pause all" means.
 */
export async function callCore<K extends ProcedureName>(
  dispatch: Dispatch,
  name: K,
  input: ProcedureInput<K>,
): Promise<ProcedureOutput<K>> {
  const result = await dispatch(name, input);
  if (!result.ok) throw new CoreCallError(name, result.error);
  // dispatch ran the handler typed for K (see Handlers in rpc/dispatch.ts): its data is K's output.
  return result.data as ProcedureOutput<K>;
}

/** The queue as the tray and the notifications see it. */
export interface DownloadQueueClient {
  countActive(): Promise<ActiveJobCounts>;
  getSettings(): Promise<DownloadSettings>;
  pauseAll(): Promise<DownloadSettings>;
  resumeAll(): Promise<DownloadSettings>;
  trailers(mediaId: number): Promise<TrailerFile[]>;
}

export function downloadQueueClient(dispatch: Dispatch): DownloadQueueClient {
  return {
    countActive: () => callCore(dispatch, 'downloads:activeCounts', {}),
    getSettings: () => callCore(dispatch, 'downloads:getSettings', {}),
    pauseAll: () => callCore(dispatch, 'downloads:pauseAll', {}),
    resumeAll: () => callCore(dispatch, 'downloads:resumeAll', {}),
    trailers: (mediaId) => callCore(dispatch, 'media:trailers', { mediaId }),
  };
}
