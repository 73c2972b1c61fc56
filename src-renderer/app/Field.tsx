import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  className?: string;
  /** Renders the control with the id the label points at. */
  children(id: string): ReactNode;
}

/**
 * A visible label tied to its control by id. Wrapping the control in the <label> instead would
 * make its value (an input's text, a select's options) part of the accessible name.
 */
export function Field({ label, className = '', children }: Props) {
  const id = useId();
  return (
    <div className={`field ${className}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
