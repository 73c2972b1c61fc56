import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'library' }
  | { page: 'activity' }
  | { page: 'review' }
  | { page: 'audit' }
  | { page: 'settings' }
  | { page: 'diagnostics' }
  | { page: 'logs' }
  | { page: 'title'; mediaId: number };

export const hrefs = {
  library: '#/library',
  activity: '#/activity',
  review: '#/review',
  audit: '#/audit',
  settings: '#/settings',
  diagnostics: '#/diagnostics',
  logs: '#/logs',
  title: (mediaId: number) => `#/title/${mediaId}`,
};

/** Unknown or empty hashes land on the library. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/settings') return { page: 'settings' };
  if (path === '/activity') return { page: 'activity' };
  if (path === '/review') return { page: 'review' };
  if (path === '/audit') return { page: 'audit' };
  if (path === '/diagnostics') return { page: 'diagnostics' };
  if (path === '/logs') return { page: 'logs' };
  const title = /^\/title\/(\d{1,15})$/.exec(path);
  if (title) {
    const mediaId = Number(title[1]);
    if (mediaId > 0) return { page: 'title', mediaId };
  }
  return { page: 'library' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => location.hash;

/** The route as a hash string, so React compares it by value. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHash(hash);
}
