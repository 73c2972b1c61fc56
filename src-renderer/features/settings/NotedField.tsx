import type { ReactNode } from 'react';
import type { ContractError } from '../../../src-preload/contract';
import { Field } from '../../app/Field';

/** What a control inside a NotedField spreads onto itself to tie it to its label and note. */
export interface NotedControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
}

/** A labelled control with its help line, which turns into the error when there is one. */
export function NotedField(props: {
  /** Makes the note's id unique on the page, e.g. "discovery-tmdbApiKey". */
  noteFor: string;
  label: string;
  help: ReactNode;
  error: string | undefined;
  className?: string;
  children(control: NotedControlProps): ReactNode;
}) {
  const noteId = `${props.noteFor}-note`;
  return (
    <Field label={props.label} className={props.className}>
      {(id) => (
        <>
          {props.children({
            id,
            'aria-invalid': props.error ? true : undefined,
            'aria-describedby': noteId,
          })}
          <span id={noteId} className={props.error ? 'field-error' : 'muted field-help'}>
            {props.error ?? props.help}
          </span>
        </>
      )}
    </Field>
  );
}

/** A settings form's refusal message, its save button and, once edited, its undo button. */
export function SettingsFormFooter(props: {
  refused: ContractError | null;
  saving: boolean;
  changed: boolean;
  saveLabel: string;
  onUndo(): void;
}) {
  return (
    <>
      {props.refused && (
        <p className="inline-error" role="alert">
          {props.refused.message}
        </p>
      )}
      <div className="downloads-form-footer">
        <button type="submit" className="button button-primary" disabled={props.saving || !props.changed}>
          {props.saving ? 'Saving…' : props.saveLabel}
        </button>
        {props.changed && (
          <button type="button" className="button button-quiet" onClick={props.onUndo}>
            Undo changes
          </button>
        )}
      </div>
    </>
  );
}

/** Paths, URLs and keys: neither spell-checked nor filled in by the browser. */
export const plainTextInput = { type: 'text', spellCheck: false, autoComplete: 'off' } as const;

/** A whole number between two bounds, with the numeric keyboard where there is one. */
export const wholeNumberInput = (min: number, max: number) =>
  ({ type: 'number', inputMode: 'numeric', min, max, step: 1 }) as const;
