import type { FolderEntry } from '../../../src-preload/contract';
import { FolderIcon } from '../../app/icons';

interface Props {
  folders: FolderEntry[];
  loading: boolean;
  selected: string;
  onSelect(path: string): void;
  onOpen(path: string): void;
}

/** Sub-folders: a click selects one, a double-click or Enter opens it. */
export function FolderList({ folders, loading, selected, onSelect, onOpen }: Props) {
  if (loading && folders.length === 0) return <p className="muted folder-empty">Loading…</p>;
  if (folders.length === 0) return <p className="muted folder-empty">No sub-folders here.</p>;
  return (
    <ul className="folder-list" aria-label="Sub-folders" aria-busy={loading}>
      {folders.map((folder) => (
        <li key={folder.path}>
          <button
            type="button"
            className="folder-item"
            aria-pressed={selected === folder.path}
            onClick={() => onSelect(folder.path)}
            onDoubleClick={() => onOpen(folder.path)}
            onKeyDown={(e) => {
              // Enter opens; Space (a click) only selects.
              if (e.key === 'Enter') {
                e.preventDefault();
                onOpen(folder.path);
              }
            }}
          >
            <span className="folder-icon">
              <FolderIcon />
            </span>
            {folder.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
