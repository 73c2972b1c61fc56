import { noProcessing } from '../../../src-preload/contract/processing-values';
import { describe, expect, it } from 'vitest';
import type { TrailerProfile } from '../../../src-preload/contract';
import { draftProblem, fromDraft, splitList, toDraft } from './profile-draft';

const stored: TrailerProfile = {
  id: 3,
  isDefault: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  name: 'Web',
  enabled: true,
  maxResolution: '720',
  videoCodec: 'vp9',
  audioCodec: 'opus',
  container: 'webm',
  audioLanguage: null,
  subtitlesEnabled: true,
  subtitleLanguages: ['en', 'de'],
  includeAutoSubtitles: false,
  placement: 'custom',
  customTemplate: '{title}',
  minDurationSeconds: null,
  maxDurationSeconds: 300,
  embedMetadata: true,
  searchTemplate: '{title} {year} trailer {language}',
  excludeWords: ['reaction', 'fan made', 'tv spot'],
  channelAllowList: ['Warner Bros. Pictures', 'UCjmJDM5pRKbUlVIzDYYWb6g'],
  minScore: 60,
  acceptDetectedTrailers: false,
  skipWhenPlexHasTrailer: false,
  wantedVideos: { trailer: 1 },
  maxVideosPerTitle: 6,
  seasonTrailers: false,
  languages: [],
  onePerLanguage: false,
  preferDubbed: true,
  processing: noProcessing,
};

describe('profile draft', () => {
  it('round-trips a stored profile to exactly the editable fields', () => {
    const { id: _i, isDefault: _d, createdAt: _c, updatedAt: _u, ...fields } = stored;
    expect(fromDraft(toDraft(stored))).toEqual(fields);
  });

  it('reads typed text: empty means none, languages split on commas and spaces', () => {
    const draft = {
      ...toDraft(stored),
      audioLanguage: ' ',
      subtitleLanguages: 'en,  pt-BR de',
      maxDurationSeconds: '',
    };
    expect(fromDraft(draft)).toMatchObject({
      audioLanguage: null,
      subtitleLanguages: ['en', 'pt-BR', 'de'],
      maxDurationSeconds: null,
    });
  });

  it('keeps multi-word excluded words whole and drops blanks and repeats', () => {
    expect(splitList('reaction,  fan   made ,, Review\nreview, behind the scenes,')).toEqual([
      'reaction',
      'fan made',
      'Review',
      'behind the scenes',
    ]);
    expect(fromDraft({ ...toDraft(stored), excludeWords: ' ', channelAllowList: 'A24' })).toMatchObject({
      excludeWords: [],
      channelAllowList: ['A24'],
    });
  });

  it('catches a minimum score outside 0–100 before asking main', () => {
    const problem = 'The minimum score is a whole number from 0 to 100.';
    expect(draftProblem(toDraft(stored))).toBeNull();
    expect(draftProblem({ ...toDraft(stored), minScore: '0' })).toBeNull();
    expect(draftProblem({ ...toDraft(stored), minScore: '100' })).toBeNull();
    for (const minScore of ['', '101', '-1', '55.5', 'high']) {
      expect(draftProblem({ ...toDraft(stored), minScore })).toBe(problem);
    }
  });
});
