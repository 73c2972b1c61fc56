import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './paths';

describe('appPaths', () => {
  it('uses the repository in development', () => {
    const paths = appPaths({ appPath: '/repo', resourcesPath: '/electron/resources', isPackaged: false });
    expect(paths).toEqual({
      rendererDir: join('/repo', 'out', 'renderer'),
      preloadPath: join('/repo', 'out', 'preload', 'index.cjs'),
      migrationsFolder: join('/repo', 'drizzle'),
      trayDir: join('/repo', 'resources', 'tray'),
      iconPath: join('/repo', 'resources', 'icon.png'),
    });
  });

  it('reads bundles from the asar and migrations and icons from extraResources when packaged', () => {
    const paths = appPaths({
      appPath: '/opt/T/resources/app.asar',
      resourcesPath: '/opt/T/resources',
      isPackaged: true,
    });
    expect(paths.rendererDir).toBe(join('/opt/T/resources/app.asar', 'out', 'renderer'));
    expect(paths.preloadPath).toBe(join('/opt/T/resources/app.asar', 'out', 'preload', 'index.cjs'));
    expect(paths.migrationsFolder).toBe(join('/opt/T/resources', 'drizzle'));
    expect(paths.trayDir).toBe(join('/opt/T/resources', 'tray'));
    expect(paths.iconPath).toBe(join('/opt/T/resources', 'icon.png'));
  });
});
