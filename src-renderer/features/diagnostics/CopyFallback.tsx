import { useEffect, useId, useRef } from 'react';
import { Field } from '../../app/Field';

/** The report in a read-only box, selected, for when the clipboard is unavailable or refused. */
export function CopyFallback({ text, onClose }: { text: string; onClose(): void }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);

  return (
    <div className="copy-fallback notice">
      <Field label="Diagnostics to copy">
        {(id) => (
          <textarea
            id={id}
            ref={ref}
            readOnly
            rows={12}
            value={text}
            spellCheck={false}
            aria-describedby={hintId}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </Field>
      <div className="copy-fallback-footer">
        <p className="muted" id={hintId}>
          The clipboard is not available here. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
        </p>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
