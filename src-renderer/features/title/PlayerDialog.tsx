import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { TrailerFile } from '../../../src-preload/contract';
import { languageName } from '../../../src-preload/contract/language-names';
import { videoTypeLabels } from '../../../src-preload/contract/video-kinds';
import { api } from '../../api';
import { DialogHeader, ModalDialog } from '../../app/ModalDialog';
import { useAppStore } from '../../store';
import { formatDuration, formatSize, formatTrack, processingFacts } from './format';
import { handlePlayerKey } from './player-keys';
import { seasonLabel } from './video-groups';

/**
 * Plays one of the title's files inside the window, its facts beside it. The browser streams it
 * from the app's own /videos/<download id> (ranges, token, confined to the library: see
 * src-main/core/files/serve-video.ts). Escape closes the native dialog, which gives focus back to
 * the Play button that opened it.
 */
export function PlayerDialog() {
  const { trailers, playingVideoId, closePlayer } = useAppStore(
    useShallow((s) => ({
      trailers: s.title.trailers,
      playingVideoId: s.playingVideoId,
      closePlayer: s.closePlayer,
    })),
  );
  // Found again on every refresh: a file deleted meanwhile closes the player.
  const file = trailers.find((t) => t.id === playingVideoId && t.fileExists) ?? null;
  return (
    <ModalDialog open={file !== null} label="Player" className="player-dialog" onClose={closePlayer}>
      {file && <Player file={file} onClose={closePlayer} />}
    </ModalDialog>
  );
}

function Player({ file, onClose }: { file: TrailerFile; onClose(): void }) {
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    // The keys act on the video from the start, without a click on it first. Next frame: the
    // dialog opens in ModalDialog's effect, which runs after this one, and a closed dialog's
    // contents cannot take focus.
    const frame = requestAnimationFrame(() => video.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [file.id]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!video.current || event.altKey || event.ctrlKey || event.metaKey) return;
    if (handlePlayerKey(event.key, targetTag(event), video.current)) event.preventDefault();
  };

  return (
    // The keys are the dialog's, wherever the focus is inside it (the video or its controls).
    <div className="dialog-body player-body" onKeyDown={onKeyDown}>
      <DialogHeader title={file.fileName} onClose={onClose} />
      <div className="player-layout">
        <video
          ref={video}
          className="player-video"
          src={api.videoUrl(file.id)}
          controls
          autoPlay
          preload="metadata"
          aria-label={`Video ${file.fileName}`}
        />
        <FileFacts file={file} />
      </div>
      <p className="player-keys muted">Space plays or pauses · ← → seek 5 s · ↑ ↓ volume · Esc closes</p>
    </div>
  );
}

const targetTag = (event: KeyboardEvent) => (event.target instanceof HTMLElement ? event.target.tagName : '');

function FileFacts({ file }: { file: TrailerFile }) {
  const kind = videoTypeLabels[file.videoType];
  const facts: [string, string][] = [
    ['Type', file.season === null ? kind : `${kind}, ${seasonLabel(file.season)}`],
    ['Resolution', file.resolution ?? '—'],
    ['Video', file.videoFormat ?? '—'],
    ['Audio', formatTrack(file.audioFormat, languageName(file.audioLanguage) ?? file.audioLanguage)],
    [
      'Subtitles',
      formatTrack(file.subtitleFormat, languageName(file.subtitleLanguage) ?? file.subtitleLanguage),
    ],
    ['Duration', formatDuration(file.durationSeconds)],
    ['Size', formatSize(file.size)],
    ['Container', file.fileFormat ?? '—'],
    ['Language', file.language === null ? '—' : (languageName(file.language) ?? file.language)],
    ['Profile', file.profileName],
    ...processingFacts(file),
  ];
  return (
    <dl className="player-facts" aria-label="File facts">
      {facts.map(([name, value]) => (
        <div key={name} className="player-fact">
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="player-fact player-fact-path">
        <dt>File</dt>
        <dd title={file.path}>{file.path}</dd>
      </div>
    </dl>
  );
}
