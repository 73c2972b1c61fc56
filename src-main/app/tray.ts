import type { MenuItemConstructorOptions } from 'electron';
import { idleActivity, type DownloadActivity } from './download-activity';

const appName = 'Trailerdeck';

/**
 * "Trailerdeck — 2 downloads running, 5 queued"; just "Trailerdeck" when nothing is going on.
 * While "Pause all" holds the queue the tooltip says so, since nothing will move until Resume all.
 */
export function trayTooltip(activity: DownloadActivity): string {
  const { running, queued, paused } = activity.counts;
  const waiting = running + queued + paused;
  if (activity.allPaused) {
    return waiting > 0
      ? `${appName} — downloads paused (${waiting} waiting)`
      : `${appName} — downloads paused`;
  }
  const parts = (
    [
      [running, 'running'],
      [queued, 'queued'],
      [paused, 'paused'],
    ] as const
  ).filter(([count]) => count > 0);
  if (parts.length === 0) return appName;
  const text = parts
    .map(([count, state], index) =>
      index === 0 ? `${count} ${count === 1 ? 'download' : 'downloads'} ${state}` : `${count} ${state}`,
    )
    .join(', ');
  return `${appName} — ${text}`;
}

export interface TrayActions {
  open(): void;
  rescan(): void;
  pauseAll(): void;
  resumeAll(): void;
  quit(): void;
}

export function trayMenuTemplate(actions: TrayActions, allPaused: boolean): MenuItemConstructorOptions[] {
  return [
    { label: 'Open', click: () => actions.open() },
    { label: 'Rescan libraries', click: () => actions.rescan() },
    allPaused
      ? { label: 'Resume all downloads', click: () => actions.resumeAll() }
      : { label: 'Pause all downloads', click: () => actions.pauseAll() },
    { type: 'separator' },
    { label: 'Quit', click: () => actions.quit() },
  ];
}

/**
 * The tray image inside resources/tray. macOS gets a template image (black + alpha, recoloured by
 * the menu bar; Electron picks up the @2x file itself). Elsewhere the mark must contrast with the
 * panel: `tray-dark.png` is drawn for dark panels, `tray-light.png` for light ones.
 */
export function trayIconFile(platform: NodeJS.Platform, darkTheme: boolean): string {
  if (platform === 'darwin') return 'trayTemplate.png';
  return darkTheme ? 'tray-dark.png' : 'tray-light.png';
}

/** The part of Electron's Tray the app uses. */
export interface TrayLike<M> {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: M | null): void;
  on(event: 'click', listener: () => void): unknown;
}

/**
 * Tooltip, menu, and a click that opens the window (Windows; macOS and Linux show the menu).
 * Returns the function that shows the queue's activity. The menu is rebuilt only when "Pause all"
 * flips: some Linux panels redraw (and close) an open menu on every setContextMenu.
 */
export function setUpTray<M>(
  tray: TrayLike<M>,
  buildMenu: (template: MenuItemConstructorOptions[]) => M,
  actions: TrayActions,
): (activity: DownloadActivity) => void {
  let tooltip = trayTooltip(idleActivity);
  let allPaused = idleActivity.allPaused;
  tray.setToolTip(tooltip);
  tray.setContextMenu(buildMenu(trayMenuTemplate(actions, allPaused)));
  tray.on('click', () => actions.open());

  return (activity) => {
    const nextTooltip = trayTooltip(activity);
    if (nextTooltip !== tooltip) {
      tooltip = nextTooltip;
      tray.setToolTip(tooltip);
    }
    if (activity.allPaused !== allPaused) {
      allPaused = activity.allPaused;
      tray.setContextMenu(buildMenu(trayMenuTemplate(actions, allPaused)));
    }
  };
}
