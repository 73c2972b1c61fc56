import type { ScanIssue } from '../../../src-preload/contract';
import { plural } from '../../store/messages';

const reasons: Record<ScanIssue['reason'], string> = {
  unreadable: 'Unreadable',
  'symlink-loop': 'Symlink loop',
  'name-too-long': 'Name too long',
  'bad-encoding': 'Name not valid text',
  'probe-failed': 'Trailer not usable',
  other: 'Problem',
};

/** The last scan's issues, folded away until asked for. */
export function ScanIssues({ issues }: { issues: ScanIssue[] }) {
  return (
    <details className="issues">
      <summary>{plural(issues.length, 'issue')} in the last scan</summary>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <code className="path">{issue.path}</code>
            <span className="issue-reason">
              {reasons[issue.reason]}: {issue.message}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
