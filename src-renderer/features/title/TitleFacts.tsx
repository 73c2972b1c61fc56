import type { ReactNode } from 'react';
import type { MediaDetail } from '../../../src-preload/contract';
import { youtubeUrl } from './trailer-columns';
import { TrailerLink } from './TrailerLink';

function ExternalLink({ href, children }: { href: string; children: string }) {
  // Only http(s) leaves the app; main opens it in the system browser.
  if (!/^https?:\/\//.test(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external">
      {children}
    </a>
  );
}

export function TitleFacts({ detail }: { detail: MediaDetail }) {
  const rows: Array<[string, ReactNode]> = [];
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
      <div className="fact">
        <dt>Trailer link</dt>
        <dd>
          <TrailerLink detail={detail} />
        </dd>
      </div>
    </dl>
  );
}
