import type { ReactNode } from 'react';
import { Field } from '../../app/Field';

// The profile form's controls: each with a visible label tied to it.

export function Select<V extends string>(props: {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange(value: V): void;
  disabled?: boolean;
  /** The id of a hint that explains the field. */
  describedBy?: string;
}) {
  return (
    <Field label={props.label}>
      {(id) => (
        <select
          id={id}
          value={props.value}
          disabled={props.disabled}
          aria-describedby={props.describedBy}
          onChange={(e) => props.onChange(e.target.value as V)}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Check(props: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  children?: ReactNode;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
      {props.children}
    </label>
  );
}

export function TextField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  type?: 'text' | 'number';
  className?: string;
  /** The id of a hint that explains the field. */
  describedBy?: string;
}) {
  return (
    <Field label={props.label} className={props.className}>
      {(id) => (
        <input
          id={id}
          type={props.type ?? 'text'}
          min={props.type === 'number' ? 0 : undefined}
          aria-describedby={props.describedBy}
          value={props.value}
          placeholder={props.placeholder}
          onChange={(e) => props.onChange(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      )}
    </Field>
  );
}
