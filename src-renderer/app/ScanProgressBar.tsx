import { useAppStore } from '../store';

export function ScanProgressBar() {
  const progress = useAppStore((s) => s.scanProgress);
  if (!progress) return null;
  const { rootPath, foldersDone, foldersTotal, queued } = progress;
  const percent = foldersTotal > 0 ? Math.min(100, (foldersDone / foldersTotal) * 100) : 0;
  return (
    <div className="scan-progress">
      <div className="scan-progress-text">
        <span>
          Scanning {rootPath} — {foldersDone} of {foldersTotal} folders
        </span>
        {queued > 0 && <span className="muted"> ({queued} more queued)</span>}
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-label="Library scan"
        aria-valuemin={0}
        aria-valuemax={foldersTotal}
        aria-valuenow={foldersDone}
        aria-valuetext={`${foldersDone} of ${foldersTotal} folders`}
      >
        <div
          className={foldersTotal > 0 ? 'progress-fill' : 'progress-fill progress-indeterminate'}
          style={{ width: foldersTotal > 0 ? `${percent}%` : undefined }}
        />
      </div>
    </div>
  );
}
