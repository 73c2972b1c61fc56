// A loopback Plex Media Server answering in Plex's JSON shapes (Plex answers JSON instead of XML
// when the request says `Accept: application/json`). Shapes and routes follow:
//   - Plex's API reference (plexapi.dev, "Get library sections", "Refresh a metadata item") and
//     LukeHagar/plex-api-spec (the OpenAPI map: `/`, `/identity`, security scheme `X-Plex-Token`
//     in a header);
//   - Plex support article 201638786 "Plex Media Server URL Commands" (partial scan:
//     GET /library/sections/{key}/refresh?path=<folder>);
//   - python-plexapi's LibrarySection.update(path) (GET) and PlexPartialObject.refresh() (PUT
//     /library/metadata/{ratingKey}/refresh);
//   - plexopedia's "Server Identity" (/identity answers without a token) and a recorded
//     /library/sections answer (watchstate's tests/Fixtures/plex_data.json: Directory[].Location[]).
// Routes:
//   GET /identity                                     {MediaContainer:{size, claimed, machineIdentifier, version}}
//   GET /                                             {MediaContainer:{friendlyName, version, platform, …}}
//   GET /library/sections                             {MediaContainer:{Directory:[{key, title, type, Location:[{id, path}]}]}}
//   GET /library/sections/{key}/refresh?path=…        200, empty (a partial scan; no path: whole section)
//   GET /library/sections/{key}/all?title=…           {MediaContainer:{Metadata:[…]}} (title: substring;
//       X-Plex-Container-Start/-Size page it, as query parameters or headers)
//   GET /library/metadata/{ratingKey}                 {MediaContainer:{Metadata:[{…, Location:[{path}]}]}}
//   PUT /library/metadata/{ratingKey}/refresh         200, empty
//   GET /library/metadata/{ratingKey}/extras          {MediaContainer:{Metadata:[{extraType, subtype, …}]}}
// The token is accepted in the X-Plex-Token header (and, like the real server, in the query, which
// Trailerdeck must never use: tests check `rawUrl`). A wrong token gets Plex's 401 HTML page.
import { startFakeApp, type FakeAnswer, type FakeAppServer, type RecordedRequest } from './fake-app-server';

export interface PlexSectionFixture {
  key: string;
  title: string;
  /** "movie" or "show". */
  type: 'movie' | 'show';
  locations: string[];
}

export interface PlexItemFixture {
  ratingKey: string;
  sectionKey: string;
  title: string;
  year: number;
  /** The title's folder as Plex sees it. */
  folder: string;
  /** Trailers Plex already shows as extras. */
  trailers?: number;
}

export interface PlexFakeData {
  token: string;
  friendlyName?: string;
  version?: string;
  sections: PlexSectionFixture[];
  items?: PlexItemFixture[];
}

export interface PlexFake extends FakeAppServer {
  /** Partial scans received, as `{section, path}`. */
  scans(): { section: string; path: string | null }[];
  /** Items whose metadata refresh was asked. */
  itemRefreshes(): string[];
}

const machineIdentifier = '6a646027a56abb6dbdf72484564db8567c737430';
const unauthorizedPage =
  '<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>';

export async function startPlexFake(data: PlexFakeData): Promise<PlexFake> {
  const version = data.version ?? '1.41.3.9314-a0bfb8370';
  const items = data.items ?? [];
  const container = (fields: Record<string, unknown>): FakeAnswer => ({
    status: 200,
    json: { MediaContainer: fields },
  });

  const metadataOf = (item: PlexItemFixture, withLocation: boolean) => {
    const section = data.sections.find((s) => s.key === item.sectionKey);
    const base = {
      ratingKey: item.ratingKey,
      key: `/library/metadata/${item.ratingKey}`,
      guid: `plex://${section?.type ?? 'movie'}/5d7768${item.ratingKey}`,
      type: section?.type ?? 'movie',
      title: item.title,
      year: item.year,
      librarySectionID: Number(item.sectionKey),
      addedAt: 1_700_000_000,
      updatedAt: 1_700_000_000,
    };
    if (section?.type === 'show') {
      // Plex lists shows without their folder; the item's own page names it in Location.
      return withLocation ? { ...base, Location: [{ path: item.folder }] } : { ...base, childCount: 1 };
    }
    const file = `${item.folder}/${item.title} (${item.year}).mkv`;
    return {
      ...base,
      Media: [{ id: Number(item.ratingKey) * 10, container: 'mkv', Part: [{ id: 1, key: '/x', file }] }],
    };
  };

  const route = (request: RecordedRequest): FakeAnswer => {
    const { method, path, query } = request;
    if (method === 'GET' && path === '/identity') {
      return container({ size: 0, claimed: true, machineIdentifier, version });
    }
    if (method === 'GET' && path === '/') {
      return container({
        size: 2,
        allowSync: true,
        friendlyName: data.friendlyName ?? 'Living room',
        machineIdentifier,
        myPlex: true,
        platform: 'Linux',
        platformVersion: '6.1',
        transcoderActiveVideoSessions: 0,
        updatedAt: 1_700_000_000,
        version,
        Directory: [{ count: 1, key: 'library', title: 'library' }],
      });
    }
    if (method === 'GET' && path === '/library/sections') {
      return container({
        size: data.sections.length,
        allowSync: false,
        title1: 'Plex Library',
        Directory: data.sections.map((section, index) => ({
          allowSync: true,
          art: '/:/resources/movie-fanart.jpg',
          composite: `/library/sections/${section.key}/composite/1700000000`,
          filters: true,
          refreshing: false,
          thumb: '/:/resources/movie.png',
          key: section.key,
          type: section.type,
          title: section.title,
          agent: section.type === 'movie' ? 'tv.plex.agents.movie' : 'tv.plex.agents.series',
          scanner: section.type === 'movie' ? 'Plex Movie' : 'Plex TV Series',
          language: 'en-US',
          uuid: `AC000000-0000-0000-0000-00000000000${index}`,
          updatedAt: 1_700_000_000,
          createdAt: 1_600_000_000,
          scannedAt: 1_700_000_000,
          content: true,
          directory: true,
          contentChangedAt: 1234,
          hidden: 0,
          Location: section.locations.map((path, i) => ({ id: index * 10 + i + 1, path })),
        })),
      });
    }
    const sectionMatch = /^\/library\/sections\/([^/]+)\/(refresh|all)$/.exec(path);
    if (sectionMatch && method === 'GET') {
      const section = data.sections.find((s) => s.key === sectionMatch[1]);
      if (!section)
        return { status: 404, text: '<html><body>Not Found</body></html>', contentType: 'text/html' };
      if (sectionMatch[2] === 'refresh') return { status: 200 };
      const title = query.title?.toLowerCase();
      const start = Number(query['X-Plex-Container-Start'] ?? 0);
      const size = Number(query['X-Plex-Container-Size'] ?? items.length);
      const found = items
        .filter(
          (item) => item.sectionKey === section.key && (!title || item.title.toLowerCase().includes(title)),
        )
        .slice(start, start + size);
      return container({
        size: found.length,
        librarySectionID: Number(section.key),
        librarySectionTitle: section.title,
        Metadata: found.map((item) => metadataOf(item, false)),
      });
    }
    const itemMatch = /^\/library\/metadata\/([^/]+)(\/refresh|\/extras)?$/.exec(path);
    const item = itemMatch ? items.find((i) => i.ratingKey === itemMatch[1]) : undefined;
    if (itemMatch && item) {
      if (itemMatch[2] === '/refresh' && method === 'PUT') return { status: 200 };
      if (itemMatch[2] === '/extras' && method === 'GET') {
        const trailers = Array.from({ length: item.trailers ?? 0 }, (_, i) => ({
          ratingKey: `${item.ratingKey}0${i}`,
          type: 'clip',
          title: `${item.title} trailer`,
          extraType: 1,
          subtype: 'trailer',
        }));
        return container({ size: trailers.length, Metadata: trailers });
      }
      if (!itemMatch[2] && method === 'GET')
        return container({ size: 1, Metadata: [metadataOf(item, true)] });
    }
    return { status: 404, text: '<html><body>Not Found</body></html>', contentType: 'text/html' };
  };

  const server = await startFakeApp({
    authorized: (request) =>
      (request.headers['x-plex-token'] ?? request.query['X-Plex-Token']) === data.token,
    isPublic: (request) => request.path === '/identity',
    authBeforeRouting: true,
    unauthorized: { status: 401, text: unauthorizedPage, contentType: 'text/html' },
    route,
  });
  return {
    ...server,
    get requests() {
      return server.requests;
    },
    scans: () =>
      server.requests
        .filter((r) => /^\/library\/sections\/[^/]+\/refresh$/.test(r.path))
        .map((r) => ({ section: r.path.split('/')[3] ?? '', path: r.query.path ?? null })),
    itemRefreshes: () =>
      server.requests
        .filter((r) => r.method === 'PUT' && /\/refresh$/.test(r.path))
        .map((r) => r.path.split('/')[3] ?? ''),
  };
}
