// What goes into the app's log besides explicit calls: every failed tool run (with its command line,
// arguments quoted, and the end of its stderr), and the core events a person may ask about later.
import { basename } from 'node:path';
import type { YoutubeLane } from '../../../src-preload/contract/discovery';
import type { DownloadJob } from '../../../src-preload/contract/downloads';
import type { ScanSummary } from '../../../src-preload/contract/models';
import type { EventBus } from '../event-bus';
import { onProcessFailure } from '../process/run-process';
import { quoteCommandLine, type AppLog } from './app-log';

export function logProcessFailures(log: AppLog): () => void {
  return onProcessFailure(({ command, args, error, stderrTail }) => {
    const details = [quoteCommandLine(command, args), stderrTail.trim()]
      .filter((part) => part !== '')
      .join('\n');
    log.error(basename(command).replace(/\.exe$/i, ''), error.message, details);
  });
}

export function logCoreEvents(log: AppLog, events: EventBus): () => void {
  return events.subscribe((event, payload) => {
    if (event === 'downloads:finished') {
      for (const job of (payload as { jobs: DownloadJob[] }).jobs) {
        const name = job.mediaYear === null ? job.mediaTitle : `${job.mediaTitle} (${job.mediaYear})`;
        if (job.status === 'completed')
          log.info('downloads', `Trailer downloaded for ${name}: ${job.finalPath ?? ''}`);
        else
          log.warn(
            'downloads',
            `Download failed for ${name}: ${job.errorMessage ?? job.errorCode ?? ''}`,
            job.errorHint ?? undefined,
          );
      }
    } else if (event === 'scan:finished') {
      const summary = payload as ScanSummary;
      const level = summary.rootUnreachable || summary.issues.length > 0 ? 'warn' : 'info';
      log[level](
        'scan',
        summary.rootUnreachable
          ? `Could not reach ${summary.rootPath}: nothing was changed.`
          : `Scanned ${summary.rootPath}: ${summary.titlesAdded} new titles, ${summary.trailersFound} trailers, ${summary.issues.length} issues.`,
      );
    } else if (event === 'discovery:youtubeLaneChanged') {
      const lane = payload as YoutubeLane;
      if (lane.paused) log.warn('youtube', `YouTube paused: ${lane.reason ?? ''}`);
      else log.info('youtube', 'YouTube resumed.');
    }
  });
}
