export interface ShutdownSteps {
  /** Stops scans and closes the database (`core.close()`). */
  closeCore: () => Promise<void>;
  /** Kills every child process still running (`killAllProcesses()`). */
  killProcesses: () => Promise<void>;
  /** How long the core may take before quitting goes on without it. */
  timeoutMs?: number;
  onError?: (step: 'closeCore' | 'killProcesses', error: unknown) => void;
}

/**
 * Returns the quit routine: runs once however often it is called, never rejects, and always ends
 * with the child processes killed, even when the core fails or hangs while closing.
 */
export function createShutdown(steps: ShutdownSteps): () => Promise<void> {
  let running: Promise<void> | null = null;
  const timeoutMs = steps.timeoutMs ?? 5000;

  async function run(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        steps.closeCore(),
        new Promise<void>((_resolve, reject) => {
          timer = setTimeout(
            () => reject(new Error(`The core did not close within ${timeoutMs} ms.`)),
            timeoutMs,
          );
        }),
      ]);
    } catch (error) {
      steps.onError?.('closeCore', error);
    } finally {
      clearTimeout(timer);
    }
    try {
      await steps.killProcesses();
    } catch (error) {
      steps.onError?.('killProcesses', error);
    }
  }

  return () => {
    running ??= run();
    return running;
  };
}
