import type { ReactNode } from 'react';
import { NotedField, plainTextInput, wholeNumberInput, type NotedControlProps } from '../settings/NotedField';
import type { DraftErrors } from './connection-draft';

// The one field kit of the connection forms: every kind's form is made of these, so a label, its
// help line and main's refusal (shown in place of the help, by the field it names) look and read
// the same for Radarr as for Plex.

interface KitFieldProps {
  /** The draft field, and the path main names when it refuses it ("url", "pathMappings.0.local"). */
  name: string;
  label: string;
  help: ReactNode;
  errors: DraftErrors;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  className?: string;
  /** For the key: typed but never shown, and never offered to a password manager. */
  secret?: boolean;
  autoFocus?: boolean;
}

/** A field of the kit: its label, and its help line or main's refusal of it, around `input`. */
function KitField(props: KitFieldProps & { input: (control: NotedControlProps) => ReactNode }) {
  return (
    <NotedField
      noteFor={`connection-${props.name.replaceAll('.', '-')}`}
      label={props.label}
      help={props.help}
      error={props.errors[props.name]}
      className={props.className}
    >
      {props.input}
    </NotedField>
  );
}

/** A text (or secret) input with its label, help and error. */
export function KitTextField(props: KitFieldProps) {
  return (
    <KitField
      {...props}
      input={(control) => (
        <input
          {...control}
          {...plainTextInput}
          type={props.secret ? 'password' : 'text'}
          autoComplete={props.secret ? 'new-password' : 'off'}
          value={props.value}
          placeholder={props.placeholder}
          autoFocus={props.autoFocus}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    />
  );
}

/** A whole number with its label, help and error. */
export function KitNumberField(props: Omit<KitFieldProps, 'secret'> & { min: number; max: number }) {
  return (
    <KitField
      {...props}
      input={(control) => (
        <input
          {...control}
          {...wholeNumberInput(props.min, props.max)}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    />
  );
}
