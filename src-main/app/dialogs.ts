import type { OpenDialogOptions } from 'electron';

export interface OpenDialogResultLike {
  canceled: boolean;
  filePaths: string[];
}

export const pickFolderOptions: OpenDialogOptions = {
  title: 'Choose a library folder',
  buttonLabel: 'Add folder',
  properties: ['openDirectory', 'createDirectory'],
};

/**
 * The core's `pickFolder`: the native folder dialog, null when the person cancels. `showDialog`
 * attaches the dialog to the focused window when there is one (see electron-main.ts).
 */
export function createFolderPicker(
  showDialog: (options: OpenDialogOptions) => Promise<OpenDialogResultLike>,
): () => Promise<string | null> {
  return async () => {
    const result = await showDialog(pickFolderOptions);
    if (result.canceled) return null;
    return result.filePaths[0] ?? null;
  };
}
