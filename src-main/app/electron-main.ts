// The Electron entry: lifecycle, window, tray, notifications and IPC around one core. It adapts
// Electron to the core and holds no domain logic; the pieces it wires are tested one by one.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  session,
  shell,
  Tray,
} from 'electron';
import { join } from 'node:path';
import { APP_SCHEME, APP_START_URL } from '../../src-preload/ipc-channels';
import { createCore, type Core } from '../core/create-core';
import { killAllProcesses } from '../core/process/run-process';
import { bundledFfprobePath } from '../core/tools/ffprobe-path';
import { setAppUserModelId } from './app-identity';
import { createAppRequestHandler, privilegedSchemes } from './app-protocol';
import { downloadQueueClient, type DownloadQueueClient } from './core-calls';
import { watchDownloadActivity } from './download-activity';
import { trailerDetails, watchFinishedDownloads } from './download-notifications';
import { createFolderPicker } from './dialogs';
import { forwardEvents, isTrustedFrame, registerContract } from './ipc';
import { watchScans } from './notifications';
import { appPaths } from './paths';
import { createNotificationPresenter } from './show-notification';
import { createShutdown } from './shutdown';
import { setUpTray, trayIconFile } from './tray';
import { createMainWindow, externalUrlAllowed, guardSession } from './window';
import { createWindowPresenter } from './window-presenter';
import { messageOf } from '../core/errors';

// Must happen before `ready`: the scheme needs its privileges when the first page loads.
protocol.registerSchemesAsPrivileged(privilegedSchemes);

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another Trailerdeck runs: it gets a `second-instance` event and shows its window.
  app.quit();
}

function start(): void {
  // Before anything can notify: Windows attributes toasts to the shortcut with this id.
  setAppUserModelId(app, process.platform);

  const paths = appPaths({
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
  });
  let core: Core | null = null;
  let tray: Tray | null = null;
  let shutDown = false;
  // Event watchers of the tray and the notifications, stopped before the core closes.
  const stopWatching: (() => void)[] = [];

  const logError = (what: string, error: unknown) => console.error(`[trailerdeck] ${what}`, error);

  const openExternal = (url: string) => {
    if (!externalUrlAllowed(url)) return;
    shell.openExternal(url).catch((error: unknown) => logError(`could not open ${url}`, error));
  };

  const mainWindow = createWindowPresenter({
    ready: () => core !== null,
    startUrl: APP_START_URL,
    create: (url) =>
      createMainWindow({
        createWindow: (options) => new BrowserWindow(options),
        openExternal,
        preloadPath: paths.preloadPath,
        iconPath: paths.iconPath,
        startUrl: url,
        onLoadFailed: (error) => logError('the window could not load the app', error),
      }),
    onNavigationFailed: (error) => logError('the window could not open the page', error),
  });
  // Electron passes event arguments to listeners: never let them become a route.
  const showWindow = () => mainWindow.show();

  const showNotification = createNotificationPresenter(
    (content) => new Notification({ ...content, icon: paths.iconPath }),
    (route) => mainWindow.show(route),
  );
  const shouldNotify = () => Notification.isSupported() && BrowserWindow.getFocusedWindow() === null;

  const shutdown = createShutdown({
    closeCore: async () => core?.close(),
    killProcesses: () => killAllProcesses(),
    onError: (step, error) => logError(`shutdown step ${step} failed`, error),
  });

  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  // With a tray (macOS, Windows) scans carry on in the background; many Linux desktops show no
  // tray, so there the last window closing quits rather than leaving an invisible app behind.
  app.on('window-all-closed', () => {
    if (process.platform === 'linux') app.quit();
  });
  app.on('will-quit', (event) => {
    if (shutDown) return;
    event.preventDefault();
    // Closing the core pauses running downloads: that is not news for the tray or a notification.
    stopWatching.splice(0).forEach((stop) => stop());
    void shutdown().finally(() => {
      shutDown = true;
      tray?.destroy();
      app.quit();
    });
  });

  app
    .whenReady()
    .then(() => {
      core = startCore();
      if (!core) return;
      const running = core;

      guardSession(session.defaultSession);
      protocol.handle(
        APP_SCHEME,
        createAppRequestHandler({
          rendererDir: paths.rendererDir,
          posterPath: (id) => running.library.posterPath(id),
          videoFile: (id) => running.library.videoFile(id),
        }),
      );
      registerContract(ipcMain, running.dispatch, isTrustedFrame, (error) =>
        logError('IPC call failed', error),
      );
      forwardEvents(running.events, () => BrowserWindow.getAllWindows());
      const queue = downloadQueueClient(running.dispatch);
      stopWatching.push(
        watchScans(running.events, { show: showNotification, shouldNotify }),
        watchFinishedDownloads(running.events, {
          show: showNotification,
          shouldNotify,
          describe: (job) =>
            queue.trailers(job.mediaId).then(
              (trailers) => trailerDetails(job, trailers),
              () => trailerDetails(job, []),
            ),
        }),
      );
      tray = createTray(running, queue);
      showWindow();
    })
    .catch((error: unknown) => {
      logError('start-up failed', error);
      dialog.showErrorBox('Trailerdeck could not start', messageOf(error));
      app.exit(1);
    });

  function startCore(): Core | null {
    try {
      return createCore({
        dataDir: app.getPath('userData'),
        migrationsFolder: paths.migrationsFolder,
        ffprobePath: bundledFfprobePath(),
        version: app.getVersion(),
        pickFolder: createFolderPicker((options) => {
          const parent = BrowserWindow.getFocusedWindow();
          return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
        }),
        onInternalError: (name, error) => logError(`procedure ${name} failed`, error),
      });
    } catch (error) {
      // A locked or unreadable database, or failed migrations: say so instead of a blank window.
      logError('the library database could not be opened', error);
      dialog.showErrorBox(
        'Trailerdeck could not open its library',
        `${messageOf(error)}\n\nData folder: ${app.getPath('userData')}`,
      );
      app.exit(1);
      return null;
    }
  }

  /**
   * The tray sits on the taskbar or panel, which Windows may keep dark while apps are light: there
   * the system UI's theme decides, elsewhere the app theme.
   */
  function trayIsDark(): boolean {
    return process.platform === 'win32'
      ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI
      : nativeTheme.shouldUseDarkColors;
  }

  function createTray(running: Core, queue: DownloadQueueClient): Tray | null {
    const iconFor = () => join(paths.trayDir, trayIconFile(process.platform, trayIsDark()));
    try {
      const created = new Tray(iconFor());
      const showActivity = setUpTray(created, (template) => Menu.buildFromTemplate(template), {
        open: showWindow,
        rescan: () => {
          try {
            running.library.rescan();
          } catch (error) {
            logError('rescan from the tray failed', error);
          }
        },
        // The menu flips when the core announces downloads:settingsChanged, not on the click.
        pauseAll: () => void queue.pauseAll().catch((error: unknown) => logError('Pause all failed', error)),
        resumeAll: () =>
          void queue.resumeAll().catch((error: unknown) => logError('Resume all failed', error)),
        quit: () => app.quit(),
      });
      stopWatching.push(
        watchDownloadActivity(running.events, queue, showActivity, (error) =>
          logError('the tray could not read the download queue', error),
        ),
      );
      nativeTheme.on('updated', () => created.setImage(iconFor()));
      return created;
    } catch (error) {
      // Some Linux desktops have no tray: the app works without it.
      logError('the tray icon could not be created', error);
      return null;
    }
  }
}
