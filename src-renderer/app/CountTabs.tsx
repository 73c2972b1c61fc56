import { useRef, type KeyboardEvent } from 'react';

interface Props<T extends string> {
  /** The tablist's name ("Show downloads"). */
  label: string;
  /** Extra class names beside "tabs". */
  className?: string;
  /** The tabs in order. */
  order: readonly T[];
  value: T;
  labelOf(choice: T): string;
  countOf(choice: T): number;
  /** The id of each tab, which the panel names as its label. */
  tabId(choice: T): string;
  panelId: string;
  onChange(choice: T): void;
}

/**
 * Tabs with a count each and a roving tab stop: Tab reaches the selected one, arrows, Home and End
 * move between them (the WAI-ARIA tabs pattern, selection follows focus).
 */
export function CountTabs<T extends string>(props: Props<T>) {
  const { order, value, onChange } = props;
  const refs = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent) => {
    const index = order.indexOf(value);
    let next: T | undefined;
    if (event.key === 'ArrowRight') next = order[(index + 1) % order.length];
    else if (event.key === 'ArrowLeft') next = order[(index - 1 + order.length) % order.length];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    if (!next) return;
    event.preventDefault();
    onChange(next);
    refs.current[next]?.focus();
  };

  return (
    <div
      className={props.className ? `tabs ${props.className}` : 'tabs'}
      role="tablist"
      aria-label={props.label}
      onKeyDown={onKeyDown}
    >
      {order.map((choice) => {
        const selected = choice === value;
        return (
          <button
            key={choice}
            ref={(element) => {
              refs.current[choice] = element;
            }}
            type="button"
            role="tab"
            id={props.tabId(choice)}
            aria-selected={selected}
            aria-controls={props.panelId}
            tabIndex={selected ? 0 : -1}
            className="tab"
            onClick={() => onChange(choice)}
          >
            {props.labelOf(choice)}
            <span className="tab-count">{props.countOf(choice).toLocaleString()}</span>
          </button>
        );
      })}
    </div>
  );
}
