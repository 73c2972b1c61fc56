import { memo } from 'react';
import type { MediaSummary } from '../../../src-preload/contract';
import { api } from '../../api';
import { hrefs } from '../../app/router';
import { kindLabel, titleWithYear } from './media-labels';
import { VideoBadges } from './VideoBadges';
import { PosterImage } from './PosterImage';

interface Props {
  media: MediaSummary;
  /** Selection mode: the card toggles a checkbox instead of opening the title. */
  selecting?: boolean;
  selected?: boolean;
  onToggle?(media: MediaSummary): void;
}

function TrailerBadge({ media, selecting }: { media: MediaSummary; selecting: boolean }) {
  if (media.trailerCount > 0) return <span className="badge badge-ok">Trailer</span>;
  // While selecting, what matters is whether the title can be queued in bulk.
  if (selecting && media.hasTrailerSource) return <span className="badge badge-accent">Link known</span>;
  if (selecting) return <span className="badge badge-missing">No link</span>;
  // A file named like a trailer that cannot be played is no trailer, but the person should know it is there.
  if (media.brokenTrailerCount > 0) return <span className="badge badge-error">Broken trailer</span>;
  return <span className="badge badge-missing">Missing</span>;
}

function CardBody({ media, metaId, selecting }: { media: MediaSummary; metaId: string; selecting: boolean }) {
  return (
    <>
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
          <TrailerBadge media={media} selecting={selecting} />
          <VideoBadges media={media} />
          {media.folderMissing && <span className="badge badge-warn">Folder missing</span>}
        </span>
      </span>
    </>
  );
}

export const MediaCard = memo(function MediaCard({
  media,
  selecting = false,
  selected = false,
  onToggle,
}: Props) {
  const metaId = `media-${media.id}-meta`;
  if (selecting) {
    return (
      <div role="listitem" className="card-cell">
        <label className={selected ? 'card card-selectable card-selected' : 'card card-selectable'}>
          <input
            type="checkbox"
            className="card-check"
            checked={selected}
            onChange={() => onToggle?.(media)}
            aria-label={titleWithYear(media)}
            aria-describedby={metaId}
          />
          <CardBody media={media} metaId={metaId} selecting />
        </label>
      </div>
    );
  }
  return (
    <div role="listitem" className="card-cell">
      <a
        href={hrefs.title(media.id)}
        className="card"
        aria-label={titleWithYear(media)}
        aria-describedby={metaId}
      >
        <CardBody media={media} metaId={metaId} selecting={false} />
      </a>
    </div>
  );
});
