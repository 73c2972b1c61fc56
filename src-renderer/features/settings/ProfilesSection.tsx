import { useEffect, useId, useState } from 'react';
import { InlineConfirm } from '../../app/InlineConfirm';
import type { TrailerProfile } from '../../../src-preload/contract';
import { appStore, useAppStore } from '../../store';
import { ProfileEditorDialog } from './ProfileEditorDialog';
import { describeEnableImpact, describeProfile } from './profile-labels';

function ProfileCard({ profile, ffmpegMissing }: { profile: TrailerProfile; ffmpegMissing: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  // Making a switched-off profile the default switches it on: asked first, with the titles it adds.
  const [askDefault, setAskDefault] = useState<{ titles: number | null } | null>(null);
  const headingId = useId();
  const store = appStore.getState;

  const makeDefault = async () => {
    if (profile.enabled) return void store().setDefaultProfile(profile.id);
    setAskDefault({
      titles: await store().countTitlesToDownload(profile.id, profile),
    });
  };

  const remove = async () => {
    setBusy(true);
    // On success the card unmounts with the refetched list.
    if (!(await store().deleteProfile(profile.id))) {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <li className="profile-card" aria-labelledby={headingId}>
      <div className="profile-main">
        <div className="profile-name">
          <h3 id={headingId}>{profile.name}</h3>
          {profile.isDefault && <span className="badge badge-ok">Default</span>}
          {!profile.enabled && <span className="badge badge-missing">Disabled</span>}
        </div>
        <p className="muted profile-summary">{describeProfile(profile)}</p>
        {/* Every profile merges or remuxes, so every profile says it while ffmpeg is missing. */}
        {ffmpegMissing && (
          <p className="profile-warning">
            Needs ffmpeg to merge and convert: downloads are single files until ffmpeg is installed (Settings
            → Tools).
          </p>
        )}
      </div>
      {askDefault ? (
        <InlineConfirm
          label="Confirm making the profile default"
          cancelLabel="Keep it off"
          confirmLabel="Enable and make default"
          busyLabel="Saving…"
          busy={false}
          tone="primary"
          onCancel={() => setAskDefault(null)}
          onConfirm={() => {
            setAskDefault(null);
            void store().setDefaultProfile(profile.id);
          }}
        >
          The default profile is always on. {describeEnableImpact(profile.name, askDefault.titles)}
        </InlineConfirm>
      ) : confirming ? (
        <InlineConfirm
          label="Confirm deletion"
          confirmLabel="Delete profile"
          busyLabel="Deleting…"
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        >
          Delete the profile "{profile.name}"? Trailers already downloaded stay where they are.
        </InlineConfirm>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => store().openProfileEditor(profile.id)}>
            Edit
          </button>
          <button type="button" className="button" onClick={() => void store().duplicateProfile(profile.id)}>
            Duplicate
          </button>
          {!profile.isDefault && (
            <button type="button" className="button" onClick={() => void makeDefault()}>
              Make default
            </button>
          )}
          <button
            type="button"
            className="button button-quiet"
            disabled={profile.isDefault}
            title={profile.isDefault ? 'Make another profile the default first.' : undefined}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/** Settings' list of trailer profiles: how trailers are chosen, muxed and named. */
export function ProfilesSection() {
  const profiles = useAppStore((s) => s.profiles);
  const status = useAppStore((s) => s.profilesStatus);
  const ffmpegMissing = useAppStore((s) => s.toolsStatus?.ffmpegMissing ?? false);

  useEffect(() => {
    void appStore.getState().loadProfiles();
  }, []);

  return (
    <section className="settings-section" aria-labelledby="profiles-heading">
      <div className="section-header">
        <div>
          <h2 id="profiles-heading">Trailer profiles</h2>
          <p className="muted">
            A profile says which trailer to pick, how to save it and where to put it. New downloads use the
            default profile unless you choose another.
          </p>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={status !== 'ready'}
            onClick={() => appStore.getState().openProfileEditor(null)}
          >
            New profile
          </button>
        </div>
      </div>
      {status === 'error' ? (
        <p className="inline-error" role="alert">
          The profiles could not be loaded. Reopen Settings to try again.
        </p>
      ) : (
        <ul className="profile-list" aria-label="Trailer profiles">
          {profiles.map((profile) => (
            <ProfileCard key={profile.id} profile={profile} ffmpegMissing={ffmpegMissing} />
          ))}
        </ul>
      )}
      <ProfileEditorDialog />
    </section>
  );
}
