import { useEffect, useState } from 'react';
import { api } from '../api';
import { appStore } from '../store';
import { droppedPaths } from './drop-paths';
import { DropIcon } from './icons';

function carriesFiles(event: DragEvent): boolean {
  const types = event.dataTransfer?.types ?? [];
  return Array.from(types).some((t) => t === 'Files' || t === 'text/uri-list');
}

/** A full-window overlay while files are dragged over; dropping adds each folder to the library. */
export function DropZone() {
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setVisible(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser refuses the drop (or navigates to the file).
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setVisible(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setVisible(false);
      if (!event.dataTransfer || !carriesFiles(event)) return;
      event.preventDefault();
      const paths = droppedPaths(event.dataTransfer, (file) => api.pathForFile(file));
      if (paths.length === 0) {
        appStore
          .getState()
          .pushToast('error', "Couldn't tell where those items are on disk. Use Add folder instead.");
        return;
      }
      void appStore.getState().addDroppedPaths(paths);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!visible) return null;
  return (
    <div className="drop-zone" role="region" aria-label="Drop zone">
      <div className="drop-zone-inner">
        <DropIcon />
        <p>Drop folders to add them to your library</p>
      </div>
    </div>
  );
}
