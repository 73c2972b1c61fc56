// Why an Arr title has no folder here, in words that say what to do. Trailerdeck never creates
// media folders: the fix is a mapping, a library folder, or the Arr downloading the title.
import type { PathMapping } from '../../../../src-preload/contract/connections';
import type { NotOnDiskRow } from './arr-item-store';

export function notOnDiskMessage(app: string, row: NotOnDiskRow, suggestion: PathMapping | null): string {
  const hint = suggestion
    ? ` The path mapping "${suggestion.remote}" → "${suggestion.local}" would find it.`
    : '';
  if (row.reason === 'NO_MAPPING') {
    return `${app} keeps it in "${row.remotePath}", and no path mapping says where that is on this machine.${hint || ' Add a path mapping for it.'}`;
  }
  return `"${row.localPath ?? row.remotePath}" is not a title folder in your library: the folder does not exist here yet, or its library folder is not added or not scanned.${hint}`;
}
