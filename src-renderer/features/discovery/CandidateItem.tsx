import { useId, useState } from 'react';
import type { TrailerCandidate } from '../../../src-preload/contract';
import { FilmIcon } from '../../app/icons';
import { formatDuration } from '../title/format';
import { clampScore, reasonText, scoreText, sortReasons, sourceLabels } from './discovery-format';

function Thumbnail({ candidate }: { candidate: TrailerCandidate }) {
  // Blocked (the window's CSP allows only YouTube's image hosts), offline, or gone: the placeholder stands in.
  const [failed, setFailed] = useState(false);
  if (candidate.thumbnailUrl && !failed) {
    return (
      <img
        className="candidate-thumb"
        src={candidate.thumbnailUrl}
        alt={`Thumbnail of “${candidate.title}”`}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    );
  }
  return (
    <div className="candidate-thumb candidate-thumb-none" aria-hidden="true">
      <FilmIcon size={28} />
    </div>
  );
}

function ScoreMeter({ score, minScore }: { score: number; minScore: number }) {
  const value = clampScore(score);
  const passes = value >= minScore;
  return (
    <div className="candidate-score">
      <span className="candidate-score-label">Score</span>
      <div
        className="score-track"
        role="meter"
        aria-label="Score"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} out of 100${passes ? '' : `, below the profile's minimum of ${minScore}`}`}
      >
        <div className={passes ? 'score-fill' : 'score-fill score-low'} style={{ width: `${value}%` }} />
        <div className="score-min" style={{ left: `${clampScore(minScore)}%` }} />
      </div>
      <span className="candidate-score-value">{scoreText(value)}</span>
    </div>
  );
}

interface Props {
  candidate: TrailerCandidate;
  minScore: number;
  /** Another candidate is being queued or rejected: these buttons wait. */
  disabled: boolean;
  busy: boolean;
  onPick(): void;
  onReject(): void;
  /** Plays it in YouTube's player first; given only for a YouTube video with the preview turned on. */
  onPreview?: () => void;
}

/** One proposed video: what it is, how it scored and why, the two choices and, if allowed, a preview. */
export function CandidateItem({ candidate, minScore, disabled, busy, onPick, onReject, onPreview }: Props) {
  const titleId = useId();
  const meta = [
    candidate.channel,
    candidate.durationSeconds === null ? null : formatDuration(candidate.durationSeconds),
  ];
  return (
    <li className="candidate" aria-labelledby={titleId}>
      <div className="candidate-media">
        <Thumbnail candidate={candidate} />
        {onPreview && (
          <button
            type="button"
            className="button button-small candidate-preview"
            aria-label={`Preview “${candidate.title}”`}
            onClick={onPreview}
          >
            <span aria-hidden="true">▶</span> Preview
          </button>
        )}
      </div>
      <div className="candidate-main">
        <div className="candidate-head">
          <a
            id={titleId}
            className="candidate-title external"
            href={candidate.url}
            target="_blank"
            rel="noopener noreferrer"
          >
            {candidate.title}
          </a>
          <span className="badge badge-accent candidate-source">{sourceLabels[candidate.source]}</span>
        </div>
        <p className="candidate-meta muted">
          {meta.filter((m): m is string => m !== null && m !== '').join(' · ') ||
            'Channel and length unknown'}
        </p>
        {candidate.reasons.length > 0 && (
          <ul className="candidate-reasons" aria-label="Reasons">
            {sortReasons(candidate.reasons).map((reason, i) => (
              <li key={i} className={reason.points < 0 ? 'reason reason-minus' : 'reason reason-plus'}>
                {reasonText(reason)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="candidate-side">
        <ScoreMeter score={candidate.score} minScore={minScore} />
        <div className="candidate-actions">
          <button
            type="button"
            className={
              candidate.score >= minScore ? 'button button-small button-primary' : 'button button-small'
            }
            aria-label={`Download “${candidate.title}”`}
            disabled={disabled}
            onClick={onPick}
          >
            {busy ? 'Queueing…' : 'Download'}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Not this one: “${candidate.title}”`}
            disabled={disabled}
            onClick={onReject}
          >
            Not this one
          </button>
        </div>
      </div>
    </li>
  );
}
