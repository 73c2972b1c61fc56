import type { MediaSummary } from '../../../src-preload/contract';
import { extrasLabel, seasonTrailersLabel } from './media-labels';

/** "+2 extras", "Seasons 1/3": what else the title has, beside its own trailer. */
export function VideoBadges({
  media,
}: {
  media: Pick<MediaSummary, 'extraCount' | 'seasonCount' | 'seasonTrailerCount'>;
}) {
  const extras = extrasLabel(media.extraCount);
  const seasons = seasonTrailersLabel(media);
  return (
    <>
      {extras && <span className="badge badge-accent">{extras}</span>}
      {seasons && (
        <span
          className={media.seasonTrailerCount < media.seasonCount ? 'badge badge-missing' : 'badge badge-ok'}
          title={`${media.seasonTrailerCount} of ${media.seasonCount} seasons have a trailer`}
        >
          {seasons}
        </span>
      )}
    </>
  );
}
