import { useEffect } from 'react';
import type { TrailerProfile } from '../../src-preload/contract';
import { appStore } from '../store';
import { Field } from './Field';

/** Reloads the profiles when a dialog that offers them opens: another window may have changed them. */
export function useProfilesFreshOnOpen(open: boolean): void {
  useEffect(() => {
    if (open) void appStore.getState().loadProfiles();
  }, [open]);
}

/** The profile a request falls back to: the default one if it is on, else the first one on. */
export function fallbackProfile(profiles: readonly TrailerProfile[]): TrailerProfile | undefined {
  const enabled = profiles.filter((p) => p.enabled);
  return enabled.find((p) => p.isDefault) ?? enabled[0];
}

interface Props {
  profiles: readonly TrailerProfile[];
  /** The chosen profile's id; null shows the fallback. */
  value: number | null;
  disabled?: boolean;
  onChange(profileId: number): void;
}

/** "Profile": the profiles that are switched on, the default one marked. */
export function ProfileSelect({ profiles, value, disabled = false, onChange }: Props) {
  const enabled = profiles.filter((p) => p.enabled);
  return (
    <Field label="Profile">
      {(id) => (
        <select
          id={id}
          value={value ?? fallbackProfile(profiles)?.id ?? ''}
          disabled={disabled || enabled.length === 0}
          onChange={(e) => onChange(Number(e.target.value))}
        >
          {enabled.map((p) => (
            <option key={p.id} value={p.id}>
              {p.isDefault ? `${p.name} (default)` : p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
