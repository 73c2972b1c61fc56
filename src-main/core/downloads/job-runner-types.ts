// The job runner's dependencies and hooks, in their own file: the runner and its download step
// both use them, and neither should import the other for a type.
import type { ProcessingStep } from '../../../src-preload/contract/downloads';
import type { TrailerProfile } from '../../../src-preload/contract/profiles';
import type { NamingPreset } from '../../../src-preload/contract/video-kinds';
import type { AppDatabase } from '../db/open-database';
import type { RunProcess } from '../process/run-process';
import type { HardwareEncoderDetector } from '../processing/hardware-encoders';
import type { ProbeFile } from '../probe/types';
import type { JobRow, JobStore } from './job-store';
import type { ReadableEnd } from './verify-trailer';
import type { DownloadProgress } from './ytdlp-progress';

export interface DownloadTools {
  ytdlpPath: string;
  ffmpegLocation?: string;
  cookiesFile?: string;
  cookiesFromBrowser?: string;
  /** ffmpeg is missing: single-file downloads, kept in the site's own container. */
  withoutFfmpeg?: boolean;
}

export interface JobRunnerDeps {
  db: AppDatabase;
  store: JobStore;
  probe: ProbeFile;
  getProfile: (id: number) => TrailerProfile;
  tools: () => DownloadTools;
  runProcess?: RunProcess;
  /** Where a file's data really ends: catches a cut-off file whose header claims the full length. */
  readableEnd?: ReadableEnd;
  /** Something the person should know that does not stop the download (ffmpeg missing). */
  onWarning?: (message: string) => void;
  /** The naming preset chosen in Settings, read when a job is filed; Plex when not given. */
  namingPreset?: () => NamingPreset;
  /** The hardware encoders that work here, found once for the app's life. */
  encoders?: HardwareEncoderDetector;
  /** The processing stage's notes (a hardware encoder that failed and the software one used). */
  log?: (level: 'info' | 'warn', message: string) => void;
}

export interface JobHooks {
  signal: AbortSignal;
  onProgress: (progress: DownloadProgress) => void;
  /** The download is done; verifying, processing and filing start. */
  onProcessing: (job: JobRow) => void;
  /** Where the processing stage is, coalesced by the progress feed. */
  onProcessingProgress: (
    step: ProcessingStep,
    at: { fraction?: number | null; encodeSpeed?: number | null; etaSeconds?: number | null },
  ) => void;
  onSpawn: (pid: number) => void;
}
