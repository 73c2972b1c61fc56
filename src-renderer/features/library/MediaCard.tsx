import { memo } from 'react';
import type { MediaSummary } from '../../../src-preload/contract';
import { api } from '../../api';
import { hrefs } from '../../app/router';
import { kindLabel, titleWithYear } from './media-labels';
import { PosterImage } from './PosterImage';

export const MediaCard = memo(function MediaCard({ media }: { media: MediaSummary }) {
  const metaId = `media-${media.id}-meta`;
  return (
    <div role="listitem" className="card-cell">
      <a
        href={hrefs.title(media.id)}
        className="card"
        aria-label={titleWithYear(media)}
        aria-describedby={metaId}
      >
        <PosterImage
          title={media.title}
          src={media.hasPoster ? api.posterUrl(media.id, media.addedAt) : null}
        />
        <span className="card-title">{media.title}</span>
        <span className="card-meta" id={metaId}>
          <span>
            {media.year === null ? kindLabel(media.kind) : `${media.year} · ${kindLabel(media.kind)}`}
          </span>
          <span className="card-badges">
            {media.trailerCount > 0 ? (
              <span className="badge badge-ok">Trailer</span>
            ) : (
              <span className="badge badge-missing">Missing</span>
            )}
            {media.folderMissing && <span className="badge badge-warn">Folder missing</span>}
          </span>
        </span>
      </a>
    </div>
  );
});
