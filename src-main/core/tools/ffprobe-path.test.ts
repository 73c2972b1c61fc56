import { accessSync, constants, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess } from '../process/run-process';
import { bundledFfprobePath } from './ffprobe-path';

describe('bundledFfprobePath', () => {
  it('points at an executable ffprobe', async () => {
    const path = bundledFfprobePath();
    expect(statSync(path).isFile()).toBe(true);
    expect(() => accessSync(path, constants.X_OK)).not.toThrow();
    const { stdout } = await runProcess({ command: path, args: ['-version'] });
    expect(stdout).toMatch(/^ffprobe version /);
  });
});
