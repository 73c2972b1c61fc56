// Where yt-dlp's official standalone builds live and what they are called, per platform. The base
// URL is a setting, so tests (and mirrors) can serve the same layout from elsewhere.
import type { YtdlpChannel } from '../../../src-preload/contract/tools';

export const officialReleaseUrls: Record<YtdlpChannel, string> = {
  stable: 'https://github.com/yt-dlp/yt-dlp/releases/latest/download',
  nightly: 'https://github.com/yt-dlp/yt-dlp-nightly-builds/releases/latest/download',
};

export const checksumsFileName = 'SHA2-256SUMS';

/** The release asset that runs without Python on this platform, or null where there is none. */
export function releaseAssetName(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string | null {
  if (platform === 'win32') return arch === 'ia32' ? 'yt-dlp_x86.exe' : 'yt-dlp.exe';
  if (platform === 'darwin') return 'yt-dlp_macos';
  if (platform === 'linux') {
    if (arch === 'x64') return 'yt-dlp_linux';
    if (arch === 'arm64') return 'yt-dlp_linux_aarch64';
    if (arch === 'arm') return 'yt-dlp_linux_armv7l';
  }
  return null;
}

/** The file name the managed copy gets in the data folder. */
export function managedFileName(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'yt-dlp.exe' : 'yt-dlp';
}

/** The SHA-256 of `asset` in a SHA2-256SUMS file ("<hex>  <name>" lines, as sha256sum writes). */
export function checksumFor(sums: string, asset: string): string | null {
  for (const line of sums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(.+)$/.exec(line.trim());
    if (match && match[2] === asset) return match[1]!.toLowerCase();
  }
  return null;
}
