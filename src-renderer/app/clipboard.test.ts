import { describe, expect, it } from 'vitest';
import { copyText, type TextClipboard } from './clipboard';

function recordingClipboard(): TextClipboard & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    async writeText(text) {
      written.push(text);
    },
  };
}

describe('copyText', () => {
  it('writes the text and reports success', async () => {
    const clipboard = recordingClipboard();
    await expect(copyText('yt-dlp 2023.03.04', { clipboard })).resolves.toBe(true);
    expect(clipboard.written).toEqual(['yt-dlp 2023.03.04']);
  });

  it('reports failure when there is no clipboard (plain http on the network)', async () => {
    await expect(copyText('report', { clipboard: null })).resolves.toBe(false);
  });

  it('reports failure when the browser refuses', async () => {
    const refusing: TextClipboard = {
      writeText: () => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')),
    };
    await expect(copyText('report', { clipboard: refusing })).resolves.toBe(false);
  });

  it('reports failure when writeText throws at once', async () => {
    const throwing: TextClipboard = {
      writeText: () => {
        throw new TypeError('Illegal invocation');
      },
    };
    await expect(copyText('report', { clipboard: throwing })).resolves.toBe(false);
  });

  it('gives up on a clipboard that never answers', async () => {
    const silent: TextClipboard = { writeText: () => new Promise<void>(() => {}) };
    await expect(copyText('report', { clipboard: silent, timeoutMs: 20 })).resolves.toBe(false);
  });
});
