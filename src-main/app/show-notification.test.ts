import { describe, expect, it, vi } from 'vitest';
import type { NotificationContent } from './notifications';
import { createNotificationPresenter, type NotificationLike } from './show-notification';

class FakeNotification implements NotificationLike {
  shown = false;
  private clickListener: (() => void) | null = null;
  constructor(readonly content: NotificationContent) {}
  on(_event: 'click', listener: () => void): this {
    this.clickListener = listener;
    return this;
  }
  show(): void {
    this.shown = true;
  }
  click(): void {
    this.clickListener?.();
  }
}

function presenter() {
  const created: FakeNotification[] = [];
  const open = vi.fn();
  const show = createNotificationPresenter((content) => {
    const notification = new FakeNotification(content);
    created.push(notification);
    return notification;
  }, open);
  return { created, open, show };
}

describe('createNotificationPresenter', () => {
  it('shows the text and opens the window on the notification’s page when clicked', () => {
    const p = presenter();
    p.show({ title: 'Trailer downloaded', body: 'Heat (1995) — 1080p mp4', route: '#/title/12' });
    const [notification] = p.created;
    expect(notification?.content).toEqual({ title: 'Trailer downloaded', body: 'Heat (1995) — 1080p mp4' });
    expect(notification?.shown).toBe(true);
    expect(p.open).not.toHaveBeenCalled();

    notification?.click();
    expect(p.open).toHaveBeenCalledExactlyOnceWith('#/title/12');
  });

  it('just shows the window for a notification without a page (a scan)', () => {
    const p = presenter();
    p.show({ title: 'Library scan finished', body: '3 new titles in Movies' });
    p.created[0]?.click();
    expect(p.open).toHaveBeenCalledExactlyOnceWith(undefined);
  });

  it('keeps each notification’s own page when several are shown', () => {
    const p = presenter();
    p.show({ title: 'Trailer downloaded', body: 'Heat (1995)', route: '#/title/1' });
    p.show({ title: 'Trailer downloads finished', body: '5 trailers downloaded', route: '#/activity' });
    p.created[1]?.click();
    p.created[0]?.click();
    expect(p.open.mock.calls).toEqual([['#/activity'], ['#/title/1']]);
  });
});
