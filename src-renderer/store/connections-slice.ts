import type {
  Connection,
  ConnectionKind,
  ConnectionTestResult,
  ContractError,
  PathMapping,
  ProcedureInput,
} from '../../src-preload/contract';
import type { LoadStatus, SliceCreator } from './types';

type AddInput = ProcedureInput<'connections:add'>;
type Patch = ProcedureInput<'connections:update'>['patch'];
type TestInput = ProcedureInput<'connections:test'>;

export interface ConnectionEditorState {
  open: boolean;
  kind: ConnectionKind;
  /** The connection being edited; null for a new one. */
  id: number | null;
  saving: boolean;
  /** Why the last save was refused (with `field` when main named one); the dialog stays open. */
  error: ContractError | null;
  /** The form's own Test, of the draft: never kept on a connection until it is saved. */
  testing: boolean;
  test: ConnectionTestResult | null;
  testError: ContractError | null;
}

/** Radarr, Sonarr, Plex, Jellyfin and Emby connections: Settings → Connections. */
export interface ConnectionsSlice {
  connections: Connection[];
  connectionsLoad: LoadStatus;
  connectionEditor: ConnectionEditorState;
  /** Saved connections whose Test (from their card) is running. */
  connectionsTesting: number[];
  loadConnections(): Promise<void>;
  /** `connections:changed`: refetch, once Settings has asked for them. */
  onConnectionsChanged(): void;
  openConnectionEditor(kind: ConnectionKind, id?: number | null): void;
  closeConnectionEditor(): void;
  /** Adds or edits the connection in the editor; closes it on success, then tests it as saved. */
  saveConnection(input: { add: AddInput } | { patch: Patch }): Promise<boolean>;
  /** Tests the editor's draft; the answer shows in the form. */
  testConnectionDraft(input: TestInput): Promise<void>;
  /** Tests a saved connection from its card; main keeps the answer on it. */
  testConnection(id: number): Promise<void>;
  setConnectionEnabled(id: number, enabled: boolean): Promise<void>;
  /** Adds one "their path → this machine's path" rule to a saved connection. */
  addConnectionMapping(id: number, mapping: PathMapping): Promise<void>;
  removeConnection(id: number): Promise<boolean>;
}

const closedEditor: ConnectionEditorState = {
  open: false,
  kind: 'radarr',
  id: null,
  saving: false,
  error: null,
  testing: false,
  test: null,
  testError: null,
};

export const createConnectionsSlice: SliceCreator<ConnectionsSlice> = (api) => (set, get) => {
  const patchEditor = (p: Partial<ConnectionEditorState>) =>
    set((state) => ({ connectionEditor: { ...state.connectionEditor, ...p } }));
  const nameOf = (id: number) => get().connections.find((c) => c.id === id)?.name ?? 'The connection';
  /** The answer of a stale request is dropped (events can ask for the list back to back). */
  let listRequest = 0;
  /** Which opening of the editor a draft Test belongs to: closing or reopening discards it. */
  let editorSession = 0;

  const replace = (connection: Connection) =>
    set((state) => ({
      connections: state.connections.some((c) => c.id === connection.id)
        ? state.connections.map((c) => (c.id === connection.id ? connection : c))
        : [...state.connections, connection],
    }));

  return {
    connections: [],
    connectionsLoad: 'idle',
    connectionEditor: closedEditor,
    connectionsTesting: [],

    async loadConnections() {
      const mine = ++listRequest;
      if (get().connectionsLoad !== 'ready') set({ connectionsLoad: 'loading' });
      const result = await api.procedures['connections:list']();
      if (mine !== listRequest) return;
      if (result.ok) set({ connections: result.data, connectionsLoad: 'ready' });
      else set({ connectionsLoad: get().connections.length > 0 ? 'ready' : 'error' });
    },

    onConnectionsChanged() {
      if (get().connectionsLoad !== 'idle') void get().loadConnections();
    },

    openConnectionEditor(kind, id = null) {
      editorSession++;
      set({ connectionEditor: { ...closedEditor, open: true, kind, id } });
    },

    closeConnectionEditor() {
      editorSession++;
      set({ connectionEditor: closedEditor });
    },

    async saveConnection(input) {
      const { id } = get().connectionEditor;
      patchEditor({ saving: true, error: null });
      const result =
        'add' in input
          ? await api.procedures['connections:add'](input.add)
          : id === null
            ? null
            : await api.procedures['connections:update']({ id, patch: input.patch });
      if (!result) return false;
      if (!result.ok) {
        patchEditor({ saving: false, error: result.error });
        return false;
      }
      replace(result.data);
      editorSession++;
      set({ connectionEditor: closedEditor });
      get().pushToast('success', `Saved the connection "${result.data.name}".`);
      // The card says at once whether it works as saved (a draft's Test is not kept on it).
      if (result.data.enabled) void get().testConnection(result.data.id);
      return true;
    },

    async testConnectionDraft(input) {
      const session = editorSession;
      patchEditor({ testing: true, test: null, testError: null });
      const result = await api.procedures['connections:test'](input);
      if (session !== editorSession) return;
      patchEditor(
        result.ok ? { testing: false, test: result.data } : { testing: false, testError: result.error },
      );
    },

    async testConnection(id) {
      if (get().connectionsTesting.includes(id)) return;
      set((state) => ({ connectionsTesting: [...state.connectionsTesting, id] }));
      const result = await api.procedures['connections:test']({ id });
      set((state) => ({ connectionsTesting: state.connectionsTesting.filter((t) => t !== id) }));
      // The answer is kept on the connection (connections:changed refetches it); this window shows
      // it at once even when the event is late.
      if (result.ok) {
        const saved = get().connections.find((c) => c.id === id);
        if (saved) replace({ ...saved, lastTest: result.data });
      } else {
        get().pushToast('error', `${nameOf(id)} could not be tested: ${result.error.message}`);
      }
    },

    async setConnectionEnabled(id, enabled) {
      const result = await api.procedures['connections:update']({ id, patch: { enabled } });
      if (result.ok) replace(result.data);
      else get().pushToast('error', result.error.message);
    },

    async addConnectionMapping(id, mapping) {
      const saved = get().connections.find((c) => c.id === id);
      if (!saved) return;
      const pathMappings = [...saved.pathMappings, mapping];
      const result = await api.procedures['connections:update']({ id, patch: { pathMappings } });
      if (!result.ok) return get().pushToast('error', result.error.message);
      replace(result.data);
      get().pushToast(
        'success',
        `Added the path mapping ${mapping.remote} → ${mapping.local}. Sync to use it.`,
      );
    },

    async removeConnection(id) {
      const name = nameOf(id);
      const result = await api.procedures['connections:remove']({ id });
      if (!result.ok) {
        get().pushToast('error', result.error.message);
        return false;
      }
      set((state) => ({ connections: state.connections.filter((c) => c.id !== id) }));
      get().pushToast(
        'success',
        `Removed the connection "${name}". Titles it brought in stay in the library.`,
      );
      return true;
    },
  };
};
