import { useEffect, useRef, useState } from 'react';
import type { Connection } from '../../../src-preload/contract';
import { copyText } from '../../app/clipboard';
import { Field } from '../../app/Field';
import { InlineConfirm } from '../../app/InlineConfirm';
import { appStore, useAppStore } from '../../store';
import { connectionKinds } from './connection-kinds';

/** A value to paste into the app, with a Copy button that falls back to selecting it. */
function CopyRow({ label, value, secret = false }: { label: string; value: string; secret?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const [shown, setShown] = useState(!secret);
  const copy = async () => {
    if (await copyText(value)) return setNote('Copied.');
    // No clipboard here (plain http on the network, a refused permission): select it instead.
    setShown(true);
    requestAnimationFrame(() => input.current?.select());
    setNote('Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  };
  return (
    <Field label={label} className="copy-row">
      {(id) => (
        <div className="copy-row-control">
          <input
            id={id}
            ref={input}
            readOnly
            type={shown ? 'text' : 'password'}
            value={value}
            spellCheck={false}
            autoComplete="off"
          />
          {secret && (
            <button type="button" className="button button-quiet" onClick={() => setShown((s) => !s)}>
              {shown ? 'Hide' : 'Show'}
            </button>
          )}
          <button type="button" className="button" aria-label={`Copy ${label}`} onClick={() => void copy()}>
            Copy
          </button>
          {note && (
            <span className="muted" role="status">
              {note}
            </span>
          )}
        </div>
      )}
    </Field>
  );
}

/** Where the Arr calls Trailerdeck: the headless address this window was opened with, plus the path. */
function webhookUrl(path: string): string | null {
  return /^https?:$/.test(location.protocol) ? `${location.origin}${path}` : null;
}

/** How to set up the Arr's webhook, with the values to paste and the secret's rotation. */
export function WebhookPanel({ connection }: { connection: Connection }) {
  const info = useAppStore((s) => s.webhooks[connection.id]);
  const [confirming, setConfirming] = useState(false);
  const store = appStore.getState;
  const app = connectionKinds[connection.kind].label;
  const added = connection.kind === 'radarr' ? 'On Movie Added' : 'On Series Add';

  useEffect(() => {
    void appStore.getState().loadWebhook(connection.id);
  }, [connection.id]);

  if (!info) return <p className="muted">Loading…</p>;
  const url = webhookUrl(info.path);
  return (
    <section className="webhook-panel" aria-label={`Webhook for ${connection.name}`}>
      <p className="muted">
        With a webhook, {app} tells Trailerdeck at once when it imports or adds a title, instead of waiting
        for the next sync. Webhooks reach Trailerdeck in headless mode, at an address {app} can open. In {app}
        : Settings → Connect → + → Webhook; tick On Import and {added}; paste the URL; Method POST; paste the
        username and password; Test, then Save.
      </p>
      {url ? (
        <CopyRow label="URL" value={url} />
      ) : (
        <p className="muted">
          URL: Trailerdeck&apos;s headless address followed by <code>{info.path}</code>.
        </p>
      )}
      <CopyRow label="Username" value={info.username} />
      <CopyRow label="Password" value={info.password} secret />
      <label className="check">
        <input
          type="checkbox"
          checked={info.fetchTrailers}
          onChange={(e) => void store().updateWebhook(connection.id, { fetchTrailers: e.target.checked })}
        />
        Also download the trailer of a title the webhook announces (with the default profile)
      </label>
      {confirming ? (
        <InlineConfirm
          label="Confirm new password"
          confirmLabel="Make a new password"
          busyLabel="Making…"
          busy={false}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void store().updateWebhook(connection.id, { rotateSecret: true });
          }}
        >
          The webhook in {app} stops working until you paste the new password there.
        </InlineConfirm>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            New password
          </button>
        </div>
      )}
    </section>
  );
}
