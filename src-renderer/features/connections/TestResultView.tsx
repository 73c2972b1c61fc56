import type { ConnectionKind, ConnectionTestResult } from '../../../src-preload/contract';
import { formatDateTime, formatRelative } from '../../app/dates';
import { connectionKinds, isArr, problemAdvice } from './connection-kinds';

/** "Radarr 5.14.0.9383" (with the server's own name when it has one). */
export function describeApp(result: ConnectionTestResult, kind: ConnectionKind): string {
  const app = [result.appName ?? connectionKinds[kind].label, result.version].filter(Boolean).join(' ');
  // Arrs name themselves after the app unless the instance was renamed: say it only when it adds something.
  const named = result.serverName && result.serverName !== result.appName;
  return named ? `${app} (${result.serverName})` : app;
}

/**
 * What a Test found: the app, its version and its libraries (root folders for an Arr), or what is
 * wrong and what to do about it.
 */
export function TestResultView({
  result,
  kind,
  showWhen = false,
  showLibraries = true,
}: {
  result: ConnectionTestResult;
  kind: ConnectionKind;
  /** On a card the Test may be old: say when it ran. */
  showWhen?: boolean;
  /** A media server's card lists its libraries with their paths here instead. */
  showLibraries?: boolean;
}) {
  const when = showWhen && (
    <>
      {' '}
      <time className="muted" dateTime={result.checkedAt} title={formatDateTime(result.checkedAt)}>
        (tested {formatRelative(result.checkedAt)})
      </time>
    </>
  );
  if (!result.ok) {
    const advice = result.problem && problemAdvice(kind, result.problem.code);
    return (
      <div className="test-result test-result-bad">
        <p>
          <span className="badge badge-error">Not working</span>{' '}
          {result.problem?.message ?? 'The Test failed.'}
          {when}
        </p>
        {advice && <p className="muted">{advice}</p>}
      </div>
    );
  }
  const places = isArr(kind) ? 'Root folders' : 'Libraries';
  return (
    <div className="test-result test-result-ok">
      <p>
        <span className="badge badge-ok">Connected</span> {describeApp(result, kind)}
        {when}
      </p>
      {showLibraries && result.libraries.length > 0 && (
        <details className="test-libraries">
          <summary>
            {places}: {result.libraries.length}
          </summary>
          <ul aria-label={places}>
            {result.libraries.map((library, index) => (
              <li key={`${library.name}-${index}`}>
                {library.name !== '' && <span>{library.name}</span>}
                {library.paths.map((path) => (
                  <code key={path} className="path">
                    {path}
                  </code>
                ))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
