import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../core/files/content-security-policy';
import {
  createMainWindow,
  externalUrlAllowed,
  guardSession,
  isAllowedNavigation,
  isPermissionAllowed,
  windowWebPreferences,
  type GuardedContents,
  type MainWindowLike,
  type NavigationEventLike,
  type PermissionSession,
} from './window';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('window security settings', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = windowWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allows only the app itself in the content security policy', () => {
    const csp = directives(contentSecurityPolicy);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    // Thumbnails of trailer candidates, from YouTube's image hosts only.
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://i.ytimg.com', 'https://img.youtube.com']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // The YouTube preview in Find trailer (a setting), from the privacy-enhanced embed host only.
    expect(csp.get('frame-src')).toEqual(['https://www.youtube-nocookie.com']);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|\*|http:/);
    expect(
      contentSecurityPolicy.replace(/https:\/\/(i\.ytimg|img\.youtube|www\.youtube-nocookie)\.com/g, ''),
    ).not.toMatch(/https:/);
  });

  it.each([
    ['app://trailerdeck/index.html', true],
    ['app://trailerdeck/library/3', true],
    ['app://trailerdeck.evil.com/', false],
    ['app://me@trailerdeck/', false],
    ['https://www.youtube.com/watch?v=x', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['', false],
  ])('navigation to %j allowed: %s', (url, allowed) => {
    expect(isAllowedNavigation(url)).toBe(allowed);
  });

  it.each([
    ['https://www.themoviedb.org/movie/348', true],
    ['http://example.com/', true],
    ['https://user:pw@example.com/', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://nas/share', false],
    ['javascript:alert(1)', false],
    ['app://trailerdeck/', false],
    ['mailto:a@b.c', false],
    ['not a url', false],
  ])('opening %j in the browser allowed: %s', (url, allowed) => {
    expect(externalUrlAllowed(url)).toBe(allowed);
  });

  it('grants fullscreen and clipboard writes and refuses the rest', () => {
    expect(isPermissionAllowed('fullscreen')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission)).toBe(false);
    }
  });
});

type Handler = (event: never) => void;

/** Stands in for BrowserWindow + WebContents: records handlers so a test can fire them. */
class FakeWindow implements MainWindowLike {
  shown = 0;
  loaded: string[] = [];
  readyToShow: (() => void) | null = null;
  readonly handlers = new Map<string, Handler>();
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  failLoad = false;
  readonly webContents: GuardedContents = {
    on: (event: string, listener: Handler) => {
      this.handlers.set(event, listener);
      return this.webContents;
    },
    setWindowOpenHandler: (handler) => {
      this.openHandler = handler;
    },
  };
  constructor(readonly options: BrowserWindowConstructorOptions) {}
  once(_event: 'ready-to-show', listener: () => void): this {
    this.readyToShow = listener;
    return this;
  }
  show(): void {
    this.shown += 1;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return this.failLoad ? Promise.reject(new Error('ERR_FILE_NOT_FOUND')) : Promise.resolve();
  }
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    const navigation: NavigationEventLike = { url, preventDefault: () => (prevented = true) };
    (this.handlers.get(event) as (event: NavigationEventLike) => void)(navigation);
    return prevented;
  }
}

function makeWindow(failLoad = false) {
  const openExternal = vi.fn();
  const onLoadFailed = vi.fn();
  let created: FakeWindow | undefined;
  const window = createMainWindow({
    createWindow: (options) => {
      created = Object.assign(new FakeWindow(options), { failLoad });
      return created;
    },
    openExternal,
    onLoadFailed,
    preloadPath: '/p/index.cjs',
    startUrl: 'app://trailerdeck/index.html',
  });
  expect(window).toBe(created);
  return { window, openExternal, onLoadFailed };
}

describe('createMainWindow', () => {
  it('loads the app hidden on a dark background and shows it once painted', () => {
    const { window } = makeWindow();
    expect(window.options).toMatchObject({ show: false, backgroundColor: '#0f1115' });
    expect(window.options.webPreferences).toEqual(windowWebPreferences('/p/index.cjs'));
    expect(window.options.minWidth).toBeGreaterThan(0);
    expect(window.loaded).toEqual(['app://trailerdeck/index.html']);
    expect(window.shown).toBe(0);
    window.readyToShow?.();
    expect(window.shown).toBe(1);
  });

  it('shows the window anyway when the app fails to load', async () => {
    const { window, onLoadFailed } = makeWindow(true);
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalledOnce());
    expect(window.shown).toBe(1);
  });

  it('keeps navigation on the app and sends web links to the browser', () => {
    const { window, openExternal } = makeWindow();
    expect(window.navigate('will-navigate', 'app://trailerdeck/library')).toBe(false);
    expect(window.navigate('will-navigate', 'https://www.youtube.com/watch?v=x')).toBe(true);
    expect(window.navigate('will-navigate', 'file:///home/me/Movies/')).toBe(true);
    expect(window.navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://www.youtube.com/watch?v=x']]);
  });

  it('denies every new window and opens only http(s) links externally', () => {
    const { window, openExternal } = makeWindow();
    expect(window.openHandler?.({ url: 'https://www.themoviedb.org/' })).toEqual({ action: 'deny' });
    expect(window.openHandler?.({ url: 'app://trailerdeck/index.html' })).toEqual({ action: 'deny' });
    expect(window.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.themoviedb.org/']]);
  });

  it('refuses webviews', () => {
    const { window } = makeWindow();
    const preventDefault = vi.fn();
    (window.handlers.get('will-attach-webview') as (event: { preventDefault(): void }) => void)({
      preventDefault,
    });
    expect(preventDefault).toHaveBeenCalledOnce();
  });
});

describe('guardSession', () => {
  it('answers permission requests and checks with the same rule', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    guardSession({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    const granted: boolean[] = [];
    request?.(null, 'media', (ok) => granted.push(ok));
    request?.(null, 'fullscreen', (ok) => granted.push(ok));
    expect(granted).toEqual([false, true]);
    expect(check?.(null, 'geolocation')).toBe(false);
  });
});
