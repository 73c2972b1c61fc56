import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import { ConnectionsSection } from '../connections/ConnectionsSection';
import { DiscoverySection } from './DiscoverySection';
import { DownloadsSection } from './DownloadsSection';
import { NamingSection } from '../naming/NamingSection';
import { ProfilesSection } from './ProfilesSection';
import { RootCard } from './RootCard';
import { ToolsSection } from './ToolsSection';

export function SettingsPage() {
  const { roots, ready, appInfo, addFolder, rescan, scanning } = useAppStore(
    useShallow((s) => ({
      roots: s.roots,
      ready: s.ready,
      appInfo: s.appInfo,
      addFolder: s.addFolder,
      rescan: s.rescan,
      scanning: s.scanProgress?.rootId ?? null,
    })),
  );

  return (
    <div className="settings-page">
      <header className="page-header">
        <h1>Settings</h1>
      </header>

      <section className="settings-section" aria-labelledby="folders-heading">
        <div className="section-header">
          <div>
            <h2 id="folders-heading">Library folders</h2>
            <p className="muted">
              Trailerdeck looks for one title per sub-folder. Removing a folder here never deletes anything on
              disk.
            </p>
          </div>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={roots.length === 0}
              onClick={() => void rescan()}
            >
              Rescan all
            </button>
            <button type="button" className="button button-primary" onClick={() => void addFolder()}>
              Add folder
            </button>
          </div>
        </div>

        {ready && roots.length === 0 ? (
          <p className="empty-inline">
            No library folders yet. Add one, or drop a folder anywhere on this window.
          </p>
        ) : (
          <ul className="root-list" aria-label="Library folders">
            {roots.map((root) => (
              <RootCard key={root.id} root={root} scanning={scanning === root.id} />
            ))}
          </ul>
        )}
      </section>

      <ProfilesSection />

      <DownloadsSection />

      <NamingSection />

      <DiscoverySection />

      <ConnectionsSection />

      <ToolsSection />

      {appInfo && (
        <section className="settings-section" aria-labelledby="about-heading">
          <h2 id="about-heading">About</h2>
          <dl className="facts">
            <div className="fact">
              <dt>Version</dt>
              <dd>{appInfo.version}</dd>
            </div>
            <div className="fact">
              <dt>Data folder</dt>
              <dd>
                <code className="path">{appInfo.dataDir}</code>
              </dd>
            </div>
          </dl>
        </section>
      )}
    </div>
  );
}
