import { Check } from '../settings/FormControls';
import { KitNumberField } from './ConnectionFieldKit';
import type { ConnectionDraft, DraftErrors } from './connection-draft';

/** Which of a Radarr's or Sonarr's titles are brought in, and how often. */
export function SyncOptionsFields(props: {
  draft: ConnectionDraft;
  errors: DraftErrors;
  onChange(patch: Partial<ConnectionDraft>): void;
}) {
  const { draft, errors, onChange } = props;
  return (
    <fieldset className="sync-options span-2">
      <legend>Sync</legend>
      <Check
        label="Only monitored titles"
        checked={draft.onlyMonitored}
        onChange={(onlyMonitored) => onChange({ onlyMonitored })}
      />
      <Check
        label="Only titles with a file (no trailers for films not downloaded yet)"
        checked={draft.onlyWithFile}
        onChange={(onlyWithFile) => onChange({ onlyWithFile })}
      />
      <KitNumberField
        name="sync.syncIntervalHours"
        label="Sync every (hours)"
        help="0: only at start-up and when you click Sync now"
        errors={errors}
        value={draft.syncIntervalHours}
        min={0}
        max={168}
        onChange={(syncIntervalHours) => onChange({ syncIntervalHours })}
      />
    </fieldset>
  );
}
