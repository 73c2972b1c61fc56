import { useId } from 'react';
import type { DiagnosticsReport, FolderCheck, ToolInfo } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { folderFlags, folderWorks, formatFreeSpace, toolSourceLabel, toolWorks } from './diagnostics-format';

function Verdict({ ok }: { ok: boolean }) {
  return (
    <span className={`check-mark ${ok ? 'check-ok' : 'check-bad'}`} aria-hidden="true">
      {ok ? '✓' : '!'}
    </span>
  );
}

function Problem({ problem, fix }: { problem: string | null; fix: string | null }) {
  if (!problem && !fix) return null;
  return (
    <div className="check-problem">
      {problem && <p>{problem}</p>}
      {fix && (
        <p className="check-fix">
          <strong>How to fix it:</strong> {fix}
        </p>
      )}
    </div>
  );
}

/** Install or Update, right where an outdated yt-dlp is flagged. */
function YtdlpInstallButton({ tool }: { tool: ToolInfo }) {
  const installing = useAppStore((s) => s.toolsBusy === 'installing' || (s.toolsStatus?.installing ?? false));
  const label = tool.source === 'managed' ? 'Update yt-dlp' : 'Install yt-dlp';
  return (
    <button
      type="button"
      className="button button-small check-action"
      disabled={installing}
      onClick={() => void appStore.getState().installYtdlp()}
    >
      {installing ? 'Installing yt-dlp…' : label}
    </button>
  );
}

function ToolItem({ tool, compact }: { tool: ToolInfo; compact: boolean }) {
  const nameId = useId();
  const works = toolWorks(tool);
  const ok = works && tool.outdated === null;
  return (
    <li className={`check-item ${ok ? '' : 'check-item-bad'}`} aria-labelledby={nameId}>
      <Verdict ok={ok} />
      <div className="check-body">
        <p className="check-line">
          <span className="check-name" id={nameId}>
            {tool.label}
          </span>
          {works ? (
            <span className="check-version">{tool.version}</span>
          ) : (
            <span className="badge badge-error">{tool.path === null ? 'Not found' : 'Does not run'}</span>
          )}
          {works && tool.outdated !== null && <span className="badge badge-warn">Outdated</span>}
          {!compact && tool.source && <span className="muted">{toolSourceLabel(tool.source)}</span>}
        </p>
        {!compact && tool.path && <code className="path check-path">{tool.path}</code>}
        <Problem problem={tool.problem ?? tool.outdated} fix={tool.fix} />
        {tool.name === 'ytdlp' && tool.outdated !== null && tool.source !== 'settings' && (
          <YtdlpInstallButton tool={tool} />
        )}
      </div>
    </li>
  );
}

function FolderItem({ folder, compact }: { folder: FolderCheck; compact: boolean }) {
  const nameId = useId();
  const ok = folderWorks(folder);
  return (
    <li className={`check-item ${ok ? '' : 'check-item-bad'}`} aria-labelledby={nameId}>
      <Verdict ok={ok} />
      <div className="check-body">
        <p className="check-line">
          <span className="check-name" id={nameId}>
            {folder.label}
          </span>
          {folderFlags(folder).map((flag) => (
            <span key={flag.label} className={`badge ${flag.ok ? 'badge-ok' : 'badge-error'}`}>
              {flag.label}
            </span>
          ))}
          {folder.exists && (
            <span className="check-space">{formatFreeSpace(folder.freeBytes, folder.totalBytes)}</span>
          )}
        </p>
        <code className="path check-path" title={compact ? folder.path : undefined}>
          {folder.path}
        </code>
        <Problem problem={folder.problem} fix={folder.fix} />
      </div>
    </li>
  );
}

/**
 * The checklist: each tool (found, its version) and each folder (readable, writable, free space),
 * with what is wrong and how to fix it. `compact` is the first-run panel's denser form.
 */
export function DiagnosticsChecklist({
  report,
  compact = false,
}: {
  report: DiagnosticsReport;
  compact?: boolean;
}) {
  const toolsId = useId();
  const foldersId = useId();
  const Heading = compact ? 'h3' : 'h2';
  return (
    <div className={compact ? 'checklist checklist-compact' : 'checklist'}>
      <section className="checklist-group" aria-labelledby={toolsId}>
        <Heading id={toolsId}>Tools</Heading>
        <ul className="check-list" aria-label="Tools">
          {report.tools.map((tool) => (
            <ToolItem key={tool.name} tool={tool} compact={compact} />
          ))}
        </ul>
      </section>
      <section className="checklist-group" aria-labelledby={foldersId}>
        <Heading id={foldersId}>Folders</Heading>
        <ul className="check-list" aria-label="Folders">
          {report.folders.map((folder) => (
            <FolderItem key={`${folder.rootId ?? 'data'}:${folder.path}`} folder={folder} compact={compact} />
          ))}
        </ul>
      </section>
    </div>
  );
}
