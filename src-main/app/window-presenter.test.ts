import { describe, expect, it, vi } from 'vitest';
import { createWindowPresenter, type PresentableWindow } from './window-presenter';

const startUrl = 'app://trailerdeck/index.html';

class FakeWindow implements PresentableWindow {
  destroyed = false;
  minimized = false;
  calls: string[] = [];
  loadResult: Promise<void> = Promise.resolve();
  constructor(readonly url: string) {}
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void this.calls.push('restore');
  show = () => void this.calls.push('show');
  focus = () => void this.calls.push('focus');
  loadURL = (url: string) => {
    this.calls.push(`load ${url}`);
    return this.loadResult;
  };
}

function presenter(ready = true) {
  const windows: FakeWindow[] = [];
  const onNavigationFailed = vi.fn();
  const p = createWindowPresenter({
    ready: () => ready,
    startUrl,
    create: (url) => {
      const window = new FakeWindow(url);
      windows.push(window);
      return window;
    },
    onNavigationFailed,
  });
  return { ...p, windows, onNavigationFailed };
}

describe('createWindowPresenter', () => {
  it('creates the window on the start page, or straight on the page asked for', () => {
    const p = presenter();
    p.show();
    expect(p.windows.map((w) => w.url)).toEqual([startUrl]);

    p.windows[0]!.destroyed = true;
    p.show('#/title/42');
    expect(p.windows.map((w) => w.url)).toEqual([startUrl, `${startUrl}#/title/42`]);
    expect(p.current()).toBe(p.windows[1]);
  });

  it('brings back an existing window and opens the page in it without a second window', () => {
    const p = presenter();
    p.show();
    const window = p.windows[0]!;
    window.minimized = true;
    p.show('#/activity');
    expect(p.windows).toHaveLength(1);
    expect(window.calls).toEqual(['restore', 'show', 'focus', `load ${startUrl}#/activity`]);
  });

  it('leaves the page as it is when just showing the window', () => {
    const p = presenter();
    p.show('#/title/7');
    p.show();
    expect(p.windows[0]?.calls).toEqual(['show', 'focus']);
  });

  it('opens only the app’s own routes', () => {
    const p = presenter();
    p.show();
    p.show('javascript:alert(1)');
    p.show('#/title/1?x=https://evil.example');
    expect(p.windows[0]?.calls).toEqual(['show', 'focus', 'show', 'focus']);
  });

  it('reports a navigation that failed', async () => {
    const p = presenter();
    p.show();
    p.windows[0]!.loadResult = Promise.reject(new Error('ERR_ABORTED'));
    p.show('#/activity');
    await vi.waitFor(() => expect(p.onNavigationFailed).toHaveBeenCalledOnce());
  });

  it('shows nothing while the core is still starting', () => {
    const p = presenter(false);
    p.show('#/activity');
    expect(p.windows).toEqual([]);
    expect(p.current()).toBeNull();
  });
});
