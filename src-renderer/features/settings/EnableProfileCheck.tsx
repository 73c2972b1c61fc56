import { useState } from 'react';
import { InlineConfirm } from '../../app/InlineConfirm';
import { appStore } from '../../store';
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
  acceptDetectedTrailers: boolean;
  onChange(enabled: boolean): void;
}

type Asking = { state: 'counting' } | { state: 'asking'; titles: number | null };

/**
 * "Enabled", asked about before it is ticked: an enabled profile adds a download for every title
 * without its trailer, so switching one on can double a library's downloads. The question says how
 * many titles; the profile stays off unless the person confirms.
 */
export function EnableProfileCheck(props: Props) {
  const { checked, wasEnabled, profileId, name, acceptDetectedTrailers, onChange } = props;
  const [asking, setAsking] = useState<Asking | null>(null);

  const tick = (enabled: boolean) => {
    if (!enabled || wasEnabled) return onChange(enabled);
    setAsking({ state: 'counting' });
    void appStore
      .getState()
      .countTitlesToDownload(profileId, acceptDetectedTrailers)
      .then((titles) => setAsking((now) => (now ? { state: 'asking', titles } : now)));
  };

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
