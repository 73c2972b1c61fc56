import { useEffect } from 'react';
import type { ToolsStatus } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { ToolRow } from './ToolRow';
import { YtdlpUpdates } from './YtdlpUpdates';

/** What a missing ffmpeg costs, said once where the tools are set. */
export const ffmpegMissingText =
  "ffmpeg is missing: trailers are downloaded as single files, without merging, converting to the profile's container, embedded subtitles or metadata.";

function FfmpegMissing({ status }: { status: ToolsStatus }) {
  const fix = status.tools.find((t) => t.name === 'ffmpeg')?.fix;
  return (
    <div className="notice notice-warn tools-warning">
      <p>
        <strong>{ffmpegMissingText}</strong>
      </p>
      {fix && <p className="check-fix">{fix}</p>}
    </div>
  );
}

/** Settings' tools: each program's path, source and version, and Trailerdeck's copy of yt-dlp. */
export function ToolsSection() {
  const status = useAppStore((s) => s.toolsStatus);
  const load = useAppStore((s) => s.toolsLoad);

  useEffect(() => {
    void appStore.getState().loadTools();
  }, []);

  return (
    <section className="settings-section" aria-labelledby="tools-heading">
      <div className="section-header">
        <div>
          <h2 id="tools-heading">Tools</h2>
          <p className="muted">
            The programs Trailerdeck runs. Each is looked for in this order: the path set here, Trailerdeck's
            own copy (yt-dlp), the system, and for ffprobe the copy that comes with Trailerdeck.
          </p>
        </div>
      </div>
      {/* Main starts with no tools listed until its first look for them has finished. */}
      {status && status.tools.length > 0 ? (
        <>
          {status.ffmpegMissing && <FfmpegMissing status={status} />}
          <ul className="tool-list" aria-label="Tools">
            {status.tools.map((tool) => (
              <ToolRow key={tool.name} tool={tool} configured={status.settings.paths[tool.name]} />
            ))}
          </ul>
          <YtdlpUpdates status={status} />
        </>
      ) : load === 'error' ? (
        <p className="inline-error" role="alert">
          The tools could not be checked. Reopen Settings to try again.
        </p>
      ) : (
        <p className="muted">Looking for the tools…</p>
      )}
    </section>
  );
}
