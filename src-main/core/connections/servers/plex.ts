// Plex Media Server, through its HTTP API in JSON (it answers JSON for `Accept: application/json`).
// The token travels in the X-Plex-Token header only (Plex also reads it from the query; never used).
// Refresh after filing: a partial scan of the title's folder in the section whose Location holds it
// (GET /library/sections/{key}/refresh?path=…), then, when the item is found cheaply (a title
// search in that section, confirmed by its file or folder path), that item's metadata refresh (PUT
// /library/metadata/{ratingKey}/refresh), which is what makes Plex pick up a new local trailer.
import { z } from 'zod';
import type { AdapterOptions } from '../adapter-registry';
import type { ConnectionTarget, MediaServerLibrary } from '../connection-types';
import type { SampledMediaServerClient } from './sampled-client';
import { ConnectionError, httpJson, problemOf } from '../http-json';
import { explainWithIdentity } from './identify-server';
import { folderHolds, outsideLibraries, parentOf, titleSearchOf } from './server-paths';
import { testFailed, testPassed } from '../test-outcome';

const container = <T extends z.ZodRawShape>(shape: T) => z.object({ MediaContainer: z.object(shape) });

const identitySchema = container({ machineIdentifier: z.string().min(1), version: z.string() });
const rootSchema = container({ friendlyName: z.string().nullish(), version: z.string().nullish() });
const sectionsSchema = container({
  Directory: z
    .array(
      z.object({
        key: z.union([z.string(), z.number()]).transform(String),
        title: z.string(),
        type: z.string(),
        Location: z.array(z.object({ path: z.string() })).default([]),
      }),
    )
    .default([]),
});
const itemsSchema = container({
  Metadata: z
    .array(
      z.object({
        ratingKey: z.union([z.string(), z.number()]).transform(String),
        Media: z
          .array(z.object({ Part: z.array(z.object({ file: z.string().nullish() })).default([]) }))
          .nullish(),
        Location: z.array(z.object({ path: z.string() })).nullish(),
      }),
    )
    .default([]),
});
const extrasSchema = container({
  Metadata: z.array(z.object({ subtype: z.string().nullish(), extraType: z.number().nullish() })).default([]),
});

/** At most this many search hits are opened to find a show's folder. */
const maxCandidates = 5;

export interface PlexClient extends SampledMediaServerClient {
  /** How many trailers Plex shows as this folder's item's extras; null when no item is found. */
  trailerCount(folder: string, signal?: AbortSignal): Promise<number | null>;
}

export function createPlexClient(target: ConnectionTarget, options: AdapterOptions): PlexClient {
  const baseUrl = `${target.url}${target.urlBase}`;
  const http = httpJson({
    appLabel: 'Plex',
    baseUrl,
    headers: { 'X-Plex-Token': target.apiKey },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });

  async function libraries(signal?: AbortSignal): Promise<MediaServerLibrary[]> {
    const answer = await http.json({ path: '/library/sections', signal }, sectionsSchema);
    return answer.MediaContainer.Directory.map((section) => ({
      id: section.key,
      name: section.title,
      type: section.type,
      paths: section.Location.map((location) => location.path),
    }));
  }

  /** The item whose files live in `folder`, found by a title search in its section. */
  async function findItem(section: string, folder: string, signal?: AbortSignal): Promise<string | null> {
    const title = titleSearchOf(folder);
    if (!title) return null;
    const found = await http.json(
      { path: `/library/sections/${encodeURIComponent(section)}/all`, query: { title }, signal },
      itemsSchema,
    );
    const candidates = found.MediaContainer.Metadata.slice(0, maxCandidates);
    for (const item of candidates) {
      const files = (item.Media ?? []).flatMap((media) => media.Part.map((part) => part.file ?? ''));
      const paths = [...files, ...(item.Location ?? []).map((location) => location.path)];
      if (paths.some((path) => path !== '' && folderHolds(folder, path))) return item.ratingKey;
    }
    // Shows are listed without their folder: open each candidate to read it.
    for (const item of candidates.filter((c) => !c.Media?.length && !c.Location?.length)) {
      const detail = await http.json(
        { path: `/library/metadata/${encodeURIComponent(item.ratingKey)}`, signal },
        itemsSchema,
      );
      const locations = detail.MediaContainer.Metadata.flatMap((m) => m.Location ?? []);
      if (locations.some((location) => folderHolds(folder, location.path))) return item.ratingKey;
    }
    return null;
  }

  function sectionOf(sections: MediaServerLibrary[], folder: string): MediaServerLibrary | undefined {
    return sections.find((section) => section.paths.some((root) => folderHolds(root, folder)));
  }

  return {
    kind: 'plex',
    async test(signal) {
      try {
        const identity = await http.json({ path: '/identity', signal }, identitySchema).catch((error) => {
          throw notPlex(error);
        });
        const root = await http.json({ path: '/', signal }, rootSchema);
        const found = await libraries(signal);
        return testPassed({
          appName: 'Plex Media Server',
          version: root.MediaContainer.version ?? identity.MediaContainer.version,
          serverName: root.MediaContainer.friendlyName ?? null,
          libraries: found.map(({ name, paths }) => ({ name, paths })),
        });
      } catch (error) {
        return testFailed(problemOf(await explainWithIdentity(error, 'plex', baseUrl, options)));
      }
    },
    libraries,
    async titleFolders(library, limit, signal) {
      // Plex lists shows without their folders: only movie sections give them cheaply.
      if (library.type !== 'movie') return [];
      const found = await http.json(
        {
          path: `/library/sections/${encodeURIComponent(library.id)}/all`,
          query: { 'X-Plex-Container-Start': 0, 'X-Plex-Container-Size': limit },
          signal,
        },
        itemsSchema,
      );
      const files = found.MediaContainer.Metadata.flatMap((item) =>
        (item.Media ?? []).flatMap((media) => media.Part.map((part) => part.file ?? '')),
      );
      return [...new Set(files.filter((file) => file !== '').map(parentOf))].slice(0, limit);
    },
    async refreshFolders(folders, signal) {
      const sections = await libraries(signal);
      const outside: string[] = [];
      for (const folder of new Set(folders)) {
        const section = sectionOf(sections, folder);
        if (!section) {
          outside.push(folder);
          continue;
        }
        await http.send({
          path: `/library/sections/${encodeURIComponent(section.id)}/refresh`,
          query: { path: folder },
          signal,
        });
        const ratingKey = await findItem(section.id, folder, signal);
        if (ratingKey !== null) {
          await http.send({
            method: 'PUT',
            path: `/library/metadata/${encodeURIComponent(ratingKey)}/refresh`,
            signal,
          });
        }
      }
      if (outside.length > 0) throw outsideLibraries('Plex', outside);
    },
    async trailerCount(folder, signal) {
      const section = sectionOf(await libraries(signal), folder);
      const ratingKey = section ? await findItem(section.id, folder, signal) : null;
      if (ratingKey === null) return null;
      const extras = await http.json(
        { path: `/library/metadata/${encodeURIComponent(ratingKey)}/extras`, signal },
        extrasSchema,
      );
      // extraType 1 is a trailer in Plex's extras.
      return extras.MediaContainer.Metadata.filter((e) => e.subtype === 'trailer' || e.extraType === 1)
        .length;
    },
  };
}

/** A /identity answer of another shape is another app at this address. */
function notPlex(error: unknown): unknown {
  if (error instanceof ConnectionError && error.code === 'BAD_ANSWER') {
    return new ConnectionError(
      'WRONG_APP',
      'Something answered at this address, but it is not Plex Media Server. Check the address and port (Plex listens on 32400).',
      error.status,
      { cause: error },
    );
  }
  return error;
}
