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
  const [typed, setTyped] = useState(currentPath);
  const [kind, setKind] = useState<KindChoice>('auto');

  // The path field follows navigation, unless the person typed or picked something since the last
  // navigation: a listing that arrives late must not replace a path they are about to add.
  const [edited, setEdited] = useState(false);
  const [typedFor, setTypedFor] = useState(currentPath);
  if (typedFor !== currentPath) {
    setTypedFor(currentPath);
    if (!edited) setTyped(currentPath);
  }
  const navigate = (path: string) => {
    setEdited(false);
    void browse(path);
  };
  const edit = (path: string) => {
    setEdited(true);
    setTyped(path);
  };

  const target = typed.trim() || currentPath;

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
            if (typed.trim()) navigate(typed.trim());
          }}
        >
          <Field label="Folder path" className="field-grow">
            {(id) => (
              <input
                id={id}
                type="text"
                value={typed}
                onChange={(e) => edit(e.target.value)}
                placeholder="/path/to/your/movies"
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

        {picker.browseError && (
          <p className="inline-error" role="alert">
            {picker.browseError.message}
          </p>
        )}

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
              onSelect={(path) => edit(path)}
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

        {picker.addError && (
          <p className="inline-error" role="alert">
            {picker.addError.message}
          </p>
        )}

        <footer className="dialog-footer">
          <span className="muted target">
            {target ? (
              <>
                Adds <code>{target}</code>
              </>
            ) : null}
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
