import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Connection, ConnectionKind } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { ArrSyncPanel } from './ArrSyncPanel';
import { ConnectionCard } from './ConnectionCard';
import { ConnectionEditorDialog } from './ConnectionEditorDialog';
import { MediaServerPanel } from './MediaServerPanel';
import { arrKindList, connectionKinds, isArr as isArrKind, serverKindList } from './connection-kinds';

function Group(props: {
  id: string;
  title: string;
  why: string;
  kinds: ConnectionKind[];
  connections: Connection[];
}) {
  return (
    <div className="connection-group" role="group" aria-labelledby={props.id}>
      <div className="section-header">
        <div>
          <h3 id={props.id}>{props.title}</h3>
          <p className="muted">{props.why}</p>
        </div>
        <div className="button-row">
          {props.kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              className="button"
              onClick={() => appStore.getState().openConnectionEditor(kind)}
            >
              Add {connectionKinds[kind].label}
            </button>
          ))}
        </div>
      </div>
      {props.connections.length > 0 && (
        <ul className="connection-list" aria-label={props.title}>
          {props.connections.map((connection) => (
            <ConnectionCard key={connection.id} connection={connection}>
              {isArrKind(connection.kind) ? (
                <ArrSyncPanel connection={connection} />
              ) : (
                <MediaServerPanel connection={connection} />
              )}
            </ConnectionCard>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Settings → Connections: Radarr and Sonarr, Plex, Jellyfin and Emby. None is required. */
export function ConnectionsSection() {
  const { connections, load } = useAppStore(
    useShallow((s) => ({ connections: s.connections, load: s.connectionsLoad })),
  );

  useEffect(() => {
    void appStore.getState().loadConnections();
    void appStore.getState().loadArrSync();
  }, []);

  const arrs = connections.filter((c) => isArrKind(c.kind));
  const servers = connections.filter((c) => connectionKinds[c.kind].group === 'server');

  return (
    <section className="settings-section" aria-labelledby="connections-heading">
      <div className="section-header">
        <div>
          <h2 id="connections-heading">Connections</h2>
          <p className="muted">
            Optional: Trailerdeck works from your folders alone. Connect the apps you already run to bring in
            their titles and ids, and to tell your media server when a trailer is filed.
          </p>
        </div>
      </div>
      {load === 'error' && (
        <p className="inline-error" role="alert">
          The connections could not be loaded. Reopen Settings to try again.
        </p>
      )}
      {load === 'ready' && connections.length === 0 && (
        <p className="empty-inline">
          No connections yet, and none is needed. Add Radarr or Sonarr to bring in the titles they manage
          (with their ids, and Radarr&apos;s trailer link) and to see which have no folder here; add Plex,
          Jellyfin or Emby so they show a new trailer without waiting for their next library scan.
        </p>
      )}
      <Group
        id="connections-arr-heading"
        title="Radarr and Sonarr"
        why="Where titles come from: imported with their ids, synced on a schedule and on demand."
        kinds={arrKindList}
        connections={arrs}
      />
      <Group
        id="connections-server-heading"
        title="Media servers"
        why="Told to pick up a title's new trailer as soon as it is filed."
        kinds={serverKindList}
        connections={servers}
      />
      <ConnectionEditorDialog />
    </section>
  );
}
