import { z } from 'zod';
import type { MediaSummary } from './models';
import { maxPickedTitles } from './values';

export { maxPickedTitles };

export const librarySorts = ['title', 'year', 'added'] as const;
/** Title A→Z (accents, case and punctuation ignored, numbers by value); year newest first; added newest first. */
export type LibrarySort = (typeof librarySorts)[number];
export const libraryTypeFilters = ['all', 'movie', 'series'] as const;
export type LibraryTypeFilter = (typeof libraryTypeFilters)[number];
export const libraryTrailerFilters = ['all', 'has', 'missing', 'missingSeasons', 'hasExtras'] as const;
/**
 * "has": the title's own trailer is there (usable, not a season's); "missing": it is not (a title
 * with only broken files is missing); "missingSeasons": a series with a season on disk that has no
 * trailer of its own; "hasExtras": at least one usable video beside the trailers (teaser,
 * featurette…).
 */
export type LibraryTrailerFilter = (typeof libraryTrailerFilters)[number];

/** Which titles a window or a bulk action is about: the library page's filters. */
export const libraryFilterSchema = z.strictObject({
  type: z.enum(libraryTypeFilters).default('all'),
  trailer: z.enum(libraryTrailerFilters).default('all'),
  /** Every word must appear in "title year", ignoring accents and case. */
  text: z.string().max(200).default(''),
  /** "has": only titles whose trailer link is known (set by hand or from the NFO). */
  source: z.enum(['all', 'has']).default('all'),
});
export type LibraryFilter = z.input<typeof libraryFilterSchema>;

/** The largest window one call returns: the page asks for pages around what it shows. */
export const maxLibraryWindow = 500;

export const libraryWindowQuerySchema = libraryFilterSchema.extend({
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  limit: z.number().int().min(1).max(maxLibraryWindow),
  sort: z.enum(librarySorts).default('title'),
  /** Also count the titles per type and per trailer state (one pass): ask on a new filter, not per page. */
  facets: z.boolean().default(false),
});
export type LibraryWindowQuery = z.input<typeof libraryWindowQuerySchema>;

/** Counts among the titles matching the search text, whatever the type and trailer filters say. */
export interface LibraryFacets {
  all: number;
  movie: number;
  series: number;
  hasTrailer: number;
  missingTrailer: number;
}

export interface LibraryWindow {
  /** The titles at [offset, offset + limit) in the asked sort and filter. */
  rows: MediaSummary[];
  /** How many titles match the filter. */
  total: number;
  /** How many titles the library holds, whatever the filter. */
  size: number;
  facets: LibraryFacets | null;
}

/** Every title matching a filter, less those the person unticked: resolved in main, in SQL. */
export const librarySelectionSchema = z.strictObject({
  filter: libraryFilterSchema,
  exceptIds: z
    .array(z.number().int().positive().max(Number.MAX_SAFE_INTEGER))
    .max(maxPickedTitles)
    .default([]),
});
export type LibrarySelection = z.input<typeof librarySelectionSchema>;
