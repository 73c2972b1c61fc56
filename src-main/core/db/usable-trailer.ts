// What counts as "the title has a trailer", in one place: the title's own trailer (not an extra,
// not a season's) whose file is still there and that the scan did not find broken (empty,
// unreadable, without a video stream). Discovery's "satisfied" reads it from here; media's
// trailer_count (migration 0018's triggers) counts the same rows, so the badge agrees.

/** SQL condition on a `download` row (by its alias) that makes it a usable trailer of the title. */
export function usableTrailer(alias: string): string {
  return `${alias}.file_exists = 1 AND ${alias}.problem IS NULL AND ${alias}.video_type = 'trailer' AND ${alias}.season IS NULL`;
}

/**
 * SQL condition on a `download` row (by its alias) that makes it a usable file of any kind: a
 * slot's own check adds its type, season and language (a featurette satisfies a featurette slot).
 */
export function usableVideo(alias: string): string {
  return `${alias}.file_exists = 1 AND ${alias}.problem IS NULL`;
}
