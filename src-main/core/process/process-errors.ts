/** Why a child process did not give a result. Callers map these to the contract's error codes. */
export type ProcessErrorCode =
  | 'BINARY_NOT_FOUND'
  | 'PROCESS_START_FAILED'
  | 'PROCESS_FAILED'
  | 'PROCESS_TIMED_OUT'
  | 'PROCESS_ABORTED'
  | 'PROCESS_OUTPUT_TOO_LARGE';

export class ProcessError extends Error {
  constructor(
    readonly code: ProcessErrorCode,
    /** The program as it was asked for, e.g. 'ffprobe' or its full path. */
    readonly command: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The program does not exist or may not be executed (ENOENT / EACCES when starting it). */
export class BinaryNotFound extends ProcessError {
  constructor(command: string, options?: { cause?: unknown }) {
    super('BINARY_NOT_FOUND', command, `The program "${command}" was not found or cannot be run.`, options);
  }
}

/** The program could not be started for another reason (missing working folder, bad arguments). */
export class ProcessStartFailed extends ProcessError {
  constructor(command: string, reason: string, options?: { cause?: unknown }) {
    super('PROCESS_START_FAILED', command, `Could not start "${command}": ${reason}`, options);
  }
}

export class ProcessFailed extends ProcessError {
  constructor(
    command: string,
    /** Null when the process was ended by a signal. */
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    /** The last lines the process wrote to stderr, for the log and the person reading it. */
    readonly stderrTail: string,
    /** Whatever the process printed on stdout before failing; some tools print results and still fail. */
    readonly stdout: string,
  ) {
    const how = exitCode === null ? `was ended by ${signal ?? 'a signal'}` : `exited with code ${exitCode}`;
    const detail = lastLine(stderrTail);
    super('PROCESS_FAILED', command, `"${command}" ${how}${detail ? `: ${detail}` : '.'}`);
  }
}

export class ProcessTimedOut extends ProcessError {
  constructor(
    command: string,
    readonly timeoutMs: number,
    readonly stderrTail: string,
  ) {
    super(
      'PROCESS_TIMED_OUT',
      command,
      `"${command}" did not finish within ${formatMs(timeoutMs)} and was stopped.`,
    );
  }
}

export class ProcessAborted extends ProcessError {
  constructor(command: string, reason = 'it was cancelled', options?: { cause?: unknown }) {
    super('PROCESS_ABORTED', command, `"${command}" was stopped because ${reason}.`, options);
  }
}

export class ProcessOutputTooLarge extends ProcessError {
  constructor(
    command: string,
    readonly maxStdoutBytes: number,
  ) {
    super(
      'PROCESS_OUTPUT_TOO_LARGE',
      command,
      `"${command}" printed more than ${maxStdoutBytes} bytes and was stopped.`,
    );
  }
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return (lines[lines.length - 1] ?? '').trim();
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
