import type { NotificationContent } from './notifications';

/** The part of Electron's Notification the app uses. */
export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}

/** How many shown notifications stay referenced (see createNotificationPresenter). */
export const keptNotifications = 20;

/**
 * Returns the function that shows a notification whose click opens the window (on `route`, when
 * given). The last few notifications stay referenced: Electron drops the click handler of a
 * notification that was garbage-collected, and a Windows toast can still be clicked from the
 * Action Center long after its `close` event.
 */
export function createNotificationPresenter<N extends NotificationLike>(
  create: (content: NotificationContent) => N,
  open: (route?: string) => void,
): (content: NotificationContent & { route?: string }) => void {
  const kept: N[] = [];
  return ({ title, body, route }) => {
    const notification = create({ title, body });
    notification.on('click', () => {
      const index = kept.indexOf(notification);
      if (index >= 0) kept.splice(index, 1);
      open(route);
    });
    kept.push(notification);
    if (kept.length > keptNotifications) kept.shift();
    notification.show();
  };
}
