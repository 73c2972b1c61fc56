// Review rows (discovery_result, one per title, profile and slot) for slots the profile no longer
// wants: dropped when the profile's wishes change, in the update's own transaction. Done there,
// not when the Review window is read: an update is rare and reads only that profile's results
// (discovery_result_profile_idx), each with a probe of its title's seasons; a filter at read time
// would repeat the wanted-slot test for every row of every page and of the totals, at every read.
// A season folder that vanishes is the other way a slot stops being wanted: the trigger at the end
// of drizzle/0020_unwanted_outcomes.sql drops that season's rows when its media_season row goes.
import type Database from 'better-sqlite3';
import { slotKey } from '../../../src-preload/contract/video-kinds';
import { slotLanguages, titleSlots, type SlotProfile } from './wanted-slots';

type Params = Record<string, string | number>;

/**
 * The condition (on `discovery_result r` joined to its `media m`) that r's slot is one the profile
 * wants for that title, cut at the cap as wanted-slots.ts cuts it: the title's trailers, then a
 * trailer per numbered season folder, then the other types.
 */
function wantedCondition(profile: SlotProfile): { sql: string; params: Params } {
  const params: Params = { cap: profile.maxVideosPerTitle };
  const { first, rest } = titleSlots(profile);
  const languages = slotLanguages(profile);
  const seasonCount = `(SELECT count(*) FROM media_season ms WHERE ms.media_id = m.id AND ms.season > 0)`;
  const seasonSlots = profile.seasonTrailers
    ? `(CASE WHEN m.kind = 'series' THEN ${seasonCount} * ${languages.length} ELSE 0 END)`
    : '0';
  const parts: string[] = [];
  first.slice(0, profile.maxVideosPerTitle).forEach((slot, i) => {
    params[`f${i}`] = slotKey(slot);
    parts.push(`r.slot = @f${i}`);
  });
  rest.forEach((slot, i) => {
    const at = first.length + i;
    if (at >= profile.maxVideosPerTitle) return;
    params[`r${i}`] = slotKey(slot);
    params[`r${i}p`] = at;
    parts.push(`(r.slot = @r${i} AND @r${i}p + ${seasonSlots} < @cap)`);
  });
  if (profile.seasonTrailers && first.length < profile.maxVideosPerTitle) {
    params.firstCount = first.length;
    params.languageCount = languages.length;
    params.seasonLanguages = JSON.stringify(languages);
    parts.push(`(m.kind = 'series' AND r.slot LIKE 'trailer/s%' AND EXISTS (
      SELECT 1 FROM (SELECT ms.season, row_number() OVER (ORDER BY ms.season) - 1 AS n
                     FROM media_season ms WHERE ms.media_id = m.id AND ms.season > 0) s
        JOIN json_each(@seasonLanguages) l
      WHERE @firstCount + s.n * @languageCount + l.key < @cap
        AND r.slot = 'trailer/s' || s.season || coalesce('@' || l.value, '')))`);
  }
  return { sql: parts.length === 0 ? '0' : parts.join('\n  OR '), params };
}

/**
 * Deletes the profile's Review rows whose slot it no longer wants (its wanted videos, cap, season
 * trailers or languages changed). Call inside the transaction that stores the change. Returns the
 * titles that lost a row, for the Review window's event.
 */
export function dropUnwantedOutcomes(
  sqlite: Database.Database,
  profileId: number,
  profile: SlotProfile,
): number[] {
  const wanted = wantedCondition(profile);
  return sqlite
    .prepare(
      `DELETE FROM discovery_result AS r
       WHERE r.profile_id = @profileId AND r.outcome != 'queued'
         AND NOT EXISTS (SELECT 1 FROM media m WHERE m.id = r.media_id AND (${wanted.sql}))
       RETURNING media_id AS mediaId`,
    )
    .all({ ...wanted.params, profileId })
    .map((row) => (row as { mediaId: number }).mediaId);
}
