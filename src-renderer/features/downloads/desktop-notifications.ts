// The browser's Notification API, for headless mode only: the Electron shell notifies from main.

export type NotificationPermissionState = 'unsupported' | 'default' | 'granted' | 'denied';

const preferenceKey = 'trailerdeck.desktopNotifications';

/** 'unsupported' also covers plain-http pages on another machine: browsers refuse them. */
export function notificationPermission(): NotificationPermissionState {
  if (typeof window === 'undefined' || typeof Notification === 'undefined') return 'unsupported';
  if (!window.isSecureContext) return 'unsupported';
  return Notification.permission;
}

/** Must run from a user gesture (a click): browsers ignore or penalise requests made on load. */
export async function requestNotificationPermission(): Promise<NotificationPermissionState> {
  if (notificationPermission() === 'unsupported') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return notificationPermission();
  }
}

/** `tag` replaces an earlier notification with the same tag instead of stacking a second one. */
export function showNotification(title: string, body: string, tag: string): void {
  if (notificationPermission() !== 'granted') return;
  try {
    new Notification(title, { body, tag });
  } catch {
    // Some browsers only allow notifications from a service worker; toasts still tell the story.
  }
}

export function loadNotificationPreference(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(preferenceKey) === 'on';
  } catch {
    return false;
  }
}

export function saveNotificationPreference(on: boolean): void {
  try {
    localStorage.setItem(preferenceKey, on ? 'on' : 'off');
  } catch {
    // Storage can be disabled; the choice then lasts until the page reloads.
  }
}
