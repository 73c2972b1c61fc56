import { describe, expect, it, vi } from 'vitest';
import { createFolderPicker } from './dialogs';

describe('createFolderPicker', () => {
  it('asks for one folder that may be created, and returns it', async () => {
    const show = vi.fn(async () => ({ canceled: false, filePaths: ['/home/me/Movies 4K'] }));
    expect(await createFolderPicker(show)()).toBe('/home/me/Movies 4K');
    expect(show).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });

  it('returns null when the person cancels', async () => {
    expect(await createFolderPicker(async () => ({ canceled: true, filePaths: ['/x'] }))()).toBeNull();
    expect(await createFolderPicker(async () => ({ canceled: false, filePaths: [] }))()).toBeNull();
  });
});
