// Radarr (v3 and later) and Sonarr (v3 and v4) through their API v3: who they are, their root
// folders, and their movies or series. The key travels in the X-Api-Key header only.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { connectionKindLabels, type ArrKind } from '../../../../src-preload/contract/connections';
import type { ArrClient, ArrTitle, ConnectionTarget, TestOutcome } from '../connection-types';
import { ConnectionError, httpJson, problemOf } from '../http-json';
import { radarrMovieSchema, rootFoldersSchema, sonarrSeriesSchema, systemStatusSchema } from './arr-schemas';
import { testFailed, testPassed } from '../test-outcome';

export interface ArrClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export function createArrClient(target: ConnectionTarget, options: ArrClientOptions = {}): ArrClient {
  if (target.kind !== 'radarr' && target.kind !== 'sonarr') {
    throw new Error(`createArrClient: ${target.kind} is not Radarr or Sonarr`);
  }
  const kind: ArrKind = target.kind;
  const label = connectionKindLabels[kind];
  const api = httpJson({
    appLabel: label,
    baseUrl: `${target.url}${target.urlBase}`,
    headers: { 'X-Api-Key': target.apiKey },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });
  const titlesPath = kind === 'radarr' ? '/api/v3/movie' : '/api/v3/series';
  const titleSchema = kind === 'radarr' ? radarrMovieSchema : sonarrSeriesSchema;

  async function status(signal?: AbortSignal) {
    const found = await api.json({ path: '/api/v3/system/status', signal }, systemStatusSchema);
    if (found.appName.toLowerCase() !== kind) {
      throw new ConnectionError(
        'WRONG_APP',
        `This is ${found.appName}, not ${label}. Check the port, or add it as a ${found.appName} connection if Trailerdeck supports it.`,
      );
    }
    return found;
  }

  async function rootFolders(signal?: AbortSignal): Promise<string[]> {
    const folders = await api.json({ path: '/api/v3/rootfolder', signal }, rootFoldersSchema);
    return folders.map((folder) => folder.path);
  }

  return {
    kind,
    async test(signal): Promise<TestOutcome> {
      try {
        const found = await status(signal);
        const roots = await rootFolders(signal);
        return testPassed({
          appName: found.appName,
          version: found.version,
          serverName: found.instanceName,
          libraries: roots.map((path) => ({ name: path, paths: [path] })),
        });
      } catch (error) {
        return testFailed(problemOf(error));
      }
    },
    rootFolders,
    async titles(signal): Promise<ArrTitle[]> {
      // The identity first: a Sonarr behind a Radarr's address must not be imported as movies.
      await status(signal);
      return api.json({ path: titlesPath, signal }, z.array(titleSchema));
    },
    async changedTitles(unlessDigest, signal) {
      await status(signal);
      const text = await api.text({ path: titlesPath, signal });
      // Parsing 10,000 movies costs more than fetching them: an answer identical to the last
      // sync's is recognised by its digest and not parsed again.
      const digest = createHash('sha256').update(text).digest('base64url');
      if (digest === unlessDigest) return { digest, titles: null };
      return { digest, titles: api.parse(text, titlesPath, z.array(titleSchema)) };
    },
    async title(arrId, signal): Promise<ArrTitle | null> {
      try {
        return await api.json({ path: `${titlesPath}/${arrId}`, signal }, titleSchema);
      } catch (error) {
        // The Arr answers 404 for an id it no longer has (its NotFound for a deleted title).
        if (error instanceof ConnectionError && error.status === 404) return null;
        throw error;
      }
    },
  };
}
