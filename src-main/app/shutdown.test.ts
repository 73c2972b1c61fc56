import { describe, expect, it, vi } from 'vitest';
import { createShutdown } from './shutdown';

describe('createShutdown', () => {
  it('closes the core, then kills child processes, once however often quit is asked for', async () => {
    const order: string[] = [];
    const shutdown = createShutdown({
      closeCore: async () => void order.push('core'),
      killProcesses: async () => void order.push('kill'),
    });
    await Promise.all([shutdown(), shutdown()]);
    await shutdown();
    expect(order).toEqual(['core', 'kill']);
  });

  it('still kills child processes when the core fails to close', async () => {
    const killProcesses = vi.fn(async () => {});
    const onError = vi.fn();
    const shutdown = createShutdown({
      closeCore: () => Promise.reject(new Error('database is locked')),
      killProcesses,
      onError,
    });
    await expect(shutdown()).resolves.toBeUndefined();
    expect(killProcesses).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      'closeCore',
      expect.objectContaining({ message: 'database is locked' }),
    );
  });

  it('gives up waiting for a core that hangs', async () => {
    const killProcesses = vi.fn(async () => {});
    const onError = vi.fn();
    const started = Date.now();
    const shutdown = createShutdown({
      closeCore: () => new Promise(() => {}),
      killProcesses,
      timeoutMs: 50,
      onError,
    });
    await shutdown();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(killProcesses).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(
      'closeCore',
      expect.objectContaining({ message: expect.stringContaining('50 ms') }),
    );
  });

  it('never rejects, even when killing fails', async () => {
    const shutdown = createShutdown({
      closeCore: async () => {},
      killProcesses: () => Promise.reject(new Error('EPERM')),
    });
    await expect(shutdown()).resolves.toBeUndefined();
  });
});
