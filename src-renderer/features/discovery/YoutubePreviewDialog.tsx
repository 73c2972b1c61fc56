import { createPortal } from 'react-dom';
import { youtubeEmbedUrl } from '../../../src-preload/contract/youtube-embed';
import { DialogHeader, ModalDialog } from '../../app/ModalDialog';

/** The candidate being previewed: its YouTube id (checked again here) and its title. */
export interface PreviewTarget {
  videoId: string;
  title: string;
}

/**
 * YouTube's own player for one candidate, over the Find trailer dialog. Shown only when the person
 * turned the preview on in Settings (the window then contacts youtube-nocookie.com, the one host the
 * CSP lets it frame), and only for a well-formed video id: the address is never made from anything
 * else. Escape or Close closes it; the native dialog gives focus back to the Preview button. Closing
 * removes the frame, which stops the video. Focus starts on Close, not in the frame: keys pressed
 * inside YouTube's page are YouTube's (another origin), so Escape there cannot reach this dialog.
 *
 * Portalled to the body so that the Find trailer dialog's styles do not reach into it; React still
 * delivers its close event up the component tree, which ModalDialog ignores for nested dialogs.
 */
export function YoutubePreviewDialog({ target, onClose }: { target: PreviewTarget | null; onClose(): void }) {
  const src = target ? youtubeEmbedUrl(target.videoId) : null;
  return createPortal(
    <ModalDialog open={src !== null} label="YouTube preview" className="preview-dialog" onClose={onClose}>
      {target && src && (
        <div className="dialog-body">
          <DialogHeader title={target.title} onClose={onClose} />
          <iframe
            className="preview-frame"
            src={src}
            title={`YouTube player: ${target.title}`}
            // YouTube identifies embedding apps by the Referer; the page's own policy sends none
            // (Referrer-Policy: no-referrer), so this frame alone sends the origin, as YouTube asks
            // (developers.google.com/youtube/terms/required-minimum-functionality).
            referrerPolicy="strict-origin-when-cross-origin"
            // YouTube's player needs scripts and its own origin; popups ("Watch on YouTube") leave
            // the sandbox (Electron hands them to the system browser). Never the top window.
            sandbox="allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox"
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            allowFullScreen
          />
          <p className="muted preview-note">
            Played by YouTube (youtube-nocookie.com) · Esc or × closes; inside the player, keys go to YouTube
          </p>
        </div>
      )}
    </ModalDialog>,
    document.body,
  );
}
