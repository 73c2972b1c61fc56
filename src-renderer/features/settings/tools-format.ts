import type { ContractError, InstallProgress } from '../../../src-preload/contract';
import { formatSize } from '../title/format';

export interface InstallProgressView {
  text: string;
  /** 0–100 while the size is known, else null (an indeterminate bar). */
  percent: number | null;
}

/** "Downloading yt-dlp… 3.4 MB of 12.3 MB (27%)", then the checksum step. */
export function describeInstallProgress(progress: InstallProgress | null): InstallProgressView {
  if (!progress) return { text: 'Starting the download of yt-dlp…', percent: null };
  if (progress.phase === 'verifying') {
    return { text: "Checking the download against the release's checksums…", percent: null };
  }
  if (progress.phase === 'done') return { text: 'yt-dlp is installed.', percent: 100 };
  if (progress.phase === 'failed') return { text: progress.message ?? 'The download failed.', percent: null };
  const received = formatSize(progress.receivedBytes);
  const total = progress.totalBytes;
  if (total === null || total <= 0) return { text: `Downloading yt-dlp… ${received}`, percent: null };
  const percent = Math.min(100, Math.max(0, (progress.receivedBytes / total) * 100));
  return {
    text: `Downloading yt-dlp… ${received} of ${formatSize(total)} (${Math.floor(percent)}%)`,
    percent,
  };
}

/**
 * Main names the field a schema refused in brackets ("… (path.value)."): next to the field itself
 * that is noise, so it goes.
 */
export function fieldMessage(error: ContractError): string {
  const bare = error.message.replace(/ \([\w.]+\)\.?$/, '');
  return /[.!?]$/.test(bare) ? bare : `${bare}.`;
}
