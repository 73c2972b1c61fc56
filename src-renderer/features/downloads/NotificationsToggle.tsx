import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';

const notes = {
  unsupported: 'Not available here: browsers allow them only over https or on this machine.',
  denied: 'Blocked in this browser. Allow notifications in its site settings, then turn this on.',
} as const;

/**
 * Headless mode's browser notifications. Permission is asked only when the person turns this on:
 * asking on load is refused or ignored by browsers, and rude.
 */
export function NotificationsToggle() {
  const { permission, enabled, set } = useAppStore(
    useShallow((s) => ({
      permission: s.desktopNotifications.permission,
      enabled: s.desktopNotifications.enabled,
      set: s.setDesktopNotifications,
    })),
  );
  const note = permission === 'unsupported' || permission === 'denied' ? notes[permission] : null;
  return (
    <div className="notify-toggle">
      <label className="check">
        <input
          type="checkbox"
          role="switch"
          checked={enabled && permission === 'granted'}
          disabled={permission === 'unsupported'}
          onChange={(e) => void set(e.target.checked)}
          aria-describedby={note ? 'notify-note' : undefined}
        />
        Desktop notifications
      </label>
      {note && (
        <p className="muted notify-note" id="notify-note">
          {note}
        </p>
      )}
    </div>
  );
}
