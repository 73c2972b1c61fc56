import { useMemo } from 'react';
import type { MediaDetail, TrailerFile } from '../../../src-preload/contract';
import { TrailersTable } from './TrailersTable';
import { groupVideos } from './video-groups';

/**
 * The title's videos: a movie's in one list, a series' by season (the whole series first), each
 * season's by type, one table per type; a season without any says so.
 */
export function VideoGroups({ detail, trailers }: { detail: MediaDetail; trailers: TrailerFile[] }) {
  const groups = useMemo(
    () => groupVideos(detail.kind, detail.seasons, trailers),
    [detail.kind, detail.seasons, trailers],
  );
  return groups.map((group) => {
    const id = `videos-${group.season ?? 'title'}`;
    const body =
      group.types.length === 0 ? (
        <p className="empty-inline">{group.empty}</p>
      ) : (
        group.types.map((t) => (
          <div key={t.type} className="video-type-group">
            {/* The title's own trailers need no caption: the section says Trailers already. */}
            {(group.season !== null || t.type !== 'trailer') && (
              <h4 className="video-type-heading">{t.label}</h4>
            )}
            <TrailersTable trailers={t.files} label={t.label} />
          </div>
        ))
      );
    if (group.heading === null) return <div key={id}>{body}</div>;
    return (
      <section key={id} className="video-season" aria-labelledby={id}>
        <h3 id={id}>{group.heading}</h3>
        {body}
      </section>
    );
  });
}
