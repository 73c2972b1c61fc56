import { describe, expect, it } from 'vitest';
import { parseHash } from './router';

describe('parseHash', () => {
  it('maps hashes to pages and falls back to the library', () => {
    expect(parseHash('#/settings')).toEqual({ page: 'settings' });
    expect(parseHash('#/activity')).toEqual({ page: 'activity' });
    expect(parseHash('#/review')).toEqual({ page: 'review' });
    expect(parseHash('#/audit')).toEqual({ page: 'audit' });
    expect(parseHash('#/diagnostics')).toEqual({ page: 'diagnostics' });
    expect(parseHash('#/logs')).toEqual({ page: 'logs' });
    expect(parseHash('#/logs/extra')).toEqual({ page: 'library' });
    expect(parseHash('#/title/42')).toEqual({ page: 'title', mediaId: 42 });
    expect(parseHash('#/library')).toEqual({ page: 'library' });
    expect(parseHash('')).toEqual({ page: 'library' });
    expect(parseHash('#/title/0')).toEqual({ page: 'library' });
    expect(parseHash('#/title/abc')).toEqual({ page: 'library' });
  });
});
