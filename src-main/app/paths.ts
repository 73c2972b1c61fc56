import { join } from 'node:path';

export interface AppLocation {
  /** `app.getAppPath()`: the repository root in development, app.asar when packaged. */
  appPath: string;
  /** `process.resourcesPath`: where electron-builder's extraResources land. */
  resourcesPath: string;
  isPackaged: boolean;
}

export interface AppPaths {
  rendererDir: string;
  preloadPath: string;
  migrationsFolder: string;
  /** Holds the tray images (resources/tray in the repository). */
  trayDir: string;
  /** The window icon (Linux and Windows; macOS uses the bundle's icon). */
  iconPath: string;
}

/**
 * Where the shell finds its files. Bundles live inside the app (asar); migrations and icons are
 * electron-builder extraResources when packaged (some Linux trays load the icon by file path, so it
 * must be a real file, not an asar entry).
 */
export function appPaths({ appPath, resourcesPath, isPackaged }: AppLocation): AppPaths {
  const shipped = isPackaged ? resourcesPath : join(appPath, 'resources');
  return {
    rendererDir: join(appPath, 'out', 'renderer'),
    preloadPath: join(appPath, 'out', 'preload', 'index.cjs'),
    migrationsFolder: isPackaged ? join(resourcesPath, 'drizzle') : join(appPath, 'drizzle'),
    trayDir: join(shipped, 'tray'),
    iconPath: join(shipped, 'icon.png'),
  };
}
