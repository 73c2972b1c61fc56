import { describe, expect, it } from 'vitest';
import type { TrailerProfile } from '../../../src-preload/contract';
import { fromDraft, toDraft } from './profile-draft';

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
});
