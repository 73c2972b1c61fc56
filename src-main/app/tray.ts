import type { MenuItemConstructorOptions } from 'electron';

export const trayTooltip = 'Trailerdeck';

export interface TrayActions {
  open(): void;
  rescan(): void;
  quit(): void;
}

export function trayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open', click: () => actions.open() },
    { label: 'Rescan libraries', click: () => actions.rescan() },
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

/** Tooltip, menu, and a click that opens the window (Windows; macOS and Linux show the menu). */
export function setUpTray<M>(
  tray: TrayLike<M>,
  buildMenu: (template: MenuItemConstructorOptions[]) => M,
  actions: TrayActions,
): void {
  tray.setToolTip(trayTooltip);
  tray.setContextMenu(buildMenu(trayMenuTemplate(actions)));
  tray.on('click', () => actions.open());
}
