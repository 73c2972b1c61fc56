// The headless app with the yt-dlp stand-in as its yt-dlp, and the stand-in's answers per test.
// YouTube cannot be reached from here: the stand-in answers searches from recorded flat-search
// JSON and hands every download to the real yt-dlp (against a loopback server).
import { test as base } from './test';
import {
  standinPath,
  standinQueries,
  writeStandinSearches,
  type StandinConfig,
  type StandinEntry,
  type StandinSearches,
} from './ytdlp-standin';

export interface Standin {
  config: StandinConfig;
  /** Replaces the recorded answers; the stand-in reads them again on every call. */
  answer(searches: StandinSearches): void;
  queries(): string[];
}

export const test = base.extend<{ standin: Standin }>({
  // eslint-disable-next-line no-empty-pattern
  standin: async ({}, use, testInfo) => {
    const dir = testInfo.outputPath('standin');
    const config = writeStandinSearches(dir, {});
    await use({
      config,
      answer: (searches) => writeStandinSearches(dir, searches),
      queries: () => standinQueries(config.logPath),
    });
  },
  // The app hands its environment to the yt-dlp it runs: that is how the stand-in finds its answers.
  appOptions: async ({ standin }, use) => {
    await use({ extraArgs: ['--yt-dlp', standinPath], env: standin.config.env });
  },
});

/** A flat-search entry as yt-dlp prints it. */
export function searchEntry(id: string, title: string, extra: Partial<StandinEntry> = {}): StandinEntry {
  return {
    _type: 'url',
    ie_key: 'Youtube',
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    title,
    description: null,
    duration: 150,
    channel_id: `UC${id}`,
    channel: 'Some Channel',
    uploader: 'Some Channel',
    view_count: 120_000,
    live_status: null,
    availability: null,
    thumbnails: [{ url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, width: 480, height: 360 }],
    ...extra,
  };
}
