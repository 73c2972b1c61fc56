import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { api } from '../../api';
import { hrefs } from '../../app/router';
import { useAppStore } from '../../store';
import { plural } from '../../store/messages';
import { kindLabel, titleWithYear } from '../library/media-labels';
import { PosterImage } from '../library/PosterImage';
import { VideoBadges } from '../library/VideoBadges';
import { DownloadTrailerDialog } from '../downloads/DownloadTrailerDialog';
import { TitleJobs } from '../downloads/TitleJobs';
import { TitleFacts } from './TitleFacts';
import { TrailerChoices } from './TrailerChoices';
import { VideoGroups } from './VideoGroups';
import { PlayerDialog } from './PlayerDialog';

export function TitlePage({ mediaId }: { mediaId: number }) {
  const { title, openTitle, closeTitle, openDownloadDialog, openFindTrailer } = useAppStore(
    useShallow((s) => ({
      title: s.title,
      openTitle: s.openTitle,
      closeTitle: s.closeTitle,
      openDownloadDialog: s.openDownloadDialog,
      openFindTrailer: s.openFindTrailer,
    })),
  );

  useEffect(() => {
    void openTitle(mediaId);
    return () => closeTitle();
  }, [mediaId, openTitle, closeTitle]);

  const { detail, trailers, status, error } = title;
  const back = (
    <a href={hrefs.library} className="back-link">
      <span aria-hidden="true">←</span> Back to Library
    </a>
  );

  if (!detail) {
    return (
      <div className="title-page">
        {back}
        {status === 'error' ? (
          <div className="empty-panel" role="alert">
            <h1>{error?.code === 'NOT_FOUND' ? 'Title not found' : "Couldn't load this title"}</h1>
            <p>{error?.message}</p>
          </div>
        ) : (
          <p className="muted loading-text">Loading…</p>
        )}
      </div>
    );
  }

  return (
    <div className="title-page">
      {back}
      <div className="title-hero">
        <PosterImage
          className="poster-large"
          title={detail.title}
          src={detail.hasPoster ? api.posterUrl(detail.id, detail.updatedAt) : null}
        />
        <div className="title-info">
          <h1>{titleWithYear(detail)}</h1>
          <p className="title-sub">
            {kindLabel(detail.kind)} ·{' '}
            {detail.trailerCount > 0 ? (
              <span className="badge badge-ok">{plural(detail.trailerCount, 'trailer')}</span>
            ) : (
              <span className="badge badge-missing">No trailer yet</span>
            )}
            <VideoBadges media={detail} />
          </p>
          {detail.folderMissing && (
            <div className="notice notice-warn">
              <strong>Folder missing.</strong> This title's folder was not found at the last scan. If it was
              moved or its drive is disconnected, put it back and rescan the library folder.
            </div>
          )}
          <TitleFacts detail={detail} />
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              onClick={() => openDownloadDialog(detail.id)}
            >
              Download trailer
            </button>
            <button
              type="button"
              className="button"
              onClick={() => openFindTrailer({ mediaId: detail.id, label: titleWithYear(detail) })}
            >
              Find trailer
            </button>
          </div>
        </div>
      </div>

      <section className="trailers-section" aria-labelledby="trailers-heading">
        <h2 id="trailers-heading">Trailers</h2>
        <TitleJobs mediaId={detail.id} />
        {status === 'error' && error && (
          <p className="inline-error" role="alert">
            {error.message}
          </p>
        )}
        <VideoGroups detail={detail} trailers={trailers} />
        <TrailerChoices trailers={trailers} />
      </section>
      <DownloadTrailerDialog detail={detail} />
      <PlayerDialog />
    </div>
  );
}
