// What Jellyfin and Emby share (both descend from Media Browser): /System/Info for who they are,
// their virtual folders for the libraries, and POST /Library/Media/Updated, which tells the
// server's library monitor that these paths changed so it rescans only them (Jellyfin's
// LibraryController.PostUpdatedMedia → ILibraryMonitor.ReportFileSystemChanged). One call carries
// every folder of a batch.
import { z } from 'zod';
import type { MediaServerKind } from '../../../../src-preload/contract/connections';
import type { ConnectionTarget, MediaServerLibrary } from '../connection-types';
import type { SampledMediaServerClient } from './sampled-client';
import { ConnectionError, httpJson, problemOf, type HttpJson } from '../http-json';
import { explainWithIdentity } from './identify-server';
import type { AdapterOptions } from '../adapter-registry';
import { folderHolds, outsideLibraries, parentOf } from './server-paths';
import { testFailed, testPassed } from '../test-outcome';

const systemInfoSchema = z.object({
  ServerName: z.string().nullish(),
  Version: z.string(),
  /** Jellyfin: "Jellyfin Server"; Emby sends none. */
  ProductName: z.string().nullish(),
  Id: z.string().nullish(),
});
export type SystemInfo = z.output<typeof systemInfoSchema>;

const itemsSchema = z.object({
  Items: z.array(z.object({ Path: z.string().nullish(), IsFolder: z.boolean().nullish() })).default([]),
});

export const virtualFolderSchema = z.object({
  Name: z.string(),
  Locations: z.array(z.string()).nullish(),
  CollectionType: z.string().nullish(),
  ItemId: z.string().nullish(),
});

export interface MediaBrowserFlavour {
  kind: MediaServerKind;
  /** "Jellyfin", "Emby": named in messages. */
  label: string;
  /** What Test reports as the app. */
  appName: string;
  /** The API's root below the address and URL base: '' (Jellyfin) or '/emby'. */
  prefix: string;
  /** The key's header(s). */
  headers(apiKey: string): Record<string, string>;
  /** Null when the answer is this app, else the name of the app that answered. */
  otherApp(info: SystemInfo): string | null;
  /** The server's libraries (each flavour has its own listing). */
  listFolders(
    http: HttpJson,
    prefix: string,
    signal?: AbortSignal,
  ): Promise<z.output<typeof virtualFolderSchema>[]>;
}

export function createMediaBrowserClient(
  target: ConnectionTarget,
  options: AdapterOptions,
  flavour: MediaBrowserFlavour,
): SampledMediaServerClient {
  const http = httpJson({
    appLabel: flavour.label,
    baseUrl: `${target.url}${target.urlBase}`,
    headers: flavour.headers(target.apiKey),
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });
  const prefix = flavour.prefix;

  async function libraries(signal?: AbortSignal): Promise<MediaServerLibrary[]> {
    const folders = await flavour.listFolders(http, prefix, signal);
    return folders.map((folder, index) => ({
      id: folder.ItemId ?? String(index),
      name: folder.Name,
      type: folder.CollectionType ?? 'mixed',
      paths: folder.Locations ?? [],
    }));
  }

  return {
    kind: flavour.kind,
    async test(signal) {
      try {
        const info = await http
          .json({ path: `${prefix}/System/Info`, signal }, systemInfoSchema)
          .catch((error) => {
            throw wrongShape(error, flavour.label);
          });
        const other = flavour.otherApp(info);
        if (other !== null) {
          throw new ConnectionError(
            'WRONG_APP',
            `This address answers as ${other}, not ${flavour.label}. Choose ${other} as the kind of connection, or check the address.`,
          );
        }
        const found = await libraries(signal);
        return testPassed({
          appName: flavour.appName,
          version: info.Version,
          serverName: info.ServerName ?? null,
          libraries: found.map(({ name, paths }) => ({ name, paths })),
        });
      } catch (error) {
        // Another server at this address says who it is (no key sent for that).
        const explained = await explainWithIdentity(
          error,
          flavour.kind,
          `${target.url}${target.urlBase}`,
          options,
        );
        return testFailed(problemOf(explained));
      }
    },
    libraries,
    async titleFolders(library, limit, signal) {
      // The library's top-level items: a movie's Path is its file, a series' its folder.
      const found = await http.json(
        {
          path: `${prefix}/Items`,
          query: { ParentId: library.id, Fields: 'Path', Limit: limit, Recursive: false },
          signal,
        },
        itemsSchema,
      );
      const folders = found.Items.flatMap((item) =>
        item.Path ? [item.IsFolder ? item.Path : parentOf(item.Path)] : [],
      );
      return [...new Set(folders)].slice(0, limit);
    },
    async refreshFolders(folders, signal) {
      const unique = [...new Set(folders)];
      if (unique.length === 0) return;
      // The server ignores paths outside its libraries without a word: say so instead.
      const roots = (await libraries(signal)).flatMap((library) => library.paths);
      const inside = unique.filter((folder) => roots.some((root) => folderHolds(root, folder)));
      if (inside.length > 0) {
        await http.send({
          method: 'POST',
          path: `${prefix}/Library/Media/Updated`,
          body: { Updates: inside.map((Path) => ({ Path, UpdateType: 'Modified' })) },
          signal,
        });
      }
      const outside = unique.filter((folder) => !inside.includes(folder));
      if (outside.length > 0) throw outsideLibraries(flavour.label, outside);
    },
  };
}

/** /System/Info in another shape: not this family of server at all. */
function wrongShape(error: unknown, label: string): unknown {
  if (error instanceof ConnectionError && error.code === 'BAD_ANSWER') {
    return new ConnectionError(
      'WRONG_APP',
      `Something answered at this address, but it is not ${label}. Check the address and port (${label} listens on 8096 by default).`,
      error.status,
      { cause: error },
    );
  }
  return error;
}
