// A tool's version, by asking it (`--version` / `-version`): proves it runs, not only that it exists.
import type { ToolName } from '../../../src-preload/contract/tools';
import { ProcessError } from '../process/process-errors';
import type { RunProcess } from '../process/run-process';

export interface VersionResult {
  version: string | null;
  /** Why the program did not answer, in plain words; null when it did. */
  problem: string | null;
}

export async function toolVersion(
  tool: ToolName,
  path: string,
  runProcess: RunProcess,
): Promise<VersionResult> {
  const args = tool === 'ytdlp' ? ['--version'] : ['-version'];
  try {
    const { stdout } = await runProcess({
      command: path,
      args,
      timeoutMs: 20_000,
      maxStdoutBytes: 256 * 1024,
    });
    const version = parseVersion(tool, stdout);
    return version
      ? { version, problem: null }
      : { version: null, problem: `${path} answered, but not like ${toolLabel(tool)}.` };
  } catch (error) {
    const reason = error instanceof ProcessError ? error.message : String(error);
    return { version: null, problem: `${path} does not run: ${reason}` };
  }
}

export function parseVersion(tool: ToolName, stdout: string): string | null {
  const first = stdout.split(/\r?\n/)[0]?.trim() ?? '';
  if (tool === 'ytdlp') return /^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/.test(first) ? first : null;
  const match = new RegExp(`^${tool} version (\\S+)`).exec(first);
  return match?.[1] ?? null;
}

export function toolLabel(tool: ToolName): string {
  return tool === 'ytdlp' ? 'yt-dlp' : tool;
}
