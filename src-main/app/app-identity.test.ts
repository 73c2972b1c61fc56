import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { appId, setAppUserModelId } from './app-identity';

describe('app identity', () => {
  it('is the appId the installers are built with (Windows toasts need both to match)', () => {
    const config = readFileSync(join(process.cwd(), 'electron-builder.yml'), 'utf8');
    expect(/^appId:\s*(\S+)\s*$/m.exec(config)?.[1]).toBe(appId);
  });

  it('becomes the AppUserModelId on Windows only', () => {
    const windows = { setAppUserModelId: vi.fn() };
    setAppUserModelId(windows, 'win32');
    expect(windows.setAppUserModelId).toHaveBeenCalledExactlyOnceWith('app.trailerdeck.desktop');

    const mac = { setAppUserModelId: vi.fn() };
    setAppUserModelId(mac, 'darwin');
    setAppUserModelId(mac, 'linux');
    expect(mac.setAppUserModelId).not.toHaveBeenCalled();
  });
});
