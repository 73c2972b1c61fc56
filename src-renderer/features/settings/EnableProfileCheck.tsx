import { useEffect, useRef, useState } from 'react';
import { InlineConfirm } from '../../app/InlineConfirm';
import { appStore } from '../../store';
import type { TitlesToDownloadFields } from '../../store/profiles-slice';
import { plural } from '../../store/messages';
import { Check } from './FormControls';
import { describeEnableImpact } from './profile-labels';

interface Props {
  checked: boolean;
  /** The profile was on when the editor opened: ticking it again adds nothing new. */
  wasEnabled: boolean;
  /** null for a profile not saved yet. */
  profileId: number | null;
  name: string;
  /** The videos the profile wants, as edited: the count follows them. */
  counted: TitlesToDownloadFields;
  onChange(enabled: boolean): void;
}

/** Edits while the question is shown re-count once the person pauses, not on every keystroke. */
const recountDelayMs = 400;

type Asking = { state: 'counting' } | { state: 'asking'; titles: number | null };

/**
 * "Enabled", asked about before it is ticked: an enabled profile adds a download for every title
 * without its trailer, so switching one on can double a library's downloads. The question says how
 * many titles; the profile stays off unless the person confirms.
 */
export function EnableProfileCheck(props: Props) {
  const { checked, wasEnabled, profileId, name, counted, onChange } = props;
  const [asking, setAsking] = useState<Asking | null>(null);
  // Only the newest count answers the question (an older one may arrive later).
  const latest = useRef(0);
  const count = (fields: TitlesToDownloadFields) => {
    const mine = ++latest.current;
    void appStore
      .getState()
      .countTitlesToDownload(profileId, fields)
      .then((titles) =>
        setAsking((now) => (now && mine === latest.current ? { state: 'asking', titles } : now)),
      );
  };

  const tick = (enabled: boolean) => {
    if (!enabled || wasEnabled) return onChange(enabled);
    setAsking({ state: 'counting' });
    count(counted);
  };

  // The draft changed while the question is shown: count again, for what is now edited.
  const key = JSON.stringify(counted);
  const askedFor = useRef(key);
  const open = asking !== null;
  useEffect(() => {
    if (!open) {
      askedFor.current = key;
      return;
    }
    if (askedFor.current === key) return;
    const timer = setTimeout(() => {
      askedFor.current = key;
      count(JSON.parse(key) as TitlesToDownloadFields);
    }, recountDelayMs);
    return () => clearTimeout(timer);
    // count reads only refs and props that key stands for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, key]);

  const profile = name.trim() ? `“${name.trim()}”` : 'this profile';
  return (
    <div className="enable-check">
      <Check label="Enabled" checked={checked} onChange={tick} />
      {asking?.state === 'counting' && (
        <p className="muted" role="status">
          Counting the titles {profile} would download trailers for…
        </p>
      )}
      {/* Shown once counted: the safe choice takes the focus as it appears. */}
      {asking?.state === 'asking' && (
        <InlineConfirm
          label="Confirm enabling the profile"
          cancelLabel="Keep it off"
          confirmLabel={asking.titles ? `Enable for ${plural(asking.titles, 'title')}` : 'Enable'}
          busyLabel="Enabling…"
          busy={false}
          tone="primary"
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            onChange(true);
          }}
        >
          {describeEnableImpact(name, asking.titles)}
        </InlineConfirm>
      )}
    </div>
  );
}
