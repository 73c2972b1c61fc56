/** The part of the Clipboard API the app uses. */
export interface TextClipboard {
  writeText(text: string): Promise<void>;
}

// A browser that neither writes nor refuses (a permission prompt nobody answers) must not leave the
// button spinning: after this long the text is offered for copying by hand instead.
const giveUpMs = 4_000;

function currentClipboard(): TextClipboard | undefined {
  // Absent outside secure contexts (headless mode opened over plain http on the network).
  return typeof navigator === 'undefined' ? undefined : navigator.clipboard;
}

/**
 * Puts text on the clipboard. False when there is no clipboard, the browser refuses (permission,
 * an unfocused page) or does not answer: the caller then shows the text to copy by hand.
 */
export async function copyText(
  text: string,
  options: { clipboard?: TextClipboard | null; timeoutMs?: number } = {},
): Promise<boolean> {
  const clipboard = 'clipboard' in options ? options.clipboard : currentClipboard();
  const timeoutMs = options.timeoutMs ?? giveUpMs;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const written = clipboard.writeText(text).then(() => true as const);
    return await Promise.race([written, gaveUp]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
