import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { LibraryKind } from '../../../src-preload/contract';
import { useAppStore } from '../../store';
import { Field } from '../../app/Field';
import { FolderIcon } from '../../app/icons';
import { DialogHeader, ModalDialog } from '../../app/ModalDialog';
import { FolderList } from './FolderList';

type KindChoice = 'auto' | LibraryKind;

const kindChoices: Array<{ value: KindChoice; label: string }> = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'movies', label: 'Movies' },
  { value: 'series', label: 'Series' },
];

/** The in-window folder browser for headless mode, where no native dialog exists. */
export function FolderPickerDialog() {
  const { picker, browse, close, add } = useAppStore(
    useShallow((s) => ({ picker: s.picker, browse: s.browse, close: s.closePicker, add: s.addFromPicker })),
  );
  const currentPath = picker.listing?.path ?? '';
  const [kind, setKind] = useState<KindChoice>('auto');

  // The path field holds only what the person typed or picked: a listing never writes into it, so
  // one that arrives late can neither replace their path nor have their typing appended to it.
  // Moving the browser (open, Up, a place) empties it: the folder shown becomes the one to add.
  const [typed, setTyped] = useState('');
  const navigate = (path: string) => {
    setTyped('');
    void browse(path);
  };

  const target = typed.trim() || currentPath;
  const selected = picker.listing?.folders.some((folder) => folder.path === target) ?? false;

  const submit = () => {
    if (target && !picker.adding) void add(target, kind === 'auto' ? undefined : kind);
  };

  return (
    <ModalDialog open={picker.open} label="Choose a folder" className="folder-dialog" onClose={close}>
      <div className="dialog-body">
        <DialogHeader title="Choose a folder" onClose={close} />

        <form
          className="path-row"
          onSubmit={(e) => {
            e.preventDefault();
            // Browses the typed folder and keeps the text: Add then adds what the field says.
            if (typed.trim()) void browse(typed.trim());
          }}
        >
          <Field label="Folder path" className="field-grow">
            {(id) => (
              <input
                id={id}
                type="text"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                placeholder={currentPath || '/path/to/your/movies'}
                spellCheck={false}
                autoComplete="off"
                autoFocus
              />
            )}
          </Field>
          <button type="submit" className="button">
            Go
          </button>
        </form>

        <p className="current-path">
          <span className="muted">Current folder: </span>
          <code>{currentPath || '…'}</code>
        </p>

        <div className="browser">
          <nav className="places" aria-label="Places">
            {picker.listing?.places.map((place) => (
              <button
                key={place.path}
                type="button"
                className="place"
                title={place.path}
                onClick={() => navigate(place.path)}
              >
                <FolderIcon />
                {place.name}
              </button>
            ))}
          </nav>
          <div className="folder-pane">
            <button
              type="button"
              className="button button-small"
              disabled={!picker.listing?.parent}
              onClick={() => picker.listing?.parent && navigate(picker.listing.parent)}
            >
              <span aria-hidden="true">↑</span> Up
            </button>
            <FolderList
              folders={picker.listing?.folders ?? []}
              loading={picker.loading}
              selected={typed}
              onSelect={(path) => setTyped(path)}
              onOpen={(path) => navigate(path)}
            />
          </div>
        </div>

        <fieldset className="segmented">
          <legend className="field-label">This folder holds</legend>
          {kindChoices.map((choice) => (
            <label key={choice.value} className={kind === choice.value ? 'segment segment-on' : 'segment'}>
              <input
                type="radio"
                name="folder-kind"
                value={choice.value}
                checked={kind === choice.value}
                onChange={() => setKind(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>

        {picker.error && (
          <p className="inline-error" role="alert">
            {picker.error.message}
          </p>
        )}

        <footer className="dialog-footer">
          <span className="muted target">
            <TargetNote target={target} shown={currentPath} selected={selected} />
          </span>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!target || picker.adding}
            onClick={submit}
          >
            {picker.adding ? 'Adding…' : 'Add this folder'}
          </button>
        </footer>
      </div>
    </ModalDialog>
  );
}

/** Says which folder "Add this folder" adds, and how it relates to the folder the browser shows. */
function TargetNote({ target, shown, selected }: { target: string; shown: string; selected: boolean }) {
  if (!target) return null;
  let which: string;
  if (samePath(target, shown)) which = 'Adds the folder shown: ';
  else if (selected) which = 'Adds the selected folder: ';
  else which = 'Adds the path typed above, not the folder shown: ';
  return (
    <>
      {which}
      <code>{target}</code>
    </>
  );
}

const samePath = (a: string, b: string) => a.replace(/[\\/]+$/, '') === b.replace(/[\\/]+$/, '');
