import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Versioned so a change to the fixture library builds a new one instead of reusing a stale copy.
export const fixtureLibraryDir = join(tmpdir(), 'trailerdeck-e2e-library-v2');
export const fixtureMovies = join(fixtureLibraryDir, 'Movies');
export const fixtureSeries = join(fixtureLibraryDir, 'Series');
