// What counts as "the title has a trailer", in one place: a file that is still there and that the
// scan did not find broken (empty, unreadable, without a video stream). The library's badge and
// filters, the folder counts and discovery's "satisfied" all read it from here, so they agree.

/** SQL condition on a `download` row (by its alias) that makes it a usable trailer. */
export function usableTrailer(alias: string): string {
  return `${alias}.file_exists = 1 AND ${alias}.problem IS NULL`;
}
