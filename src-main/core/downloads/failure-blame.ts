import type { JobErrorCode } from '../../../src-preload/contract/downloads';

/**
 * Whether a failed download says the video itself will not do for the title, so discovery never
 * proposes it again; or only that this attempt met a problem elsewhere (the network, the disk, a
 * tool, the site's limits, our own arguments), so the same video may be tried again later. Every
 * code is decided here: a new one does not compile until it is.
 */
const blamesTheVideo: Record<JobErrorCode, boolean> = {
  // The video is out of reach for this app as it stands: another one is the way forward.
  SIGN_IN_REQUIRED: true,
  AGE_RESTRICTED: true,
  PRIVATE_VIDEO: true,
  MEMBERS_ONLY: true,
  GEO_RESTRICTED: true,
  VIDEO_UNAVAILABLE: true,
  NOT_FOUND: true,
  UNSUPPORTED_URL: true,
  // No format fits the profile, or the file was not the trailer the profile wants (length, cut off).
  FORMAT_UNAVAILABLE: true,
  VERIFICATION_FAILED: true,
  // Elsewhere: the same video may well work next time.
  BOT_CHECK: false,
  RATE_LIMITED: false,
  SERVER_ERROR: false,
  OFFLINE: false,
  CONNECTION_FAILED: false,
  INCOMPLETE: false,
  // A 403 that outlasts the retries is most often an outdated yt-dlp or the site's limits.
  FORBIDDEN: false,
  FFMPEG_MISSING: false,
  TOOL_MISSING: false,
  DISK_FULL: false,
  PERMISSION_DENIED: false,
  TITLE_FOLDER_MISSING: false,
  // Our own conversion (a missing encoder, a full disk): the video was fine.
  PROCESSING_FAILED: false,
  // The library file an Upgrade converts moved or became a link: nothing to say about any video.
  SOURCE_FILE_REFUSED: false,
  BAD_ARGUMENTS: false,
  INTERRUPTED: false,
  // Not understood: not a reason to hide a video for good.
  UNKNOWN: false,
};

/** The error codes of failed downloads whose video is never proposed again for the title. */
export const videoFaultCodes: readonly JobErrorCode[] = (
  Object.keys(blamesTheVideo) as JobErrorCode[]
).filter((code) => blamesTheVideo[code]);
