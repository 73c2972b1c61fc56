/** The part of Electron's BrowserWindow that showing and routing need. */
export interface PresentableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  loadURL(url: string): Promise<void>;
}

export interface WindowPresenterDeps<W extends PresentableWindow> {
  /** Creates the main window loading `url` (see createMainWindow). */
  create: (url: string) => W;
  /** The page every window loads (APP_START_URL). */
  startUrl: string;
  /** False while the core is still starting: the window appears once it is up. */
  ready: () => boolean;
  onNavigationFailed?: (error: unknown) => void;
}

// Only the renderer's own hash routes (`#/title/12`, `#/activity`): nothing else reaches loadURL.
const routePattern = /^#\/[A-Za-z0-9/_-]*$/;

/**
 * Shows the one main window, creating it when there is none, and optionally opens a route in it.
 * Routing an open window loads the same page with another hash: Chromium treats that as an in-page
 * navigation (hashchange), so the renderer keeps its state.
 */
export function createWindowPresenter<W extends PresentableWindow>(
  deps: WindowPresenterDeps<W>,
): { show(route?: string): void; current(): W | null } {
  let window: W | null = null;
  return {
    show(route) {
      if (!deps.ready()) return;
      const url = route && routePattern.test(route) ? `${deps.startUrl}${route}` : null;
      if (!window || window.isDestroyed()) {
        window = deps.create(url ?? deps.startUrl);
        return;
      }
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      if (url) window.loadURL(url).catch((error: unknown) => deps.onNavigationFailed?.(error));
    },
    current: () => (window && !window.isDestroyed() ? window : null),
  };
}
