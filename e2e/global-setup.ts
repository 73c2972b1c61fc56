import { fixtureLibraryDir } from './support/fixture-paths';
import { buildFixtureLibrary } from './support/library-fixtures';

/** Makes the shared fixture library once per run (real ffmpeg); tests that change files copy it. */
export default function globalSetup() {
  buildFixtureLibrary(fixtureLibraryDir);
}
