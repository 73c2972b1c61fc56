// yt-dlp must keep up with YouTube, which changes often: a copy months old fails in ways that look
// like broken videos. Its version is its release date (2023.03.04, nightly 2024.08.06.232906), so
// its age is read from the version against today's date.

/** Past this many days a yt-dlp is flagged as outdated. */
export const ytdlpStaleAfterDays = 90;

const dayMs = 86_400_000;

/** The release date a yt-dlp version names, or null for a version that is not a date. */
export function ytdlpReleaseDate(version: string): Date | null {
  const match = /^(\d{4})\.(\d{1,2})\.(\d{1,2})(?:\.\d+)?$/.exec(version.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Refuses 2023.13.40 and the like rather than rolling it into another date.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** How old the yt-dlp is, in whole days, when older than the limit; else null. */
export function ytdlpAgeDays(version: string, now: Date): number | null {
  const released = ytdlpReleaseDate(version);
  if (!released) return null;
  const days = Math.floor((now.getTime() - released.getTime()) / dayMs);
  return days > ytdlpStaleAfterDays ? days : null;
}
