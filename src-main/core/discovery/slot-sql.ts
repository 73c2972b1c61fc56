// "Does this title still lack a video this profile wants?" as one SQL condition on `media m`, built
// from the profile's slots (wanted-slots.ts) so the library-wide count stays in SQLite: each wanted
// slot is a probe of the title's jobs (download_job_media_id_idx) and, when detected files count,
// of its files (download_media_exists_idx). Nothing reads a row of another title. The seasons come
// from media_season (its primary key), so a series' season slots cost one range read.
import { slotKey, type VideoSlot } from '../../../src-preload/contract/video-kinds';
import { usableVideo } from '../db/usable-trailer';
import { slotLanguages, titleSlots, type SlotProfile } from './wanted-slots';

export type SlotParams = Record<string, string | number | null>;

const LIVE = `('queued', 'downloading', 'processing', 'paused')`;

/**
 * The condition that one slot is filled: a live job for it, a completed one whose file is usable,
 * or (when the profile accepts them) enough usable files found on disk of its type, season and
 * language (the second featurette needs two).
 */
function satisfied(key: string, type: string, season: string, language: string, ordinal: string): string {
  // "+j.profile_id": through the title's jobs (download_job_media_id_idx), never through all of a
  // profile's jobs, which SQLite would pick without statistics and which grows with the library.
  return `(EXISTS (SELECT 1 FROM download_job j LEFT JOIN download d ON d.id = j.download_id
      WHERE j.media_id = m.id AND +j.profile_id = @profileId AND j.slot = ${key}
        AND (j.status IN ${LIVE} OR (j.status = 'completed' AND ${usableVideo('d')})))
    OR (@acceptDetected = 1 AND (SELECT count(*) FROM download d
      WHERE d.media_id = m.id AND ${usableVideo('d')} AND d.profile_name = 'detected'
        AND d.video_type = ${type} AND d.season IS ${season}
        AND (${language} IS NULL OR d.language = ${language})) >= ${ordinal}))`;
}

/** Numbered season folders of the title: its season slots come in this order. */
const SEASON_COUNT = `(SELECT count(*) FROM media_season ms WHERE ms.media_id = m.id AND ms.season > 0)`;

export interface UnsatisfiedCondition {
  sql: string;
  params: SlotParams;
}

/**
 * The SQL condition (on `media m`) true for a title that lacks one of the profile's slots. Params
 * `profileId` and `acceptDetected` are included. A profile wanting nothing matches no title.
 */
export function unsatisfiedCondition(
  profile: SlotProfile,
  profileId: number,
  acceptDetected: boolean,
): UnsatisfiedCondition {
  const params: SlotParams = {
    profileId,
    acceptDetected: acceptDetected ? 1 : 0,
    cap: profile.maxVideosPerTitle,
  };
  const { first, rest } = titleSlots(profile);
  const languages = slotLanguages(profile);
  const seasonSlots = profile.seasonTrailers
    ? `(CASE WHEN m.kind = 'series' THEN ${SEASON_COUNT} * ${languages.length} ELSE 0 END)`
    : '0';
  const parts: string[] = [];
  const slotPart = (slot: VideoSlot, name: string) => {
    params[`${name}k`] = slotKey(slot);
    params[`${name}t`] = slot.type;
    params[`${name}s`] = slot.season;
    params[`${name}l`] = slot.language;
    params[`${name}o`] = slot.ordinal;
    return `NOT ${satisfied(`@${name}k`, `@${name}t`, `@${name}s`, `@${name}l`, `@${name}o`)}`;
  };
  first.slice(0, profile.maxVideosPerTitle).forEach((slot, i) => parts.push(slotPart(slot, `f${i}`)));
  // The other types come after the season trailers: a series with many seasons may reach the cap first.
  rest.forEach((slot, i) => {
    const at = first.length + i;
    if (at >= profile.maxVideosPerTitle) return;
    params[`r${i}p`] = at;
    parts.push(`(@r${i}p + ${seasonSlots} < @cap AND ${slotPart(slot, `r${i}`)})`);
  });
  if (profile.seasonTrailers && first.length < profile.maxVideosPerTitle) {
    params.firstCount = first.length;
    params.languageCount = languages.length;
    params.seasonLanguages = JSON.stringify(languages);
    const key = `'trailer/s' || s.season || coalesce('@' || l.value, '')`;
    parts.push(`(m.kind = 'series' AND EXISTS (
      SELECT 1 FROM (SELECT ms.season, row_number() OVER (ORDER BY ms.season) - 1 AS n
                     FROM media_season ms WHERE ms.media_id = m.id AND ms.season > 0) s
        JOIN json_each(@seasonLanguages) l
      WHERE @firstCount + s.n * @languageCount + l.key < @cap
        AND NOT ${satisfied(key, `'trailer'`, 's.season', 'l.value', '1')}))`);
  }
  const sql = parts.length === 0 ? '0' : `(${parts.join('\n  OR ')})`;
  return { sql: `m.missing_since IS NULL AND ${sql}`, params };
}
