// Bulk queueing answers counts, not rows: how many titles or files were left out for each reason.
// Shared by "Download missing" (enqueueMany) and the audit's Upgrade.
import type { EnqueueSkips } from '../../../src-preload/contract/downloads';
import { AppError } from '../errors';

export class SkipTally {
  private readonly byCode = new Map<string, EnqueueSkips>();

  add(code: string, reason: string): void {
    const entry = this.byCode.get(code) ?? { code, reason, count: 0 };
    entry.count += 1;
    this.byCode.set(code, entry);
  }

  /** A refusal of one job (already queued, a profile that cannot be used) counted; others rethrown. */
  addRefusal(error: unknown): void {
    if (!(error instanceof AppError)) throw error;
    // The message names one title's job; the count says it for all of them.
    if (error.code === 'ALREADY_QUEUED') this.add(error.code, 'already queued');
    else this.add(error.code, error.message.replace(/\.$/, ''));
  }

  list(): EnqueueSkips[] {
    return [...this.byCode.values()];
  }
}
