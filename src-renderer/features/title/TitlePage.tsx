import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MediaDetail } from '../../../src-preload/contract';
import { api } from '../../api';
import { hrefs } from '../../app/router';
import { useAppStore } from '../../store';
import { plural } from '../../store/messages';
import { kindLabel, titleWithYear } from '../library/media-labels';
import { PosterImage } from '../library/PosterImage';
import { TrailersTable } from './TrailersTable';
import { youtubeUrl } from './trailer-columns';

function ExternalLink({ href, children }: { href: string; children: string }) {
  // Only http(s) leaves the app; main opens it in the system browser.
  if (!/^https?:\/\//.test(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external">
      {children}
    </a>
  );
}

function Ids({ detail }: { detail: MediaDetail }) {
  const rows: Array<[string, React.ReactNode]> = [];
  if (detail.imdbId) {
    rows.push([
      'IMDb',
      /^tt\d+$/.test(detail.imdbId) ? (
        <ExternalLink href={`https://www.imdb.com/title/${detail.imdbId}/`}>{detail.imdbId}</ExternalLink>
      ) : (
        detail.imdbId
      ),
    ]);
  }
  if (detail.tmdbId) {
    const path = detail.kind === 'movie' ? 'movie' : 'tv';
    rows.push([
      'TMDB',
      /^\d+$/.test(detail.tmdbId) ? (
        <ExternalLink href={`https://www.themoviedb.org/${path}/${detail.tmdbId}`}>
          {detail.tmdbId}
        </ExternalLink>
      ) : (
        detail.tmdbId
      ),
    ]);
  }
  if (detail.tvdbId) rows.push(['TVDB', detail.tvdbId]);
  if (detail.nfoTrailerId) {
    const url = youtubeUrl(detail.nfoTrailerId);
    rows.push([
      'NFO trailer',
      url ? <ExternalLink href={url}>{detail.nfoTrailerId}</ExternalLink> : detail.nfoTrailerId,
    ]);
  }
  return (
    <dl className="facts">
      <div className="fact">
        <dt>Folder</dt>
        <dd>
          <code className="path">{detail.folderPath}</code>
        </dd>
      </div>
      {rows.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TitlePage({ mediaId }: { mediaId: number }) {
  const { title, openTitle, closeTitle } = useAppStore(
    useShallow((s) => ({ title: s.title, openTitle: s.openTitle, closeTitle: s.closeTitle })),
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
          </p>
          {detail.folderMissing && (
            <div className="notice notice-warn">
              <strong>Folder missing.</strong> This title's folder was not found at the last scan. If it was
              moved or its drive is disconnected, put it back and rescan the library folder.
            </div>
          )}
          <Ids detail={detail} />
        </div>
      </div>

      <section className="trailers-section" aria-labelledby="trailers-heading">
        <h2 id="trailers-heading">Trailers</h2>
        {status === 'error' && error && (
          <p className="inline-error" role="alert">
            {error.message}
          </p>
        )}
        {trailers.length === 0 ? (
          <p className="empty-inline">No trailers yet for this title.</p>
        ) : (
          <TrailersTable trailers={trailers} />
        )}
      </section>
    </div>
  );
}
