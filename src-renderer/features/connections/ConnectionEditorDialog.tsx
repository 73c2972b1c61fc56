import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Connection, ConnectionKind, ContractError } from '../../../src-preload/contract';
import { DialogHeader, ModalDialog } from '../../app/ModalDialog';
import { appStore, useAppStore } from '../../store';
import { KitTextField } from './ConnectionFieldKit';
import { connectionKinds, isArr } from './connection-kinds';
import {
  errorField,
  mappingRow,
  newDraft,
  toAddInput,
  toDraft,
  toPatch,
  toLibrariesInput,
  toTestInput,
  type LibrariesInput,
  type ConnectionDraft,
  type DraftErrors,
} from './connection-draft';
import { PathMappingsEditor } from './PathMappingsEditor';
import { ArrSuggestedMappings, ServerSuggestedMappings } from './SuggestedMappings';
import { SyncOptionsFields } from './SyncOptionsFields';
import { TestResultView } from './TestResultView';

/** A refusal by its field, or for the form as a whole. */
function place(error: ContractError | null): { errors: DraftErrors; refused: ContractError | null } {
  if (!error) return { errors: {}, refused: null };
  const field = errorField(error);
  return field ? { errors: { [field]: error.message }, refused: null } : { errors: {}, refused: error };
}

function ConnectionForm({ kind, saved }: { kind: ConnectionKind; saved: Connection | null }) {
  const info = connectionKinds[kind];
  const editor = useAppStore(useShallow((s) => s.connectionEditor));
  const [draft, setDraft] = useState<ConnectionDraft>(() => (saved ? toDraft(saved) : newDraft(kind)));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [refused, setRefused] = useState<ContractError | null>(null);
  const store = appStore.getState;
  const edit = (patch: Partial<ConnectionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const show = (placed: { errors: DraftErrors; refused: ContractError | null }) => {
    setErrors(placed.errors);
    setRefused(placed.refused);
  };

  const save = async () => {
    const parsed = saved ? toPatch(draft) : toAddInput(draft);
    if (!parsed.ok) return show({ errors: parsed.errors, refused: null });
    show({ errors: {}, refused: null });
    const input = 'patch' in parsed ? { patch: parsed.patch } : { add: parsed.input };
    if (!(await store().saveConnection(input))) show(place(store().connectionEditor.error));
  };

  // A media server's suggestions come from its libraries: asked at once for a saved one, and for
  // a new one once a Test showed the address and key work.
  const [librariesInput, setLibrariesInput] = useState<LibrariesInput | null>(() =>
    saved && !isArr(kind) ? { id: saved.id } : null,
  );

  const test = async () => {
    show({ errors: {}, refused: null });
    const input = toTestInput(draft, saved);
    await store().testConnectionDraft(input);
    const { testError, test: found } = store().connectionEditor;
    if (testError) show(place(testError));
    if (found?.ok && !isArr(kind)) setLibrariesInput(toLibrariesInput(input));
  };

  const keyHelp = saved?.hasApiKey ? `Saved — leave empty to keep. ${info.keyHowTo}` : info.keyHowTo;

  return (
    <form
      className="dialog-body"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!editor.saving) void save();
      }}
    >
      <DialogHeader
        title={saved ? `Edit ${saved.name}` : `Add ${info.label}`}
        onClose={() => store().closeConnectionEditor()}
      />

      <div className="connection-form">
        <KitTextField
          name="name"
          label="Name"
          help={`How Trailerdeck lists it, such as "${info.label}" or "${info.label} 4K"`}
          errors={errors}
          value={draft.name}
          placeholder={info.label}
          onChange={(name) => edit({ name })}
        />
        <KitTextField
          name="url"
          label="Address"
          help={`The address you open ${info.label} with in a browser`}
          errors={errors}
          value={draft.url}
          placeholder={info.urlExample}
          onChange={(url) => edit({ url })}
        />
        {info.hasUrlBase && (
          <KitTextField
            name="urlBase"
            label="URL base"
            help={`Only behind a reverse proxy: ${info.label}'s Settings → General → URL Base, such as /${kind}`}
            errors={errors}
            value={draft.urlBase}
            placeholder="(none)"
            onChange={(urlBase) => edit({ urlBase })}
          />
        )}
        <KitTextField
          name="apiKey"
          label={info.keyLabel}
          help={keyHelp}
          errors={errors}
          value={draft.apiKey}
          placeholder={
            saved?.hasApiKey ? 'saved — leave empty to keep' : `Paste the ${info.keyLabel.toLowerCase()}`
          }
          secret
          onChange={(apiKey) => edit({ apiKey })}
          className={info.hasUrlBase ? undefined : 'span-2'}
        />

        <div className="connection-test span-2" aria-live="polite">
          <button type="button" className="button" disabled={editor.testing} onClick={() => void test()}>
            {editor.testing ? 'Testing…' : 'Test'}
          </button>
          <div role="status" aria-label="Test result" className="connection-test-result">
            {editor.test && <TestResultView result={editor.test} kind={kind} />}
          </div>
        </div>

        <PathMappingsEditor
          appLabel={info.label}
          rows={draft.mappings}
          errors={errors}
          onChange={(mappings) => edit({ mappings })}
        >
          {!isArr(kind) ? (
            <ServerSuggestedMappings
              input={librariesInput}
              appLabel={info.label}
              current={draft.mappings}
              onAccept={(mapping) =>
                edit({ mappings: [...draft.mappings, mappingRow(mapping.remote, mapping.local)] })
              }
            />
          ) : saved ? (
            <ArrSuggestedMappings
              connectionId={saved.id}
              appLabel={info.label}
              current={draft.mappings}
              onAccept={(mapping) =>
                edit({ mappings: [...draft.mappings, mappingRow(mapping.remote, mapping.local)] })
              }
            />
          ) : (
            !saved && (
              <p className="muted mappings-help">
                Once saved, Edit suggests mappings from what {info.label} and this machine see.
              </p>
            )
          )}
        </PathMappingsEditor>

        {isArr(kind) && <SyncOptionsFields draft={draft} errors={errors} onChange={edit} />}

        <label className="check span-2">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => edit({ enabled: e.target.checked })}
          />
          Use this connection (switch off to keep it without using it)
        </label>
      </div>

      {refused && (
        <p className="inline-error" role="alert">
          {refused.message}
        </p>
      )}

      <footer className="dialog-footer">
        <span className="target" />
        <button type="button" className="button" onClick={() => store().closeConnectionEditor()}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save'}
        </button>
      </footer>
    </form>
  );
}

/** Adds or edits one connection; a refused save keeps the dialog open with the reason by its field. */
export function ConnectionEditorDialog() {
  const { open, kind, id, connections } = useAppStore(
    useShallow((s) => ({
      open: s.connectionEditor.open,
      kind: s.connectionEditor.kind,
      id: s.connectionEditor.id,
      connections: s.connections,
    })),
  );
  const saved = id === null ? null : (connections.find((c) => c.id === id) ?? null);
  const label = saved ? `Edit ${saved.name}` : `Add ${connectionKinds[kind].label}`;

  return (
    <ModalDialog
      open={open}
      label={label}
      className="connection-dialog"
      onClose={() => appStore.getState().closeConnectionEditor()}
    >
      {id !== null && !saved ? (
        // Removed from another window while open here: nothing is left to edit.
        <div className="dialog-body">
          <DialogHeader
            title="Connection removed"
            onClose={() => appStore.getState().closeConnectionEditor()}
          />
          <p>This connection was removed, so there is nothing left to edit.</p>
        </div>
      ) : (
        <ConnectionForm key={`${kind}-${id ?? 'new'}`} kind={kind} saved={saved} />
      )}
    </ModalDialog>
  );
}
