// ffprobe names demuxers, not file types: 'matroska,webm' covers both .mkv and .webm and
// 'mov,mp4,m4a,3gp,3g2,mj2' covers every ISO media file. People know the file type.
const webmCodecs = new Set(['vp8', 'vp9', 'av1', 'vorbis', 'opus', 'webvtt']);
const matroskaExtensions = new Set(['mkv', 'webm', 'mka', 'mk3d']);
const isoExtensions = new Set(['mp4', 'm4v', 'm4a', 'mov', '3gp', '3g2']);

export interface ContainerHints {
  /** The file's extension, lower case, without the dot. */
  extension: string;
  /** Codec names of every stream. */
  codecs: readonly string[];
  /** The ISO file's major_brand tag ('qt  ' for QuickTime). */
  majorBrand?: string | undefined;
}

/** mp4, mkv, webm, mov, avi, ts, flv… from ffprobe's format_name, the extension and the codecs. */
export function containerName(formatName: string, hints: ContainerHints): string {
  const names = formatName.split(',').map((name) => name.trim().toLowerCase());
  const { extension } = hints;
  if (names.includes('matroska')) {
    if (matroskaExtensions.has(extension)) return extension;
    const webmOnly = hints.codecs.length > 0 && hints.codecs.every((codec) => webmCodecs.has(codec));
    return webmOnly ? 'webm' : 'mkv';
  }
  if (names.includes('mov') && names.includes('mp4')) {
    if (isoExtensions.has(extension)) return extension;
    return hints.majorBrand?.trim() === 'qt' ? 'mov' : 'mp4';
  }
  if (names.includes('mpegts')) return 'ts';
  if (names.includes('mpeg')) return 'mpg';
  if (names.includes('asf')) return extension === 'wmv' ? 'wmv' : 'asf';
  return names[0] || 'unknown';
}
