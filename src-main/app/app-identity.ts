/**
 * The app's id: electron-builder's `appId` (electron-builder.yml). On Windows it must also be the
 * process's AppUserModelId, or toasts are attributed to no shortcut and do not show.
 */
export const appId = 'app.trailerdeck.desktop';

/** Call before `ready`, before the first notification. */
export function setAppUserModelId(
  app: { setAppUserModelId(id: string): void },
  platform: NodeJS.Platform,
): void {
  if (platform === 'win32') app.setAppUserModelId(appId);
}
