// What Trailerdeck's media-server clients offer beyond the shared interface: a few of a library's
// title folders, to suggest path mappings when the library folders' own names do not match.
import type { MediaServerClient, MediaServerLibrary } from '../connection-types';

export interface SampledMediaServerClient extends MediaServerClient {
  /** Up to `limit` title folders of this library, as the server sees them ([] when it cannot say cheaply). */
  titleFolders(library: MediaServerLibrary, limit: number, signal?: AbortSignal): Promise<string[]>;
}
