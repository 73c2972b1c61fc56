import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../src-preload/ipc-channels';

// Every rule the window's security rests on is a plain value or function here, so a unit test
// reads the same objects Electron gets.

export const windowBackground = '#0f1115';

export function windowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries from Google: nothing here needs it.
    spellcheck: false,
  };
}

export function windowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    title: 'Trailerdeck',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Shown on ready-to-show, so the person never sees a white flash.
    show: false,
    backgroundColor: windowBackground,
    autoHideMenuBar: true,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: windowWebPreferences(preloadPath),
  };
}

/** Only the app's own pages may be shown in a window. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Links the system browser may open: http(s) with a host and no embedded credentials. */
export function externalUrlAllowed(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Fullscreen (trailer playback) and writing to the clipboard; everything else is refused. */
const allowedPermissions: ReadonlySet<string> = new Set(['fullscreen', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string): boolean {
  return allowedPermissions.has(permission);
}

export interface NavigationEventLike {
  readonly url: string;
  preventDefault(): void;
}

/** The part of Electron's WebContents the guards use. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Keeps a window on the app's pages: other navigations and redirects are cancelled, new windows
 * are denied, and http(s) links go to the system browser instead.
 */
export function guardContents(contents: GuardedContents, openExternal: (url: string) => void): void {
  const openIfAllowed = (url: string) => {
    if (externalUrlAllowed(url)) openExternal(url);
  };
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    openIfAllowed(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
}

/** The part of Electron's Session the permission rules use. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

export function guardSession(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

export interface MainWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
  readonly webContents: GuardedContents;
}

export interface MainWindowDeps<W extends MainWindowLike> {
  createWindow: (options: BrowserWindowConstructorOptions) => W;
  openExternal: (url: string) => void;
  preloadPath: string;
  iconPath?: string;
  startUrl: string;
  onLoadFailed?: (error: unknown) => void;
}

/** Creates the guarded main window and starts loading the app; it shows itself once painted. */
export function createMainWindow<W extends MainWindowLike>(deps: MainWindowDeps<W>): W {
  const window = deps.createWindow(windowOptions(deps.preloadPath, deps.iconPath));
  guardContents(window.webContents, deps.openExternal);
  window.once('ready-to-show', () => window.show());
  window.loadURL(deps.startUrl).catch((error: unknown) => {
    // ready-to-show may never come for a page that failed: show what there is rather than nothing.
    window.show();
    deps.onLoadFailed?.(error);
  });
  return window;
}
