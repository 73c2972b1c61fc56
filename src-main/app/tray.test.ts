import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { DownloadActivity } from './download-activity';
import { setUpTray, trayIconFile, trayMenuTemplate, trayTooltip, type TrayLike } from './tray';

class FakeTray implements TrayLike<MenuItemConstructorOptions[]> {
  toolTip = '';
  menu: MenuItemConstructorOptions[] | null = null;
  menusSet = 0;
  clicked: (() => void) | null = null;
  setToolTip(text: string): void {
    this.toolTip = text;
  }
  setContextMenu(menu: MenuItemConstructorOptions[] | null): void {
    this.menu = menu;
    this.menusSet += 1;
  }
  on(_event: 'click', listener: () => void): this {
    this.clicked = listener;
    return this;
  }
}

function actions() {
  return { open: vi.fn(), rescan: vi.fn(), pauseAll: vi.fn(), resumeAll: vi.fn(), quit: vi.fn() };
}

function activity(running = 0, queued = 0, paused = 0, allPaused = false): DownloadActivity {
  return { counts: { running, queued, paused }, allPaused };
}

const labels = (menu: MenuItemConstructorOptions[] | null | undefined) =>
  menu?.map((item) => item.label ?? item.type);

// Electron's click handler receives (menuItem, window, event); the template ignores them.
function click(menu: MenuItemConstructorOptions[] | null, label: string): void {
  const item = menu?.find((entry) => entry.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  (item.click as () => void)();
}

describe('tray tooltip', () => {
  it('is just the app name when no download is going on', () => {
    expect(trayTooltip(activity())).toBe('Trailerdeck');
  });

  it('counts running and queued downloads', () => {
    expect(trayTooltip(activity(2, 5))).toBe('Trailerdeck — 2 downloads running, 5 queued');
    expect(trayTooltip(activity(1, 0))).toBe('Trailerdeck — 1 download running');
    expect(trayTooltip(activity(0, 1))).toBe('Trailerdeck — 1 download queued');
    expect(trayTooltip(activity(0, 3, 1))).toBe('Trailerdeck — 3 downloads queued, 1 paused');
    expect(trayTooltip(activity(1, 12, 2))).toBe('Trailerdeck — 1 download running, 12 queued, 2 paused');
  });

  it('says when Pause all holds the queue', () => {
    expect(trayTooltip(activity(0, 4, 3, true))).toBe('Trailerdeck — downloads paused (7 waiting)');
    expect(trayTooltip(activity(0, 0, 0, true))).toBe('Trailerdeck — downloads paused');
  });
});

describe('tray menu', () => {
  it('offers Open, Rescan libraries, Pause all downloads and Quit, each doing its own thing', () => {
    const act = actions();
    const template = trayMenuTemplate(act, false);
    expect(labels(template)).toEqual([
      'Open',
      'Rescan libraries',
      'Pause all downloads',
      'separator',
      'Quit',
    ]);

    click(template, 'Rescan libraries');
    expect(act.rescan).toHaveBeenCalledOnce();
    expect(act.open).not.toHaveBeenCalled();
    click(template, 'Pause all downloads');
    expect(act.pauseAll).toHaveBeenCalledOnce();
    expect(act.resumeAll).not.toHaveBeenCalled();
    click(template, 'Open');
    click(template, 'Quit');
    expect(act.open).toHaveBeenCalledOnce();
    expect(act.quit).toHaveBeenCalledOnce();
  });

  it('offers Resume all downloads instead while the queue is paused', () => {
    const act = actions();
    const template = trayMenuTemplate(act, true);
    expect(labels(template)).toEqual([
      'Open',
      'Rescan libraries',
      'Resume all downloads',
      'separator',
      'Quit',
    ]);
    click(template, 'Resume all downloads');
    expect(act.resumeAll).toHaveBeenCalledOnce();
    expect(act.pauseAll).not.toHaveBeenCalled();
  });

  it('picks a template image on macOS and a theme-matching image elsewhere', () => {
    expect(trayIconFile('darwin', true)).toBe('trayTemplate.png');
    expect(trayIconFile('darwin', false)).toBe('trayTemplate.png');
    expect(trayIconFile('win32', true)).toBe('tray-dark.png');
    expect(trayIconFile('linux', false)).toBe('tray-light.png');
  });
});

describe('setUpTray', () => {
  it('sets the tooltip and menu, and opens the window on click', () => {
    const act = actions();
    const tray = new FakeTray();
    setUpTray(tray, (template) => template, act);
    expect(tray.toolTip).toBe('Trailerdeck');
    expect(labels(tray.menu)).toEqual([
      'Open',
      'Rescan libraries',
      'Pause all downloads',
      'separator',
      'Quit',
    ]);
    tray.clicked?.();
    expect(act.open).toHaveBeenCalledOnce();
  });

  it('follows the queue: the tooltip with the counts, the menu with Pause all', () => {
    const act = actions();
    const tray = new FakeTray();
    const show = setUpTray(tray, (template) => template, act);

    show(activity(2, 5));
    expect(tray.toolTip).toBe('Trailerdeck — 2 downloads running, 5 queued');
    // Counts alone leave the menu alone (an open menu would close on some Linux panels).
    expect(tray.menusSet).toBe(1);

    show(activity(0, 7, 0, true));
    expect(labels(tray.menu)).toContain('Resume all downloads');
    expect(labels(tray.menu)).not.toContain('Pause all downloads');
    click(tray.menu, 'Resume all downloads');
    expect(act.resumeAll).toHaveBeenCalledOnce();

    show(activity(1, 6, 0, false));
    expect(labels(tray.menu)).toContain('Pause all downloads');
    expect(tray.menusSet).toBe(3);

    show(activity());
    expect(tray.toolTip).toBe('Trailerdeck');
  });
});
