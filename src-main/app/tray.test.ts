import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { setUpTray, trayIconFile, trayMenuTemplate, type TrayLike } from './tray';

class FakeTray implements TrayLike<MenuItemConstructorOptions[]> {
  toolTip = '';
  menu: MenuItemConstructorOptions[] | null = null;
  clicked: (() => void) | null = null;
  setToolTip(text: string): void {
    this.toolTip = text;
  }
  setContextMenu(menu: MenuItemConstructorOptions[] | null): void {
    this.menu = menu;
  }
  on(_event: 'click', listener: () => void): this {
    this.clicked = listener;
    return this;
  }
}

function actions() {
  return { open: vi.fn(), rescan: vi.fn(), quit: vi.fn() };
}

// Electron's click handler receives (menuItem, window, event); the template ignores them.
function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('tray menu', () => {
  it('offers Open, Rescan libraries and Quit, each doing its own thing', () => {
    const act = actions();
    const template = trayMenuTemplate(act);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Open',
      'Rescan libraries',
      'separator',
      'Quit',
    ]);

    click(template.find((item) => item.label === 'Rescan libraries'));
    expect(act.rescan).toHaveBeenCalledOnce();
    expect(act.open).not.toHaveBeenCalled();
    click(template.find((item) => item.label === 'Open'));
    click(template.find((item) => item.label === 'Quit'));
    expect(act.open).toHaveBeenCalledOnce();
    expect(act.quit).toHaveBeenCalledOnce();
  });

  it('picks a template image on macOS and a theme-matching image elsewhere', () => {
    expect(trayIconFile('darwin', true)).toBe('trayTemplate.png');
    expect(trayIconFile('darwin', false)).toBe('trayTemplate.png');
    expect(trayIconFile('win32', true)).toBe('tray-dark.png');
    expect(trayIconFile('linux', false)).toBe('tray-light.png');
  });

  it('sets the tooltip and menu, and opens the window on click', () => {
    const act = actions();
    const tray = new FakeTray();
    setUpTray(tray, (template) => template, act);
    expect(tray.toolTip).toBe('Trailerdeck');
    expect(tray.menu?.map((item) => item.label ?? item.type)).toEqual([
      'Open',
      'Rescan libraries',
      'separator',
      'Quit',
    ]);
    tray.clicked?.();
    expect(act.open).toHaveBeenCalledOnce();
  });
});
