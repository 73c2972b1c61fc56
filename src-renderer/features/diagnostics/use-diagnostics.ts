import { useEffect } from 'react';
import { appStore, useAppStore } from '../../store';
import { reportCoversRoots } from './diagnostics-format';

/**
 * Runs the checklist once the library has loaded, and again when folders are added or removed.
 * `fresh`: run on every mount (the Diagnostics page); otherwise a report that already covers the
 * folders is reused (the first-run panel, which mounts whenever the Library page does).
 */
export function useDiagnostics({ fresh }: { fresh: boolean }): void {
  const ready = useAppStore((s) => s.ready);
  const rootsKey = useAppStore((s) => s.roots.map((r) => r.id).join(','));

  useEffect(() => {
    if (!ready) return;
    const state = appStore.getState();
    const rootIds = state.roots.map((r) => r.id);
    if (!fresh && reportCoversRoots(state.diagnostics, rootIds)) return;
    void state.runDiagnostics();
    // `fresh` is fixed per caller; a change of folders is what should run the checks again.
  }, [ready, rootsKey, fresh]);
}
