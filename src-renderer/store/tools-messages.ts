import type { ToolName, ToolsSettings, ToolsStatus } from '../../src-preload/contract';
import type { ToastKind } from './toast-slice';

interface Message {
  kind: ToastKind;
  message: string;
}

const ytdlp = (status: ToolsStatus) => status.tools.find((t) => t.name === 'ytdlp');

/** After an install or update: the version, and a word when another copy still takes precedence. */
export function describeInstalled(status: ToolsStatus, hadManagedCopy: boolean): Message {
  const version = status.managedYtdlp.version;
  let message = hadManagedCopy
    ? `Updated yt-dlp${version ? ` to ${version}` : ''}.`
    : `Installed yt-dlp${version ? ` ${version}` : ''}.`;
  if (ytdlp(status)?.source === 'settings') {
    message +=
      ' Trailerdeck still runs the yt-dlp set in Settings → Tools; clear that path to use this copy.';
  }
  return { kind: 'success', message };
}

/** After "Check for update". */
export function describeUpdateCheck(status: ToolsStatus): Message {
  const managed = status.managedYtdlp;
  if (managed.version === null) {
    return {
      kind: 'info',
      message: 'Trailerdeck has no copy of its own yet: choose Install yt-dlp to get the official build.',
    };
  }
  if (managed.updateAvailable) {
    return { kind: 'info', message: 'A newer yt-dlp is available. Choose Update yt-dlp to install it.' };
  }
  return { kind: 'success', message: `yt-dlp ${managed.version} is the newest build.` };
}

/** After a path was set or cleared: what runs now, or null when the row's problem says it all. */
export function describePathChange(
  status: ToolsStatus,
  tool: ToolName,
  value: string | null,
): Message | null {
  const info = status.tools.find((t) => t.name === tool);
  if (!info || info.problem !== null) return null;
  const named = info.version ? `${info.label} ${info.version}` : info.label;
  if (value !== null) return { kind: 'success', message: `Trailerdeck now runs ${named} from ${value}.` };
  return {
    kind: 'success',
    message: info.path
      ? `Trailerdeck looked for ${info.label} again and found ${named} at ${info.path}.`
      : `Trailerdeck looks for ${info.label} again.`,
  };
}

/** What a change of the update settings means, for the toast. */
export function describeSettingsChange(before: ToolsSettings | undefined, after: ToolsSettings): Message {
  let message = 'Saved the yt-dlp update settings.';
  if (before && before.ytdlpChannel !== after.ytdlpChannel) {
    message = `yt-dlp updates now come from the ${after.ytdlpChannel} channel.`;
  } else if (before && before.releaseBaseUrl !== after.releaseBaseUrl) {
    message = after.releaseBaseUrl
      ? `yt-dlp is now downloaded from ${after.releaseBaseUrl}.`
      : 'yt-dlp is now downloaded from its official releases on GitHub.';
  } else if (before && before.checkAtStartup !== after.checkAtStartup) {
    message = after.checkAtStartup
      ? 'Trailerdeck will look for a newer yt-dlp at start-up.'
      : 'Trailerdeck will no longer look for a newer yt-dlp at start-up.';
  }
  return { kind: 'success', message };
}
