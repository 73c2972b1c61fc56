import { useEffect, useMemo } from 'react';
import type { DownloadJob } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import { JobActions } from './JobActions';
import { JobChoiceDisclosure } from './JobChoice';
import { JobDetails, JobStatusBadge } from './JobDetails';
import { JobProgressBar, JobRate } from './JobProgress';
import { jobVideoLabel } from './download-format';
import { isRunning, titleJobsOfMedia } from './job-selectors';
import { runJobAction } from './run-job-action';

function TitleJob({ job }: { job: DownloadJob }) {
  const video = jobVideoLabel(job);
  return (
    <li className="title-job">
      <div className="title-job-head">
        <JobStatusBadge job={job} />
        {video && <span className="job-video">{video}</span>}
        <span className="muted">Profile: {job.profileName}</span>
        <JobRate job={job} />
        <span className="title-job-actions">
          <JobActions job={job} run={runJobAction} />
        </span>
      </div>
      <JobProgressBar job={job} />
      {!isRunning(job.status) && (
        <div className="title-job-details">
          <JobDetails job={job} withChoice={false} />
        </div>
      )}
      <JobChoiceDisclosure job={job} />
    </li>
  );
}

/** The title's queued and running downloads, and a failed last one, above its Trailers table. */
export function TitleJobs({ mediaId }: { mediaId: number }) {
  // Worked out when the jobs change, not on every progress tick.
  const jobsById = useAppStore((s) => s.jobsById);
  const loadTitleJobs = useAppStore((s) => s.loadTitleJobs);
  useEffect(() => {
    void loadTitleJobs(mediaId);
  }, [loadTitleJobs, mediaId]);
  const jobs = useMemo(() => titleJobsOfMedia(jobsById, mediaId), [jobsById, mediaId]);
  if (jobs.length === 0) return null;
  return (
    <section className="title-jobs" aria-label="Trailer downloads">
      <ul>
        {jobs.map((job) => (
          <TitleJob key={job.id} job={job} />
        ))}
      </ul>
    </section>
  );
}
